/**
 * What the home screen lists: the newest assessments, a page at a time, each with the progress of
 * its consensus answers and its overall score, computed by the same rule as every other screen
 * (domain/scoring). The figures are kept in the `summaries` table (derived data, see
 * StoredSummary) so that home reads one small record per card instead of every answer; a kept
 * summary whose stamps differ from its assessment is recomputed from that assessment's own answers.
 * Loaded after first paint, with the list (state/workbook), so the home page's first load stays light.
 */
import { Dexie, type IndexableType } from 'dexie';
import {
	cardOf,
	type Assessment,
	type AssessmentCard,
	type Response
} from '$lib/domain/assessment';
import type { Framework } from '$lib/domain/framework';
import { progressOf, type Progress } from '$lib/domain/progress';
import { scoreAssessment, type AssessmentScore } from '$lib/domain/scoring';
import { isCountableResponse, isWholeAssessment } from '$lib/domain/stored-records';
import type { StoredSummary, WorkbookDatabase } from './database';
import { splitSets } from './stored-sets';

export type SummaryFramework = Pick<Framework, 'id' | 'version' | 'elements' | 'items'>;
export type { AssessmentCard };

export interface AssessmentSummary {
	assessment: AssessmentCard;
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
		card: cardOf(assessment),
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

/**
 * A kept summary still says what the assessment says: stamped with its `updatedAt`, computed
 * with the framework the assessment was made with, and carrying its card. (An assessment is
 * always read with its own framework version: imports refuse a version this build lacks.)
 */
export function isCurrentSummary(
	kept: StoredSummary | undefined,
	updatedAt: string
): kept is StoredSummary & { card: AssessmentCard } {
	if (kept?.card === undefined || kept.assessmentUpdatedAt !== updatedAt) return false;
	return (
		kept.frameworkId === kept.card.frameworkId &&
		kept.frameworkVersion === kept.card.frameworkVersion
	);
}

/** Summaries read per request when home reads them all. */
const SUMMARY_CHUNK = 1_000;

/**
 * Where the list finds the framework an assessment was made with. A loader is only called when a
 * summary must be recomputed: home's first load then never brings the framework's text.
 */
export type SummaryFrameworks =
	| SummaryFramework
	| ((assessment: AssessmentCard) => SummaryFramework)
	| { load: () => Promise<(assessment: AssessmentCard) => SummaryFramework> };

async function frameworkLookup(
	frameworks: SummaryFrameworks
): Promise<(assessment: AssessmentCard) => SummaryFramework> {
	if (typeof frameworks === 'function') return frameworks;
	if ('load' in frameworks) return Dexie.waitFor(frameworks.load());
	return () => frameworks;
}

/**
 * The newest `limit` assessments (all without a limit) with their summaries, reading as little
 * as it can: the ids and stamps from the `updatedAt` index (keys only, no records) and the kept
 * summaries (each carries its assessment's card), in one snapshot. Only a summary missing or
 * stale is recomputed, from its assessment and answers, in a second snapshot. At 5,000
 * assessments this is what keeps home within its time. Only reads: a live query's querier must
 * not write, so fresh summaries come back in `recomputed` for keepSummaries.
 */
export async function listAssessmentSummaries(
	db: WorkbookDatabase,
	frameworks: SummaryFrameworks,
	limit = Infinity
): Promise<AssessmentList> {
	const first = await db.transaction('r', [db.assessments, db.summaries], async () => {
		const byStamp = db.assessments.orderBy('updatedAt');
		const [stored, ids, stamps] = await Promise.all([
			db.assessments.count(),
			byStamp.primaryKeys(),
			byStamp.keys()
		]);
		const all = ids.map((id, i) => ({ id: String(id), stamp: String(stamps[i]) })).reverse();
		const page = Number.isFinite(limit) ? all.slice(0, limit) : all;
		const kept = new Map<string, StoredSummary>();
		if (page.length === all.length) {
			// Every summary, a chunk per request: the browser hands each result over as one task,
			// and thousands at once held the page for longer than a frame.
			for (let after: string | undefined; ;) {
				const from =
					after === undefined
						? db.summaries.toCollection()
						: db.summaries.where(':id').above(after);
				const chunk = await from.limit(SUMMARY_CHUNK).toArray();
				for (const row of chunk) kept.set(row.assessmentId, row);
				if (chunk.length < SUMMARY_CHUNK) break;
				after = chunk[chunk.length - 1]!.assessmentId;
			}
		} else {
			const rows = await db.summaries.bulkGet(page.map((p) => p.id));
			for (const row of rows) if (row) kept.set(row.assessmentId, row);
		}
		const staleIds = page
			.filter((p) => !isCurrentSummary(kept.get(p.id), p.stamp))
			.map((p) => p.id);
		return { stored, all, page, kept, staleIds };
	});
	const { stored, all, page, kept, staleIds } = first;

	let staleCount = 0;
	let recomputed: StoredSummary[] = [];
	if (staleIds.length > 0) {
		// Each assessment is summed up with the framework it was made with.
		const frameworkOf = await frameworkLookup(frameworks);
		const second = await db.transaction('r', [db.assessments, db.responseSets], async () => {
			const rows = await db.assessments.bulkGet(staleIds);
			const whole = rows.filter(isWholeAssessment);
			const summaries = await Promise.all(
				whole.map(async (assessment) => {
					const sets = await db.responseSets.where('assessmentId').equals(assessment.id).toArray();
					const { responseSets, responses } = splitSets(sets);
					return computeSummary(frameworkOf(assessment), assessment, responseSets, responses);
				})
			);
			// A record deleted between the two reads is gone, not damaged.
			const present = rows.filter((r) => r !== undefined).length;
			return { summaries, damaged: present - whole.length };
		});
		staleCount = second.damaged;
		recomputed = second.summaries;
	}

	const fresh = new Map(recomputed.map((s) => [s.assessmentId, s]));
	const summaries: AssessmentSummary[] = [];
	for (const { id } of page) {
		const summary = fresh.get(id) ?? kept.get(id);
		if (!summary?.card) continue;
		summaries.push({ assessment: summary.card, progress: summary.progress, score: summary.score });
	}
	return {
		summaries,
		damaged: staleCount + (stored - all.length),
		stored,
		more: all.length - page.length,
		recomputed
	};
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
