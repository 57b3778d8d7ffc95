/**
 * Workshop rounds and the raters' hand-ins: each change in one transaction. Hand-ins are merged
 * by the domain's rules (domain/workshop/merge.ts) against what is stored, inside the same
 * transaction, so two tabs receiving the same code count it once.
 */
import { PlainWriteError } from '$lib/domain/write-errors';
import { byArrival, mergeHandIns, type HandIn, type MergeResult } from '$lib/domain/workshop/merge';
import { Round, type StoredAgreement } from '$lib/domain/workshop/round';
import type { WorkbookDatabase } from './database';

export interface NewRound {
	itemIds: string[];
	frameworkVersion: string;
	expected?: number;
}

export async function startRound(
	db: WorkbookDatabase,
	assessmentId: string,
	input: NewRound,
	now = new Date()
): Promise<Round> {
	const round = {
		id: crypto.randomUUID(),
		assessmentId,
		itemIds: input.itemIds,
		frameworkVersion: input.frameworkVersion,
		status: 'open',
		...(input.expected === undefined ? {} : { expected: input.expected }),
		revealLabels: false,
		createdAt: now.toISOString()
	};
	const checked = Round.safeParse(round);
	if (!checked.success) {
		throw new PlainWriteError(
			input.itemIds.length === 0
				? 'Choose at least one essential element to rate.'
				: 'The number of raters must be a whole number from 1 to 200.'
		);
	}
	await db.transaction('rw', db.assessments, db.rounds, async () => {
		if (!(await db.assessments.get(assessmentId))) {
			throw new PlainWriteError('This assessment was deleted (perhaps in another tab).');
		}
		await db.rounds.add(checked.data);
	});
	return checked.data;
}

/** Changes one round's own fields (status, expected count, labels shown). */
async function changeRound(
	db: WorkbookDatabase,
	roundId: string,
	change: (round: Round) => Round
): Promise<void> {
	await db.transaction('rw', db.rounds, async () => {
		const stored = await db.rounds.get(roundId);
		if (!stored)
			throw new PlainWriteError('This round no longer exists (deleted in another tab?).');
		const checked = Round.safeParse(change(stored));
		if (!checked.success) throw new PlainWriteError('That change to the round is not valid.');
		await db.rounds.put(checked.data);
	});
}

export const closeRound = (db: WorkbookDatabase, roundId: string, now = new Date()) =>
	changeRound(db, roundId, (round) => ({
		...round,
		status: 'closed',
		closedAt: now.toISOString()
	}));

export const reopenRound = (db: WorkbookDatabase, roundId: string) =>
	changeRound(db, roundId, (round) => {
		if (round.ratingsDeleted) {
			throw new PlainWriteError(
				'The ratings of this round were deleted after consensus, so it cannot be reopened. Start a new round.'
			);
		}
		const open: Round = { ...round, status: 'open' };
		delete open.closedAt;
		return open;
	});

export const setExpected = (db: WorkbookDatabase, roundId: string, expected: number | undefined) =>
	changeRound(db, roundId, (round) => {
		const next: Round = { ...round, expected };
		if (expected === undefined) delete next.expected;
		return next;
	});

export const setRevealLabels = (db: WorkbookDatabase, roundId: string, on: boolean) =>
	changeRound(db, roundId, (round) => ({ ...round, revealLabels: on }));

export type ReceiveResult = Pick<MergeResult, 'added' | 'duplicates' | 'problems'>;

/**
 * Brings hand-ins into an open round. Everything is checked against the stored round and its
 * stored hand-ins in one transaction; only what is new (or replaces a copy with fewer notes) is
 * written. A closed round takes nothing.
 */
export async function receiveHandIns(
	db: WorkbookDatabase,
	roundId: string,
	incoming: readonly unknown[]
): Promise<ReceiveResult> {
	return db.transaction('rw', db.rounds, db.handIns, async () => {
		const round = await db.rounds.get(roundId);
		if (!round) throw new PlainWriteError('This round no longer exists (deleted in another tab?).');
		if (round.ratingsDeleted) {
			throw new PlainWriteError(
				'The ratings of this round were deleted after consensus, so it takes no more hand-ins. Start a new round.'
			);
		}
		if (round.status !== 'open') {
			throw new PlainWriteError('This round is closed. Reopen it to receive more hand-ins.');
		}
		const existing = await db.handIns.where('roundId').equals(roundId).toArray();
		const result = mergeHandIns(existing, incoming, round);
		// Hand-ins are stored by their own id: one that another round (or assessment) already
		// holds under that id is refused, never written over it. A hostile file could try.
		const stored = await db.handIns.bulkGet(result.added.map((h) => h.handInId));
		const clash = new Set(
			stored.filter((h) => h !== undefined && h.roundId !== roundId).map((h) => h!.handInId)
		);
		// This laptop's clock says when each came in and numbers the raters; one that replaces a
		// copy already here (more notes) keeps the time, and so the number, of that copy.
		// (A copy stored before receivedAt was kept: its own time is the best there is.)
		const here = new Map(
			stored.flatMap((h) =>
				h && h.roundId === roundId ? [[h.handInId, h.receivedAt ?? h.submittedAt]] : []
			)
		);
		const now = Date.now();
		let fresh = 0;
		const added = result.added
			.filter((h) => !clash.has(h.handInId))
			.map((h) => ({
				...h,
				receivedAt: here.get(h.handInId) ?? h.receivedAt ?? new Date(now + fresh++).toISOString()
			}));
		const problems = [
			...result.problems,
			...[...clash].map((handInId) => ({
				handInId,
				kind: 'refused' as const,
				message:
					'This hand-in has the id of one in another round, so nothing from it was added. Ask the rater to hand in again from the link of this round.'
			}))
		];
		if (added.length > 0) await db.handIns.bulkPut(added);
		return { added, duplicates: result.duplicates, problems };
	});
}

/**
 * The individual ratings of a round, deleted after consensus for privacy, in one transaction
 * with the agreement summary per element that the round keeps in their place. The round is
 * closed for good.
 */
export async function deleteRatings(
	db: WorkbookDatabase,
	roundId: string,
	agreement: readonly StoredAgreement[],
	now = new Date()
): Promise<void> {
	await db.transaction('rw', db.rounds, db.handIns, async () => {
		const round = await db.rounds.get(roundId);
		if (!round) throw new PlainWriteError('This round no longer exists (deleted in another tab?).');
		// Closed for good in the same step: no late hand-in can follow the deletion, and the
		// summary kept here is never replaced by one built from late arrivals.
		const next = Round.safeParse({
			...round,
			status: 'closed',
			closedAt: round.closedAt ?? now.toISOString(),
			ratingsDeleted: { at: now.toISOString(), agreement }
		});
		if (!next.success) throw new PlainWriteError('The agreement summary could not be kept.');
		await db.handIns.where('roundId').equals(roundId).delete();
		await db.rounds.put(next.data);
	});
}

export async function roundsOf(db: WorkbookDatabase, assessmentId: string): Promise<Round[]> {
	const rounds = await db.rounds.where('assessmentId').equals(assessmentId).toArray();
	return rounds.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
}

/** A round's hand-ins in the order this laptop received them (merge.ts byArrival). */
export async function handInsOf(db: WorkbookDatabase, roundId: string): Promise<HandIn[]> {
	const stored = await db.handIns.where('roundId').equals(roundId).toArray();
	return stored.sort(byArrival);
}
