import { describe, expect, test } from 'vitest';
import type { Answer } from '../assessment';
import {
	MANY_DONT_KNOW_NOTE,
	countWords,
	itemSpread,
	roundSpreads,
	sortByDisagreement,
	type ItemSpread
} from './spread';

const s = (value: 0 | 1 | 2 | 3 | 4): Answer => ({ kind: 'score', value });
const DK: Answer = { kind: 'dont-know' };
const NA: Answer = { kind: 'not-applicable', reason: 'We have no clinical staff' };
const __ = null;

/** The numbers and flags of a spread, in one flat row so a table can list what was worked out by hand. */
function row(spread: ItemSpread) {
	const { discuss, split, manyDontKnow, someNotApplicable, agreed } = spread.flags;
	return {
		counts: [...spread.scoreCounts, spread.dontKnow, spread.notApplicable, spread.unanswered],
		scored: spread.scored,
		median: spread.median,
		min: spread.min,
		max: spread.max,
		range: spread.range,
		withinOne: spread.withinOne,
		meanDeviation: spread.meanDeviation,
		flags: { discuss, split, manyDontKnow, someNotApplicable, agreed },
		disagreement: spread.disagreement
	};
}

const none = {
	discuss: false,
	split: false,
	manyDontKnow: false,
	someNotApplicable: false,
	agreed: false
};

