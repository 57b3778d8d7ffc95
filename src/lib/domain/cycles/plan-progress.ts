/**
 * The plan since last time: of the later cycle's adopted actions, which are done, which were
 * carried over and are still open, and which are new; and what was done in the earlier cycle.
 */
import type { PlanAction } from '../assessment';
import { isAdopted, inPlanOrder } from '../plan-parts';

export interface PlanProgress {
	/** Done in the later cycle (carried over or new). */
	done: PlanAction[];
	/** Carried over from the earlier cycle and not done yet. */
	stillOpen: PlanAction[];
	/** Adopted in the later cycle, not carried over, not done yet. */
	added: PlanAction[];
	/** Done in the earlier cycle: its history. */
	doneBefore: PlanAction[];
}

export function planProgress(
	earlier: readonly PlanAction[],
	later: readonly PlanAction[]
): PlanProgress {
	const earlierIds = new Set(earlier.map((a) => a.id));
	const adopted = inPlanOrder(later.filter((a) => isAdopted(a.status)));
	const carried = (a: PlanAction) =>
		a.carriedFrom !== undefined && earlierIds.has(a.carriedFrom.actionId);
	return {
		done: adopted.filter((a) => a.status === 'done'),
		stillOpen: adopted.filter((a) => a.status !== 'done' && carried(a)),
		added: adopted.filter((a) => a.status !== 'done' && !carried(a)),
		doneBefore: inPlanOrder(earlier.filter((a) => a.status === 'done'))
	};
}
