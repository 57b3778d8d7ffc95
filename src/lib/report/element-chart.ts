/**
 * The element-score chart of the Results screen, as plain data. A pure function builds the Chart.js
 * configuration (no DOM, no chart.js at runtime: types only), so it is tested without a browser and
 * the runtime stays lazily loaded (see chart-runtime.ts).
 *
 * Colour never carries meaning alone: every bar has one colour, and each tick label carries the
 * number ("1. Recognize the impact on the / workforce — 58") or says "no score yet".
 */
import type { TooltipItem } from 'chart.js';
import type { Element } from '$lib/domain/framework';
import { bandLabels, elementLabel, NO_SCORE_YET } from '$lib/domain/format';
import { bandOf, type AssessmentScore, type Band, type Coverage } from '$lib/domain/scoring';
import {
	chartFont,
	scoreBarChart,
	type ScoreBarChartConfig,
	type ScoreBarTheme
} from './chart-parts';

/** Said inside a label or sentence, after a dash or a colon. */
const NO_SCORE = NO_SCORE_YET.toLowerCase();

/** One element as the chart, its table and its text summary show it. */
export interface ElementRow {
	elementId: string;
	number: number;
	title: string;
	/** Unrounded 0-100, or null when no item of the element has a score yet. */
	score: number | null;
	/** Whole number for display, or null. */
	rounded: number | null;
	band: Band | null;
	coverage: Coverage;
}

/** Joins the element titles to their scores, in element order. */
export function elementRows(
	elements: readonly Pick<Element, 'id' | 'number' | 'title'>[],
	score: Pick<AssessmentScore, 'elements'>
): ElementRow[] {
	const byId = new Map(elements.map((e) => [e.id, e]));
	return score.elements.map((e) => {
		const element = byId.get(e.elementId);
		return {
			elementId: e.elementId,
			number: element?.number ?? 0,
			title: element?.title ?? e.elementId,
			score: e.score,
			rounded: e.score === null ? null : Math.round(e.score),
			band: e.score === null ? null : bandOf(e.score),
			coverage: e.coverage
		};
	});
}

/** Puts words on lines of at most `width` characters (a longer word keeps a line of its own). */
export function wrapWords(words: readonly string[], width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of words) {
		if (!word) continue;
		if (line && line.length + 1 + word.length > width) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

/**
 * The tick label, as lines (Chart.js draws an array as a multi-line label): the number and the
 * whole title, wrapped so it fits beside the bars, and the score after a dash, kept together.
 */
export function tickLabel(row: ElementRow, lineWidth = 24): string[] {
	const value = row.rounded === null ? NO_SCORE : String(row.rounded);
	return wrapWords([...elementLabel(row).split(' '), `— ${value}`], lineWidth);
}

/**
 * How many characters fit on one line of a tick label. Chart.js gives the label axis at most about
 * half the chart's width, and a character of the system font is about 0.55 of the font size wide.
 */
export function labelLineWidth(chartWidth: number, fontSize: number): number {
	const fit = Math.floor((chartWidth * 0.4) / (0.55 * fontSize));
	return Math.max(10, Math.min(32, fit));
}

/** The text alternative of the chart: every number the bars show, in words. */
export function chartSummary(rows: readonly ElementRow[]): string {
	const parts = rows.map((r) => {
		const words =
			r.rounded === null || r.band === null
				? NO_SCORE
				: `${r.rounded}, ${bandLabels[r.band].toLowerCase()}`;
		return `${elementLabel(r)}: ${words}`;
	});
	return `Bar chart of the element scores, 0 to 100. ${parts.join('; ')}.`;
}

/** Bar fill and outline (kept visible in both schemes), tick and tooltip text, grid, tooltip surface. */
export type ChartColors = ScoreBarTheme;

export interface ChartOptionsInput {
	colors: ChartColors;
	/** True when the reader asked for reduced motion: no animation at all. */
	reducedMotion: boolean;
	/** Longest line of a tick label, in characters, before it wraps. */
	lineWidth?: number;
	/** Text size in CSS pixels (larger in presentation mode) and the page's font stack. */
	fontSize?: number;
	fontFamily?: string;
}

export type ElementChartConfig = ScoreBarChartConfig;

/** A horizontal bar chart of the element scores on a fixed 0-100 scale. */
export function elementChartConfig(
	rows: readonly ElementRow[],
	{ colors, reducedMotion, lineWidth = 24, fontSize = 14, fontFamily }: ChartOptionsInput
): ElementChartConfig {
	const font = chartFont(fontSize, fontFamily);
	const tooltipTitle = (items: TooltipItem<'bar'>[]) => {
		const row = rows[items[0]?.dataIndex ?? -1];
		return row ? elementLabel(row) : '';
	};
	const tooltipLabel = (item: TooltipItem<'bar'>) => {
		const row = rows[item.dataIndex];
		if (!row || row.rounded === null || row.band === null) return NO_SCORE;
		return `${row.rounded} of 100 · ${bandLabels[row.band]}`;
	};
	return scoreBarChart({
		labels: rows.map((r) => tickLabel(r, lineWidth)),
		scores: rows.map((r) => r.score),
		title: 'Score out of 100',
		theme: colors,
		font,
		reducedMotion,
		maxBarThickness: 36,
		tooltipTitle,
		tooltipLabel
	});
}
