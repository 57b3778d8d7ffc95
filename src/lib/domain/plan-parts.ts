/**
 * The plan as the team reads it: "Our plan" (what the team adopted, in its order) and the
 * workbook's suggestions (what is still to decide). Every screen and every export takes its
 * parts, its orders, its first steps and its date rule from here, so they never disagree.
 */
import type { PlanAction, PlanStatus } from './assessment';
import type { Framework, Horizon } from './framework';
import { horizons } from './framework';
import { orderBetween } from './plan';

type Ordered = Pick<PlanAction, 'order' | 'priority' | 'id'>;
type Placed = Ordered & Pick<PlanAction, 'horizon' | 'status'>;

/** The statuses of an action the team has taken up: these make "Our plan". */
export const adoptedStatuses: readonly PlanStatus[] = ['accepted', 'in-progress', 'done'];

/** The decisions a suggestion can wait in: not decided yet, set aside for now, or dropped. */
export type SuggestionDecision = 'proposed' | 'not-now' | 'dropped';

export function isAdopted(status: PlanStatus): boolean {
	return adoptedStatuses.includes(status);
}

/**
 * Where "Restore" takes a dropped action: the team's own actions back into our plan (they were
 * adopted when written), a suggestion back among the suggestions to decide again.
 */
export function restoredStatus(action: Pick<PlanAction, 'origin'>): PlanStatus {
	return action.origin.kind === 'custom' ? 'accepted' : 'proposed';
}

/** Actions in the team's order: its order, then priority, then id (so ties never flicker). */
export function inPlanOrder<T extends Ordered>(actions: readonly T[]): T[] {
	return [...actions].sort(
		(a, b) => a.order - b.order || b.priority - a.priority || a.id.localeCompare(b.id)
	);
}

/** Suggestions most urgent first; the team's order breaks ties. */
export function byPriority<T extends Ordered>(actions: readonly T[]): T[] {
	return [...actions].sort(
		(a, b) => b.priority - a.priority || a.order - b.order || a.id.localeCompare(b.id)
	);
}

/**
 * The adopted actions of one time frame in the team's order (done ones too: they are part of
 * the plan's story). A move up or down happens among exactly these.
 */
export function adoptedInHorizon<T extends Placed>(plan: readonly T[], horizon: Horizon): T[] {
	return inPlanOrder(plan.filter((a) => a.horizon === horizon && isAdopted(a.status)));
}

/**
 * Where an action goes in the team's order after a change, or undefined when it keeps its place.
 * Taken up from the suggestions (not decided or not now), or moved to another time frame while
 * adopted, it goes after the last adopted action of its time frame: it never jumps ahead of what
 * the team already put in order. A dropped action restored keeps the place it had.
 */
export function orderAfterChange<T extends Placed>(
	before: T,
	after: T,
	plan: readonly T[]
): number | undefined {
	const takenUp =
		(before.status === 'proposed' || before.status === 'not-now') && isAdopted(after.status);
	const movedFrame = isAdopted(after.status) && before.horizon !== after.horizon;
	if (!takenUp && !movedFrame) return undefined;
	const others = plan.filter((a) => a.id !== after.id);
	return orderBetween(adoptedInHorizon(others, after.horizon).at(-1)?.order, undefined);
}

/** Our plan as one list: Now, Next, Later, each in the team's order. */
export function ourPlan<T extends Placed>(plan: readonly T[]): T[] {
	return horizons.flatMap((horizon) => adoptedInHorizon(plan, horizon));
}

export interface PlanParts<T> {
	/** Our plan, by time frame in the team's order (see ourPlan). */
	adopted: T[];
	/** Suggestions nobody has decided on, most urgent first. */
	undecided: T[];
	/** Set aside with "Not now", most urgent first. */
	notNow: T[];
	/** Dropped, most urgent first. */
	dropped: T[];
}

export function planParts<T extends Placed>(plan: readonly T[]): PlanParts<T> {
	const withStatus = (status: PlanStatus) => byPriority(plan.filter((a) => a.status === status));
	return {
		adopted: ourPlan(plan),
		undecided: withStatus('proposed'),
		notNow: withStatus('not-now'),
		dropped: withStatus('dropped')
	};
}

/** Every action once, in the order exports list them: our plan, then the suggestions by decision. */
export function planInExportOrder<T extends Placed>(plan: readonly T[]): T[] {
	const parts = planParts(plan);
	return [...parts.adopted, ...parts.undecided, ...parts.notNow, ...parts.dropped];
}

export interface FirstSteps<T> {
	/**
	 * "plan" when the steps come from the team's adopted plan; "suggestions" when the team has
	 * adopted nothing open yet and the steps are the workbook's top suggestions (and must say so).
	 */
	kind: 'plan' | 'suggestions';
	actions: T[];
}

