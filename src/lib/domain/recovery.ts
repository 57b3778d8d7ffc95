/**
 * The rules of automatic snapshots and of getting lost work back, as pure functions: when a
 * snapshot is due, which changes matter, how a loss is remembered and settled, and what the user
 * is told. `domain/data-loss` decides whether there was a loss; the state (state/recovery)
 * carries these rules out.
 */
import {
	assessmentCount,
	type DataLossDecision,
	type SnapshotSummary,
	type UnresolvedLoss
} from './data-loss';

export type Loss = Extract<DataLossDecision, { kind: 'lost' }>;

/** Quiet time after the last change before a snapshot is written. */
export const SNAPSHOT_DELAY_MS = 3000;

/** The tables a snapshot holds: a change elsewhere (settings) needs no new snapshot. */
const SNAPSHOT_TABLES = ['assessments', 'responseSets', 'plans'];

/**
 * Whether a change Dexie reported touches the work: `parts` are its keys, such as
 * "idb://sts-workbook/responseSets/...", for any database of this origin.
 */
export function touchesSnapshotTables(databaseName: string, parts: readonly string[]): boolean {
	const prefix = `idb://${databaseName}/`;
	return parts.some(
		(part) =>
			part.startsWith(prefix) && SNAPSHOT_TABLES.includes(part.slice(prefix.length).split('/')[0]!)
	);
}

/**
 * Whether the newest snapshot misses work that is stored: none yet while there are assessments,
 * another count of assessments, or a change made after it (just before the last visit ended).
 */
export function snapshotBehind(
	newest: SnapshotSummary | undefined,
	assessments: number,
	latestChange: string | undefined
): boolean {
	if (newest === undefined) return assessments > 0;
	return (
		newest.assessments !== assessments || (latestChange !== undefined && latestChange > newest.at)
	);
}

/**
 * The quiet time before the next snapshot, given how long the last one took: snapshots take at
 * most about 5% of the time, however large the workbook.
 */
export function nextSnapshotDelay(tookMs: number, quietMs = SNAPSHOT_DELAY_MS): number {
	return Math.max(quietMs, Math.round(tookMs * 20));
}

/** The loss as remembered until it is settled (it survives a reload); `now` in milliseconds. */
export function unresolvedLoss(loss: Loss, now: number): UnresolvedLoss {
	return {
		detectedAt: new Date(now).toISOString(),
		reason: loss.reason,
		...(loss.expected === undefined ? {} : { expected: loss.expected }),
		...(loss.detail ? { message: loss.detail } : {})
	};
}

/**
 * An import settles the loss when the database holds at least as many assessments as there
 * were (at least one when that is unknown). Only an import or a restore settles it: new
 * assessments made meanwhile do not, or the next snapshots would rotate out the lost work.
 */
export function importSettlesLoss(loss: Loss, assessments: number): boolean {
	return assessments >= (loss.expected ?? 1);
}

// --- In words ---

const snapshotTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'short' });

/** "25 November 2026 at 14:03" in the reader's locale. */
export function formatSnapshotTime(iso: string): string {
	return snapshotTime.format(Date.parse(iso));
}

/** "sts-workbook-snapshot-2026-11-25.json": a snapshot kept as an ordinary backup file. */
export function snapshotFileName(iso: string): string {
	return `sts-workbook-snapshot-${iso.slice(0, 10)}.json`;
}

export const NO_SNAPSHOTS = 'This browser keeps no automatic snapshots.';

const IMPORT_HINT = '“Import or restore a file”';

export const recoveryText = {
	restored: (assessments: number, at: string) =>
		`Restored ${assessmentCount(assessments)} from the snapshot of ${formatSnapshotTime(at)}.`,
	notRestored: (message: string) =>
		`The snapshot could not be restored: ${message} Nothing was changed. If you have a backup file, use ${IMPORT_HINT} on the Assessments page.`,
	unreadable: (message: string) => `The snapshot could not be read: ${message}`,
	notSaved: (message: string) => `The snapshot could not be saved as a file: ${message}`,
	savedAsFile: (at: string, assessments: number) =>
		`Saved the snapshot of ${formatSnapshotTime(at)} as a file (${assessmentCount(assessments)}). Import it with ${IMPORT_HINT} once the workbook opens again.`,
	startedFresh: (at: string | undefined) =>
		`The snapshot${at ? ` of ${formatSnapshotTime(at)}` : ''} was saved as a file. Keep it: ${IMPORT_HINT} on the Assessments page brings it back at any time. New automatic snapshots start from now.`
};
