/**
 * What the home screen lists: the newest assessments, a page at a time, each with the progress of
 * its consensus answers and its overall score, computed by the same rule as every other screen
 * (domain/scoring). The figures are kept in the `summaries` table (derived data, see
 * StoredSummary) so that home reads one small record per card instead of every answer; a kept
 * summary whose stamps differ from its assessment is recomputed from that assessment's own answers.
 * Loaded after first paint, with the list (state/workbook), so the home page's first load stays light.
 */
import type { IndexableType } from 'dexie';
import type { Assessment, Response } from '$lib/domain/assessment';
import type { Framework } from '$lib/domain/framework';
import { progressOf, type Progress } from '$lib/domain/progress';
import { scoreAssessment, type AssessmentScore } from '$lib/domain/scoring';
import { isCountableResponse, isWholeAssessment } from '$lib/domain/stored-records';
import type { StoredSummary, WorkbookDatabase } from './database';
import { splitSets } from './stored-sets';

export type SummaryFramework = Pick<Framework, 'id' | 'version' | 'elements' | 'items'>;

export interface AssessmentSummary {
	assessment: Assessment;
	progress: Progress;
	score: AssessmentScore;
}

export interface AssessmentList {
	/** The whole assessments among the newest `limit` records, newest first. */
	summaries: AssessmentSummary[];
	/**
	 * Damaged records found so far: among those read, and those the list's order cannot hold
	 * (no usable `updatedAt`). Named on home, left untouched. See countDamagedAssessments.
	 */
	damaged: number;
	/** Assessment records on this device, whole or damaged. */
	stored: number;
	/** Records after those read, in the list's order: what "Show more" can still bring. */
	more: number;
	/** Summaries that were missing or stale, computed afresh: for keepSummaries to store. */
	recomputed: StoredSummary[];
}

/**
 * The summary of one assessment from its stored records (unchecked: a damaged answer or set is
 * left out, as on every screen). Only the assessment's consensus answers count.
 */
export function computeSummary(
	framework: SummaryFramework,
	assessment: Assessment,
	responseSets: readonly unknown[],
	responses: readonly unknown[]
): StoredSummary {
	const consensus = new Set<unknown>();
	for (const set of responseSets) {
		const row = set as { id?: unknown; kind?: unknown } | null;
		if (row?.kind === 'consensus') consensus.add(row.id);
	}
	const byItem = new Map<string, Response>();
	for (const response of responses) {
		if (!isCountableResponse(response) || !consensus.has(response.responseSetId)) continue;
		byItem.set(response.itemId, response);
	}
	return {
		assessmentId: assessment.id,
		assessmentUpdatedAt: assessment.updatedAt,
		frameworkId: framework.id,
		frameworkVersion: framework.version,
		progress: progressOf(
			framework.items.map((item) => item.id),
			byItem
		),
		score: scoreAssessment(framework, byItem)
	};
}

/** A kept summary still says what the assessment's answers say. */
export function isCurrentSummary(
	kept: StoredSummary | undefined,
	assessment: Assessment,
	framework: Pick<Framework, 'id' | 'version'>
): kept is StoredSummary {
	return (
		kept !== undefined &&
		kept.assessmentUpdatedAt === assessment.updatedAt &&
		kept.frameworkId === framework.id &&
		kept.frameworkVersion === framework.version
	);
}

/**
 * The newest `limit` assessments (all without a limit) with their summaries, read in one
 * consistent snapshot: the page's records through the `updatedAt` index, their kept summaries
 * in one request, and the answers of only those whose summary is missing or stale (one request
 * per assessment, in parallel: each is a single indexed read of its set records). Only reads: a live query's
 * querier must not write, so fresh summaries come back in `recomputed` for keepSummaries.
 */
export async function listAssessmentSummaries(
	db: WorkbookDatabase,
	framework: SummaryFramework | ((assessment: Assessment) => SummaryFramework),
	limit = Infinity
): Promise<AssessmentList> {
	// Each assessment is summed up with the framework it was made with.
	const frameworkOf = typeof framework === 'function' ? framework : () => framework;
	const tables = [db.assessments, db.responseSets, db.summaries];
	return db.transaction('r', tables, async () => {
		const newestFirst = db.assessments.orderBy('updatedAt').reverse();
		const [stored, indexed, rows] = await Promise.all([
			db.assessments.count(),
			db.assessments.orderBy('updatedAt').count(),
			(Number.isFinite(limit) ? newestFirst.limit(limit) : newestFirst).toArray()
		]);
		const assessments = rows.filter(isWholeAssessment);
		const kept = await db.summaries.bulkGet(assessments.map((a) => a.id));
		const stale = assessments.filter((a, i) => !isCurrentSummary(kept[i], a, frameworkOf(a)));
		const recomputed = await Promise.all(
			stale.map(async (assessment) => {
				const stored = await db.responseSets.where('assessmentId').equals(assessment.id).toArray();
				const { responseSets, responses } = splitSets(stored);
				return computeSummary(frameworkOf(assessment), assessment, responseSets, responses);
			})
		);
		const fresh = new Map(recomputed.map((s) => [s.assessmentId, s]));
		const summaries = assessments.map((assessment, i) => {
			const { progress, score } = fresh.get(assessment.id) ?? kept[i]!;
			return { assessment, progress, score };
		});
		return {
			summaries,
			damaged: rows.length - assessments.length + (stored - indexed),
			stored,
			more: indexed - rows.length,
			recomputed
		};
	});
}

/**
 * Stores summaries a list computed, each only while its assessment is still as it was read (a
 * newer answer makes it stale anyway, and it is not written over a newer one).
 */
export async function keepSummaries(
	db: WorkbookDatabase,
	summaries: readonly StoredSummary[]
): Promise<void> {
	if (summaries.length === 0) return;
	await db.transaction('rw', [db.assessments, db.summaries], async () => {
		const now = await db.assessments.bulkGet(summaries.map((s) => s.assessmentId));
		const current = summaries.filter((s, i) => now[i]?.updatedAt === s.assessmentUpdatedAt);
		if (current.length > 0) await db.summaries.bulkPut(current);
	});
}

/**
 * Every damaged assessment record on this device, counted after the first page is shown: read
 * `chunk` records at a time, so a large workbook never holds the main thread for long (each
 * chunk is one request, and the page stays responsive between them).
 */
export async function countDamagedAssessments(db: WorkbookDatabase, chunk = 200): Promise<number> {
	let damaged = 0;
	let after: IndexableType | undefined;
	for (;;) {
		const from =
			after === undefined
				? db.assessments.toCollection()
				: db.assessments.where(':id').above(after);
		const rows: unknown[] = await from.limit(chunk).toArray();
		for (const row of rows) if (!isWholeAssessment(row)) damaged += 1;
		if (rows.length < chunk) return damaged;
		// The primary key is the record's `id` (a damaged record still has the key it is stored under).
		after = (rows[rows.length - 1] as { id: IndexableType }).id;
	}
}
