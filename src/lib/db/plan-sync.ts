/**
 * The stored plan follows its inputs (consensus answers and the risk profile) inside the same
 * transaction as the write that changed them. No screen writes the plan while it is only being
 * looked at, and "what changed" comes back from the write that caused it.
 *
 * Every awaited IndexedDB request is a round trip to the browser's database process, and the
 * answer's "Saved" waits for the whole transaction: so the inputs are read in one batch, the
 * reconciliation is worked out in memory, and its writes go out together.
 */
import { frameworkOf } from '$lib/content';
import { findOutText } from '$lib/content/plan-text';
import {
	consensusResponses,
	type Assessment,
	type PlanAction,
	type Response,
	type ResponseSet
} from '$lib/domain/assessment';
import { bundlePlanInStep, reconcilePlan, withPlanWrites, type PlanChange } from '$lib/domain/plan';
import type { AssessmentBundle } from '$lib/domain/file-format';
import { suggestionsFor } from '$lib/domain/prioritize';
import { checkStoredBundle } from '$lib/domain/stored-records';
import type { WorkbookDatabase } from './database';
import { damagedList, planRecord, planRows, splitSets } from './stored-sets';

/** The tables a write that feeds the plan must hold in its transaction. */
export function planInputTables(db: WorkbookDatabase) {
	return [db.assessments, db.responseSets, db.plans];
}

export interface PlanSync {
	changes: PlanChange[];
	/** The plan was empty before: these are its first suggestions. */
	first: boolean;
}

/** What the plan of one assessment is computed from, and the plan as stored (records unchecked). */
export interface PlanInputs {
	assessment: Assessment;
	responseSets: ResponseSet[];
	responses: Response[];
	plan: PlanAction[];
	/** The stored plan record is damaged: the plan is left as it is (db/stored-sets). */
	planDamaged?: boolean;
}

const NO_CHANGE: PlanSync = { changes: [], first: false };

/** Reads an assessment's sets, responses and plan in one batch (the caller reads the assessment). */
export async function readPlanInputs(
	db: WorkbookDatabase,
	assessmentId: string
): Promise<Omit<PlanInputs, 'assessment'>> {
	const [sets, plan] = await Promise.all([
		db.responseSets.where('assessmentId').equals(assessmentId).toArray(),
		db.plans.get(assessmentId)
	]);
	// Unchecked, as stored: writePlanInStep checks them.
	const { responseSets, responses } = splitSets(sets);
	return {
		responseSets: responseSets as ResponseSet[],
		responses: responses as Response[],
		plan: planRows(plan) as PlanAction[],
		planDamaged: damagedList(plan, 'actions')
	};
}

/**
 * Reconciles the stored plan with the suggestions of `inputs` (as they stand after the write)
 * and writes the difference. Call it inside a transaction over `planInputTables(db)`, with
 * inputs read in that same transaction, so nothing can change between the read and the write.
 */
export async function writePlanInStep(
	db: WorkbookDatabase,
	inputs: PlanInputs,
	now = new Date()
): Promise<PlanSync> {
	// The same checked records the screens use (domain/stored-records): a damaged answer is
	// left out here exactly as it is left out on screen, and a damaged action is left as it is.
	const checked = checkStoredBundle(inputs);
	if (!checked.ok || inputs.planDamaged) return NO_CHANGE;
	const suggestions = suggestionsFor(
		frameworkOf(checked.assessment),
		consensusResponses(checked.responseSets, checked.responses),
		checked.assessment.riskProfile,
		findOutText
	);
	const result = reconcilePlan(checked.assessment.id, checked.plan, suggestions, now);
	if (result.puts.length > 0 || result.deletes.length > 0) {
		// The whole plan is one record: damaged rows in it stay as they are (withPlanWrites).
		const actions = withPlanWrites(inputs.plan, result);
		await db.plans.put(planRecord(checked.assessment.id, actions, now.toISOString()));
	}
	return { changes: result.changes, first: inputs.plan.length === 0 };
}

/**
 * Recomputes the suggestions of one assessment from what is stored and reconciles its plan.
 * Call it inside a transaction over `planInputTables(db)`, after the write that changed inputs.
 */
export async function syncPlan(
	db: WorkbookDatabase,
	assessmentId: string,
	now = new Date()
): Promise<PlanSync> {
	const [assessment, rest] = await Promise.all([
		db.assessments.get(assessmentId),
		readPlanInputs(db, assessmentId)
	]);
	if (!assessment) return NO_CHANGE;
	return writePlanInStep(db, { assessment, ...rest }, now);
}

/** An imported or restored bundle with its plan in step with its answers (see syncPlan). */
export function withPlanInStep(bundle: AssessmentBundle, now = new Date()): AssessmentBundle {
	const suggestions = suggestionsFor(
		frameworkOf(bundle.assessment),
		consensusResponses(bundle.responseSets, bundle.responses),
		bundle.assessment.riskProfile,
		findOutText
	);
	return bundlePlanInStep(bundle, suggestions, now);
}
