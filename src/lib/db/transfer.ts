/**
 * Moving whole assessments in and out of the database: exports, backups and imports. An import
 * is one transaction: on any failure nothing is written.
 */
import { builtinFramework } from '$lib/content';
import { bundleIntegrityProblems, withFreshIds } from '$lib/domain/bundle-links';
import type { AssessmentBundle } from '$lib/domain/file-schema';
import { checkStoredBundle } from '$lib/domain/stored-records';
import type { Assessment, PlanAction, Response, ResponseSet } from '$lib/domain/assessment';
import type { WorkbookDatabase } from './database';
import { withPlanInStep } from './plan-sync';
import { computeSummary } from './summaries';

/** What a backup or snapshot can hold: every whole assessment, and a count of what was not. */
export interface StoredBundles {
	bundles: AssessmentBundle[];
	/** Stored records too damaged to write into a file that must import again. */
	leftOut: number;
}

/**
 * Every assessment with its records, newest first, each checked as an import would check it:
 * a record damaged on disk is left out (and counted) so that a backup or snapshot made from
 * this device always restores. Whole tables are read once and grouped (thousands of
 * per-assessment queries would be far slower for a large backup).
 */
export async function readAllBundles(db: WorkbookDatabase): Promise<StoredBundles> {
	const raw = await db.transaction(
		'r',
		[db.assessments, db.responseSets, db.responses, db.planActions],
		async () => {
			const [assessments, sets, responses, plan] = await Promise.all([
				db.assessments.orderBy('updatedAt').reverse().toArray(),
				db.responseSets.toArray(),
				db.responses.toArray(),
				db.planActions.toArray()
			]);
			const bundles = new Map<string, AssessmentBundle>(
				assessments.map((assessment) => [
					assessment.id,
					{ assessment, responseSets: [], responses: [], plan: [] }
				])
			);
			for (const set of sets) bundles.get(set?.assessmentId)?.responseSets.push(set);
			for (const response of responses)
				bundles.get(response?.assessmentId)?.responses.push(response);
			for (const action of plan) bundles.get(action?.assessmentId)?.plan.push(action);
			return {
				bundles: [...bundles.values()],
				records: assessments.length + sets.length + responses.length + plan.length
			};
		}
	);
	const bundles: AssessmentBundle[] = [];
	for (const bundle of raw.bundles) {
		const checked = checkStoredBundle(bundle);
		if (!checked.ok) continue;
		const setIds = new Set(checked.responseSets.map((s) => s.id));
		const whole: AssessmentBundle = {
			assessment: checked.assessment,
			responseSets: checked.responseSets,
			responses: checked.responses.filter((r) => setIds.has(r.responseSetId)),
			plan: checked.plan
		};
		if (bundleIntegrityProblems(whole).length === 0) bundles.push(whole);
	}
	const kept = bundles.reduce(
		(sum, b) => sum + 1 + b.responseSets.length + b.responses.length + b.plan.length,
		0
	);
	return { bundles, leftOut: raw.records - kept };
}

/**
 * "copy": every bundle gets fresh ids and is added beside what is there.
 * "replace": a bundle whose assessment already exists replaces it (answers, sets and plan);
 * others are added with their own ids. Used to restore a backup.
 */
export type ImportMode = 'copy' | 'replace';

const newId = () => crypto.randomUUID();

/**
 * Writes checked bundles in one transaction, with one bulk write per table, so thousands of
 * assessments import quickly and a failure writes nothing. Returns the ids written, in order.
 *
 * In "replace" mode, the records of an assessment being replaced are removed first. A bundle
 * whose set, response or plan ids are already used on this device by a different assessment
 * keeps its assessment id but gets fresh ids for those records (links kept), so an import never
 * fails on "Key already exists".
 */
export async function importBundles(
	db: WorkbookDatabase,
	bundles: readonly AssessmentBundle[],
	mode: ImportMode,
	now = new Date()
): Promise<string[]> {
	return db.transaction(
		'rw',
		[db.assessments, db.responseSets, db.responses, db.planActions, db.summaries],
		async () => {
			let prepared = mode === 'copy' ? bundles.map((b) => withFreshIds(b, newId)) : bundles;

			// 1. Remove the records of the assessments being replaced (only those that exist).
			if (mode === 'replace') {
				const found = await db.assessments.bulkGet(prepared.map((b) => b.assessment.id));
				const replaced = found.filter((a) => a !== undefined).map((a) => a.id);
				for (const table of replaced.length > 0
					? [db.responses, db.responseSets, db.planActions]
					: []) {
					const keys = await Promise.all(
						replaced.map((id) => table.where('assessmentId').equals(id).primaryKeys())
					);
					await table.bulkDelete(keys.flat());
				}

				// 2. Ids still taken belong to other assessments: those bundles get fresh record ids.
				const [takenSets, takenResponses, takenPlan] = await Promise.all([
					takenKeys(db.responseSets),
					takenKeys(db.responses),
					takenKeys(db.planActions)
				]);
				if (takenSets.size + takenResponses.size + takenPlan.size > 0) {
					prepared = prepared.map((bundle) =>
						bundle.responseSets.some((r) => takenSets.has(r.id)) ||
						bundle.responses.some((r) => takenResponses.has(r.id)) ||
						bundle.plan.some((r) => takenPlan.has(r.id))
							? withFreshIds(bundle, newId, true)
							: bundle
					);
				}
			}

			// 3. Each plan in step with its answers, as if they had been given here (a file from
			// an older version, or edited by hand, may carry a stale plan).
			prepared = prepared.map((bundle) => withPlanInStep(bundle, now));

			// 4. One bulk write per table, with each home card's summary (so home never has to
			// read the answers of what was just imported).
			const assessments: Assessment[] = [];
			const responseSets: ResponseSet[] = [];
			const responses: Response[] = [];
			const plan: PlanAction[] = [];
			for (const bundle of prepared) {
				assessments.push(bundle.assessment);
				for (const set of bundle.responseSets) responseSets.push(set);
				for (const response of bundle.responses) responses.push(response);
				for (const action of bundle.plan) plan.push(action);
			}
			await db.assessments.bulkPut(assessments);
			await db.responseSets.bulkAdd(responseSets);
			await db.responses.bulkAdd(responses);
			await db.planActions.bulkAdd(plan);
			await db.summaries.bulkPut(
				prepared.map((b) =>
					computeSummary(builtinFramework, b.assessment, b.responseSets, b.responses)
				)
			);
			return assessments.map((a) => a.id);
		}
	);
}

/** Every primary key of a table (one request, however large the table). */
async function takenKeys(table: {
	toCollection(): { primaryKeys(): PromiseLike<string[]> };
}): Promise<Set<string>> {
	return new Set(await table.toCollection().primaryKeys());
}

export async function existingAssessmentIds(
	db: WorkbookDatabase,
	ids: readonly string[]
): Promise<Set<string>> {
	const found = await db.assessments.bulkGet(ids.slice());
	return new Set(found.filter((a) => a !== undefined).map((a) => a.id));
}
