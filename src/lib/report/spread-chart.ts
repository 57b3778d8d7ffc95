/**
 * The reveal's picture of how the raters answered, one chart per essential element, as plain data.
 * A pure function builds the Chart.js configuration (types only from chart.js, so it is tested
 * without a browser and Chart.js stays lazily loaded through chart-runtime.ts).
 *
 * Each practice is one horizontal bar, cut into segments in scale order: how many said 0, 1, 2, 3,
 * 4, then Don't know, Not applicable and no answer. A segment's length is its number of raters.
 * Colour never carries meaning alone: every segment wide enough has its answer written inside it
 * ("0" … "4", "DK", "NA"), Don't know and Not applicable are patterned as well, the legend and the
 * tooltips say it in words, and a real table beside the chart has every number.
 */
import type { Chart, ChartConfiguration, Plugin, TooltipItem } from 'chart.js';
import { dontKnowChoice, notApplicableChoice, practiceScale } from '$lib/content/scale';
import type { PracticeScore } from '$lib/domain/assessment';
import { countWords, type ItemSpread } from '$lib/domain/workshop/spread';
import { wrapWords } from './element-chart';
import { chartFont, tooltipLook } from './chart-parts';

/** The answer kinds a spread counts, in the order the segments run. */
export const answerCategories = [
	'0',
	'1',
	'2',
	'3',
	'4',
	'dont-know',
	'not-applicable',
	'unanswered'
] as const;
export type AnswerCategory = (typeof answerCategories)[number];

export interface CategoryWords {
	/** Drawn inside the segment and shown in the legend's swatch. */
	short: string;
	/** The legend's and the table's words: "3 · Mostly in place", "Don't know". */
	label: string;
	/** How a count reads: "said 3", "said Don't know", "did not answer". */
	verb: string;
}

const scoreWords = (value: PracticeScore): CategoryWords => ({
	short: String(value),
	label: `${value} · ${practiceScale[value]?.label ?? value}`,
	verb: `said ${value}`
});

export const categoryWords: Record<AnswerCategory, CategoryWords> = {
	'0': scoreWords(0),
	'1': scoreWords(1),
	'2': scoreWords(2),
	'3': scoreWords(3),
	'4': scoreWords(4),
	'dont-know': { short: 'DK', label: dontKnowChoice.label, verb: `said ${dontKnowChoice.label}` },
	'not-applicable': {
		short: 'NA',
		label: notApplicableChoice.label,
		verb: `said ${notApplicableChoice.label}`
	},
	unanswered: { short: '–', label: 'No answer', verb: 'did not answer' }
};

/** How many raters gave this kind of answer. */
export function categoryCount(spread: ItemSpread, category: AnswerCategory): number {
	switch (category) {
		case 'dont-know':
			return spread.dontKnow;
		case 'not-applicable':
			return spread.notApplicable;
		case 'unanswered':
			return spread.unanswered;
		default:
			return spread.scoreCounts[Number(category)] ?? 0;
	}
}

/** One practice of the element, as its bar, its table row and its sentence show it. */
export interface SpreadRow {
	itemId: string;
	/** "2.3": the element's number and the practice's place in it, as the walk-through counts. */
	code: string;
	statement: string;
	spread: ItemSpread;
}

/** "Item 2.3": short enough to sit beside a bar on a projector; the table has the statement. */
export function spreadTickLabel(row: Pick<SpreadRow, 'code'>): string {
	return `Item ${row.code}`;
}

/** The text alternative of one element's chart: every count the bars show, in words. */
export function spreadChartSummary(elementName: string, rows: readonly SpreadRow[]): string {
	const raters = rows[0]?.spread.raters ?? 0;
	const parts = rows.map((row) => `${spreadTickLabel(row)}: ${countWords(row.spread).join(', ')}`);
	return `Stacked bars of how ${raters === 1 ? '1 rater' : `${raters} raters`} answered the practices of ${elementName}. ${parts.join('; ')}.`;
}

/** "2 of 3 said 3 · Mostly in place": a tooltip line, with the scale's word for a score. */
export function segmentText(
	spread: Pick<ItemSpread, 'raters'>,
	category: AnswerCategory,
	count: number
): string {
	const words = categoryWords[category];
	const scoreWord = /^[0-4]$/.test(category)
		? ` · ${practiceScale[Number(category)]?.label ?? ''}`
		: '';
	return `${count} of ${spread.raters} ${words.verb}${scoreWord}`;
}

// --- Colours -----------------------------------------------------------------------------------

