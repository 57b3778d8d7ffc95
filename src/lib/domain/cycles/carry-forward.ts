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
import { AssessmentDraft, MAX_SHORT_TEXT, type Assessment, type PlanAction } from '../assessment';
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

/** The new cycle's plan, carried from the previous one (see the rule above). */
export function carryPlanForward(
	previous: readonly PlanAction[],
	from: { assessmentId: string; framework: MappedFramework },
	to: { assessmentId: string; framework: MappedFramework },
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
			linkedItemIds: mapLinks(action.linkedItemIds),
			// Kept as the team's: the new cycle's answers never recompute or remove it.
			editedByTeam: true,
			carriedFrom: { assessmentId: from.assessmentId, actionId: action.id },
			createdAt: stamp,
			updatedAt: stamp
		}));
}
