import { describe, expect, test } from 'vitest';
import type { Answer } from './assessment';
import type { Framework } from './framework';
import { ITEM_GROWTH, ITEM_STRENGTH, bandOf, itemsScoredBetween, scoreAssessment } from './scoring';
import { scoreText } from './format';

// Two elements: A has items a1-a3, B has b1-b2.
const framework = {
	elements: [
		{ id: 'B', number: 2 },
		{ id: 'A', number: 1 }
	],
	items: [
		{ id: 'a1', elementId: 'A' },
		{ id: 'a2', elementId: 'A' },
		{ id: 'a3', elementId: 'A' },
		{ id: 'b1', elementId: 'B' },
		{ id: 'b2', elementId: 'B' }
	]
} as unknown as Pick<Framework, 'elements' | 'items'>;

const s = (value: 0 | 1 | 2 | 3 | 4): Answer => ({ kind: 'score', value });
const DK: Answer = { kind: 'dont-know' };
const NA: Answer = { kind: 'not-applicable', reason: 'No such staff' };
const responses = (answers: Partial<Record<string, Answer>>) =>
	new Map(Object.entries(answers).map(([id, answer]) => [id, { answer: answer ?? null }]));

describe('scoreAssessment', () => {
	test.each([
		{
			case: 'A: (1+2+4)/3/4 = 58.33; B: (3+3)/2/4 = 75; overall (58.33+75)/2 = 66.67',
			answers: { a1: s(1), a2: s(2), a3: s(4), b1: s(3), b2: s(3) },
			A: 58.333,
			B: 75,
			overall: 66.667
		},
		{
			case: 'N/A leaves the denominator: A = 4/4 = 100 with a2 N/A',
			answers: { a1: s(4), a2: NA, a3: s(4), b1: s(0), b2: s(2) },
			A: 100,
			B: 25,
			overall: 62.5
		},
		{
			case: "Don't know is excluded from the score: A = (2)/1/4 = 50",
			answers: { a1: s(2), a2: DK, a3: DK, b1: s(4), b2: s(4) },
			A: 50,
			B: 100,
			overall: 75
		},
		{
			case: 'An element with no scores has no score and does not pull the overall down',
			answers: { a1: DK, a2: NA, b1: s(1), b2: s(2) },
			A: null,
			B: 37.5,
			overall: 37.5
		},
		{
			case: 'Nothing answered: no scores at all',
			answers: {},
			A: null,
			B: null,
			overall: null
		},
		{
			case: 'All zero is a real score of 0, not "no score"',
			answers: { a1: s(0), a2: s(0), a3: s(0), b1: s(0), b2: s(0) },
			A: 0,
			B: 0,
			overall: 0
		}
	])('$case', ({ answers, A, B, overall }) => {
		const result = scoreAssessment(framework, responses(answers));
		const [first, second] = result.elements;
		expect(first?.elementId).toBe('A');
		expect(second?.elementId).toBe('B');
		const close = (actual: number | null, expected: number | null) =>
			expected === null ? expect(actual).toBeNull() : expect(actual).toBeCloseTo(expected, 2);
		close(first!.score, A);
		close(second!.score, B);
		close(result.overall, overall);
	});

	test('coverage counts scored / applicable, with unknowns and gaps', () => {
		const result = scoreAssessment(framework, responses({ a1: s(3), a2: DK, a3: NA, b1: s(1) }));
		expect(result.coverage).toEqual({
			scored: 2,
			applicable: 4,
			dontKnow: 1,
			notApplicable: 1,
			unanswered: 1,
			percent: 50
		});
		expect(result.elements[0]!.coverage).toEqual({
			scored: 1,
			applicable: 2,
			dontKnow: 1,
			notApplicable: 1,
			unanswered: 0,
			percent: 50
		});
	});
});

describe('bands (rules of thumb), of the score as shown (rounded)', () => {
	test.each([
		[100, 'strength'],
		[75, 'strength'],
		[74.9, 'strength'], // shows 75
		[74.6, 'strength'], // shows 75
		[74.4, 'developing'], // shows 74
		[50, 'developing'],
		[49.5, 'developing'], // shows 50
		[49.4, 'growth-area'], // shows 49
		[0, 'growth-area']
	] as const)('%s -> %s', (score, band) => {
		expect(bandOf(score)).toBe(band);
		// The band agrees with the number on screen.
		expect(bandOf(Number(scoreText(score)))).toBe(band);
	});
});

describe('itemsScoredBetween', () => {
	const order = [{ id: 'b2' }, { id: 'a1' }, { id: 'a2' }, { id: 'a3' }, { id: 'b1' }];
	const answers = responses({ a1: s(4), a2: s(1), a3: DK, b1: NA, b2: s(3) });

	test('strengths: scored 3 or 4, in the order given, with the score', () => {
		expect(itemsScoredBetween(order, answers, ITEM_STRENGTH.low, ITEM_STRENGTH.high)).toEqual([
			{ item: { id: 'b2' }, value: 3 },
			{ item: { id: 'a1' }, value: 4 }
		]);
	});

	test("growth areas: scored 0 or 1; Don't know, N/A and unanswered never count", () => {
		expect(itemsScoredBetween(order, answers, ITEM_GROWTH.low, ITEM_GROWTH.high)).toEqual([
			{ item: { id: 'a2' }, value: 1 }
		]);
		expect(itemsScoredBetween(order, responses({ a1: s(0) }), 0, 1)).toEqual([
			{ item: { id: 'a1' }, value: 0 }
		]);
		expect(itemsScoredBetween(order, responses({}), 0, 4)).toEqual([]);
	});
});
