/**
 * Did this browser lose the workbook's data? Browsers can throw a database away (Chromium after a
 * corruption, Safari after weeks unused) and hand back an empty one without a word. The app keeps
 * evidence outside IndexedDB (a marker in localStorage and automatic snapshot files) and decides
 * here, with pure rules, whether to tell the user. Nothing here touches storage.
 */
import { z } from 'zod/mini';

/** What we last knew about the database, kept outside it (localStorage). */
export const DataMarker = z.object({
	/** Assessments in the database at `at`. */
	assessments: z.number().check(z.int(), z.nonnegative()),
	at: z.iso.datetime({ offset: true })
});
export type DataMarker = z.infer<typeof DataMarker>;

export type LossReason =
	/** The database opened empty although it held assessments before. */
	| 'empty'
	/** The browser reported that it discarded the data (`dataLoss` on `upgradeneeded`). */
	| 'browser'
	/** The database could not be opened at all. */
	| 'open-error';

/** A loss the user has not resolved yet (kept in localStorage, so it survives a reload). */
export const UnresolvedLoss = z.object({
	detectedAt: z.iso.datetime({ offset: true }),
	reason: z.enum(['empty', 'browser', 'open-error']),
	/** Assessments there were before the loss, when known. */
	expected: z.optional(z.number().check(z.int(), z.nonnegative())),
	/** The browser's own words, if it gave any. */
	message: z.optional(z.string())
});
export type UnresolvedLoss = z.infer<typeof UnresolvedLoss>;

/** An automatic snapshot, as far as its file name tells: when it was made and what it holds. */
export interface SnapshotSummary {
	at: string;
	assessments: number;
}

export interface DataLossEvidence {
	/** Assessments in the database now; undefined when it could not be opened. */
	assessments: number | undefined;
	/**
	 * Of those, the ones made before an unresolved loss was found: work that was there all
	 * along, as opposed to work made since (read only while a loss is unresolved).
	 */
	assessmentsFromBefore?: number;
	/** Why the database could not be opened. */
	openError?: string;
	/** The browser's own report (`dataLoss` other than "none") from opening the database. */
	browserLoss?: { dataLoss: string; message: string };
	marker?: DataMarker;
	newestSnapshot?: SnapshotSummary;
	unresolved?: UnresolvedLoss;
}

export type DataLossDecision =
	| { kind: 'none' }
	| {
			kind: 'lost';
			reason: LossReason;
			/** Assessments there were before, when known. */
			expected: number | undefined;
			/** The snapshot to offer, if there is one. */
			snapshot: SnapshotSummary | undefined;
			/** The browser's message or the open error, for the curious. */
			detail: string | undefined;
	  };

/**
 * How many assessments the database held when we last looked: the marker is updated on every
 * change, so it wins when it is at least as recent as the newest snapshot.
 */
export function lastKnownCount(
	marker: DataMarker | undefined,
	snapshot: SnapshotSummary | undefined
): number | undefined {
	if (marker && (!snapshot || marker.at >= snapshot.at)) return marker.assessments;
	return snapshot?.assessments ?? marker?.assessments;
}

/**
 * The rule, in order:
 * 1. The database cannot be opened: a loss if it held anything before (the open error itself is
 *    reported elsewhere).
 * 2. A loss not yet settled stays until the user restores, imports or saves the snapshot as a
 *    file (storage that could not be opened and now opens with its work was no loss).
 * 3. The browser says it discarded data: a loss, unless the count is what we knew (0 after
 *    deleting everything on purpose: nothing to lose).
 * 4. The database is empty although we knew of assessments: a loss.
 * Otherwise nothing is wrong: a first visit has no evidence, and deleting every assessment on
 * purpose updates the marker to 0 before any reload.
 */
export function decideDataLoss(evidence: DataLossEvidence): DataLossDecision {
	const { assessments, unresolved, newestSnapshot: snapshot } = evidence;
	const known = unresolved
		? (unresolved.expected ?? lastKnownCount(evidence.marker, snapshot))
		: lastKnownCount(evidence.marker, snapshot);
	const lost = (reason: LossReason, detail: string | undefined): DataLossDecision => ({
		kind: 'lost',
		reason,
		expected: known,
		snapshot,
		detail
	});

	if (evidence.openError !== undefined || assessments === undefined) {
		return (known ?? 0) > 0 ? lost('open-error', evidence.openError) : { kind: 'none' };
	}
	if (unresolved) {
		// Storage that could not be opened and now opens with the work: nothing was lost. Any
		// other loss is settled only by a restore, an import or saving the snapshot as a file:
		// new assessments made meanwhile must not settle it (the next snapshots would rotate
		// out the one that holds the lost work).
		// "Back" means the work from before the loss, not as many new assessments made since.
		const fromBefore = evidence.assessmentsFromBefore ?? 0;
		const back = known !== undefined && known > 0 ? fromBefore >= known : fromBefore > 0;
		if (unresolved.reason === 'open-error' && back) return { kind: 'none' };
		// It could not be opened last time; now it opens, but without the assessments.
		return lost(
			unresolved.reason === 'open-error' ? 'empty' : unresolved.reason,
			unresolved.message
		);
	}
	if (evidence.browserLoss) {
		// With no evidence of our own, the browser's word is all we have: tell the user.
		const back = known !== undefined && assessments >= known;
		return back ? { kind: 'none' } : lost('browser', evidence.browserLoss.message || undefined);
	}
	if (assessments === 0 && (known ?? 0) > 0) return lost('empty', undefined);
	return { kind: 'none' };
}

/** Parses a stored JSON value; anything unreadable counts as absent. */
function parseStored<T>(schema: z.ZodMiniType<T>, text: string | null | undefined): T | undefined {
	if (!text) return undefined;
	try {
		const parsed = schema.safeParse(JSON.parse(text));
		return parsed.success ? parsed.data : undefined;
	} catch {
		return undefined;
	}
}

export function parseMarker(text: string | null | undefined): DataMarker | undefined {
	return parseStored(DataMarker, text);
}

export function parseUnresolvedLoss(text: string | null | undefined): UnresolvedLoss | undefined {
	return parseStored(UnresolvedLoss, text);
}

/** "1 assessment", "12 assessments". */
export function assessmentCount(n: number): string {
	return `${n} ${n === 1 ? 'assessment' : 'assessments'}`;
}
