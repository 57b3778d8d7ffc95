/**
 * The stored plan follows its inputs (consensus answers and the risk profile) inside the same
 * transaction as the write that changed them. No screen writes the plan while it is only being
 * looked at, and "what changed" comes back from the write that caused it.
 */
import { builtinFramework } from '$lib/content';
import { findOutText } from '$lib/content/plan-text';
import { consensusResponses } from '$lib/domain/assessment';
import { bundlePlanInStep, type PlanChange } from '$lib/domain/plan';
import type { AssessmentBundle } from '$lib/domain/file-format';
import { suggestionsFor } from '$lib/domain/prioritize';
import { checkStoredBundle } from '$lib/domain/stored-records';
import type { WorkbookDatabase } from './database';
import { refreshPlan } from './plan';

/** The tables a write that feeds the plan must hold in its transaction. */
export function planInputTables(db: WorkbookDatabase) {
	return [db.assessments, db.responseSets, db.responses, db.planActions];
}

export interface PlanSync {
	changes: PlanChange[];
	/** The plan was empty before: these are its first suggestions. */
	first: boolean;
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
	const assessment = await db.assessments.get(assessmentId);
	if (!assessment) return { changes: [], first: false };
	const [sets, responses, planSize] = await Promise.all([
		db.responseSets.where('assessmentId').equals(assessmentId).toArray(),
		db.responses.where('assessmentId').equals(assessmentId).toArray(),
		db.planActions.where('assessmentId').equals(assessmentId).count()
	]);
	// The same checked records the screens use (domain/stored-records): a damaged answer is
	// left out here exactly as it is left out on screen.
	const checked = checkStoredBundle({ assessment, responseSets: sets, responses, plan: [] });
	if (!checked.ok) return { changes: [], first: false };
	const suggestions = suggestionsFor(
		builtinFramework,
		consensusResponses(checked.responseSets, checked.responses),
		checked.assessment.riskProfile,
		findOutText
	);
	const changes = await refreshPlan(db, assessmentId, suggestions, now);
	return { changes, first: planSize === 0 };
}

/** An imported or restored bundle with its plan in step with its answers (see syncPlan). */
export function withPlanInStep(bundle: AssessmentBundle, now = new Date()): AssessmentBundle {
	const suggestions = suggestionsFor(
		builtinFramework,
		consensusResponses(bundle.responseSets, bundle.responses),
		bundle.assessment.riskProfile,
		findOutText
	);
	return bundlePlanInStep(bundle, suggestions, now);
}
