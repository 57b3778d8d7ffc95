import type { Chart, TooltipItem } from 'chart.js';
import { describe, expect, it, test } from 'vitest';
import type { Answer } from '$lib/domain/assessment';
import { itemSpread } from '$lib/domain/workshop/spread';
import {
	answerCategories,
	categoryCount,
	contrastRatio,
	mixHex,
	readableOn,
	segmentLabelsPlugin,
	segmentStyles,
	segmentText,
	spreadChartConfig,
	spreadChartSummary,
	type SpreadChartColors,
	type SpreadRow
} from './spread-chart';

const s = (value: 0 | 1 | 2 | 3 | 4): Answer => ({ kind: 'score', value });
const DK: Answer = { kind: 'dont-know' };
const NA: Answer = { kind: 'not-applicable', reason: 'No clinical staff' };

// Four raters, three practices of element 2:
// 2.1: 0, 4, 3, 3 -> one 0, two 3, one 4.
// 2.2: Don't know, Don't know, 2, blank -> two DK, one 2, one no answer.
// 2.3: Not applicable, 2, 2, 2 -> three 2, one NA.
const rows: SpreadRow[] = [
	{
		itemId: 'item2.balance',
		code: '2.1',
		statement:
			'Caseloads of trauma work are balanced across the team, and Zoë Łukasik checks them.',
		spread: itemSpread([s(0), s(4), s(3), s(3)])
	},
	{
		itemId: 'item2.safety',
		code: '2.2',
		statement: 'Staff are physically safe at work.',
		spread: itemSpread([DK, DK, s(2), null])
	},
	{
		itemId: 'item2.new-staff',
		code: '2.3',
		statement: 'New staff start with lighter exposure.',
		spread: itemSpread([NA, s(2), s(2), s(2)])
	}
];

const light: SpreadChartColors = {
	accent: '#2b5a5f',
	surface: '#ffffff',
	text: '#1f2429',
	grid: '#c9c4b8'
};

describe('counts and words', () => {
	it('counts each kind of answer', () => {
		const [first, second, third] = rows.map((r) => r.spread);
		expect(
			(['0', '1', '2', '3', '4', 'dont-know', 'not-applicable', 'unanswered'] as const).map((c) => [
				categoryCount(first!, c),
				categoryCount(second!, c),
				categoryCount(third!, c)
			])
		).toEqual([
			[1, 0, 0],
			[0, 0, 0],
			[0, 1, 3],
			[2, 0, 0],
			[1, 0, 0],
			[0, 2, 0],
			[0, 0, 1],
			[0, 1, 0]
		]);
	});

	it('says a segment in words, with the scale word for a score', () => {
		expect(segmentText(rows[0]!.spread, '3', 2)).toBe('2 of 4 said 3 · Mostly in place');
		expect(segmentText(rows[1]!.spread, 'dont-know', 2)).toBe("2 of 4 said Don't know");
		expect(segmentText(rows[1]!.spread, 'unanswered', 1)).toBe('1 of 4 did not answer');
		expect(segmentText(rows[2]!.spread, 'not-applicable', 1)).toBe('1 of 4 said Not applicable');
	});

	it('summarizes every count for the text alternative', () => {
		expect(spreadChartSummary('2. Treat trauma exposure as a risk of the job', rows)).toBe(
			'Stacked bars of how 4 raters answered the practices of 2. Treat trauma exposure as a risk of the job. ' +
				'Item 2.1: 1 of 4 said 0, 2 of 4 said 3, 1 of 4 said 4; ' +
				"Item 2.2: 1 of 4 said 2, 2 of 4 said Don't know, 1 of 4 did not answer; " +
				'Item 2.3: 3 of 4 said 2, 1 of 4 said Not applicable.'
		);
	});
});

