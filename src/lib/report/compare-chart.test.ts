import type { TooltipItem } from 'chart.js';
import { describe, expect, test } from 'vitest';
import {
	barLabelPlacement,
	barText,
	compareChartConfig,
	compareChartSummary,
	labelRoom,
	patternKinds,
	seriesPattern,
	type CompareChartColors,
	type CompareChartInput
} from './compare-chart';

const colors: CompareChartColors = {
	text: '#1f2429',
	grid: '#c9c4b8',
	surface: '#ffffff',
	accent: '#2b5a5f'
};

/** Scores as compareCycles gives them: unrounded, null where a cycle has none. */
const input: CompareChartInput = {
	series: ['Baseline 2025', 'Review 2026'],
	groups: [
		{ label: 'Overall', values: [66.666, 50] },
		{ label: '1. Recognize the impact on the workforce', values: [58.333, 75] },
		{ label: '3. Build a culture that supports staff', values: [null, 12.5] }
	]
};

describe('seriesPattern', () => {
	test.each([
		// The latest cycle is solid; going back in time: stripes, dots, cross-hatching.
		[1, 2, 'solid'],
		[0, 2, 'diagonal'],
		[2, 3, 'solid'],
		[1, 3, 'diagonal'],
		[0, 3, 'dots'],
		[0, 4, 'cross'],
		// Ten patterns, then they repeat (the bar words still tell the cycles apart).
		[0, 10, 'outline'],
		[0, 11, 'solid'],
		[1, 11, 'outline']
	])('series %i of %i is %s', (index, count, kind) => {
		expect(seriesPattern(index, count)).toBe(kind);
	});

	test('ten different patterns for ten cycles', () => {
		const kinds = Array.from({ length: 10 }, (_, i) => seriesPattern(i, 10));
		expect(new Set(kinds).size).toBe(10);
		expect(new Set(kinds)).toEqual(new Set(patternKinds));
	});
});

describe('words', () => {
	test.each([
		['Baseline 2025', 66.666, 'Baseline 2025 · 67'],
		['Review 2026', 12.5, 'Review 2026 · 13'],
		['Zoë’s review', 0, 'Zoë’s review · 0'],
		['Baseline 2025', null, 'Baseline 2025 · no score yet']
	])('a bar of %s at %s reads "%s"', (name, value, text) => {
		expect(barText(name, value)).toBe(text);
	});

	test('the summary names each pattern and every score', () => {
		expect(compareChartSummary(input)).toBe(
			'Grouped bar chart of the overall and element scores, 0 to 100, one bar per cycle ' +
				'(Baseline 2025 diagonal stripes, Review 2026 solid). ' +
				'Overall: Baseline 2025 67, Review 2026 50; ' +
				'1. Recognize the impact on the workforce: Baseline 2025 58, Review 2026 75; ' +
				'3. Build a culture that supports staff: Baseline 2025 no score yet, Review 2026 13.'
		);
	});
});

describe('barLabelPlacement', () => {
	test.each([
		// Bar ends at 200, 80 wide text, gap 5: 285 fits before 400.
		[200, 80, 400, 5, { x: 205, align: 'left', boxed: false }],
		// Exactly at the edge still fits.
		[315, 80, 400, 5, { x: 320, align: 'left', boxed: false }],
		// One pixel more and it goes inside the bar, on a box.
		[316, 80, 400, 5, { x: 311, align: 'right', boxed: true }]
	])('end %i, text %i, edge %i', (end, width, edge, gap, placement) => {
		expect(barLabelPlacement(end, width, edge, gap)).toEqual(placement);
	});
});

describe('compareChartConfig', () => {
	const fills = ['#aaaaaa', '#bbbbbb'];
	const config = compareChartConfig(input, {
		colors,
		fills,
		reducedMotion: true,
		width: 800,
		fontSize: 14,
		fontFamily: 'system-ui'
	});

	test('one dataset per cycle, oldest first, with its own fill and the unrounded scores', () => {
		expect(
			config.data.datasets.map((d) => [d.label, d.data, d.backgroundColor, d.borderColor])
		).toEqual([
			['Baseline 2025', [66.666, 58.333, null], '#aaaaaa', '#1f2429'],
			['Review 2026', [50, 75, 12.5], '#bbbbbb', '#1f2429']
		]);
	});

	test('a series without a fill falls back to the accent', () => {
		const bare = compareChartConfig(input, { colors, fills: [], reducedMotion: false, width: 800 });
		expect(bare.data.datasets.map((d) => d.backgroundColor)).toEqual(['#2b5a5f', '#2b5a5f']);
		expect(bare.options?.animation).toEqual({ duration: 400 });
	});

	test('tick labels are the row names, wrapped to the room there is', () => {
		// 800 px at 14 px: 800 × 0.4 / (0.55 × 14) = 41.6, capped at 32 characters a line.
		expect(config.data.labels).toEqual([
			['Overall'],
			['1. Recognize the impact on the', 'workforce'],
			['3. Build a culture that supports', 'staff']
		]);
	});

	test('a fixed 0-100 scale, horizontal bars, no animation when reduced motion is asked', () => {
		expect(config.options?.indexAxis).toBe('y');
		expect(config.options?.scales?.x).toMatchObject({ min: 0, max: 100 });
		expect(config.options?.animation).toBe(false);
	});

	test('the legend is shown and clicking it hides nothing; the bar labels get the tokens', () => {
		expect(config.options?.plugins?.legend).toMatchObject({ display: true, position: 'top' });
		expect(config.options?.plugins?.compareBarLabels).toEqual({
			fontSize: 13,
			fontFamily: 'system-ui',
			color: '#1f2429',
			boxColor: '#ffffff'
		});
		expect(config.plugins?.map((p) => p.id)).toEqual(['compareBarLabels']);
	});

	test('room is kept right of the bars for the longest label', () => {
		// "Baseline 2025 · 100" is 19 characters: 19 × 0.55 × 14 + 14 = 160.3 → 160.
		expect(labelRoom(input, 14, 800)).toBe(160);
		expect(config.options?.layout?.padding).toEqual({ right: 160 });
		// Never more than a third and a bit of a narrow chart: 300 × 0.35 = 105.
		expect(labelRoom(input, 14, 300)).toBe(105);
	});

	test('tooltips name the row, the cycle and its score', () => {
		const callbacks = config.options?.plugins?.tooltip?.callbacks;
		const item = (dataIndex: number, datasetIndex: number) =>
			({ dataIndex, datasetIndex }) as TooltipItem<'bar'>;
		const title = callbacks?.title as (items: TooltipItem<'bar'>[]) => string;
		const label = callbacks?.label as (item: TooltipItem<'bar'>) => string;
		expect(title([item(1, 0)])).toBe('1. Recognize the impact on the workforce');
		expect(label(item(1, 0))).toBe('Baseline 2025: 58 of 100');
		expect(label(item(2, 0))).toBe('Baseline 2025: no score yet');
		expect(label(item(2, 1))).toBe('Review 2026: 13 of 100');
	});
});
