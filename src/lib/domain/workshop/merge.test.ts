import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Answer } from '../assessment';
import { HandIn, mergeHandIns, type RoundRef } from './merge';

const ROUND = '0f8b6c52-8c1e-4d1a-9a3e-2b7c9d4e5f60';
const OTHER_ROUND = '5a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const ASSESSMENT = 'c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f';
const OTHER_ASSESSMENT = 'd4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70';
const round: RoundRef = {
	id: ROUND,
	assessmentId: ASSESSMENT,
	itemIds: ['item2.a', 'item2.b', 'item2.c']
};

const s = (value: 0 | 1 | 2 | 3 | 4): Answer => ({ kind: 'score', value });
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function handIn(n: number, changes: Partial<HandIn> = {}): HandIn {
	return {
		handInId: id(n),
		roundId: ROUND,
		assessmentId: ASSESSMENT,
		label: '',
		answers: { 'item2.a': s(2), 'item2.b': s(3) },
		origin: 'file',
		submittedAt: `2026-03-12T10:0${n % 10}:00Z`,
		...changes
	};
}

describe('mergeHandIns: what is refused, and why', () => {
	test.each([
		{
			case: 'another assessment',
			input: handIn(1, { label: 'José Núñez', assessmentId: OTHER_ASSESSMENT }),
			message:
				"This hand-in belongs to another assessment, so nothing from it was added. Check that the rater joined this assessment's round."
		},
		{
			case: 'another round',
			input: handIn(1, { label: 'Zoë Łukasik', roundId: OTHER_ROUND }),
			message:
				'This hand-in is for a different round, so nothing from it was added. Check that the rater joined the round that is open now.'
		},
		{
			case: 'one practice outside the round',
			input: handIn(1, { label: 'Đặng', answers: { 'item2.a': s(1), 'item2.z': s(4) } }),
			message:
				'This hand-in has answers for 1 practice that are not in this round, so nothing from it was added.'
		},
		{
			case: 'two practices outside the round, one only in the notes',
			input: handIn(1, {
				answers: { 'item2.a': s(1), 'item2.y': s(4) },
				notes: { 'item2.x': 'We talked about it' }
			}),
			message:
				'This hand-in has answers for 2 practices that are not in this round, so nothing from it was added.'
		},
		{
			case: 'a score out of the scale',
			input: { ...handIn(1), answers: { 'item2.a': { kind: 'score', value: 5 } } },
			message:
				'A hand-in is damaged or incomplete, so nothing from it was added. Ask the rater to hand in again.'
		}
	])('$case', ({ input, message }) => {
		const existing = [handIn(7)];
		const result = mergeHandIns(existing, [input], round);
		expect(result.problems).toEqual([{ handInId: id(1), kind: 'refused', message }]);
		expect(result.merged).toEqual(existing);
		expect(result.added).toEqual([]);
	});

	test.each([
		['nothing at all', null],
		['a number', 42],
		['a list', [handIn(1)]],
		['no id', { ...handIn(1), handInId: undefined }],
		['an origin we do not know', { ...handIn(1), origin: 'email' }],
		['a date that is not a date', { ...handIn(1), submittedAt: 'yesterday' }],
		['a prototype key in the answers', JSON.parse(`{"__proto__": {"kind": "dont-know"}}`)],
		[
			'too many answers',
			{
				...handIn(1),
				answers: Object.fromEntries(
					Array.from({ length: 501 }, (_, i) => [`item2.n${i}`, { kind: 'dont-know' }])
				)
			}
		]
	])('damaged: %s', (_case, input) => {
		const result = mergeHandIns([], [input], round);
		expect(result.merged).toEqual([]);
		expect(result.problems).toHaveLength(1);
		expect(result.problems[0]!.message).toBe(
			'A hand-in is damaged or incomplete, so nothing from it was added. Ask the rater to hand in again.'
		);
		expect(({} as Record<string, unknown>).kind).toBeUndefined();
	});

	test('a prototype key in the answers of a whole hand-in is refused and pollutes nothing', () => {
		const hostile: unknown = JSON.parse(
			`{"handInId":"${id(1)}","roundId":"${ROUND}","assessmentId":"${ASSESSMENT}","label":"","origin":"file","submittedAt":"2026-03-12T10:00:00Z","answers":{"__proto__":{"kind":"dont-know"}}}`
		);
		const result = mergeHandIns([], [hostile], round);
		expect(result.problems.map((p) => p.kind)).toEqual(['refused']);
		expect(result.merged).toEqual([]);
		expect(({} as Record<string, unknown>).kind).toBeUndefined();
	});
});

