/**
 * Keeping the action plan in step with the answers without ever overwriting the team's work.
 * Untouched suggestions follow the latest answers (priority, reason, horizon, rank); anything the
 * team edited, accepted, dropped, moved or wrote stays exactly as they left it.
 */
import { z } from 'zod/mini';
import { PlanAction } from './assessment';
import { priorityText } from './format';
import type { Horizon } from './framework';
import type { Suggestion } from './prioritize';
import { fieldErrors } from './validation';

/** The fields of a plan action the team may change (see db/plan updatePlanAction). */
export type PlanActionPatch = Partial<
	Pick<
		PlanAction,
		| 'title'
		| 'description'
		| 'level'
		| 'type'
		| 'horizon'
		| 'owner'
		| 'startDate'
		| 'dueDate'
		| 'status'
		| 'successMeasure'
		| 'notes'
	>
>;

export interface PlanChange {
	kind: 'added' | 'updated' | 'removed';
	title: string;
	detail: string;
}

export interface Reconciliation {
	puts: PlanAction[];
	deletes: string[];
	changes: PlanChange[];
}

const HORIZON_WORD: Record<Horizon, string> = { now: 'Now', next: 'Next', later: 'Later' };

/** The identity a stored action shares with a suggestion; custom actions have none. */
export function suggestionKey(action: Pick<PlanAction, 'origin'>): string | undefined {
	if (action.origin.kind === 'suggested') return action.origin.actionId;
	if (action.origin.kind === 'find-out') return `find-out:${action.origin.itemId}`;
	return undefined;
}

/** Rank spacing leaves room for the team to move actions between two suggestions. */
const RANK_STEP = 10;

export function reconcilePlan(
	assessmentId: string,
	existing: readonly PlanAction[],
	suggestions: readonly Suggestion[],
	now: Date
): Reconciliation {
	const stamp = now.toISOString();
	const byKey = new Map<string, PlanAction>();
	for (const action of existing) {
		const key = suggestionKey(action);
		if (key) byKey.set(key, action);
	}
	const puts: PlanAction[] = [];
	const changes: PlanChange[] = [];
	const suggestedKeys = new Set<string>();

	suggestions.forEach((suggestion, rank) => {
		suggestedKeys.add(suggestion.key);
		const order = rank * RANK_STEP;
		const stored = byKey.get(suggestion.key);
		if (!stored) {
			puts.push({
				id: crypto.randomUUID(),
				assessmentId,
				origin: suggestion.origin,
				...computedFields(suggestion, order),
				owner: '',
				status: 'proposed',
				notes: '',
				editedByTeam: false,
				createdAt: stamp,
				updatedAt: stamp
			});
			changes.push({
				kind: 'added',
				title: suggestion.title,
				detail: `New suggestion in ${HORIZON_WORD[suggestion.horizon]}.`
			});
			return;
		}
		if (stored.editedByTeam) return;
		const next: PlanAction = { ...stored, ...computedFields(suggestion, order) };
		if (sameSuggestion(stored, next)) return;
		puts.push({ ...next, updatedAt: stamp });
		changes.push({ kind: 'updated', title: next.title, detail: describeUpdate(stored, next) });
	});

	const deletes: string[] = [];
	for (const [key, stored] of byKey) {
		if (suggestedKeys.has(key) || stored.editedByTeam) continue;
		deletes.push(stored.id);
		changes.push({
			kind: 'removed',
			title: stored.title,
			detail: 'No longer suggested by the answers.'
		});
	}
	return { puts, deletes, changes };
}

/** The fields of a plan action that come from the answers; recomputed while untouched. */
function computedFields(suggestion: Suggestion, order: number) {
	return {
		title: suggestion.title,
		description: suggestion.description,
		level: suggestion.level,
		type: suggestion.type,
		linkedItemIds: suggestion.linkedItemIds,
		priority: suggestion.priority,
		priorityReason: suggestion.reason,
		horizon: suggestion.horizon,
		successMeasure: suggestion.successMeasure,
		order
	} satisfies Partial<PlanAction>;
}

