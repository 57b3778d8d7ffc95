/** Action-plan repository: recomputation and the team's edits, each in one transaction. */
import { PlanAction, PlanStatus } from '$lib/domain/assessment';
import {
	adoptedInHorizon,
	dateOrderProblem,
	inPlanOrder,
	orderAfterChange
} from '$lib/domain/plan-parts';
import { planStatusLabels } from '$lib/content/plan-text';
import {
	CustomActionFields,
	customActionErrors,
	orderBetween,
	reconcilePlan,
	withPlanWrites,
	type PlanActionPatch,
	type PlanChange
} from '$lib/domain/plan';
import type { Suggestion } from '$lib/domain/prioritize';
import { PlainWriteError } from '$lib/domain/write-errors';
import type { WorkbookDatabase } from './database';
import { DAMAGED_RECORD, damagedList, planRecord, planRows } from './stored-sets';

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
	return db.transaction('rw', db.plans, async () => {
		const rows = await writablePlanRows(db, assessmentId);
		// A stored action damaged on disk is left as it is, never read as if it were whole.
		const existing = rows.filter((row): row is PlanAction => PlanAction.safeParse(row).success);
		const result = reconcilePlan(assessmentId, existing, suggestions, now);
		if (result.deletes.length > 0 || result.puts.length > 0) {
			await db.plans.put(planRecord(assessmentId, withPlanWrites(rows, result), now.toISOString()));
		}
		return result.changes;
	});
}

/**
 * An action after the team's change. Any change marks it as theirs: recomputation leaves it
 * alone from then on. A date change that would put the due date before the start date is
 * refused here, against the dates as stored: a form that checked an older copy cannot get past
 * it. (Other changes go through even when older data already holds such a pair: a status
 * change must never be blocked by dates the user cannot see.) Taking a suggestion up puts it
 * at the end of our plan's time frame (domain/plan-parts orderAfterChange).
 */
function patched(
	stored: PlanAction,
	patch: PlanActionPatch,
	stamp: string,
	plan: readonly PlanAction[]
): PlanAction {
	const next: PlanAction = { ...stored, ...patch, editedByTeam: true, updatedAt: stamp };
	// Clearing an optional date removes it rather than storing an empty value.
	if (!next.startDate) delete next.startDate;
	if (!next.dueDate) delete next.dueDate;
	if ('startDate' in patch || 'dueDate' in patch) {
		const problem = dateOrderProblem(next);
		if (problem) throw new PlainWriteError(`${problem} Not saved.`);
	}
	const order = orderAfterChange(stored, next, plan);
	if (order !== undefined) next.order = order;
	return next;
}

/** The whole actions among a plan's stored rows (a damaged row is never read as an action). */
const wholeActions = (rows: readonly unknown[]) =>
	rows.filter((row): row is PlanAction => PlanAction.safeParse(row).success);

export async function updatePlanAction(
	db: WorkbookDatabase,
	target: ActionRef,
	patch: PlanActionPatch,
	now = new Date()
): Promise<void> {
	await db.transaction('rw', db.plans, async () => {
		const found = await storedAction(db, target);
		if (!found) throw new PlainWriteError('This action no longer exists.');
		const next = patched(found.stored, patch, now.toISOString(), wholeActions(found.rows));
		await db.plans.put(
			planRecord(target.assessmentId, withPlanWrites(found.rows, { puts: [next] }), next.updatedAt)
		);
	});
}

/**
 * One decision for several suggestions at once ("Accept selected"), in one transaction: all of
 * them change, or none. A suggestion deleted or already decided meanwhile (in another tab) is
 * named, and nothing changes: a decision taken elsewhere is never overwritten. Each one taken up
 * goes after the previous, so they keep the order they were chosen in.
 */
