/**
 * One practice's answer as a comparison reads it (several older practices read together), what
 * happened to it between two cycles, and the words each change is shown with.
 */
import { describe, expect, test } from 'vitest';
import type { Answer } from '../assessment';
import {
	combinedAnswer,
	itemChange,
	itemChangeLabels,
	type ComparedAnswer,
	type ItemChange
} from './answer-state';

const score = (value: 0 | 1 | 2 | 3 | 4): Answer => ({ kind: 'score', value });
const dontKnow: Answer = { kind: 'dont-know' };
const notApplicable: Answer = { kind: 'not-applicable', reason: 'We have no residential staff.' };

describe('combinedAnswer', () => {
	test.each<[string, (Answer | null | undefined)[], ComparedAnswer]>([
		['one score', [score(4)], { kind: 'score', value: 4, of: 1 }],
		['the mean of 2 and 3', [score(2), score(3)], { kind: 'score', value: 2.5, of: 2 }],
		[
			'the mean of 0, 1 and 4',
			[score(0), score(1), score(4)],
			{ kind: 'score', value: 5 / 3, of: 3 }
		],
		['a score wins over Don’t know', [dontKnow, score(1)], { kind: 'score', value: 1, of: 1 }],
		[
			'a score wins over Not applicable',
			[score(0), notApplicable],
			{ kind: 'score', value: 0, of: 1 }
		],
		[
			'a score wins over no answer',
			[undefined, score(3), null],
			{ kind: 'score', value: 3, of: 1 }
		],
		['Don’t know', [dontKnow], { kind: 'dont-know' }],
		['Don’t know and Not applicable', [notApplicable, dontKnow], { kind: 'dont-know' }],
		['Don’t know and no answer', [dontKnow, undefined], { kind: 'dont-know' }],
		['all Not applicable', [notApplicable, notApplicable], { kind: 'not-applicable' }],
		['one Not applicable', [notApplicable], { kind: 'not-applicable' }],
		['Not applicable and no answer yet', [notApplicable, undefined], { kind: 'unanswered' }],
		['Not applicable and a null answer', [null, notApplicable], { kind: 'unanswered' }],
		['no answer', [undefined], { kind: 'unanswered' }],
		['a null answer', [null], { kind: 'unanswered' }],
		['nothing to read', [], { kind: 'unanswered' }]
	])('%s', (_, answers, expected) => {
		expect(combinedAnswer(answers)).toEqual(expected);
	});
});

describe('itemChange', () => {
	const s = (value: number, of = 1): ComparedAnswer => ({ kind: 'score', value, of });
	const known: Record<'dk' | 'na' | 'none', ComparedAnswer> = {
		dk: { kind: 'dont-know' },
		na: { kind: 'not-applicable' },
		none: { kind: 'unanswered' }
	};
	test.each<[string, ComparedAnswer, ComparedAnswer, ItemChange]>([
		['2 to 3', s(2), s(3), 'improved'],
		['0 to 4', s(0), s(4), 'improved'],
		['2.5 (mean of 2 and 3) to 3', s(2.5, 2), s(3), 'improved'],
		['3 to 2.5 (mean of 2 and 3)', s(3), s(2.5, 2), 'declined'],
		['4 to 0', s(4), s(0), 'declined'],
		['2 to 2', s(2), s(2), 'unchanged'],
		['2.5 (of 2) to 2.5 (of 2)', s(2.5, 2), s(2.5, 2), 'unchanged'],
		['0 to 0', s(0), s(0), 'unchanged'],
		['Don’t know to 1', known.dk, s(1), 'newly-known'],
		['Not applicable to 3', known.na, s(3), 'newly-known'],
		['no answer to 0', known.none, s(0), 'newly-known'],
		['2 to Don’t know', s(2), known.dk, 'no-longer-known'],
		['4 to Not applicable', s(4), known.na, 'no-longer-known'],
		['0 to no answer', s(0), known.none, 'no-longer-known'],
		['Don’t know to Not applicable', known.dk, known.na, 'not-scored'],
		['Not applicable to Don’t know', known.na, known.dk, 'not-scored'],
		['no answer to no answer', known.none, known.none, 'not-scored']
	])('%s', (_, earlier, later, expected) => {
		expect(itemChange(earlier, later)).toBe(expected);
	});
});

test('every change has the words a reader sees', () => {
	expect(itemChangeLabels).toEqual({
		improved: 'Improved',
		declined: 'Declined',
		unchanged: 'Unchanged',
		'newly-known': 'Newly known',
		'no-longer-known': 'No longer known',
		'not-scored': 'Not scored'
	});
});