/** The design tokens the chart is drawn with (hex, as tokens.css has them). */
export interface SpreadChartColors {
	accent: string;
	surface: string;
	text: string;
	grid: string;
}

/**
 * How strongly each score's segment takes the accent colour: a calm ramp from light (0) to the
 * full accent (4), so the spread reads at a glance; the number inside carries the meaning. The
 * jump from 2 to 3 skips the middle tones, where neither dark nor light text reaches 4.5:1.
 */
export const SCORE_SHADES = [0.1, 0.25, 0.4, 0.85, 1] as const;

function channels(hex: string): [number, number, number] | null {
	const match = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(hex.trim());
	if (!match?.[1]) return null;
	const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d).join('') : match[1];
	return [0, 2, 4].map((start) => parseInt(digits.slice(start, start + 2), 16)) as [
		number,
		number,
		number
	];
}

/** `from` moved `share` (0-1) of the way to `to`, as "#rrggbb"; `to` when either is not hex. */
export function mixHex(from: string, to: string, share: number): string {
	const a = channels(from);
	const b = channels(to);
	if (!a || !b) return to;
	const mixed = a.map((value, index) => Math.round(value + ((b[index] ?? 0) - value) * share));
	return `#${mixed.map((value) => value.toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG relative luminance of a hex colour (0 black to 1 white). */
function luminance(hex: string): number {
	const rgb = channels(hex) ?? [0, 0, 0];
	const [r, g, b] = rgb.map((value) => {
		const c = value / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	}) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two hex colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (light + 0.05) / (dark + 0.05);
}

/** Whichever of `candidates` reads best on `fill`. */
export function readableOn(fill: string, candidates: readonly string[]): string {
	let best = candidates[0] ?? '#000000';
	for (const candidate of candidates) {
		if (contrastRatio(fill, candidate) > contrastRatio(fill, best)) best = candidate;
	}
	return best;
}

export interface SegmentStyle {
	/** A colour, or a pattern the screen made (Don't know and Not applicable). */
	fill: string | CanvasPattern;
	/** The plain colour under a pattern: what the label's colour is chosen against. */
	base: string;
	/** The label's colour inside the segment. */
	label: string;
	/** Patterned segments get a small plain box behind their label, so it stays legible. */
	boxed: boolean;
}

/** Fill and label colour of every kind of answer, from the tokens (and patterns, when given). */
export function segmentStyles(
	colors: SpreadChartColors,
	patterns: Partial<Record<AnswerCategory, CanvasPattern>> = {}
): Record<AnswerCategory, SegmentStyle> {
	const plain = (base: string): SegmentStyle => ({
		fill: base,
		base,
		label: readableOn(base, [colors.text, colors.surface]),
		boxed: false
	});
	const patterned = (category: AnswerCategory, base: string): SegmentStyle => {
		const pattern = patterns[category];
		return pattern ? { fill: pattern, base, label: colors.text, boxed: true } : plain(base);
	};
	return {
		'0': plain(mixHex(colors.surface, colors.accent, SCORE_SHADES[0])),
		'1': plain(mixHex(colors.surface, colors.accent, SCORE_SHADES[1])),
		'2': plain(mixHex(colors.surface, colors.accent, SCORE_SHADES[2])),
		'3': plain(mixHex(colors.surface, colors.accent, SCORE_SHADES[3])),
		'4': plain(mixHex(colors.surface, colors.accent, SCORE_SHADES[4])),
		'dont-know': patterned('dont-know', mixHex(colors.surface, colors.text, 0.1)),
		'not-applicable': patterned('not-applicable', mixHex(colors.surface, colors.text, 0.2)),
		unanswered: plain(colors.surface)
	};
}

// --- The labels inside the segments -------------------------------------------------------------

export interface SegmentLabelsOptions {
	styles: Record<AnswerCategory, SegmentStyle>;
	fontSize: number;
	fontFamily?: string;
	/** The colour of the box behind a patterned segment's label. */
	boxColor: string;
}

/** The part of a drawn bar segment the labels need (Chart.js's BarElement has more). */
interface SegmentGeometry {
	x: number;
	base: number;
	y: number;
}

/**
 * A Chart.js plugin (given to this chart only, never registered globally) that writes each
 * segment's answer inside it, centred, when the segment is wide enough for the text.
 */
export function segmentLabelsPlugin(options: SegmentLabelsOptions): Plugin<'bar'> {
	const font = `600 ${options.fontSize}px ${options.fontFamily ?? 'sans-serif'}`;
	return {
		id: 'spreadSegmentLabels',
		afterDatasetsDraw(chart: Chart<'bar'>) {
			const { ctx } = chart;
			ctx.save();
			ctx.font = font;
			ctx.textAlign = 'center';
			ctx.textBaseline = 'middle';
			chart.data.datasets.forEach((dataset, datasetIndex) => {
				const category = answerCategories[datasetIndex];
				if (!category || !chart.isDatasetVisible(datasetIndex)) return;
				const style = options.styles[category];
				const text = categoryWords[category].short;
				const width = ctx.measureText(text).width;
				chart.getDatasetMeta(datasetIndex).data.forEach((bar, index) => {
					if (!dataset.data[index]) return;
					const { x, base, y } = bar.getProps(['x', 'base', 'y'], true) as SegmentGeometry;
					if (Math.abs(x - base) < width + options.fontSize * 0.6) return;
					const middle = (x + base) / 2;
					if (style.boxed) {
						const pad = options.fontSize * 0.2;
						ctx.fillStyle = options.boxColor;
						ctx.fillRect(
							middle - width / 2 - pad,
							y - options.fontSize * 0.6,
							width + 2 * pad,
							options.fontSize * 1.2
						);
					}
					ctx.fillStyle = style.label;
					ctx.fillText(text, middle, y);
				});
			});
			ctx.restore();
		}
	};
}

// --- The chart --------------------------------------------------------------------------------

export interface SpreadChartInput {
	colors: SpreadChartColors;
	/** Patterns for Don't know and Not applicable, made by the screen (canvas only). */
	patterns?: Partial<Record<AnswerCategory, CanvasPattern>>;
	/** True when the reader asked for reduced motion: no animation at all. */
	reducedMotion: boolean;
	/** Text size in CSS pixels (larger in presentation mode) and the page's font stack. */
	fontSize?: number;
	fontFamily?: string;
}

export type SpreadChartConfig = ChartConfiguration<'bar', number[], string>;

/** One element's practices as horizontal stacked bars of answer counts, 0 to the raters. */
export function spreadChartConfig(
	rows: readonly SpreadRow[],
	{ colors, patterns, reducedMotion, fontSize = 14, fontFamily }: SpreadChartInput
): SpreadChartConfig {
	const font = chartFont(fontSize, fontFamily);
	const raters = Math.max(1, ...rows.map((row) => row.spread.raters));
	const styles = segmentStyles(colors, patterns);

	const tooltipTitle = (items: TooltipItem<'bar'>[]) => {
		const row = rows[items[0]?.dataIndex ?? -1];
		return row ? [`${spreadTickLabel(row)}:`, ...wrapWords(row.statement.split(' '), 40)] : '';
	};
	const tooltipLabel = (item: TooltipItem<'bar'>) => {
		const row = rows[item.dataIndex];
		const category = answerCategories[item.datasetIndex];
		if (!row || !category) return '';
		return segmentText(row.spread, category, categoryCount(row.spread, category));
	};

	return {
		type: 'bar',
		data: {
			labels: rows.map(spreadTickLabel),
			datasets: answerCategories.map((category) => ({
				label: categoryWords[category].label,
				data: rows.map((row) => categoryCount(row.spread, category)),
				backgroundColor: styles[category].fill,
				// Hover keeps the same fill: a pattern has no lighter shade, and nothing should shift.
				hoverBackgroundColor: styles[category].fill,
				borderColor: colors.text,
				borderWidth: 1,
				maxBarThickness: 44
			}))
		},
		options: {
			indexAxis: 'y',
			responsive: true,
			maintainAspectRatio: false,
			animation: reducedMotion ? false : { duration: 400 },
			scales: {
				x: {
					type: 'linear',
					stacked: true,
					min: 0,
					max: raters,
					ticks: { stepSize: 1, precision: 0, color: colors.text, font },
					grid: { color: colors.grid },
					title: {
						display: true,
						text: `Raters (${raters} handed in)`,
						color: colors.text,
						font
					}
				},
				y: {
					type: 'category',
					stacked: true,
					ticks: { color: colors.text, autoSkip: false, font },
					grid: { display: false }
				}
			},
			plugins: {
				legend: { display: false },
				tooltip: {
					...tooltipLook(colors, font),
					// Only the segment under the pointer: the others are in the table.
					mode: 'nearest',
					callbacks: { title: tooltipTitle, label: tooltipLabel }
				}
			}
		},
		plugins: [segmentLabelsPlugin({ styles, fontSize, fontFamily, boxColor: colors.surface })]
	};
}