export async function setActionsStatus(
	db: WorkbookDatabase,
	assessmentId: string,
	ids: readonly string[],
	status: PlanStatus,
	now = new Date()
): Promise<void> {
	if (!PlanStatus.safeParse(status).success) throw new PlainWriteError('Unknown status.');
	await db.transaction('rw', db.plans, async () => {
		const rows = await writablePlanRows(db, assessmentId);
		let plan = wholeActions(rows);
		const stamp = now.toISOString();
		const puts: PlanAction[] = [];
		for (const id of new Set(ids)) {
			const stored = plan.find((a) => a.id === id);
			if (!stored) {
				throw new PlainWriteError(
					'One of these suggestions no longer exists (removed in another tab?). Nothing was changed.'
				);
			}
			if (stored.status !== 'proposed' && stored.status !== 'not-now') {
				throw new PlainWriteError(
					`“${stored.title}” was already decided (now ${planStatusLabels[stored.status]}), perhaps in another tab. Nothing was changed.`
				);
			}
			const next = patched(stored, { status }, stamp, plan);
			plan = plan.map((a) => (a.id === id ? next : a));
			puts.push(next);
		}
		await db.plans.put(planRecord(assessmentId, withPlanWrites(rows, { puts }), stamp));
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
	return db.transaction('rw', db.plans, db.assessments, async () => {
		if (!(await db.assessments.get(assessmentId))) {
			throw new PlainWriteError(
				'This assessment was deleted (perhaps in another tab), so the action was not added.'
			);
		}
		const rows = await writablePlanRows(db, assessmentId);
		const sameHorizon = rows.filter(
			(row): row is PlanAction =>
				PlanAction.safeParse(row).success && (row as PlanAction).horizon === fields.horizon
		);
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
		await db.plans.put(planRecord(assessmentId, [...rows, action], stamp));
		return action.id;
	});
}

/** Moves an adopted action one place up or down among our plan's actions of its time frame. */
export async function moveAction(
	db: WorkbookDatabase,
	target: ActionRef,
	direction: -1 | 1,
	now = new Date()
): Promise<void> {
	await db.transaction('rw', db.plans, async () => {
		const found = await storedAction(db, target);
		if (!found) return;
		const { stored, rows } = found;
		// Only our plan's actions in this time frame: suggestions are listed by priority.
		const list = adoptedInHorizon(
			rows.filter((row): row is PlanAction => PlanAction.safeParse(row).success),
			stored.horizon
		);
		const index = list.findIndex((a) => a.id === target.id);
		if (index < 0) return;
		const place = index + direction;
		if (place < 0 || place >= list.length) return;
		// Land between the neighbour we jump over and the one beyond it.
		const beyond = list[place + direction];
		const neighbour = list[place]!;
		const order =
			direction === -1
				? orderBetween(beyond?.order, neighbour.order)
				: orderBetween(neighbour.order, beyond?.order);
		const moved = { ...stored, order, editedByTeam: true, updatedAt: now.toISOString() };
		await db.plans.put(
			planRecord(stored.assessmentId, withPlanWrites(rows, { puts: [moved] }), moved.updatedAt)
		);
	});
}

/** The rows of an assessment's stored plan, for a write; a damaged plan record is refused. */
async function writablePlanRows(db: WorkbookDatabase, assessmentId: string): Promise<unknown[]> {
	const plan = await db.plans.get(assessmentId);
	if (damagedList(plan, 'actions')) throw new PlainWriteError(DAMAGED_RECORD);
	return planRows(plan);
}

/** Which action a change is for: actions are kept in their assessment's plan record. */
export interface ActionRef {
	assessmentId: string;
	id: string;
}

/** The stored action (as stored, unchecked) and every row of its plan. */
async function storedAction(
	db: WorkbookDatabase,
	target: ActionRef
): Promise<{ stored: PlanAction; rows: unknown[] } | undefined> {
	const rows = await writablePlanRows(db, target.assessmentId);
	const stored = rows.find((row) => (row as { id?: unknown } | null)?.id === target.id);
	return typeof stored === 'object' && stored !== null
		? { stored: stored as PlanAction, rows }
		: undefined;
}