describe('mergeHandIns: the same hand-in twice counts once', () => {
	test('exactly the same again: a quiet note, nothing added', () => {
		const first = mergeHandIns([], [handIn(1, { label: 'Zoë Łukasik' })], round);
		expect(first.added.map((h) => h.label)).toEqual(['Zoë Łukasik']);
		const again = mergeHandIns(first.merged, [handIn(1, { label: 'Zoë Łukasik' })], round);
		expect(again.merged).toEqual(first.merged);
		expect(again.added).toEqual([]);
		expect(again.problems).toEqual([]);
		expect(again.duplicates).toEqual([
			{
				handInId: id(1),
				message: 'This hand-in was already here. It counts once.'
			}
		]);
	});

	test('a code and a file with the same answers: the file’s notes and reasons are kept, quietly', () => {
		const na: Answer = { kind: 'not-applicable', reason: '' };
		const code = handIn(1, {
			origin: 'code',
			answers: { 'item2.a': s(2), 'item2.c': na },
			submittedAt: '2026-03-12T10:20:00Z'
		});
		const file = handIn(1, {
			origin: 'file',
			answers: { 'item2.a': s(2), 'item2.c': { kind: 'not-applicable', reason: 'No clinicians' } },
			notes: { 'item2.a': 'Only the north office' },
			submittedAt: '2026-03-12T10:15:00Z'
		});
		for (const [first, second] of [
			[code, file],
			[file, code]
		]) {
			const result = mergeHandIns([first!], [second!], round);
			expect(result.merged).toEqual([file]);
			expect(result.problems).toEqual([]);
			expect(result.duplicates.map((d) => d.message)).toEqual([
				'This hand-in was already here. It counts once.'
			]);
		}
	});

	test('different answers under one id: the later one is kept, and it says so', () => {
		const earlier = handIn(1, { label: 'JN', submittedAt: '2026-03-12T10:00:00Z' });
		const later = handIn(1, {
			label: 'JN',
			answers: { 'item2.a': s(4) },
			submittedAt: '2026-03-12T11:00:00+01:00' // the same moment as 10:00Z...
		});
		const laterStill = { ...later, submittedAt: '2026-03-12T10:00:01Z' };
		const sameMoment = mergeHandIns([earlier], [later], round);
		expect(sameMoment.problems).toEqual([
			{
				handInId: id(1),
				kind: 'conflict',
				message: 'This hand-in came in twice with different answers. Only one of them is kept.'
			}
		]);
		// At the same moment the choice is by content, so it is the same in either order.
		expect(mergeHandIns([later], [earlier], round).merged).toEqual(sameMoment.merged);

		const result = mergeHandIns([earlier], [laterStill], round);
		expect(result.merged).toEqual([laterStill]);
		expect(result.added).toEqual([laterStill]);
		expect(result.problems[0]!.message).toBe(
			'This hand-in came in twice with different answers. The one handed in later is kept.'
		);
		const reversed = mergeHandIns([laterStill], [earlier], round);
		expect(reversed.merged).toEqual([laterStill]);
		expect(reversed.added).toEqual([]);
	});

	test('different answers, one with shared notes: the one with notes is kept', () => {
		const withNotes = handIn(1, {
			notes: { 'item2.b': 'Supervision is monthly at best' },
			submittedAt: '2026-03-12T10:00:00Z'
		});
		const laterCode = handIn(1, {
			origin: 'code',
			answers: { 'item2.a': s(0) },
			submittedAt: '2026-03-12T10:30:00Z'
		});
		const result = mergeHandIns([], [laterCode, withNotes], round);
		expect(result.merged).toEqual([withNotes]);
		expect(result.problems.map((p) => p.message)).toEqual([
			'This hand-in came in twice with different answers. The one with notes the rater shared is kept.'
		]);
	});
});

describe('mergeHandIns: order', () => {
	test('by time handed in, then by id; labels are trimmed on the way in', () => {
		const result = mergeHandIns(
			[handIn(3, { submittedAt: '2026-03-12T10:05:00Z' })],
			[
				handIn(2, { submittedAt: '2026-03-12T10:05:00Z', label: '  Đặng ' }),
				handIn(9, { submittedAt: '2026-03-12T09:59:00Z' })
			],
			round
		);
		expect(result.merged.map((h) => h.handInId)).toEqual([id(9), id(2), id(3)]);
		expect(result.added.map((h) => [h.handInId, h.label])).toEqual([
			[id(9), ''],
			[id(2), 'Đặng']
		]);
	});

	test('the schema accepts what a rater device writes', () => {
		expect(
			HandIn.safeParse(handIn(1, { notes: { 'item2.a': 'José Núñez said so' } })).success
		).toBe(true);
	});
});