describe('colours', () => {
	it('mixes hex colours', () => {
		expect(mixHex('#ffffff', '#000000', 0.5)).toBe('#808080');
		expect(mixHex('#fff', '#2b5a5f', 1)).toBe('#2b5a5f');
		expect(mixHex('#ffffff', '#2b5a5f', 0)).toBe('#ffffff');
		// Not hex (a token the browser gave as rgb()): the target colour as it is.
		expect(mixHex('rgb(1, 2, 3)', '#2b5a5f', 0.5)).toBe('#2b5a5f');
	});

	it('computes WCAG contrast and picks the readable label colour', () => {
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
		expect(readableOn('#2b5a5f', ['#1f2429', '#ffffff'])).toBe('#ffffff');
		expect(readableOn('#f0f4f4', ['#1f2429', '#ffffff'])).toBe('#1f2429');
	});

	it('shades the scores from light to the accent', () => {
		const styles = segmentStyles(light);
		expect(styles['4'].fill).toBe('#2b5a5f');
		// 10% of the way from white (255) to the accent (43, 90, 95): 255 − 21.2, − 16.5, − 16
		// = 233.8, 238.5, 239, rounded 234 (ea), 239 (ef), 239 (ef).
		expect(styles['0'].fill).toBe('#eaefef');
		expect(styles.unanswered.fill).toBe('#ffffff');
	});

	// The token pairs of tokens.css: light, dark, and presentation mode in each.
	test.each([
		{ scheme: 'light', colors: light },
		{
			scheme: 'dark',
			colors: { accent: '#8cc9cc', surface: '#1d2226', text: '#e9ecee', grid: '#4a535b' }
		},
		{
			scheme: 'presentation, light',
			colors: { accent: '#123d41', surface: '#ffffff', text: '#000000', grid: '#4a4f55' }
		},
		{
			scheme: 'presentation, dark',
			colors: { accent: '#a9e4e6', surface: '#0b0d0f', text: '#ffffff', grid: '#aab3bb' }
		}
	])('every label is readable on its segment ($scheme): at least 4.5:1', ({ colors }) => {
		const styles = segmentStyles(colors);
		for (const category of answerCategories) {
			const style = styles[category];
			expect(contrastRatio(style.base, style.label), category).toBeGreaterThanOrEqual(4.5);
		}
	});

	it("patterns Don't know and Not applicable when the screen made patterns, with a box behind the label", () => {
		const pattern = { setTransform() {} } as unknown as CanvasPattern;
		const styles = segmentStyles(light, { 'dont-know': pattern });
		expect(styles['dont-know']).toMatchObject({ fill: pattern, boxed: true, label: '#1f2429' });
		expect(styles['not-applicable'].boxed).toBe(false);
	});
});

