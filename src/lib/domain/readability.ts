/**
 * How hard a text is to read, as a US school grade (Flesch-Kincaid): the workbook's statements are
 * read aloud on a projector by a tired room, so the content tests hold them to a grade. Counting is
 * ours (sentences, words); syllables come from `syllable`, the grade formula from `flesch-kincaid`.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export interface TextCounts {
	sentences: number;
	words: number;
	syllables: number;
}

/** Words: runs of letters and digits, with inner apostrophes and hyphens ("don't", "work-life"). */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export function countText(text: string): TextCounts {
	const words = text.match(WORD) ?? [];
	// A sentence ends at . ! ? (or ; :, which a list-like statement uses the same way) before a
	// space or the end; a text without a final stop is still one sentence.
	const stops = text.trim().match(/[.!?;:]+(?=\s|$)/g)?.length ?? 0;
	const endsWithStop = /[.!?;:]\s*$/.test(text.trim());
	const sentences = words.length === 0 ? 0 : stops + (endsWithStop ? 0 : 1);
	const syllables = words.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0);
	return { sentences, words: words.length, syllables };
}

/** The Flesch-Kincaid grade of a text, to one decimal; 0 for a text without words. */
export function gradeLevel(text: string): number {
	const counts = countText(text);
	if (counts.words === 0) return 0;
	const grade = fleschKincaid({
		sentence: counts.sentences,
		word: counts.words,
		syllable: counts.syllables
	});
	return Math.round(grade * 10) / 10;
}

/** Median, 90th percentile (nearest rank) and maximum of a list of grades. */
export function gradeSpread(grades: readonly number[]): {
	median: number;
	p90: number;
	max: number;
} {
	if (grades.length === 0) return { median: 0, p90: 0, max: 0 };
	const sorted = [...grades].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
	const p90 = sorted[Math.ceil(0.9 * sorted.length) - 1]!;
	return { median: Math.round(median * 10) / 10, p90, max: sorted.at(-1)! };
}