function sameSuggestion(a: PlanAction, b: PlanAction): boolean {
	return (
		a.priority === b.priority &&
		a.priorityReason === b.priorityReason &&
		a.horizon === b.horizon &&
		a.order === b.order &&
		a.title === b.title &&
		a.description === b.description &&
		a.successMeasure === b.successMeasure &&
		a.level === b.level &&
		a.type === b.type &&
		a.linkedItemIds.join() === b.linkedItemIds.join()
	);
}

function describeUpdate(before: PlanAction, after: PlanAction): string {
	const parts: string[] = [];
	if (before.horizon !== after.horizon) {
		parts.push(`moved from ${HORIZON_WORD[before.horizon]} to ${HORIZON_WORD[after.horizon]}`);
	}
	if (before.priority !== after.priority) {
		parts.push(`priority ${priorityText(before.priority)} → ${priorityText(after.priority)}`);
	}
	if (parts.length === 0) parts.push('reason or order updated');
	const text = parts.join(', ');
	return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** A place between two neighbours, so a move never renumbers anything else. */
export function orderBetween(before: number | undefined, after: number | undefined): number {
	if (before === undefined && after === undefined) return 0;
	if (before === undefined) return (after as number) - RANK_STEP;
	if (after === undefined) return before + RANK_STEP;
	return (before + after) / 2;
}

/**
 * What the team fills in to add its own action: the same rules as a stored action's fields, so
 * the form and the repository refuse the same things (an empty or over-long title).
 */
export const CustomActionFields = z.pick(PlanAction, {
	title: true,
	description: true,
	level: true,
	type: true,
	horizon: true
});
export type CustomActionFields = z.infer<typeof CustomActionFields>;

/** Labels of the custom-action fields, for messages beside them (domain/validation fieldErrors). */
export const customActionLabels = { title: 'The title', description: 'The description' } as const;

/** How the form asks for a missing title: it tells the user what to do next. */
export const ASK_FOR_A_TITLE = 'Give the action a title.';

/**
 * The custom-action form's messages, field by field. A missing title is asked for in the form's
 * words; every other refusal reads as fieldErrors words it, as the repository refuses it.
 */
export function customActionErrors(issues: readonly z.core.$ZodIssue[]): Record<string, string> {
	const errors = fieldErrors(issues, customActionLabels);
	const titleIssue = issues.find((issue) => issue.path.join('.') === 'title');
	if (titleIssue?.code === 'too_small') errors.title = ASK_FOR_A_TITLE;
	return errors;
}

/**
 * A bundle's plan brought in step with its own answers and risk profile, in memory (for files
 * that arrive whole: imports and restores). The team's actions are kept as they are.
 */
export function bundlePlanInStep<
	B extends {
		assessment: { id: string };
		plan: readonly PlanAction[];
	}
>(bundle: B, suggestions: readonly Suggestion[], now: Date): B {
	const result = reconcilePlan(bundle.assessment.id, bundle.plan, suggestions, now);
	if (result.puts.length === 0 && result.deletes.length === 0) return bundle;
	return { ...bundle, plan: withPlanWrites(bundle.plan, result) };
}

/**
 * A plan's actions after writes: each put replaces the action with its id in place (or is added
 * at the end), each delete removes one. Rows that are not whole actions (damaged on disk) are
 * kept as they are: the stored plan is one record, and nothing is dropped by a write.
 */
export function withPlanWrites<T>(
	rows: readonly T[],
	writes: { puts?: readonly PlanAction[]; deletes?: readonly string[] }
): (T | PlanAction)[] {
	const deleted = new Set(writes.deletes ?? []);
	const puts = new Map((writes.puts ?? []).map((action) => [action.id, action]));
	const idOf = (row: unknown) => (row as { id?: unknown } | null)?.id;
	const next: (T | PlanAction)[] = [];
	for (const row of rows) {
		const id = idOf(row);
		if (typeof id === 'string' && deleted.has(id)) continue;
		const put = typeof id === 'string' ? puts.get(id) : undefined;
		next.push(put ?? row);
		if (put) puts.delete(put.id);
	}
	for (const action of puts.values()) next.push(action);
	return next;
}
