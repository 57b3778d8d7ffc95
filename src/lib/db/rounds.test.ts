import { afterEach, describe, expect, test } from 'vitest';
import type { Answer } from '$lib/domain/assessment';
import { encodeHandIn, decodeHandIn, handInFromCode } from '$lib/domain/workshop/hand-in-code';
import { arrivalNumbers, type HandIn } from '$lib/domain/workshop/merge';
import { createAssessment, deleteAssessment } from './assessments';
import { WorkbookDatabase } from './database';
import {
	closeRound,
	deleteRatings,
	handInsOf,
	receiveHandIns,
	reopenRound,
	roundsOf,
	setExpected,
	startRound
} from './rounds';

let db: WorkbookDatabase;
let n = 0;
afterEach(async () => {
	await db.delete();
});

const ITEMS = ['item2.a', 'item2.b', 'item2.c'];

async function setup() {
	db = new WorkbookDatabase(`rounds-test-${Date.now()}-${n++}`);
	const assessmentId = await createAssessment(
		db,
		{ organization: 'Org', unit: '', cycleLabel: '', date: '2026-01-01', facilitator: '' },
		{ id: 'nctsn-sts-essentials', version: '2.0.0' }
	);
	const round = await startRound(db, assessmentId, {
		itemIds: ITEMS,
		frameworkVersion: '2.0.0',
		expected: 3
	});
	return { assessmentId, round };
}

const score = (value: 0 | 1 | 2 | 3 | 4): Answer => ({ kind: 'score', value });

/** A hand-in as a typed code would bring it: encoded, decoded, then made into a HandIn. */
function fromCode(
	round: { id: string; assessmentId: string; itemIds: string[] },
	nonce: number,
	answers: (Answer | null)[]
): HandIn {
	const decoded = decodeHandIn(encodeHandIn({ roundId: round.id, nonce, answers }), {
		roundId: round.id,
		itemCount: round.itemIds.length
	});
	if (!decoded.ok) throw new Error(decoded.message);
	return handInFromCode(decoded.value, round, {
		origin: 'code',
		submittedAt: '2026-11-26T10:00:00.000Z'
	});
}

