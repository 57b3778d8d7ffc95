/**
 * What the facilitator is told after a receive: "Received: Rater 3.", "Already received: this
 * hand-in counts once.", or the problem in the merge's own words. One sentence per hand-in, and
 * for rater files one line per file, so a batch of ten files says which one was refused.
 */
import type { HandIn, MergeProblem } from '$lib/domain/workshop/merge';

export const ALREADY_RECEIVED = 'Already received: this hand-in counts once.';
export const NOTES_ADDED = `${ALREADY_RECEIVED} The notes the rater shared in this file were added.`;

/** What one receive brought, as `WorkshopState.receive` reports it. */
export interface ReceiveOutcome {
	added: readonly HandIn[];
	duplicates: readonly { handInId: string; message: string }[];
	problems: readonly MergeProblem[];
}

/** "Received: Rater 3.", with the merge's words when the same hand-in came with other answers. */
function receivedSentence(name: string, conflict: string | undefined): string {
	return conflict ? `Received: ${name}. ${conflict}` : `Received: ${name}.`;
}

/**
 * The hand-ins a receive really brought. The merge also lists under `added` a copy that replaced
 * one already stored with the same answers (a code typed again keeps its later time); that one is
 * reported as "Already received", never as new.
 */
function newlyAdded(outcome: ReceiveOutcome, before: ReadonlySet<string>): HandIn[] {
	const duplicated = new Set(outcome.duplicates.map((d) => d.handInId));
	return outcome.added.filter(
		(handIn) => !(before.has(handIn.handInId) && duplicated.has(handIn.handInId))
	);
}

/**
 * One sentence per hand-in of a receive: received first, then those already here, then problems.
 * `before`: the ids of the round's hand-ins before this receive. `nameOf` names an added hand-in
 * as the list shows it ("Rater 3").
 */
export function receiveSentences(
	outcome: ReceiveOutcome,
	before: ReadonlySet<string>,
	nameOf: (handIn: HandIn) => string
): string[] {
	const added = newlyAdded(outcome, before);
	const addedIds = new Set(added.map((handIn) => handIn.handInId));
	const conflicts = conflictsById(outcome.problems);
	return [
		...added.map((handIn) => receivedSentence(nameOf(handIn), conflicts.get(handIn.handInId))),
		...outcome.duplicates.map(() => ALREADY_RECEIVED),
		// A conflict that brought a new version is told with its "Received" line above.
		...outcome.problems
			.filter((problem) => !(problem.kind === 'conflict' && addedIds.has(problem.handInId ?? '')))
			.map((problem) => problem.message)
	];
}

function conflictsById(problems: readonly MergeProblem[]): Map<string, string> {
	const conflicts = new Map<string, string>();
	for (const problem of problems) {
		if (problem.kind === 'conflict' && problem.handInId)
			conflicts.set(problem.handInId, problem.message);
	}
	return conflicts;
}

/** One chosen file: what `readRaterFile` made of it. */
export type ReadFile =
	{ name: string; ok: true; handIn: unknown } | { name: string; ok: false; message: string };

export interface FileReport {
	name: string;
	/** In the round now: brought in by this file, or already there. */
	received: boolean;
	/** Its hand-in was already in the round: nothing new came from this file. */
	already?: boolean;
	message: string;
}

/** The hand-in id a file claims, if it claims one (the merge checks whether it is any good). */
function claimedId(handIn: unknown): string | undefined {
	if (typeof handIn !== 'object' || handIn === null) return undefined;
	const id: unknown = (handIn as { handInId?: unknown }).handInId;
	// The merge compares ids in lower case, as the app writes them.
	return typeof id === 'string' ? id.toLowerCase() : undefined;
}

/**
 * The line for each file, in the order chosen. The receive's results carry hand-in ids, so each
 * file finds its own by the id it claims; a file whose hand-in is too damaged to have an id takes
 * the next problem that has none (the merge keeps problems in the order the hand-ins came).
 */
export function fileReports(
	files: readonly ReadFile[],
	outcome: ReceiveOutcome,
	before: ReadonlySet<string>,
	nameOf: (handIn: HandIn) => string
): FileReport[] {
	const added = new Map(newlyAdded(outcome, before).map((handIn) => [handIn.handInId, handIn]));
	// A hand-in already here (say, by code) that this receive replaced with the same answers and
	// the rater's shared notes: nothing new to count, but the notes did arrive.
	const withNotes = new Set(
		outcome.added
			.filter((handIn) => before.has(handIn.handInId) && !added.has(handIn.handInId))
			.filter((handIn) => Object.values(handIn.notes ?? {}).some((note) => note !== ''))
			.map((handIn) => handIn.handInId)
	);
	const conflicts = conflictsById(outcome.problems);
	const duplicates = new Map<string, number>();
	for (const { handInId } of outcome.duplicates)
		duplicates.set(handInId, (duplicates.get(handInId) ?? 0) + 1);
	const refusedById = new Map<string, string[]>();
	const refusedWithoutId: string[] = [];
	for (const problem of outcome.problems) {
		if (problem.kind !== 'refused') continue;
		if (!problem.handInId) refusedWithoutId.push(problem.message);
		else
			refusedById.set(problem.handInId, [
				...(refusedById.get(problem.handInId) ?? []),
				problem.message
			]);
	}

	const told = new Set<string>();
	return files.map((file): FileReport => {
		const line = (received: boolean, message: string) => ({ name: file.name, received, message });
		if (!file.ok) return line(false, file.message);
		const id = claimedId(file.handIn);
		const known =
			added.has(id ?? '') ||
			duplicates.has(id ?? '') ||
			refusedById.has(id ?? '') ||
			conflicts.has(id ?? '');
		if (id === undefined || !known) {
			return line(false, refusedWithoutId.shift() ?? 'This file could not be read as a hand-in.');
		}
		const handIn = added.get(id);
		if (handIn && !told.has(id)) {
			told.add(id);
			return line(true, receivedSentence(nameOf(handIn), conflicts.get(id)));
		}
		const refusal = refusedById.get(id)?.shift();
		if (refusal && !handIn) return line(false, refusal);
		// Same id, other answers, and the copy already here was kept: the merge says why.
		const conflict = conflicts.get(id);
		if (conflict && !handIn && !duplicates.has(id)) return line(false, conflict);
		const notesAdded = withNotes.has(id) && !told.has(id);
		if (notesAdded) told.add(id);
		return { ...line(true, notesAdded ? NOTES_ADDED : ALREADY_RECEIVED), already: true };
	});
}

/**
 * The line above the per-file list: "All 3 files were received." / "1 of 3 files received; 2 were
 * already here (each counts once)." A file already received brought nothing new: never counted as
 * received again.
 */
export function filesSummary(reports: readonly FileReport[]): string {
	const total = reports.length;
	const already = reports.filter((report) => report.already).length;
	const received = reports.filter((report) => report.received && !report.already).length;
	if (total === 1) {
		if (already === 1) return 'The file was already received. It counts once.';
		return received === 1 ? 'The file was received.' : 'The file was not received.';
	}
	if (received === total) return `All ${total} files were received.`;
	const alreadyPart =
		already === 0
			? ''
			: `; ${already === 1 ? '1 was' : `${already} were`} already here (each counts once)`;
	return `${received} of ${total} files received${alreadyPart}.`;
}
