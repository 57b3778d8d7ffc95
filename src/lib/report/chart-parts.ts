/**
 * The pieces every horizontal bar chart of the workbook shares (element scores, compare, portfolio,
 * the reveal's spread): its font, the 0-100 score axis, the category axis and the tooltip's look.
 * One place, so the charts read alike and a change of look is made once; the whole chart of one
 * series of scores (element scores, the portfolio) too. Types only from chart.js.
 */
import type { ChartConfiguration, FontSpec, TooltipItem } from 'chart.js';

/** Colours read from the design tokens (light, dark and projector modes). */
export interface ChartTheme {
	text: string;
	grid: string;
	surface: string;
}

export type ChartFont = Partial<FontSpec>;

/** The chart's text size and, when known, the page's font stack. */
export function chartFont(fontSize: number, fontFamily: string | undefined): ChartFont {
	return fontFamily ? { size: fontSize, family: fontFamily } : { size: fontSize };
}

/** The 0-100 score axis along the bars, in steps of 25, with its title. */
export function scoreAxis(theme: ChartTheme, font: ChartFont, title: string) {
	return {
		type: 'linear' as const,
		min: 0,
		max: 100,
		ticks: { stepSize: 25, color: theme.text, font },
		grid: { color: theme.grid },
		title: { display: true, text: title, color: theme.text, font }
	};
}

/** The axis of names (elements, organizations): every label shown, no grid lines. */
export function categoryAxis(theme: ChartTheme, font: ChartFont) {
	return {
		type: 'category' as const,
		ticks: { color: theme.text, autoSkip: false, font },
		grid: { display: false }
	};
}

/** The tooltip's look: the page's surface and text colours, outlined, in the chart's font. */
export function tooltipLook(theme: ChartTheme, font: ChartFont) {
	return {
		backgroundColor: theme.surface,
		titleColor: theme.text,
		bodyColor: theme.text,
		borderColor: theme.grid,
		borderWidth: 1,
		titleFont: font,
		bodyFont: font
	};
}

/** Bar colours beside the theme's: a score's bar and its outline. */
export interface ScoreBarTheme extends ChartTheme {
	bar: string;
	barBorder: string;
}

export type ScoreBarChartConfig = ChartConfiguration<'bar', (number | null)[], string[]>;

/**
 * One series of 0-100 scores as horizontal bars, the whole chart: the element scores and the
 * portfolio's overall scores differ only in their labels, title, bar thickness and tooltip words.
 */
export function scoreBarChart(input: {
	labels: string[][];
	scores: (number | null)[];
	/** The series' name and the score axis's title. */
	title: string;
	theme: ScoreBarTheme;
	font: ChartFont;
	reducedMotion: boolean;
	maxBarThickness: number;
	tooltipTitle: (items: TooltipItem<'bar'>[]) => string;
	tooltipLabel: (item: TooltipItem<'bar'>) => string;
}): ScoreBarChartConfig {
	const { theme, font } = input;
	return {
		type: 'bar',
		data: {
			labels: input.labels,
			datasets: [
				{
					label: input.title,
					data: input.scores,
					backgroundColor: theme.bar,
					borderColor: theme.barBorder,
					borderWidth: 1,
					borderRadius: 4,
					maxBarThickness: input.maxBarThickness
				}
			]
		},
		options: {
			indexAxis: 'y',
			responsive: true,
			maintainAspectRatio: false,
			animation: input.reducedMotion ? false : { duration: 400 },
			scales: {
				x: scoreAxis(theme, font, input.title),
				y: categoryAxis(theme, font)
			},
			plugins: {
				legend: { display: false },
				tooltip: {
					...tooltipLook(theme, font),
					callbacks: { title: input.tooltipTitle, label: input.tooltipLabel }
				}
			}
		}
	};
}