describe('itemSpread: worked out by hand', () => {
	test.each([
		{
			case: '8 raters far apart: sorted 0 0 1 2 4 4 4 4, median (2+4)/2 = 3, 5 of 8 within one (62.5% < 75%), range 4',
			answers: [s(0), s(4), s(0), s(1), s(4), s(4), s(2), s(4)],
			// distances from 3: 3+3+2+1+1+1+1+1 = 13, / 8 = 1.625
			expected: {
				counts: [2, 1, 1, 0, 4, 0, 0, 0],
				scored: 8,
				median: 3,
				min: 0,
				max: 4,
				range: 4,
				withinOne: 5,
				meanDeviation: 1.625,
				flags: { ...none, discuss: true, split: true },
				disagreement: 1000 + 100 + 40 + 1.625
			}
		},
		{
			case: 'Close together with one Don’t know and one blank: 2 3 3 3, median 3, all within one; 1 of 5 Don’t know is under a third',
			answers: [s(3), s(3), s(2), s(3), DK, __],
			// distances from 3: 1 + 0 + 0 + 0 = 1, / 4 = 0.25
			expected: {
				counts: [0, 0, 1, 3, 0, 1, 0, 1],
				scored: 4,
				median: 3,
				min: 2,
				max: 3,
				range: 1,
				withinOne: 4,
				meanDeviation: 0.25,
				flags: { ...none, agreed: true },
				disagreement: 10 + 0.25
			}
		},
		{
			case: 'An even count with a half median: 2 and 3 give 2.5, both within one',
			answers: [s(2), s(3)],
			expected: {
				counts: [0, 0, 1, 1, 0, 0, 0, 0],
				scored: 2,
				median: 2.5,
				min: 2,
				max: 3,
				range: 1,
				withinOne: 2,
				meanDeviation: 0.5,
				flags: { ...none, agreed: true },
				disagreement: 10.5
			}
		},
		{
			case: 'Exactly 75% within one is not "fewer than 75%": 2 2 2 4, median 2, 3 of 4 within one',
			answers: [s(2), s(2), s(4), s(2)],
			expected: {
				counts: [0, 0, 3, 0, 1, 0, 0, 0],
				scored: 4,
				median: 2,
				min: 2,
				max: 4,
				range: 2,
				withinOne: 3,
				meanDeviation: 0.5,
				flags: { ...none, agreed: true },
				disagreement: 20.5
			}
		},
		{
			case: 'Discuss on the share alone: 2 2 2 4 4, median 2, 3 of 5 within one (60%), range 2, no 0-1 so no split',
			answers: [s(4), s(2), s(2), s(4), s(2)],
			// distances from 2: 0+0+0+2+2 = 4, / 5 = 0.8
			expected: {
				counts: [0, 0, 3, 0, 2, 0, 0, 0],
				scored: 5,
				median: 2,
				min: 2,
				max: 4,
				range: 2,
				withinOne: 3,
				meanDeviation: 0.8,
				flags: { ...none, discuss: true },
				disagreement: 100 + 20 + 0.8
			}
		},
		{
			case: 'Range 3 is a discussion even when most agree: 1 2 2 2 2 2 2 4, median 2, 7 of 8 within one, 1 and 4 also split',
			answers: [s(2), s(2), s(1), s(2), s(2), s(4), s(2), s(2)],
			// distances from 2: 1 + 2 = 3, / 8 = 0.375
			expected: {
				counts: [0, 1, 6, 0, 1, 0, 0, 0],
				scored: 8,
				median: 2,
				min: 1,
				max: 4,
				range: 3,
				withinOne: 7,
				meanDeviation: 0.375,
				flags: { ...none, discuss: true, split: true },
				disagreement: 1000 + 100 + 30 + 0.375
			}
		},
		{
			case: 'A split of two: 1 and 3, median 2, both within one, range 2',
			answers: [s(1), s(3)],
			expected: {
				counts: [0, 1, 0, 1, 0, 0, 0, 0],
				scored: 2,
				median: 2,
				min: 1,
				max: 3,
				range: 2,
				withinOne: 2,
				meanDeviation: 1,
				flags: { ...none, split: true },
				disagreement: 1000 + 20 + 1
			}
		},
		{
			case: 'Many Don’t know: 2 of the 6 who answered (exactly a third), the four 3s agree',
			answers: [DK, s(3), s(3), DK, s(3), s(3), __],
			expected: {
				counts: [0, 0, 0, 4, 0, 2, 0, 1],
				scored: 4,
				median: 3,
				min: 3,
				max: 3,
				range: 0,
				withinOne: 4,
				meanDeviation: 0,
				flags: { ...none, manyDontKnow: true },
				disagreement: 0
			}
		},
		{
			case: 'Just under a third: 2 Don’t know of 7 who answered',
			answers: [DK, DK, s(3), s(3), s(3), s(3), s(2)],
			expected: {
				counts: [0, 0, 1, 4, 0, 2, 0, 0],
				scored: 5,
				median: 3,
				min: 2,
				max: 3,
				range: 1,
				withinOne: 5,
				meanDeviation: 0.2,
				flags: { ...none, agreed: true },
				disagreement: 10.2
			}
		},
		{
			case: 'Everyone who answered said Not applicable: agreed that it does not apply',
			answers: [NA, __, NA, NA],
			expected: {
				counts: [0, 0, 0, 0, 0, 0, 3, 1],
				scored: 0,
				median: null,
				min: null,
				max: null,
				range: null,
				withinOne: 0,
				meanDeviation: null,
				flags: { ...none, agreed: true },
				disagreement: 0
			}
		},
		{
			case: 'Not applicable beside scores: the room first decides whether it applies',
			answers: [s(3), NA, s(3), s(3)],
			expected: {
				counts: [0, 0, 0, 3, 0, 0, 1, 0],
				scored: 3,
				median: 3,
				min: 3,
				max: 3,
				range: 0,
				withinOne: 3,
				meanDeviation: 0,
				flags: { ...none, someNotApplicable: true },
				disagreement: 0
			}
		},
		{
			case: 'One score alone is not a room’s agreement, and flags nothing',
			answers: [s(0), __, __],
			expected: {
				counts: [1, 0, 0, 0, 0, 0, 0, 2],
				scored: 1,
				median: 0,
				min: 0,
				max: 0,
				range: 0,
				withinOne: 1,
				meanDeviation: 0,
				flags: none,
				disagreement: 0
			}
		},
		{
			case: 'Nobody answered',
			answers: [__, __],
			expected: {
				counts: [0, 0, 0, 0, 0, 0, 0, 2],
				scored: 0,
				median: null,
				min: null,
				max: null,
				range: null,
				withinOne: 0,
				meanDeviation: null,
				flags: none,
				disagreement: 0
			}
		}
	])('$case', ({ answers, expected }) => {
		const spread = itemSpread(answers);
		expect(row(spread)).toEqual(expected);
		expect(spread.raters).toBe(answers.length);
		expect(spread.answered).toBe(answers.length - expected.counts[7]!);
	});

	test('one Not applicable answer alone is not agreed (two voices at least)', () => {
		expect(itemSpread([NA, __]).flags.agreed).toBe(false);
	});
});

