/**
 * The portfolio's chart of overall scores, as plain data: one horizontal bar per organization (the
 * first 20 in the table's order, so the chart stays readable), one series. A pure function builds
 * the Chart.js configuration (types only from chart.js), so it is tested without a browser and
 * Chart.js stays lazily loaded (chart-runtime.ts).
 *
 * Colour never carries meaning alone: every bar has the same colour, and each tick label carries
 * the organization's name and its number ("Harbor Family Services — 58") or "no score yet".
 */
import type { TooltipItem } from 'chart.js';
import { countText, NO_SCORE_YET } from '$lib/domain/format';
import { wrapWords, type ChartOptionsInput } from './element-chart';
import type { PortfolioRow } from './portfolio-model';
import { chartFont, scoreBarChart, type ScoreBarChartConfig } from './chart-parts';

/** Bars drawn at most: more would be too thin to read on a projector. */
export const CHART_LIMIT = 20;

/** Said inside a label or sentence, after a dash or a colon. */
const NO_SCORE = NO_SCORE_YET.toLowerCase();

export interface PortfolioBar {
	organizationId: string;
	/** "Harbor Family Services, Child services (example)": name, unit, example mark. */
	name: string;
	/** Unrounded 0-100, or null without a score. */
	score: number | null;
	/** The whole number shown, or null. */
	rounded: number | null;
}

/** The first `limit` rows, in the table's order, as bars. */
export function portfolioBars(
	rows: readonly PortfolioRow[],
	limit: number = CHART_LIMIT
): PortfolioBar[] {
	return rows.slice(0, limit).map((row) => ({
		organizationId: row.organizationId,
		name: barName(row),
		score: row.overall,
		rounded: row.overall === null ? null : Math.round(row.overall)
	}));
}

function barName(row: Pick<PortfolioRow, 'name' | 'unit' | 'isExample'>): string {
	const name = row.unit ? `${row.name}, ${row.unit}` : row.name;
	return row.isExample ? `${name} (example)` : name;
}

/**
 * Said under the chart's heading when it shows only some of the organizations:
 * "Showing the first 20 of 57 organizations in the chart; the table has all." Null when it shows all.
 */
export function chartCountNote(shown: number, total: number): string | null {
	if (shown >= total) return null;
	return `Showing the first ${countText(shown)} of ${countText(total)} organizations in the chart; the table has all.`;
}

/** The tick label as lines: the name wrapped to fit beside the bars, the score kept after a dash. */
export function barLabel(bar: PortfolioBar, lineWidth = 24): string[] {
	const value = bar.rounded === null ? NO_SCORE : String(bar.rounded);
	return wrapWords([...bar.name.split(' '), `— ${value}`], lineWidth);
}

/** The chart's text alternative: every number its bars show, in words. */
export function portfolioChartSummary(bars: readonly PortfolioBar[], total: number): string {
	const which =
		bars.length < total
			? `the first ${countText(bars.length)} of ${countText(total)} organizations`
			: bars.length === 1
				? '1 organization'
				: `${countText(bars.length)} organizations`;
	const parts = bars.map((b) => `${b.name}: ${b.rounded === null ? NO_SCORE : b.rounded}`);
	return `Bar chart of the latest overall scores, 0 to 100, for ${which}. ${parts.join('; ')}.`;
}

export type PortfolioChartConfig = ScoreBarChartConfig;

/** A horizontal bar chart of the overall scores on a fixed 0-100 scale. */
export function portfolioChartConfig(
	bars: readonly PortfolioBar[],
	{ colors, reducedMotion, lineWidth = 24, fontSize = 14, fontFamily }: ChartOptionsInput
): PortfolioChartConfig {
	const font = chartFont(fontSize, fontFamily);
	const tooltipTitle = (items: TooltipItem<'bar'>[]) => bars[items[0]?.dataIndex ?? -1]?.name ?? '';
	const tooltipLabel = (item: TooltipItem<'bar'>) => {
		const bar = bars[item.dataIndex];
		return !bar || bar.rounded === null ? NO_SCORE_YET : `Overall ${bar.rounded} of 100`;
	};
	return scoreBarChart({
		labels: bars.map((b) => barLabel(b, lineWidth)),
		scores: bars.map((b) => b.score),
		title: 'Overall score out of 100',
		theme: colors,
		font,
		reducedMotion,
		maxBarThickness: 28,
		tooltipTitle,
		tooltipLabel
	});
}
