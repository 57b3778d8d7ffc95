/** Action-plan repository: recomputation and the team's edits, each in one transaction. */
import { PlanAction } from '$lib/domain/assessment';
import {
	CustomActionFields,
	customActionErrors,
	horizonActions,
	inPlanOrder,
	orderBetween,
	reconcilePlan,
	type PlanActionPatch,
	type PlanChange
} from '$lib/domain/plan';
import type { Suggestion } from '$lib/domain/prioritize';
import { PlainWriteError } from '$lib/domain/write-errors';
import type { WorkbookDatabase } from './database';

/**
 * Brings the stored plan in line with the latest suggestions. Reading and writing happen in one
 * transaction, so two tabs doing this at once cannot add the same action twice.
 */
export async function refreshPlan(
	db: WorkbookDatabase,
	assessmentId: string,
	suggestions: readonly Suggestion[],
	now = new Date()
): Promise<PlanChange[]> {
	return db.transaction('rw', db.planActions, async () => {
		// A stored action damaged on disk is left as it is, never read as if it were whole.
		const existing = (
			await db.planActions.where('assessmentId').equals(assessmentId).toArray()
		).filter((action) => PlanAction.safeParse(action).success);
		const result = reconcilePlan(assessmentId, existing, suggestions, now);
		if (result.deletes.length > 0) await db.planActions.bulkDelete(result.deletes);
		if (result.puts.length > 0) await db.planActions.bulkPut(result.puts);
		return result.changes;
	});
}

/** Any change by the team marks the action as theirs: recomputation leaves it alone from then on. */
export async function updatePlanAction(
	db: WorkbookDatabase,
	id: string,
	patch: PlanActionPatch,
	now = new Date()
): Promise<void> {
	await db.transaction('rw', db.planActions, async () => {
		const stored = await db.planActions.get(id);
		if (!stored) throw new Error('This action no longer exists.');
		const next: PlanAction = {
			...stored,
			...patch,
			editedByTeam: true,
			updatedAt: now.toISOString()
		};
		// Clearing an optional date removes it rather than storing an empty value.
		if (!next.startDate) delete next.startDate;
		if (!next.dueDate) delete next.dueDate;
		await db.planActions.put(next);
	});
}

export async function addCustomAction(
	db: WorkbookDatabase,
	assessmentId: string,
	input: CustomActionFields,
	now = new Date()
): Promise<string> {
	// The form checks the same schema; this refuses whatever reaches here another way.
	const checked = CustomActionFields.safeParse(input);
	if (!checked.success) {
		const [message] = Object.values(customActionErrors(checked.error.issues));
		throw new PlainWriteError(message ?? 'The action is not valid.');
	}
	const fields = checked.data;
	const stamp = now.toISOString();
	return db.transaction('rw', db.planActions, db.assessments, async () => {
		if (!(await db.assessments.get(assessmentId))) {
			throw new PlainWriteError(
				'This assessment was deleted (perhaps in another tab), so the action was not added.'
			);
		}
		const sameHorizon = await db.planActions
			.where('assessmentId')
			.equals(assessmentId)
			.filter((a) => a.horizon === fields.horizon)
			.toArray();
		const last = inPlanOrder(sameHorizon).at(-1);
		const action: PlanAction = {
			id: crypto.randomUUID(),
			assessmentId,
			origin: { kind: 'custom' },
			...fields,
			linkedItemIds: [],
			priority: 0,
			priorityReason: 'Added by the team.',
			owner: '',
			status: 'accepted',
			successMeasure: '',
			notes: '',
			order: orderBetween(last?.order, undefined),
			editedByTeam: true,
			createdAt: stamp,
			updatedAt: stamp
		};
		await db.planActions.add(action);
		return action.id;
	});
}

/** Moves an action one place up or down among the open actions of its horizon. */
export async function moveAction(
	db: WorkbookDatabase,
	id: string,
	direction: -1 | 1,
	now = new Date()
): Promise<void> {
	await db.transaction('rw', db.planActions, async () => {
		const stored = await db.planActions.get(id);
		if (!stored) return;
		// Only the actions the team sees in this horizon: dropped ones sit elsewhere.
		const list = horizonActions(
			await db.planActions.where('assessmentId').equals(stored.assessmentId).toArray(),
			stored.horizon
		);
		const index = list.findIndex((a) => a.id === id);
		const target = index + direction;
		if (target < 0 || target >= list.length) return;
		// Land between the neighbour we jump over and the one beyond it.
		const beyond = list[target + direction];
		const neighbour = list[target]!;
		const order =
			direction === -1
				? orderBetween(beyond?.order, neighbour.order)
				: orderBetween(neighbour.order, beyond?.order);
		await db.planActions.put({
			...stored,
			order,
			editedByTeam: true,
			updatedAt: now.toISOString()
		});
	});
}
