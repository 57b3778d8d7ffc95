import { describe, expect, test } from 'vitest';
import type { Answer } from '../assessment';
import { agreedProposals, elementAgreement, proposeConsensus } from './consensus';
import { itemSpread } from './spread';

const s = (value: 0 | 1 | 2 | 3 | 4): Answer => ({ kind: 'score', value });
const DK: Answer = { kind: 'dont-know' };
const NA: Answer = { kind: 'not-applicable', reason: 'No clinical staff' };
const __ = null;

describe('proposeConsensus', () => {
	test.each([
		{ case: 'agreed, median 3', answers: [s(3), s(3), s(2), s(3), DK, __], expected: s(3) },
		{
			case: 'agreed, median 2 (2 2 2 4: exactly 75% within one)',
			answers: [s(2), s(2), s(2), s(4)],
			expected: s(2)
		},
		{ case: 'agreed on 0', answers: [s(0), s(0), s(1)], expected: s(0) },
		{
			case: 'agreed but a half median (2 and 3 give 2.5): the room decides',
			answers: [s(2), s(3)],
			expected: null
		},
		{ case: 'split (1 and 3): the room decides', answers: [s(1), s(3)], expected: null },
		{
			case: 'discuss (2 2 2 4 4): the room decides',
			answers: [s(2), s(2), s(2), s(4), s(4)],
			expected: null
		},
		{ case: 'one score alone: the room decides', answers: [s(3), __, __], expected: null },
		{
			case: 'Not applicable beside scores: the room decides',
			answers: [s(3), s(3), NA],
			expected: null
		},
		{
			case: 'many Don’t know but not most (2 of 6) and four 3s: the room decides',
			answers: [DK, DK, s(3), s(3), s(3), s(3)],
			expected: null
		},
		{ case: 'most said Don’t know (3 of 4)', answers: [DK, DK, s(2), DK], expected: DK },
		{
			case: 'half said Don’t know is not most (2 of 4)',
			answers: [DK, DK, s(2), s(2)],
			expected: null
		},
		{ case: 'all who answered said Don’t know', answers: [DK, __], expected: DK },
		{
			case: 'all who answered said Not applicable',
			answers: [NA, NA, __],
			expected: { kind: 'not-applicable', reason: 'Agreed by the room' }
		},
		{ case: 'nobody answered', answers: [__, __, __], expected: null },
		{ case: 'nobody handed in', answers: [], expected: null }
	])('$case', ({ answers, expected }) => {
		expect(proposeConsensus(itemSpread(answers))).toEqual(expected);
	});

	test('the caller’s own reason for Not applicable', () => {
		expect(proposeConsensus(itemSpread([NA, NA]), 'Zoë Łukasik: no clinicians here')).toEqual({
			kind: 'not-applicable',
			reason: 'Zoë Łukasik: no clinicians here'
		});
	});
});

describe('agreedProposals', () => {
	test('only agreed items with an answer to propose, in the order given', () => {
		const items = [
			{ itemId: 'item2.a', spread: itemSpread([s(3), s(3), s(4)]) },
			{ itemId: 'item2.b', spread: itemSpread([s(0), s(4)]) },
			{ itemId: 'item2.c', spread: itemSpread([s(2), s(3)]) },
			{ itemId: 'item2.d', spread: itemSpread([NA, NA]) },
			{ itemId: 'item2.e', spread: itemSpread([DK, DK, DK]) }
		];
		expect(agreedProposals(items)).toEqual([
			{ itemId: 'item2.a', answer: s(3) },
			{ itemId: 'item2.d', answer: { kind: 'not-applicable', reason: 'Agreed by the room' } }
		]);
	});
});

describe('elementAgreement', () => {
	test('per element, in walk order, counted by hand', () => {
		const items = [
			{ elementId: 'element.recognize', spread: itemSpread([s(3), s(3), s(2)]) }, // agreed
			{ elementId: 'element.recognize', spread: itemSpread([s(0), s(4), s(4)]) }, // split + discuss
			{ elementId: 'element.culture', spread: itemSpread([DK, DK, s(2)]) }, // many Don't know
			{ elementId: 'element.recognize', spread: itemSpread([s(2), s(2), s(4), s(4), s(2)]) }, // discuss
			{ elementId: 'element.culture', spread: itemSpread([__, __, __]) }, // nobody answered
			{ elementId: 'element.culture', spread: itemSpread([NA, s(3), s(3)]) } // some said NA
		];
		expect(elementAgreement(items)).toEqual([
			{
				elementId: 'element.recognize',
				items: 3,
				agreed: 1,
				discuss: 2,
				split: 1,
				manyDontKnow: 0,
				someNotApplicable: 0,
				unanswered: 0
			},
			{
				elementId: 'element.culture',
				items: 3,
				agreed: 0,
				discuss: 0,
				split: 0,
				manyDontKnow: 1,
				someNotApplicable: 1,
				unanswered: 1
			}
		]);
	});
});