describe('mergeHandIns: order-free (property)', () => {
	// A small pool of ids, times and answers, so the same id often comes with different content.
	const answerArb = fc.oneof(
		fc.constantFrom(0, 1, 2, 3, 4).map((value) => ({ kind: 'score', value }) as Answer),
		fc.constant<Answer>({ kind: 'dont-know' }),
		fc
			.constantFrom('', 'No clinicians')
			.map((reason): Answer => ({ kind: 'not-applicable', reason }))
	);
	const handInArb: fc.Arbitrary<unknown> = fc.oneof(
		{
			weight: 8,
			arbitrary: fc.record({
				handInId: fc.integer({ min: 1, max: 6 }).map(id),
				roundId: fc.constantFrom(ROUND, ROUND, ROUND, OTHER_ROUND),
				assessmentId: fc.constantFrom(ASSESSMENT, ASSESSMENT, ASSESSMENT, OTHER_ASSESSMENT),
				label: fc.constantFrom('', 'JN', 'Zoë Łukasik'),
				answers: fc.dictionary(
					fc.constantFrom('item2.a', 'item2.b', 'item2.c', 'item2.z'),
					answerArb,
					{
						maxKeys: 3
					}
				),
				notes: fc.option(
					fc.dictionary(fc.constantFrom('item2.a', 'item2.b'), fc.constantFrom('', 'Ask HR')),
					{
						nil: undefined
					}
				),
				origin: fc.constantFrom('code', 'qr', 'file', 'laptop'),
				submittedAt: fc.constantFrom(
					'2026-03-12T10:00:00Z',
					'2026-03-12T11:00:00+01:00',
					'2026-03-12T10:07:00Z'
				)
			})
		},
		{ weight: 1, arbitrary: fc.anything() }
	);

	/** Splits a list into batches at the given cut points. */
	function batches<T>(list: readonly T[], cuts: readonly number[]): T[][] {
		const points = [...new Set(cuts.map((c) => c % (list.length + 1)))].sort((a, b) => a - b);
		const parts: T[][] = [];
		let start = 0;
		for (const point of [...points, list.length]) {
			parts.push(list.slice(start, point));
			start = point;
		}
		return parts;
	}

	test('any order, any batches, or twice: the same merged list', () => {
		fc.assert(
			fc.property(
				fc.array(handInArb, { maxLength: 14 }),
				fc.array(fc.nat(), { maxLength: 4 }),
				fc.infiniteStream(fc.nat()),
				(handIns, cuts, randomness) => {
					const once = mergeHandIns([], handIns, round).merged;

					const shuffled = [...handIns]
						.map((h) => ({ h, key: randomness.next().value }))
						.sort((a, b) => a.key - b.key)
						.map(({ h }) => h);
					let stepwise: HandIn[] = [];
					for (const batch of batches(shuffled, cuts))
						stepwise = mergeHandIns(stepwise, batch, round).merged;
					expect(stepwise).toEqual(once);

					expect(mergeHandIns(once, handIns, round).merged).toEqual(once);
					expect(mergeHandIns([], [...handIns, ...handIns], round).merged).toEqual(once);
					expect(new Set(once.map((h) => h.handInId)).size).toBe(once.length);
				}
			),
			{ numRuns: 300 }
		);
	});
});

describe('mergeHandIns: ids in capitals', () => {
	test('a round of an assessment whose id came in capitals still takes its hand-ins', () => {
		const shouting = { ...round, assessmentId: ASSESSMENT.toUpperCase(), id: ROUND.toUpperCase() };
		const result = mergeHandIns([], [handIn(1)], shouting);
		expect(result.problems).toEqual([]);
		// Stored under the round's own spelling, so the round's queries find it.
		expect(result.added.map((h) => [h.assessmentId, h.roundId])).toEqual([
			[ASSESSMENT.toUpperCase(), ROUND.toUpperCase()]
		]);
	});

	test('an upper-cased copy of a hand-in is the same hand-in', () => {
		const first = mergeHandIns([], [handIn(1)], round);
		const again = mergeHandIns(
			first.merged,
			[{ ...handIn(1), handInId: id(1).toUpperCase(), assessmentId: ASSESSMENT.toUpperCase() }],
			round
		);
		expect(again.added).toEqual([]);
		expect(again.merged).toHaveLength(1);
		expect(again.duplicates).toHaveLength(1);
	});

	test('a hand-in with no answers is refused in words', () => {
		const result = mergeHandIns([], [handIn(1, { answers: {} })], round);
		expect(result.added).toEqual([]);
		expect(result.problems.map((p) => p.message)).toEqual([
			'This hand-in has no answers, so it was not counted. Ask the rater to answer at least one practice and hand in again.'
		]);
	});
});
