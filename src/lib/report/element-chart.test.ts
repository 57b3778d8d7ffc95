import type { TooltipItem } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { builtinFramework } from '$lib/content';
import { coverageText } from '$lib/domain/format';
import type { Coverage } from '$lib/domain/scoring';
import {
	chartSummary,
	elementChartConfig,
	elementRows,
	labelLineWidth,
	tickLabel,
	wrapWords,
	type ChartColors
} from './element-chart';

function coverage(partial: Partial<Coverage>): Coverage {
	return {
		scored: 0,
		applicable: 4,
		dontKnow: 0,
		notApplicable: 0,
		unanswered: 0,
		percent: 0,
		...partial
	};
}

const elements = [
	{ id: 'a', number: 1, title: 'Recognize the impact on the workforce' },
	{ id: 'b', number: 2, title: 'Treat trauma exposure as a risk of the job' },
	{ id: 'c', number: 3, title: 'Short' }
];

// Element a: items scored 1, 2 and 4 -> 7 / 3 / 4 * 100 = 58.333...; b: 3,3,3,3 -> 75; c: nothing.
const score = {
	elements: [
		{
			elementId: 'a',
			score: 175 / 3,
			coverage: coverage({ scored: 3, dontKnow: 1, percent: 75 })
		},
		{ elementId: 'b', score: 75, coverage: coverage({ scored: 4, percent: 100 }) },
		{
			elementId: 'c',
			score: null,
			coverage: coverage({ applicable: 3, notApplicable: 1, unanswered: 3 })
		}
	]
};

const colors: ChartColors = {
	bar: '#2b5a5f',
	barBorder: '#1d4246',
	text: '#1f2429',
	grid: '#c9c4b8',
	surface: '#ffffff'
};

describe('elementRows', () => {
	it('joins titles to scores, with the rounded number and band', () => {
		const rows = elementRows(elements, score);
		expect(rows.map((r) => [r.number, r.title, r.rounded, r.band])).toEqual([
			[1, 'Recognize the impact on the workforce', 58, 'developing'],
			[2, 'Treat trauma exposure as a risk of the job', 75, 'strength'],
			[3, 'Short', null, null]
		]);
		expect(rows[0]?.score).toBeCloseTo(58.3333, 4);
	});

	it('uses the built-in framework titles in element order', () => {
		const rows = elementRows(builtinFramework.elements, {
			elements: builtinFramework.elements.map((e) => ({
				elementId: e.id,
				score: null,
				coverage: coverage({})
			}))
		});
		expect(rows.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6]);
		expect(rows[0]?.title).toBe('Recognize the impact on the workforce');
	});
});

describe('labels and text', () => {
	const rows = elementRows(elements, score);

	it('wraps words into lines', () => {
		expect(wrapWords('1. Recognize the impact on the workforce'.split(' '), 24)).toEqual([
			'1. Recognize the impact',
			'on the workforce'
		]);
		expect(wrapWords(['Short'], 24)).toEqual(['Short']);
		expect(wrapWords(['a', 'Supercalifragilisticexpialidocious', 'b'], 10)).toEqual([
			'a',
			'Supercalifragilisticexpialidocious',
			'b'
		]);
	});

	it('fits the label lines to the chart width and font size', () => {
		// 560 px at 14 px: 560 × 0.4 / (0.55 × 14) = 224 / 7.7 = 29.1 → 29 characters.
		expect(labelLineWidth(560, 14)).toBe(29);
		// 360 px at 18.75 px (presentation mode): 144 / 10.3125 = 13.96 → 13.
		expect(labelLineWidth(360, 18.75)).toBe(13);
		expect(labelLineWidth(100, 14)).toBe(10);
		expect(labelLineWidth(2000, 14)).toBe(32);
	});

	it('puts the score, or "no score yet", at the end of every tick label, kept together', () => {
		expect(rows.map((r) => tickLabel(r))).toEqual([
			['1. Recognize the impact', 'on the workforce — 58'],
			['2. Treat trauma exposure', 'as a risk of the job', '— 75'],
			['3. Short — no score yet']
		]);
		expect(tickLabel(rows[0]!, 12)).toEqual([
			'1. Recognize',
			'the impact',
			'on the',
			'workforce',
			'— 58'
		]);
	});

	it('says coverage in words, with unknowns and not applicable', () => {
		expect(rows.map((r) => coverageText(r.coverage))).toEqual([
			'3 of 4 items scored · 1 Don’t know',
			'4 of 4 items scored',
			'0 of 3 items scored · 1 not applicable'
		]);
	});

	it('summarizes every number for the text alternative', () => {
		expect(chartSummary(rows)).toBe(
			'Bar chart of the element scores, 0 to 100. ' +
				'1. Recognize the impact on the workforce: 58, developing; ' +
				'2. Treat trauma exposure as a risk of the job: 75, strength; ' +
				'3. Short: no score yet.'
		);
	});
});