describe('countWords', () => {
	test('only counts above zero, in scale order, "of" the raters who handed in', () => {
		const spread = itemSpread([s(0), DK, s(4), s(0), NA, s(2), __, s(4)]);
		expect(countWords(spread)).toEqual([
			'2 of 8 said 0',
			'1 of 8 said 2',
			'2 of 8 said 4',
			"1 of 8 said Don't know",
			'1 of 8 said Not applicable',
			'1 of 8 did not answer'
		]);
	});

	test('everyone the same', () => {
		expect(countWords(itemSpread([s(3), s(3), s(3)]))).toEqual(['3 of 3 said 3']);
	});

	test('the Don’t know threshold says it is the workbook’s suggestion', () => {
		expect(MANY_DONT_KNOW_NOTE).toBe(
			`"Many Don't know" means at least a third of the raters who answered said Don't know. This threshold is the workbook's suggestion, not the source's.`
		);
	});
});

describe('sortByDisagreement', () => {
	test('split, then discuss, then range, then spread, then the walk order', () => {
		const items = [
			{ id: 'agreed-close', spread: itemSpread([s(3), s(3), s(3)]) }, // 0
			{ id: 'range-1-wide', spread: itemSpread([s(2), s(3), s(2), s(3)]) }, // 10.5
			{ id: 'discuss', spread: itemSpread([s(4), s(2), s(2), s(4), s(2)]) }, // 120.8
			{ id: 'range-1-tight', spread: itemSpread([s(2), s(3), s(3), s(3)]) }, // 10.25
			{ id: 'split', spread: itemSpread([s(1), s(3)]) }, // 1021
			{ id: 'many-dont-know', spread: itemSpread([DK, DK, s(3)]) }, // 0
			{ id: 'split-wide', spread: itemSpread([s(0), s(4), s(0), s(4)]) } // 1142
		];
		expect(sortByDisagreement(items).map((item) => item.id)).toEqual([
			'split-wide',
			'split',
			'discuss',
			'range-1-wide',
			'range-1-tight',
			'agreed-close',
			'many-dont-know'
		]);
		expect(items[0]!.id).toBe('agreed-close'); // the input is left as it was
	});
});

describe('roundSpreads', () => {
	test('one spread per item of the round, in the round’s order; a missing answer is blank', () => {
		const handIns: { answers: Record<string, Answer> }[] = [
			{ answers: { 'item.a': s(1), 'item.b': DK } },
			{ answers: { 'item.a': s(3) } },
			{ answers: { 'item.b': s(2), 'item.other': s(4) } }
		];
		const spreads = roundSpreads(['item.b', 'item.a'], handIns);
		expect(spreads.map((entry) => [entry.itemId, countWords(entry.spread)])).toEqual([
			['item.b', ['1 of 3 said 2', "1 of 3 said Don't know", '1 of 3 did not answer']],
			['item.a', ['1 of 3 said 1', '1 of 3 said 3', '1 of 3 did not answer']]
		]);
	});

	test('an item id that names a property of every object is still just blank', () => {
		const [entry] = roundSpreads(['constructor'], [{ answers: {} }]);
		expect(entry!.spread.unanswered).toBe(1);
	});
});
