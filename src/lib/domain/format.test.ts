import { describe, expect, test } from 'vitest';
import {
	bandText,
	coverageSentence,
	countText,
	coverageText,
	elementLabel,
	formatCalendarDate,
	incompleteNote,
	leftOutParts,
	listed,
	longDate,
	priorityText,
	scoreOutOf100,
	scoredText,
	scoreText,
	todayLocal
} from './format';
import type { Coverage } from './scoring';

const coverage = (c: Partial<Coverage>): Coverage => ({
	scored: 0,
	applicable: 0,
	dontKnow: 0,
	notApplicable: 0,
	unanswered: 0,
	percent: 0,
	...c
});

describe('scores', () => {
	test.each([
		[null, 'No score yet', 'Not yet', 'No score yet'],
		[58.333, '58', 'Developing', '58 of 100 (Developing)'],
		[66.667, '67', 'Developing', '67 of 100 (Developing)'],
		[62.5, '63', 'Developing', '63 of 100 (Developing)'],
		// The band follows the number shown: 74.6 shows 75, a strength; 49.5 shows 50.
		[74.6, '75', 'Strength', '75 of 100 (Strength)'],
		[49.5, '50', 'Developing', '50 of 100 (Developing)'],
		[49.4, '49', 'Growth area', '49 of 100 (Growth area)'],
		[0, '0', 'Growth area', '0 of 100 (Growth area)'],
		[100, '100', 'Strength', '100 of 100 (Strength)']
	])('%j -> %j, %j, %j', (score, text, band, outOf) => {
		expect(scoreText(score)).toBe(text);
		expect(bandText(score)).toBe(band);
		expect(scoreOutOf100(score)).toBe(outOf);
	});
});

describe('coverage', () => {
	// 24 items: 20 scored, 2 Don't know, 1 not applicable, 1 not answered; 20 / 23 = 86.9% -> 86.
	const partial = coverage({
		scored: 20,
		applicable: 23,
		dontKnow: 2,
		notApplicable: 1,
		unanswered: 1,
		percent: 86
	});
	const whole = coverage({ scored: 4, applicable: 4, percent: 100 });

	test('names what is left out, in one order', () => {
		expect(leftOutParts(partial)).toEqual([
			'2 Don’t know',
			'1 not applicable',
			'1 not answered yet'
		]);
		expect(leftOutParts(whole)).toEqual([]);
	});
	test('how many items have a score', () => {
		expect(scoredText(partial)).toBe('20 of 23 items scored');
	});
	test('an element line names Don’t know and not applicable, never unanswered', () => {
		expect(coverageText(partial)).toBe('20 of 23 items scored · 2 Don’t know · 1 not applicable');
		expect(coverageText(whole)).toBe('4 of 4 items scored');
	});
	test('the overall sentence', () => {
		expect(coverageSentence(partial)).toBe(
			'20 of 23 practices that apply have a score (86% coverage). 2 Don’t know, 1 not applicable, 1 not answered yet.'
		);
		expect(coverageSentence(whole)).toBe(
			'4 of 4 practices that apply have a score (100% coverage).'
		);
	});
	test('the incomplete note counts the practices that apply and have no score', () => {
		expect(incompleteNote(partial)).toBe(
			'This picture is not complete yet: 3 of 23 practices have no score (2 Don’t know, 1 not answered yet).'
		);
		expect(incompleteNote(coverage({ scored: 3, applicable: 4, unanswered: 1 }))).toBe(
			'This picture is not complete yet: 1 of 4 practices has no score (1 not answered yet).'
		);
		expect(incompleteNote(whole)).toBeNull();
	});
});

describe('priority', () => {
	test.each([
		[3.38, '3.38'],
		[3.6, '3.60'],
		[1, '1.00'],
		[0.5, '0.50']
	])('%s is shown as %s', (priority, shown) => {
		expect(priorityText(priority)).toBe(shown);
	});
});

describe('words', () => {
	test('element label', () => {
		expect(elementLabel({ number: 3, title: 'Build a culture that supports staff' })).toBe(
			'3. Build a culture that supports staff'
		);
	});
	test.each([
		[[], ''],
		[[1], '1'],
		[[1, 2], '1 and 2'],
		[[1, 2, 4], '1, 2 and 4']
	])('listed %j -> %j', (values, expected) => expect(listed(values)).toBe(expected));
	test.each([
		[0, '0'],
		[7, '7'],
		[1_234, '1,234'],
		[5_000_000, '5,000,000']
	])('count %i reads %j', (n, expected) => expect(countText(n)).toBe(expected));
});

describe('dates', () => {
	test.each([
		['2026-03-12', '12 March 2026'],
		['2026-01-01', '1 January 2026'],
		['2026-12-31', '31 December 2026'],
		['2026-13-01', '2026-13-01'],
		['not a date', 'not a date']
	])('longDate %j -> %j', (value, expected) => expect(longDate(value)).toBe(expected));

	test('a calendar date keeps its day whatever the time zone', () => {
		expect(formatCalendarDate('2026-03-31')).toContain('31');
		expect(formatCalendarDate('bad')).toBe('bad');
	});
	test('today in local time, padded', () => {
		expect(todayLocal(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
	});
});
