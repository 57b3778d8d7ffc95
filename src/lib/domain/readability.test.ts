/** Reading level: counts checked by hand, and the grade from the Flesch-Kincaid formula. */
import { describe, expect, test } from 'vitest';
import { countText, gradeLevel, gradeSpread } from './readability';

describe('countText', () => {
	test.each([
		['The dog ran to the big red barn.', { sentences: 1, words: 8, syllables: 8 }],
		// su-per-vi-sors re-view trau-ma ca-ses month-ly / staff rest
		[
			'Supervisors review trauma cases monthly. Staff rest.',
			{ sentences: 2, words: 7, syllables: 14 }
		],
		// No final stop: still one sentence. "work-life" and "don't" are one word each.
		["Staff don't keep work-life balance", { sentences: 1, words: 5, syllables: 7 }],
		['', { sentences: 0, words: 0, syllables: 0 }]
	])('%j', (text, counts) => {
		expect(countText(text)).toEqual(counts);
	});
});

describe('gradeLevel', () => {
	test.each([
		// 0.39 × 8/1 + 11.8 × 8/8 − 15.59 = −0.67
		['The dog ran to the big red barn.', -0.7],
		// 0.39 × 7/2 + 11.8 × 14/7 − 15.59 = 9.375
		['Supervisors review trauma cases monthly. Staff rest.', 9.4],
		['', 0]
	])('%j → %s', (text, grade) => {
		expect(gradeLevel(text)).toBe(grade);
	});
});

test('gradeSpread: median, 90th percentile (nearest rank), max', () => {
	expect(gradeSpread([4, 9, 6, 12, 8])).toEqual({ median: 8, p90: 12, max: 12 });
	expect(gradeSpread([1, 2, 3, 4])).toEqual({ median: 2.5, p90: 4, max: 4 });
	expect(gradeSpread([])).toEqual({ median: 0, p90: 0, max: 0 });
});