describe('rounds', () => {
	test('a round starts open with its items and expected count; refuses a round with no items', async () => {
		const { assessmentId, round } = await setup();
		expect(await roundsOf(db, assessmentId)).toEqual([round]);
		expect([round.status, round.expected, round.itemIds]).toEqual(['open', 3, ITEMS]);
		await expect(
			startRound(db, assessmentId, { itemIds: [], frameworkVersion: '2.0.0' })
		).rejects.toThrow('Choose at least one essential element to rate.');
		await setExpected(db, round.id, undefined);
		expect((await db.rounds.get(round.id))?.expected).toBeUndefined();
	});

	test('the same code twice counts once; a wrong round is refused; a closed round takes nothing', async () => {
		const { round } = await setup();
		const first = fromCode(round, 1, [score(0), score(4), null]);
		const result = await receiveHandIns(db, round.id, [first]);
		expect(result.added.map((h) => h.handInId)).toEqual([first.handInId]);
		const again = await receiveHandIns(db, round.id, [first]);
		expect(again.added).toEqual([]);
		expect(again.duplicates).toHaveLength(1);
		expect(await handInsOf(db, round.id)).toHaveLength(1);

		const foreign = { ...fromCode(round, 2, [score(1), null, null]), roundId: crypto.randomUUID() };
		const refused = await receiveHandIns(db, round.id, [foreign]);
		expect(refused.added).toEqual([]);
		expect(refused.problems[0]?.kind).toBe('refused');
		expect(await handInsOf(db, round.id)).toHaveLength(1);

		await closeRound(db, round.id);
		await expect(
			receiveHandIns(db, round.id, [fromCode(round, 3, [score(2), null, null])])
		).rejects.toThrow('This round is closed. Reopen it to receive more hand-ins.');
		await reopenRound(db, round.id);
		const stored = await db.rounds.get(round.id);
		expect([stored?.status, stored?.closedAt]).toEqual(['open', undefined]);
	});

	test('ratings deleted after consensus; deleting the assessment removes its rounds too', async () => {
		const { assessmentId, round } = await setup();
		await receiveHandIns(db, round.id, [
			fromCode(round, 1, [score(0), null, null]),
			fromCode(round, 2, [score(3), null, null])
		]);
		expect(await handInsOf(db, round.id)).toHaveLength(2);
		const agreement = [
			{
				elementId: 'element2.one',
				elementName: '1. One',
				items: 3,
				agreed: 1,
				discuss: 1,
				split: 1,
				manyDontKnow: 0,
				unanswered: 1
			}
		];
		await deleteRatings(db, round.id, agreement, new Date('2026-11-26T11:00:00.000Z'));
		expect(await handInsOf(db, round.id)).toEqual([]);
		// The round keeps the agreement summary in their place.
		expect((await db.rounds.get(round.id))?.ratingsDeleted).toEqual({
			at: '2026-11-26T11:00:00.000Z',
			agreement
		});

		// Closed for good: no late hand-in, no reopening.
		expect((await db.rounds.get(round.id))?.status).toBe('closed');
		await expect(
			receiveHandIns(db, round.id, [fromCode(round, 5, [score(1), null, null])])
		).rejects.toThrow('The ratings of this round were deleted after consensus');
		await expect(reopenRound(db, round.id)).rejects.toThrow('it cannot be reopened');

		const next = await startRound(db, assessmentId, { itemIds: ITEMS, frameworkVersion: '2.0.0' });
		await receiveHandIns(db, next.id, [fromCode(next, 5, [score(1), null, null])]);
		await deleteAssessment(db, assessmentId);
		expect(await db.rounds.count()).toBe(0);
		expect(await db.handIns.count()).toBe(0);
	});

	test('a hand-in carrying the id of another round’s hand-in is refused, never written over it', async () => {
		const { assessmentId, round } = await setup();
		const other = await startRound(db, assessmentId, { itemIds: ITEMS, frameworkVersion: '2.0.0' });
		const original = fromCode(round, 7, [score(4), null, null]);
		await receiveHandIns(db, round.id, [original]);
		const hostile = { ...fromCode(other, 8, [score(0), null, null]), handInId: original.handInId };
		const result = await receiveHandIns(db, other.id, [hostile]);
		expect(result.added).toEqual([]);
		expect(result.problems.map((p) => p.message)).toEqual([
			'This hand-in has the id of one in another round, so nothing from it was added. Ask the rater to hand in again from the link of this round.'
		]);
		expect(await db.handIns.get(original.handInId)).toEqual({
			...original,
			receivedAt: expect.any(String)
		});
	});

	test('raters are numbered in the order this laptop received them, whatever their clocks say', async () => {
		const { round } = await setup();
		// The second rater's phone runs an hour slow: its hand-in says it came first.
		const first = {
			...fromCode(round, 1, [score(1), null, null]),
			submittedAt: '2026-03-12T10:00:00Z'
		};
		const second = {
			...fromCode(round, 2, [score(2), null, null]),
			submittedAt: '2026-03-12T09:00:00Z'
		};
		const one = await receiveHandIns(db, round.id, [first]);
		const two = await receiveHandIns(db, round.id, [second]);
		expect(arrivalNumbers([], one.added).get(first.handInId)).toBe(1);
		const listed = await handInsOf(db, round.id);
		expect(listed.map((h) => h.handInId)).toEqual([first.handInId, second.handInId]);
		expect(arrivalNumbers(listed.slice(0, 1), two.added).get(second.handInId)).toBe(2);
		// The same hand-in again with a shared note replaces the copy and keeps its place.
		const noted = {
			...first,
			notes: { [ITEMS[0]!]: 'Seen in the last audit.' },
			origin: 'file' as const
		};
		const three = await receiveHandIns(db, round.id, [noted]);
		expect(three.added.map((h) => h.handInId)).toEqual([first.handInId]);
		expect(three.added[0]!.receivedAt).toBe(listed[0]!.receivedAt);
		expect((await handInsOf(db, round.id)).map((h) => h.handInId)).toEqual([
			first.handInId,
			second.handInId
		]);
	});

	test('a hand-in with no answers is refused, and an upper-cased copy of one counts once', async () => {
		const { round } = await setup();
		const blank = fromCode(round, 3, [null, null, null]);
		const empty = await receiveHandIns(db, round.id, [blank]);
		expect(empty.added).toEqual([]);
		expect(empty.problems.map((p) => p.message)).toEqual([
			'This hand-in has no answers, so it was not counted. Ask the rater to answer at least one practice and hand in again.'
		]);
		const handIn = fromCode(round, 4, [score(3), null, null]);
		await receiveHandIns(db, round.id, [handIn]);
		const shouted = { ...handIn, handInId: handIn.handInId.toUpperCase() };
		const again = await receiveHandIns(db, round.id, [shouted]);
		expect(again.added).toEqual([]);
		expect(again.duplicates).toHaveLength(1);
		expect(await db.handIns.count()).toBe(1);
	});
});
