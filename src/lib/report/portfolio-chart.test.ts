/**
 * The portfolio chart's bars, labels, note and text alternative, and its Chart.js configuration,
 * from the rows of the small portfolio in portfolio-test-fixtures.ts (sorted by name).
 */
import type { TooltipItem } from 'chart.js';
import { describe, expect, it } from 'vitest';
import type { ChartColors } from './element-chart';
import {
	barLabel,
	CHART_LIMIT,
	chartCountNote,
	portfolioBars,
	portfolioChartConfig,
	portfolioChartSummary,
	type PortfolioBar
} from './portfolio-chart';
import { portfolioColumns, portfolioOrder, portfolioRow } from './portfolio-model';
import { testElements, testGroups } from './portfolio-test-fixtures';

const columns = portfolioColumns(testElements);
const rows = portfolioOrder(testGroups(), { search: '', sort: 'name' }).map((g) =>
	portfolioRow(g, columns)
);
const bars = portfolioBars(rows);

const colors: ChartColors = {
	bar: '#2b5a5f',
	barBorder: '#1d4246',
	text: '#1f2429',
	grid: '#c9c4b8',
	surface: '#ffffff'
};

/** `n` bars named "Organization 1" … with score n. */
function manyBars(n: number): PortfolioBar[] {
	return Array.from({ length: n }, (_, i) => ({
		organizationId: `org-${i + 1}`,
		name: `Organization ${i + 1}`,
		score: i + 1,
		rounded: i + 1
	}));
}

describe('portfolioBars', () => {
	it('names each bar with its organization, unit and example mark, in the table order', () => {
		expect(bars).toEqual<PortfolioBar[]>([
			{ organizationId: 'org-cmd', name: '=cmd, +unit', score: 75, rounded: 75 },
			{
				organizationId: 'org-dang',
				name: 'Đặng Family Services (example)',
				score: 75,
				rounded: 75
			},
			{ organizationId: 'org-jose', name: 'José Núñez Clinic', score: null, rounded: null },
			{
				organizationId: 'org-zoe',
				name: 'Zoë Łukasik Counselling, Child services',
				score: (175 / 3 + 62.5) / 2,
				rounded: 60
			}
		]);
	});

	it('keeps only the first 20', () => {
		const many = Array.from({ length: 57 }, () => rows[0]!);
		expect(CHART_LIMIT).toBe(20);
		expect(portfolioBars(many)).toHaveLength(20);
		expect(portfolioBars(rows, 2).map((b) => b.organizationId)).toEqual(['org-cmd', 'org-dang']);
	});
});

describe('chartCountNote', () => {
	it.each<[number, number, string | null]>([
		[20, 57, 'Showing the first 20 of 57 organizations in the chart; the table has all.'],
		[20, 5000, 'Showing the first 20 of 5,000 organizations in the chart; the table has all.'],
		[20, 20, null],
		[4, 4, null]
	])('%i of %i', (shown, total, expected) => {
		expect(chartCountNote(shown, total)).toBe(expected);
	});
});

describe('barLabel', () => {
	it('keeps the whole name, wrapped, with the number after a dash', () => {
		expect(barLabel(bars[3]!, 24)).toEqual(['Zoë Łukasik Counselling,', 'Child services — 60']);
		// "— no score yet" is kept together on a line.
		expect(barLabel(bars[2]!, 24)).toEqual(['José Núñez Clinic', '— no score yet']);
		expect(barLabel(bars[0]!, 24)).toEqual(['=cmd, +unit — 75']);
	});
});

describe('portfolioChartSummary', () => {
	it('says every number the bars show', () => {
		expect(portfolioChartSummary(bars, 4)).toBe(
			'Bar chart of the latest overall scores, 0 to 100, for 4 organizations. ' +
				'=cmd, +unit: 75; Đặng Family Services (example): 75; José Núñez Clinic: no score yet; ' +
				'Zoë Łukasik Counselling, Child services: 60.'
		);
	});

	it('says when it shows only the first ones', () => {
		expect(portfolioChartSummary(manyBars(2), 1200)).toBe(
			'Bar chart of the latest overall scores, 0 to 100, for the first 2 of 1,200 organizations. ' +
				'Organization 1: 1; Organization 2: 2.'
		);
		expect(portfolioChartSummary(manyBars(1), 1)).toBe(
			'Bar chart of the latest overall scores, 0 to 100, for 1 organization. Organization 1: 1.'
		);
	});
});

describe('portfolioChartConfig', () => {
	const config = portfolioChartConfig(bars, {
		colors,
		reducedMotion: true,
		lineWidth: 24,
		fontSize: 21,
		fontFamily: 'system-ui'
	});

	it('draws one series of horizontal bars on a fixed 0-100 scale', () => {
		expect(config.type).toBe('bar');
		expect(config.options?.indexAxis).toBe('y');
		expect(config.data.datasets).toHaveLength(1);
		expect(config.data.datasets[0]?.data).toEqual([75, 75, null, (175 / 3 + 62.5) / 2]);
		expect(config.options?.scales?.x).toMatchObject({ min: 0, max: 100 });
		expect(config.options?.plugins?.legend?.display).toBe(false);
	});

	it('labels every bar with its name and number, wrapped to the width given', () => {
		expect(config.data.labels).toEqual([
			['=cmd, +unit — 75'],
			['Đặng Family Services', '(example) — 75'],
			['José Núñez Clinic', '— no score yet'],
			['Zoë Łukasik Counselling,', 'Child services — 60']
		]);
	});

	it('follows reduced motion, the colours and the font it is given', () => {
		expect(config.options?.animation).toBe(false);
		expect(config.data.datasets[0]?.backgroundColor).toBe('#2b5a5f');
		expect(config.options?.plugins?.tooltip?.bodyFont).toEqual({ size: 21, family: 'system-ui' });
		const moving = portfolioChartConfig(bars, { colors, reducedMotion: false });
		expect(moving.options?.animation).toEqual({ duration: 400 });
	});

	it('tooltips give the whole name and the score in words', () => {
		const callbacks = config.options?.plugins?.tooltip?.callbacks;
		const item = (dataIndex: number) => ({ dataIndex }) as TooltipItem<'bar'>;
		const title = callbacks?.title as (items: TooltipItem<'bar'>[]) => string;
		const label = callbacks?.label as (item: TooltipItem<'bar'>) => string;
		expect(title([item(3)])).toBe('Zoë Łukasik Counselling, Child services');
		expect(label(item(3))).toBe('Overall 60 of 100');
		expect(label(item(2))).toBe('No score yet');
	});
});
