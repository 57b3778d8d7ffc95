/**
 * The Compare screen's chart as plain data: the overall and element scores as horizontal grouped
 * bars, one series per cycle. A pure function builds the Chart.js configuration (types only from
 * chart.js, so it is tested without a browser and Chart.js stays lazily loaded through
 * chart-runtime.ts).
 *
 * Colour never tells the cycles apart alone: each series has its own pattern (solid, diagonal
 * stripes, dots…; the screen paints them and passes them in as `fills`), every bar has its cycle
 * and score written at its end, and the legend names each pattern's cycle. The score table above
 * the chart has every number.
 */
import type { Chart, ChartConfiguration, ChartType, Plugin, TooltipItem } from 'chart.js';
import { NO_SCORE_YET, scoreText } from '$lib/domain/format';
import { labelLineWidth, wrapWords } from './element-chart';
import { categoryAxis, chartFont, scoreAxis, tooltipLook } from './chart-parts';

/** Said inside a label or sentence, after a dot or a colon. */
const NO_SCORE = NO_SCORE_YET.toLowerCase();

/** What the chart shows: one bar group per row (Overall, then elements), one bar per cycle. */
export interface CompareChartInput {
	/** The cycles' names, oldest first. */
	series: readonly string[];
	groups: readonly { label: string; values: readonly (number | null)[] }[];
}

// --- Patterns --------------------------------------------------------------------------------

/** The patterns the series are told apart by; the screen paints each on a small tile. */
export const patternKinds = [
	'solid',
	'diagonal',
	'dots',
	'cross',
	'horizontal',
	'vertical',
	'reverse-diagonal',
	'grid',
	'checks',
	'outline'
] as const;
export type PatternKind = (typeof patternKinds)[number];

/** How a pattern is named in the chart's text alternative. */
export const patternNames: Record<PatternKind, string> = {
	solid: 'solid',
	diagonal: 'diagonal stripes',
	dots: 'dots',
	cross: 'cross-hatching',
	horizontal: 'horizontal stripes',
	vertical: 'vertical stripes',
	'reverse-diagonal': 'reverse diagonal stripes',
	grid: 'a grid',
	checks: 'checks',
	outline: 'outline only'
};

/**
 * The pattern of series `index` of `count`: the latest cycle (the last series) is solid, the one
 * before it diagonal stripes, and so on back in time, so "now" always reads the same way.
 * Beyond ten cycles the patterns repeat; the words on each bar still tell them apart.
 */
export function seriesPattern(index: number, count: number): PatternKind {
	const back = Math.max(0, count - 1 - index);
	return patternKinds[back % patternKinds.length]!;
}

// --- Words -----------------------------------------------------------------------------------

/** "Baseline 2025 · 56", or "Baseline 2025 · no score yet": written at the end of a bar. */
export function barText(seriesName: string, value: number | null): string {
	return `${seriesName} · ${value === null ? NO_SCORE : scoreText(value)}`;
}

/** The text alternative of the chart: which pattern is which cycle, and every score in words. */
export function compareChartSummary(input: CompareChartInput): string {
	const count = input.series.length;
	const key = input.series
		.map((name, i) => `${name} ${patternNames[seriesPattern(i, count)]}`)
		.join(', ');
	const rows = input.groups.map((group) => {
		const values = input.series.map(
			(name, i) => `${name} ${group.values[i] == null ? NO_SCORE : scoreText(group.values[i]!)}`
		);
		return `${group.label}: ${values.join(', ')}`;
	});
	return `Grouped bar chart of the overall and element scores, 0 to 100, one bar per cycle (${key}). ${rows.join('; ')}.`;
}

// --- The labels at the end of the bars ---------------------------------------------------------

export interface BarLabelPlacement {
	/** Where the text starts (left-aligned) or ends (right-aligned). */
	x: number;
	align: 'left' | 'right';
	/** Drawn over the bar: on a small plain box, so a pattern never runs through the words. */
	boxed: boolean;
}

/**
 * Where a bar's words go: just past its end when they fit before the chart's right edge,
 * otherwise inside the bar, ending just before its end.
 */
export function barLabelPlacement(
	barEnd: number,
	textWidth: number,
	rightEdge: number,
	gap: number
): BarLabelPlacement {
	if (barEnd + gap + textWidth <= rightEdge)
		return { x: barEnd + gap, align: 'left', boxed: false };
	return { x: barEnd - gap, align: 'right', boxed: true };
}

export interface BarLabelOptions {
	fontSize: number;
	fontFamily?: string;
	color: string;
	/** The colour of the box behind words drawn over a bar. */
	boxColor: string;
}

declare module 'chart.js' {
	// The bar labels' options live in the chart's options (not in the plugin), so a redraw with
	// new colours or text size reaches them (chart-mount updates options, not plugins).
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	interface PluginOptionsByType<TType extends ChartType> {
		compareBarLabels?: BarLabelOptions;
	}
}

interface BarGeometry {
	x: number;
	y: number;
}

/**
 * A Chart.js plugin (given to this chart only, never registered globally) that writes each bar's
 * cycle and score at its end. It reads names and values from the chart's data at draw time, so
 * it follows the cycles ticked without being rebuilt.
 */