/**
 * "Start here" on Results and "First steps" in every report: one rule.
 * - When the team has adopted actions still open (accepted or in progress), the first of them
 *   in the team's order: Now, Next, Later, each as the team ordered it.
 * - Otherwise the top suggestions not yet decided: Now first, topped up from Next to reach
 *   three. The source names psychoeducation, skills training and supervision as the most
 *   important prevention triad, so suggestions for impact-3 items come first.
 * Done, set-aside and dropped actions are never first steps.
 */
export function firstSteps<T extends PlanAction>(
	plan: readonly T[],
	framework: Pick<Framework, 'items'>,
	max = 5
): FirstSteps<T> {
	const open = ourPlan(plan).filter((a) => a.status !== 'done');
	if (open.length > 0) return { kind: 'plan', actions: open.slice(0, max) };

	const impact = new Map(framework.items.map((i) => [i.id, i.impact]));
	const triad = (a: PlanAction) => a.linkedItemIds.some((id) => impact.get(id) === 3);
	const proposed = plan.filter((a) => a.status === 'proposed');
	const rank = (horizon: Horizon) =>
		byPriority(proposed.filter((a) => a.horizon === horizon)).sort(
			(a, b) => Number(triad(b)) - Number(triad(a))
		);
	const picked = rank('now').slice(0, max);
	if (picked.length < 3) picked.push(...rank('next').slice(0, 3 - picked.length));
	return { kind: 'suggestions', actions: picked };
}

/** Why a pair of dates cannot be stored, in the words the date field shows. */
export const DUE_BEFORE_START = 'The due date is before the start date.';

/**
 * The date rule of a plan action: a due date never comes before its start date. Dates are
 * calendar dates (YYYY-MM-DD), so comparing the strings compares the days.
 */
export function dateOrderProblem(
	dates: Partial<Pick<PlanAction, 'startDate' | 'dueDate'>>
): string | undefined {
	const { startDate, dueDate } = dates;
	return startDate && dueDate && dueDate < startDate ? DUE_BEFORE_START : undefined;
}

/** Said beside a stored due date that comes before its start date (kept from older data). */
export const DATES_TO_CHECK = '(before the start date: to check)';

/**
 * A due date as every report and export shows it, in the caller's date format: a pair stored
 * before the rule held everywhere is shown as one to check, never as a plan ending before it
 * starts. Empty when there is no due date.
 */
export function dueDateText(
	action: Pick<PlanAction, 'startDate' | 'dueDate'>,
	format: (date: string) => string
): string {
	if (!action.dueDate) return '';
	const shown = format(action.dueDate);
	return dateOrderProblem(action) ? `${shown} ${DATES_TO_CHECK}` : shown;
}

/** The value of the owner filter that finds actions nobody owns yet. */
export const NO_OWNER = '\u0000none';

export interface PlanFilter {
	level?: string;
	type?: string;
	elementId?: string;
	status?: string;
	/** An owner as typed (compared without case or outer spaces), or NO_OWNER. */
	owner?: string;
}

export const emptyPlanFilter: Required<PlanFilter> = {
	level: '',
	type: '',
	elementId: '',
	status: '',
	owner: ''
};

export function isFiltering(filter: PlanFilter): boolean {
	return Object.values(filter).some(Boolean);
}

const ownerKey = (owner: string) => owner.trim().toLocaleLowerCase();

/** The Plan screen's filters; an action matches an element through any of its linked items. */
export function matchesPlanFilter(
	action: Pick<PlanAction, 'level' | 'type' | 'linkedItemIds' | 'status' | 'owner'>,
	filter: PlanFilter,
	elementOf: (itemId: string) => string | undefined
): boolean {
	if (filter.level && action.level !== filter.level) return false;
	if (filter.type && action.type !== filter.type) return false;
	if (filter.status && action.status !== filter.status) return false;
	if (filter.owner === NO_OWNER) {
		if (action.owner.trim()) return false;
	} else if (filter.owner && ownerKey(action.owner) !== ownerKey(filter.owner)) {
		return false;
	}
	if (filter.elementId && !action.linkedItemIds.some((id) => elementOf(id) === filter.elementId)) {
		return false;
	}
	return true;
}

/** The owners named in a plan, once each (first spelling kept), in alphabetical order. */
export function planOwners(plan: readonly Pick<PlanAction, 'owner'>[]): string[] {
	const seen = new Map<string, string>();
	for (const { owner } of plan) {
		const key = ownerKey(owner);
		if (key && !seen.has(key)) seen.set(key, owner.trim());
	}
	return [...seen.values()].sort((a, b) => a.localeCompare(b));
}

type Wording = Pick<PlanAction, 'title' | 'description' | 'successMeasure'>;

/**
 * The team rewrote an action's title, description or measure: it differs from what the answers
 * suggest now. Accepting or moving an action freezes it too, but is not a rewording.
 */
export function rewordedByTeam(action: Wording, suggested: Wording | undefined): boolean {
	if (!suggested) return false;
	return (
		action.title !== suggested.title ||
		action.description !== suggested.description ||
		action.successMeasure !== suggested.successMeasure
	);
}