describe('elementChartConfig', () => {
	const rows = elementRows(elements, score);

	it('is a horizontal bar chart on a fixed 0-100 scale, with the given colours', () => {
		const config = elementChartConfig(rows, { colors, reducedMotion: false });
		expect(config.type).toBe('bar');
		expect(config.options?.indexAxis).toBe('y');
		expect(config.data.labels).toEqual([
			['1. Recognize the impact', 'on the workforce — 58'],
			['2. Treat trauma exposure', 'as a risk of the job', '— 75'],
			['3. Short — no score yet']
		]);
		const [dataset] = config.data.datasets;
		if (!dataset) throw new Error('no dataset');
		expect(dataset.data).toEqual([175 / 3, 75, null]);
		expect(dataset.backgroundColor).toBe('#2b5a5f');
		expect(dataset.borderColor).toBe('#1d4246');
		const x = config.options?.scales?.x;
		expect(x).toMatchObject({ type: 'linear', min: 0, max: 100, ticks: { stepSize: 25 } });
		expect(x?.ticks?.color).toBe('#1f2429');
		expect(x?.grid?.color).toBe('#c9c4b8');
		expect(config.options?.scales?.y?.ticks?.font).toEqual({ size: 14 });
		expect(config.options?.animation).toEqual({ duration: 400 });
		expect(config.options?.plugins?.legend?.display).toBe(false);
	});

	it('turns animation off when reduced motion is asked', () => {
		const config = elementChartConfig(rows, { colors, reducedMotion: true });
		expect(config.options?.animation).toBe(false);
	});

	it('honours a custom line width and font', () => {
		const config = elementChartConfig(rows, {
			colors,
			reducedMotion: true,
			lineWidth: 100,
			fontSize: 21,
			fontFamily: 'system-ui'
		});
		expect(config.data.labels?.[0]).toEqual(['1. Recognize the impact on the workforce — 58']);
		expect(config.options?.scales?.y?.ticks?.font).toEqual({ size: 21, family: 'system-ui' });
		expect(config.options?.plugins?.tooltip?.bodyFont).toEqual({ size: 21, family: 'system-ui' });
	});

	it('tooltips give the full title and the score in words', () => {
		const config = elementChartConfig(rows, { colors, reducedMotion: true });
		const callbacks = config.options?.plugins?.tooltip?.callbacks;
		const item = (dataIndex: number) => ({ dataIndex }) as TooltipItem<'bar'>;
		const title = callbacks?.title as (items: TooltipItem<'bar'>[]) => string;
		const label = callbacks?.label as (item: TooltipItem<'bar'>) => string;
		expect(title([item(0)])).toBe('1. Recognize the impact on the workforce');
		expect(label(item(0))).toBe('58 of 100 · Developing');
		expect(label(item(1))).toBe('75 of 100 · Strength');
		expect(label(item(2))).toBe('no score yet');
	});
});
