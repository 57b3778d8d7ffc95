/**
 * Moving whole assessments in and out of the database: exports, backups and imports. An import
 * is one transaction: on any failure nothing is written.
 */
import { frameworkOf } from '$lib/content';
import { bundleIntegrityProblems, relinkCopies, withFreshIds } from '$lib/domain/bundle-links';
import type { AssessmentBundle } from '$lib/domain/file-schema';
import { checkStoredBundle } from '$lib/domain/stored-records';
import type { Assessment, PlanAction, Response, ResponseSet } from '$lib/domain/assessment';
import type { StoredPlan, StoredResponseSet, WorkbookDatabase } from './database';
import { nestSets, planRecord, planRows, splitSets } from './stored-sets';
import { withPlanInStep } from './plan-sync';
import { computeSummary } from './summaries';
import { dropIfEmpty, withOrganizations } from './organizations';

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
	const raw = await db.transaction('r', [db.assessments, db.responseSets, db.plans], async () => {
		const [assessments, sets, plans] = await Promise.all([
			db.assessments.orderBy('updatedAt').reverse().toArray(),
			db.responseSets.toArray(),
			db.plans.toArray()
		]);
		const bundles = new Map<string, AssessmentBundle>(
			assessments.map((assessment) => [
				assessment.id,
				{ assessment, responseSets: [], responses: [], plan: [] }
			])
		);
		let records = assessments.length;
		for (const stored of sets) {
			const bundle = bundles.get(stored?.assessmentId);
			const { responseSets, responses } = splitSets([stored]);
			records += responseSets.length + responses.length;
			bundle?.responseSets.push(...(responseSets as ResponseSet[]));
			bundle?.responses.push(...(responses as Response[]));
		}
		for (const plan of plans) {
			const rows = planRows(plan);
			records += rows.length;
			bundles.get(plan?.assessmentId)?.plan.push(...(rows as PlanAction[]));
		}
		return { bundles: [...bundles.values()], records };
	});
	const bundles: AssessmentBundle[] = [];
	for (const bundle of raw.bundles) {
		const checked = checkStoredBundle(bundle);
		if (!checked.ok) continue;
		const setIds = new Set(checked.responseSets.map((s) => s.id));
		const whole: AssessmentBundle = {
			assessment: checked.assessment,
			responseSets: checked.responseSets,
			// A row that names another assessment (damaged on disk) is left out, not the whole
			// assessment: the bundle must hold together to be written into a file.
			responses: checked.responses.filter(
				(r) => setIds.has(r.responseSetId) && r.assessmentId === checked.assessment.id
			),
			plan: checked.plan.filter((a) => a.assessmentId === checked.assessment.id)
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
		[db.assessments, db.responseSets, db.plans, db.summaries, db.organizations],
		async () => {
			let prepared =
				mode === 'copy'
					? relinkCopies(
							bundles,
							bundles.map((b) => withFreshIds(b, newId))
						)
					: bundles;
			/** The organization each replaced assessment had here (a file from before has none). */
			const storedOrganization = new Map<string, string | undefined>();

			// 1. Remove the records of the assessments being replaced (only those that exist).
			if (mode === 'replace') {
				const found = await db.assessments.bulkGet(prepared.map((b) => b.assessment.id));
				for (const a of found) if (a) storedOrganization.set(a.id, a.organizationId);
				// A restored assessment without an organization keeps the one it has here.
				prepared = prepared.map((b) => {
					const kept = storedOrganization.get(b.assessment.id);
					return b.assessment.organizationId || !kept
						? b
						: { ...b, assessment: { ...b.assessment, organizationId: kept } };
				});
				const replaced = found.filter((a) => a !== undefined).map((a) => a.id);
				if (replaced.length > 0) {
					await db.responseSets.where('assessmentId').anyOf(replaced).delete();
					await db.plans.bulkDelete(replaced);
				}

				// 2. Ids still taken belong to other assessments: those bundles get fresh record ids.
				// Answers and actions live inside their set and plan records, so storage would take
				// a repeated id without a word, but a backup holding it twice would not import.
				const taken = await takenRecordIds(db);
				if (taken.size > 0) {
					prepared = prepared.map((bundle) =>
						[...bundle.responseSets, ...bundle.responses, ...bundle.plan].some((r) =>
							taken.has(r.id)
						)
							? withFreshIds(bundle, newId, true)
							: bundle
					);
				}
			}

			// 3. Each plan in step with its answers, as if they had been given here (a file from
			// an older version, or edited by hand, may carry a stale plan).
			prepared = prepared.map((bundle) => withPlanInStep(bundle, now));

			// 4. One bulk write per table: a record per assessment, per response set (with its
			// answers) and per plan, with each home card's summary (so home never has to read the
			// answers of what was just imported).
			// 5. Each assessment joins its organization (by the file's id, or by name for a file
			// from before organizations were records).
			const organized = await withOrganizations(
				db,
				prepared.map((b) => b.assessment),
				now
			);
			prepared = prepared.map((bundle, i) => ({ ...bundle, assessment: organized[i]! }));
			// An organization a replaced assessment left (the file placed it in another) goes
			// once none of its assessments is left; see the writes below.
			const left = [...storedOrganization]
				.filter(([id, org]) => org && org !== organized.find((a) => a.id === id)?.organizationId)
				.map(([, org]) => org!);

			const assessments: Assessment[] = [];
			const responseSets: StoredResponseSet[] = [];
			const plans: StoredPlan[] = [];
			for (const bundle of prepared) {
				assessments.push(bundle.assessment);
				for (const set of nestSets(bundle.responseSets, bundle.responses)) responseSets.push(set);
				if (bundle.plan.length > 0) plans.push(planRecord(bundle.assessment.id, bundle.plan));
			}
			await Promise.all([
				db.assessments.bulkPut(assessments),
				db.responseSets.bulkAdd(responseSets),
				db.plans.bulkPut(plans),
				db.summaries.bulkPut(
					prepared.map((b) =>
						computeSummary(frameworkOf(b.assessment), b.assessment, b.responseSets, b.responses)
					)
				)
			]);
			for (const organizationId of new Set(left)) await dropIfEmpty(db, organizationId);
			return assessments.map((a) => a.id);
		}
	);
}

/**
 * Every set, answer and action id stored on this device (read only when something is stored:
 * a restore onto an empty device reads nothing).
 */
async function takenRecordIds(db: WorkbookDatabase): Promise<Set<string>> {
	if ((await db.responseSets.count()) + (await db.plans.count()) === 0) return new Set();
	const [sets, plans] = await Promise.all([db.responseSets.toArray(), db.plans.toArray()]);
	const { responseSets, responses } = splitSets(sets);
	const ids = new Set<string>();
	for (const row of [...responseSets, ...responses, ...plans.flatMap((p) => planRows(p))]) {
		const id = (row as { id?: unknown } | null)?.id;
		if (typeof id === 'string') ids.add(id);
	}
	return ids;
}

export async function existingAssessmentIds(
	db: WorkbookDatabase,
	ids: readonly string[]
): Promise<Set<string>> {
	const found = await db.assessments.bulkGet(ids.slice());
	return new Set(found.filter((a) => a !== undefined).map((a) => a.id));
}