describe('spreadChartConfig', () => {
	const config = spreadChartConfig(rows, { colors: light, reducedMotion: false });

	it('is a horizontal stacked bar chart from 0 to the number of raters', () => {
		expect(config.type).toBe('bar');
		expect(config.options?.indexAxis).toBe('y');
		expect(config.data.labels).toEqual(['Item 2.1', 'Item 2.2', 'Item 2.3']);
		const x = config.options?.scales?.x;
		expect(x).toMatchObject({ type: 'linear', stacked: true, min: 0, max: 4 });
		expect(x?.ticks).toMatchObject({ stepSize: 1, precision: 0 });
		expect(x?.title).toMatchObject({ display: true, text: 'Raters (4 handed in)' });
		expect(config.options?.scales?.y).toMatchObject({ stacked: true });
		expect(config.options?.animation).toEqual({ duration: 400 });
		expect(config.options?.plugins?.legend?.display).toBe(false);
	});

	it('has one dataset per kind of answer, in scale order, with the counts per practice', () => {
		expect(config.data.datasets.map((d) => [d.label, d.data])).toEqual([
			['0 · Not in place yet', [1, 0, 0]],
			['1 · Beginning', [0, 0, 0]],
			['2 · Partly in place', [0, 1, 3]],
			['3 · Mostly in place', [2, 0, 0]],
			['4 · Fully in place', [1, 0, 0]],
			["Don't know", [0, 2, 0]],
			['Not applicable', [0, 0, 1]],
			['No answer', [0, 1, 0]]
		]);
		expect(config.data.datasets[4]?.backgroundColor).toBe('#2b5a5f');
	});

	it('turns animation off for reduced motion and uses the font given', () => {
		const still = spreadChartConfig(rows, {
			colors: light,
			reducedMotion: true,
			fontSize: 21,
			fontFamily: 'system-ui'
		});
		expect(still.options?.animation).toBe(false);
		expect(still.options?.scales?.y?.ticks?.font).toEqual({ size: 21, family: 'system-ui' });
	});

	it('tooltips name the practice and say the segment in words', () => {
		const callbacks = config.options?.plugins?.tooltip?.callbacks;
		const item = (dataIndex: number, datasetIndex: number) =>
			({ dataIndex, datasetIndex }) as TooltipItem<'bar'>;
		const title = callbacks?.title as (items: TooltipItem<'bar'>[]) => string | string[];
		const label = callbacks?.label as (item: TooltipItem<'bar'>) => string;
		expect(title([item(1, 0)])).toEqual(['Item 2.2:', 'Staff are physically safe at work.']);
		expect(title([item(0, 0)])).toEqual([
			'Item 2.1:',
			'Caseloads of trauma work are balanced',
			'across the team, and Zoë Łukasik checks',
			'them.'
		]);
		expect(label(item(0, 3))).toBe('2 of 4 said 3 · Mostly in place');
		expect(label(item(1, 5))).toBe("2 of 4 said Don't know");
	});

	it('draws each answer inside its segment when it fits, and nothing in an empty or narrow one', () => {
		const drawn: { text: string; x: number; y: number; fill: string }[] = [];
		const boxes: number[][] = [];
		const ctx = {
			font: '',
			textAlign: '',
			textBaseline: '',
			fillStyle: '',
			save() {},
			restore() {},
			measureText: (text: string) => ({ width: text.length * 8 }),
			fillText(text: string, x: number, y: number) {
				drawn.push({ text, x, y, fill: this.fillStyle });
			},
			fillRect(...args: number[]) {
				boxes.push(args);
			}
		};
		const pattern = {} as CanvasPattern;
		const plugin = segmentLabelsPlugin({
			styles: segmentStyles(light, { 'dont-know': pattern }),
			fontSize: 10,
			boxColor: '#ffffff'
		});
		// Each rater is 50 px wide; bars at y = 20, 60, 100. Segments run left to right.
		const segment = (from: number, count: number, y: number) => ({
			getProps: () => ({ base: from * 50, x: (from + count) * 50, y })
		});
		const geometry: Record<number, ReturnType<typeof segment>[]> = {
			0: [segment(0, 1, 20), segment(0, 0, 60), segment(0, 0, 100)],
			2: [segment(1, 0, 20), segment(0, 1, 60), segment(0, 3, 100)],
			3: [segment(1, 2, 20), segment(1, 0, 60), segment(3, 0, 100)],
			4: [segment(3, 1, 20), segment(1, 0, 60), segment(3, 0, 100)],
			5: [segment(4, 0, 20), segment(1, 2, 60), segment(3, 0, 100)],
			// Squeezed: a Not applicable segment 10 px wide has no room for "NA" (16 px + 6).
			6: [segment(4, 0, 20), segment(3, 0, 60), { getProps: () => ({ base: 150, x: 160, y: 100 }) }]
		};
		const chart = {
			ctx,
			data: config.data,
			isDatasetVisible: () => true,
			getDatasetMeta: (index: number) => ({ data: geometry[index] ?? [] })
		} as unknown as Chart<'bar'>;
		const hook = plugin.afterDatasetsDraw as unknown as (chart: Chart<'bar'>) => void;
		hook(chart);
		expect(drawn.map(({ text, x, y }) => [text, x, y])).toEqual([
			['0', 25, 20],
			['2', 25, 60],
			['2', 75, 100],
			['3', 100, 20],
			['4', 175, 20],
			['DK', 100, 60]
		]);
		// Only the patterned Don't know label gets a box: centred on 100, 16 px text + 2 px padding
		// each side (100 − 8 − 2 = 90, 20 wide), 1.2 × 10 px tall around y = 60 (54 to 66).
		expect(boxes).toEqual([[90, 54, 20, 12]]);
		expect(drawn.find((d) => d.text === '4')?.fill).toBe('#ffffff');
		expect(drawn.find((d) => d.text === '0')?.fill).toBe('#1f2429');
	});
});
