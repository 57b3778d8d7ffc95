/**
 * What the next cycle takes from the one it starts from. Details, roster and risk profile are
 * copied (the team edits them); answers start empty. The plan carries forward by one rule:
 * - open actions (accepted, in progress) come along with their owner, dates, status and wording;
 * - dropped actions stay dropped (the same suggestion does not come back as new);
 * - done actions stay with the earlier cycle as its history (compare lists them);
 * - undecided and "not now" suggestions are left: the new answers suggest afresh.
 * A carried action's linked practices follow the framework's `replaces` links when the new
 * cycle is on a newer version.
 */
import { z } from 'zod/mini';
import {
	AssessmentDraft,
	MAX_SHORT_TEXT,
	type Assessment,
	type PlanAction,
	type PlanActionOrigin
} from '../assessment';
import type { ActionTemplate } from '../framework';
import { formatCalendarDate } from '../format';
import { mapItems, type MappedFramework } from './item-mapping';

/**
 * What the facilitator chooses when starting the next cycle. A cycle label is required here:
 * comparisons name cycles by it ("Baseline 2025" → "Review 2026").
 */
export const NextCycleFields = z.object({
	cycleLabel: z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_SHORT_TEXT)),
	date: AssessmentDraft.shape.date,
	showPreviousAnswers: z.boolean()
});
export type NextCycleFields = z.infer<typeof NextCycleFields>;

/** The new cycle's assessment record, from the one it starts from. */
export function nextCycleAssessment(
	previous: Assessment,
	fields: NextCycleFields,
	framework: Pick<MappedFramework, 'id' | 'version'>,
	ids: { assessmentId: string; organizationId: string },
	now: Date
): Assessment {
	const stamp = now.toISOString();
	return {
		id: ids.assessmentId,
		frameworkId: framework.id,
		frameworkVersion: framework.version,
		organization: previous.organization,
		unit: previous.unit,
		cycleLabel: fields.cycleLabel,
		date: fields.date,
		facilitator: previous.facilitator,
		roster: previous.roster.map((member) => ({ ...member })),
		riskProfile: { ...previous.riskProfile },
		isExample: previous.isExample,
		organizationId: ids.organizationId,
		previousCycleId: previous.id,
		showPreviousAnswers: fields.showPreviousAnswers,
		createdAt: stamp,
		updatedAt: stamp
	};
}

export type CarriedKind = 'carried' | 'kept-dropped' | 'left';

/** How one action of the previous cycle's plan is treated. */
export function carryKind(action: Pick<PlanAction, 'status'>): CarriedKind {
	switch (action.status) {
		case 'accepted':
		case 'in-progress':
			return 'carried';
		case 'dropped':
			return 'kept-dropped';
		default:
			return 'left';
	}
}

/** A framework as carrying forward reads it: its practices, and which actions revise which. */
export type CarriedFramework = MappedFramework & {
	actions?: readonly Pick<ActionTemplate, 'id' | 'revises'>[];
};

/**
 * Where an action came from, in the new cycle's framework: a suggestion of an action the newer
 * version revises becomes a suggestion of the revised action, and a "find out" about a practice
 * becomes one about the first practice that replaces it. So the new cycle's suggestions meet the
 * team's earlier decision (accepted, dropped) instead of coming back as new.
 */
function originIn(
	origin: PlanActionOrigin,
	to: CarriedFramework,
	laterOf: ReadonlyMap<string, string[]>
): PlanActionOrigin {
	if (origin.kind === 'suggested') {
		const actions = to.actions ?? [];
		if (actions.some((a) => a.id === origin.actionId)) return origin;
		const revised = actions.find((a) => a.revises === origin.actionId);
		return revised ? { kind: 'suggested', actionId: revised.id } : origin;
	}
	if (origin.kind === 'find-out') {
		const itemId = laterOf.get(origin.itemId)?.[0];
		return itemId ? { kind: 'find-out', itemId } : origin;
	}
	return origin;
}

/** The new cycle's plan, carried from the previous one (see the rule above). */
export function carryPlanForward(
	previous: readonly PlanAction[],
	from: { assessmentId: string; framework: MappedFramework },
	to: { assessmentId: string; framework: CarriedFramework },
	newId: () => string,
	now: Date
): PlanAction[] {
	const stamp = now.toISOString();
	const mapping = mapItems(from.framework, to.framework);
	const laterOf = new Map<string, string[]>();
	for (const pair of mapping.pairs) {
		for (const old of pair.earlierIds)
			laterOf.set(old, [...(laterOf.get(old) ?? []), pair.laterId]);
	}
	const mapLinks = (ids: readonly string[]) => [
		...new Set(ids.flatMap((id) => laterOf.get(id) ?? []))
	];
	return previous
		.filter((action) => carryKind(action) !== 'left')
		.map((action) => ({
			...action,
			id: newId(),
			assessmentId: to.assessmentId,
			origin: originIn(action.origin, to.framework, laterOf),
			linkedItemIds: mapLinks(action.linkedItemIds),
			// Kept as the team's: the new cycle's answers never recompute or remove it.
			editedByTeam: true,
			carriedFrom: { assessmentId: from.assessmentId, actionId: action.id },
			createdAt: stamp,
			updatedAt: stamp
		}));
}

/**
 * A next cycle comes after the one it starts from: a date before it is refused (compare and
 * "Since last time" read cycles in date order). The same day is allowed (a second sitting).
 */
export function nextCycleDateProblem(previousDate: string, date: string): string | null {
	return date < previousDate
		? `The next cycle's date is before the cycle it follows (${formatCalendarDate(previousDate)}). Choose ${formatCalendarDate(previousDate)} or later.`
		: null;
}
