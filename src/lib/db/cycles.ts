/**
 * Cycles of one organization: starting the next one from any assessment, and reading an
 * organization's cycles for comparison. Each is one transaction.
 */
import { currentFramework, frameworkOf } from '$lib/content';
import type { Assessment, PlanAction } from '$lib/domain/assessment';
import {
	carryPlanForward,
	nextCycleAssessment,
	nextCycleDateProblem,
	type NextCycleFields
} from '$lib/domain/cycles/carry-forward';
import type { AssessmentBundle } from '$lib/domain/file-format';
import { isWholeAssessment } from '$lib/domain/stored-records';
import { cycleOrder } from '$lib/domain/cycles/compare';
import { PlainWriteError } from '$lib/domain/write-errors';
import { readBundle } from './assessments';
import type { WorkbookDatabase } from './database';
import { newOrganization } from './organizations';
import { planInputTables, syncPlan } from './plan-sync';
import { planRecord, planRows } from './stored-sets';
import { computeSummary } from './summaries';

/**
 * Starts the next cycle from `previousId`: a new assessment of the same organization, on the
 * newest framework, with details, roster and risk profile copied, answers empty and the plan
 * carried forward (domain/cycles/carry-forward). Returns the new assessment's id.
 */
export async function startNextCycle(
	db: WorkbookDatabase,
	previousId: string,
	fields: NextCycleFields,
	now = new Date()
): Promise<string> {
	const framework = currentFramework;
	return db.transaction(
		'rw',
		[...planInputTables(db), db.summaries, db.organizations],
		async () => {
			const [previous, storedPlan] = await Promise.all([
				db.assessments.get(previousId),
				db.plans.get(previousId)
			]);
			if (!previous || !isWholeAssessment(previous)) {
				throw new PlainWriteError(
					'The assessment to start from was deleted or could not be read, so no cycle was started.'
				);
			}
			const dateProblem = nextCycleDateProblem(previous.date, fields.date);
			if (dateProblem) throw new PlainWriteError(dateProblem);
			let organizationId = previous.organizationId;
			if (!organizationId) {
				// Only a record from before organizations were records: both cycles join a new one
				// (its kept summary's card too, so home groups them at once).
				const organization = newOrganization(previous, now);
				await db.organizations.add(organization);
				organizationId = organization.id;
				await db.assessments.update(previous.id, { organizationId });
				const kept = await db.summaries.get(previous.id);
				if (kept?.card) await db.summaries.put({ ...kept, card: { ...kept.card, organizationId } });
			}
			const assessment = nextCycleAssessment(
				previous,
				fields,
				framework,
				{
					assessmentId: crypto.randomUUID(),
					organizationId
				},
				now
			);
			const plan = carryPlanForward(
				planRows(storedPlan) as PlanAction[],
				{ assessmentId: previous.id, framework: frameworkOf(previous) },
				{ assessmentId: assessment.id, framework },
				() => crypto.randomUUID(),
				now
			);
			const stamp = now.toISOString();
			const consensus = {
				id: crypto.randomUUID(),
				assessmentId: assessment.id,
				kind: 'consensus' as const,
				label: 'Consensus',
				createdAt: stamp,
				updatedAt: stamp
			};
			await db.assessments.add(assessment);
			await db.responseSets.add({ ...consensus, responses: [] });
			if (plan.length > 0) await db.plans.add(planRecord(assessment.id, plan, stamp));
			await db.summaries.put(computeSummary(framework, assessment, [consensus], []));
			// Suggestions from the copied risk profile join the carried actions, as on any write.
			await syncPlan(db, assessment.id, now);
			return assessment.id;
		}
	);
}

/** The ids of an organization's assessments (its cycles), oldest first by date. */
export async function cycleIds(db: WorkbookDatabase, organizationId: string): Promise<string[]> {
	const rows = await db.assessments.where('organizationId').equals(organizationId).toArray();
	return rows
		.filter(isWholeAssessment)
		.map((assessment) => ({ assessment }))
		.sort(cycleOrder)
		.map(({ assessment }) => assessment.id);
}

/** Every cycle of the organization `assessment` belongs to, as stored (unchecked), in one snapshot. */
export async function readCycles(
	db: WorkbookDatabase,
	assessment: Pick<Assessment, 'id' | 'organizationId'>
): Promise<AssessmentBundle[]> {
	return db.transaction('r', [db.assessments, db.responseSets, db.plans], async () => {
		const ids = assessment.organizationId
			? await cycleIds(db, assessment.organizationId)
			: [assessment.id];
		const bundles = await Promise.all(ids.map((id) => readBundle(db, id)));
		return bundles.filter((b): b is AssessmentBundle => b !== undefined);
	});
}

/** Turns the walk's hint of last cycle's answers on or off for one assessment. */
export async function setShowPreviousAnswers(
	db: WorkbookDatabase,
	id: string,
	on: boolean,
	now = new Date()
): Promise<void> {
	await db.transaction('rw', db.assessments, async () => {
		if (!(await db.assessments.get(id))) {
			throw new PlainWriteError(
				'This assessment was deleted (perhaps in another tab), so the change was not saved.'
			);
		}
		await db.assessments.update(id, { showPreviousAnswers: on, updatedAt: now.toISOString() });
	});
}