export const barLabelsPlugin: Plugin<'bar', BarLabelOptions> = {
	id: 'compareBarLabels',
	afterDatasetsDraw(chart: Chart<'bar'>, _args, options) {
		const { ctx } = chart;
		const size = options.fontSize;
		ctx.save();
		ctx.font = `600 ${size}px ${options.fontFamily ?? 'sans-serif'}`;
		ctx.textBaseline = 'middle';
		chart.data.datasets.forEach((dataset, datasetIndex) => {
			if (!chart.isDatasetVisible(datasetIndex)) return;
			chart.getDatasetMeta(datasetIndex).data.forEach((bar, index) => {
				const value = dataset.data[index];
				const text = barText(dataset.label ?? '', typeof value === 'number' ? value : null);
				const width = ctx.measureText(text).width;
				const { x, y } = bar.getProps(['x', 'y'], true) as BarGeometry;
				const place = barLabelPlacement(x, width, chart.width - 2, size * 0.4);
				const left = place.align === 'left' ? place.x : place.x - width;
				if (place.boxed) {
					const pad = size * 0.2;
					ctx.fillStyle = options.boxColor;
					ctx.fillRect(left - pad, y - size * 0.65, width + 2 * pad, size * 1.3);
				}
				ctx.fillStyle = options.color;
				ctx.textAlign = 'left';
				ctx.fillText(text, left, y);
			});
		});
		ctx.restore();
	}
};

// --- The chart ---------------------------------------------------------------------------------

export interface CompareChartColors {
	/** Bar outlines, tick, legend and label text. */
	text: string;
	grid: string;
	/** Tooltip background and the box behind labels over a bar. */
	surface: string;
	/** A fill for a series the screen has no pattern for. */
	accent: string;
}

export interface CompareChartOptions {
	colors: CompareChartColors;
	/** One fill per series, oldest first (patterns made by the screen); missing ones are accent. */
	fills: readonly (string | CanvasPattern)[];
	reducedMotion: boolean;
	/** The chart's width in CSS pixels: tick labels wrap and room is kept for the bar labels. */
	width: number;
	fontSize?: number;
	fontFamily?: string;
}

export type CompareChartConfig = ChartConfiguration<'bar', (number | null)[], string[]>;

/** Room to keep right of the plot for the longest bar label (a character is about 0.55 em). */
export function labelRoom(input: CompareChartInput, fontSize: number, width: number): number {
	const longest = Math.max(0, ...input.series.map((name) => barText(name, 100).length));
	return Math.round(Math.min(width * 0.35, longest * 0.55 * fontSize + fontSize));
}

/** Horizontal grouped bars on a fixed 0-100 scale, one dataset per cycle. */
export function compareChartConfig(
	input: CompareChartInput,
	{ colors, fills, reducedMotion, width, fontSize = 14, fontFamily }: CompareChartOptions
): CompareChartConfig {
	const font = chartFont(fontSize, fontFamily);
	const lineWidth = labelLineWidth(width, fontSize);
	const tooltipTitle = (items: TooltipItem<'bar'>[]) =>
		input.groups[items[0]?.dataIndex ?? -1]?.label ?? '';
	const tooltipLabel = (item: TooltipItem<'bar'>) => {
		const value = input.groups[item.dataIndex]?.values[item.datasetIndex] ?? null;
		const name = input.series[item.datasetIndex] ?? '';
		return value === null ? `${name}: ${NO_SCORE}` : `${name}: ${scoreText(value)} of 100`;
	};
	return {
		type: 'bar',
		data: {
			labels: input.groups.map((group) => wrapWords(group.label.split(' '), lineWidth)),
			datasets: input.series.map((name, i) => ({
				label: name,
				data: input.groups.map((group) => group.values[i] ?? null),
				backgroundColor: fills[i] ?? colors.accent,
				// Hover keeps the same fill: a pattern has no lighter shade, and nothing should shift.
				hoverBackgroundColor: fills[i] ?? colors.accent,
				borderColor: colors.text,
				borderWidth: 1,
				categoryPercentage: 0.9,
				barPercentage: 0.9
			}))
		},
		options: {
			indexAxis: 'y',
			responsive: true,
			maintainAspectRatio: false,
			animation: reducedMotion ? false : { duration: 400 },
			layout: { padding: { right: labelRoom(input, fontSize, width) } },
			scales: {
				x: scoreAxis(colors, font, 'Score out of 100'),
				y: categoryAxis(colors, font)
			},
			plugins: {
				legend: {
					display: true,
					position: 'top',
					align: 'start',
					// Hiding a cycle with a click is not offered: the table would disagree with the bars.
					onClick: () => undefined,
					labels: {
						color: colors.text,
						font,
						boxWidth: Math.round(fontSize * 2.5),
						boxHeight: Math.round(fontSize * 1.2)
					}
				},
				tooltip: {
					...tooltipLook(colors, font),
					callbacks: { title: tooltipTitle, label: tooltipLabel }
				},
				compareBarLabels: {
					fontSize: Math.round(fontSize * 0.9),
					...(fontFamily ? { fontFamily } : {}),
					color: colors.text,
					boxColor: colors.surface
				}
			}
		},
		plugins: [barLabelsPlugin]
	};
}
