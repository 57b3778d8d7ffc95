/**
 * Assessments, raters, responses and the action plan: the records a task force creates.
 * Every record has a random UUID (files from different devices and raters must merge without
 * collisions) and an `updatedAt` (ISO date-time) so later merges can pick the newest.
 */
import { z } from 'zod/mini';
import { ActionLevel, ActionType, Horizon, contentId } from './framework';

export const MAX_SHORT_TEXT = 200;
export const MAX_LONG_TEXT = 10_000;

const trimmed = (max: number) => z.string().check(z.trim(), z.maxLength(max));
/** A required one-line text: leading and trailing spaces removed, not empty, bounded. */
const requiredText = (max = MAX_SHORT_TEXT) =>
	z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

export const uuid = z.string().check(z.uuid());
export const isoDateTime = z.iso.datetime({ offset: true });

/** A calendar date "YYYY-MM-DD" that exists and lies between 1990 and 2100 (refuses absurd dates). */
export const calendarDate = z.string().check(
	z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-03-31.'),
	z.refine((value) => isRealDate(value), 'This date does not exist.'),
	z.refine(
		(value) => value >= '1990-01-01' && value <= '2100-12-31',
		'Use a year between 1990 and 2100.'
	)
);

export function isRealDate(value: string): boolean {
	const [y, m, d] = value.split('-').map(Number);
	if (!y || !m || !d) return false;
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Roles a task force usually has; "other" asks for a short description. */
export const rosterRoles = [
	'executive-leader',
	'program-manager',
	'clinical-supervisor',
	'clinician',
	'caseworker',
	'human-resources',
	'risk-management',
	'peer-support',
	'administrative-staff',
	'other'
] as const;
export const RosterRole = z.enum(rosterRoles);
export type RosterRole = z.infer<typeof RosterRole>;

export const RosterMember = z
	.object({
		id: uuid,
		role: RosterRole,
		/** Required when role is "other". */
		roleOther: z.optional(trimmed(MAX_SHORT_TEXT)),
		/** Optional: many task forces record roles only. */
		name: z.optional(trimmed(MAX_SHORT_TEXT))
	})
	.check(
		z.refine((member) => member.role !== 'other' || Boolean(member.roleOther?.trim()), {
			error: 'Describe the role in a few words.',
			path: ['roleOther']
		})
	);
export type RosterMember = z.infer<typeof RosterMember>;

/** Workforce risk level, about the workforce as a whole (never a named person). */
export const riskLevels = ['low', 'moderate', 'high', 'unknown'] as const;
export const RiskLevel = z.enum(riskLevels);
export type RiskLevel = z.infer<typeof RiskLevel>;

export const Assessment = z.object({
	id: uuid,
	frameworkId: contentId,
	frameworkVersion: z.string(),
	organization: requiredText(),
	unit: trimmed(MAX_SHORT_TEXT),
	cycleLabel: trimmed(MAX_SHORT_TEXT),
	date: calendarDate,
	facilitator: trimmed(MAX_SHORT_TEXT),
	roster: z.array(RosterMember).check(z.maxLength(100)),
	/** risk factor id -> level; a factor not answered yet is absent. */
	riskProfile: z.record(contentId, RiskLevel),
	/** Created by "Load example": labelled as such everywhere. */
	isExample: z.boolean(),
	/** Where the walk-through was left, so the group can resume. */
	lastItemId: z.optional(contentId),
	/**
	 * The organization (and unit) this assessment is a cycle of: one record per organization, so
	 * cycles stay together when a name is retyped (since file format 3 and database version 6).
	 * Absent only in files from before: an import gives it one.
	 */
	organizationId: z.optional(uuid),
	/** The assessment this one was imported as a copy of: home marks it as a copy. */
	copyOf: z.optional(uuid),
	/** The cycle this one was started from ("Start the next cycle"). */
	previousCycleId: z.optional(uuid),
	/**
	 * Show the previous cycle's answer beside each practice as a quiet hint. Off unless the
	 * facilitator turns it on: last year's answer anchors the room.
	 */
	showPreviousAnswers: z.optional(z.boolean()),
	createdAt: isoDateTime,
	updatedAt: isoDateTime
});
export type Assessment = z.infer<typeof Assessment>;

/** The part of an assessment home and the portfolio show (kept in its summary). */
export type AssessmentCard = Pick<
	Assessment,
	| 'id'
	| 'organization'
	| 'unit'
	| 'cycleLabel'
	| 'date'
	| 'facilitator'
	| 'isExample'
	| 'organizationId'
	| 'copyOf'
	| 'frameworkId'
	| 'frameworkVersion'
	| 'createdAt'
	| 'updatedAt'
>;

/** An assessment's card: the fields named by AssessmentCard, and nothing else. */
export function cardOf(a: Assessment): AssessmentCard {
	const card: AssessmentCard = {
		id: a.id,
		organization: a.organization,
		unit: a.unit,
		cycleLabel: a.cycleLabel,
		date: a.date,
		facilitator: a.facilitator,
		isExample: a.isExample,
		frameworkId: a.frameworkId,
		frameworkVersion: a.frameworkVersion,
		createdAt: a.createdAt,
		updatedAt: a.updatedAt
	};
	if (a.organizationId !== undefined) card.organizationId = a.organizationId;
	if (a.copyOf !== undefined) card.copyOf = a.copyOf;
	return card;
}

/**
 * One set of answers. Every assessment has exactly one consensus set (what the room agrees);
 * in workshop mode each participant also rates alone in a rater set.
 */
export const ResponseSetKind = z.enum(['consensus', 'rater']);
export const ResponseSet = z.object({
	id: uuid,
	assessmentId: uuid,
	kind: ResponseSetKind,
	/** Shown in the workshop view, e.g. "Rater 3" or a first name; optional for privacy. */
	label: trimmed(MAX_SHORT_TEXT),
	createdAt: isoDateTime,
	updatedAt: isoDateTime
});
export type ResponseSet = z.infer<typeof ResponseSet>;

/** 0 Not in place, 1 Beginning, 2 Partly in place, 3 Mostly in place, 4 Fully in place. */
export const PracticeScore = z.union([
	z.literal(0),
	z.literal(1),
	z.literal(2),
	z.literal(3),
	z.literal(4)
]);
export type PracticeScore = z.infer<typeof PracticeScore>;

export const Answer = z.discriminatedUnion('kind', [
	z.object({ kind: z.literal('score'), value: PracticeScore }),
	/** A finding in itself: excluded from the score, counted, and turned into a "find out" action. */
	z.object({ kind: z.literal('dont-know') }),
	/** Excluded from the score; the item is only complete once a reason is given. */
	z.object({ kind: z.literal('not-applicable'), reason: trimmed(MAX_LONG_TEXT) })
]);
export type Answer = z.infer<typeof Answer>;

/**
 * The value of the radio that stands for an answer ("0".."4", "dont-know", "not-applicable"), or
 * "" for none: one rule for every answer scale (walk, pass the laptop, the room's discussion).
 */
export function answerChoiceValue(answer: Answer | null | undefined): string {
	if (!answer) return '';
	return answer.kind === 'score' ? String(answer.value) : answer.kind;
}

export const Response = z.object({
	id: uuid,
	assessmentId: uuid,
	responseSetId: uuid,
	itemId: contentId,
	/** null until the group answers; notes may come first. */
	answer: z.nullable(Answer),
	notes: trimmed(MAX_LONG_TEXT),
	evidence: trimmed(MAX_LONG_TEXT),
	discuss: z.boolean(),
	updatedAt: isoDateTime
});
export type Response = z.infer<typeof Response>;

/** "not-now": a suggestion the team set aside for this cycle without dropping it. */
export const planStatuses = [
	'proposed',
	'not-now',
	'accepted',
	'in-progress',
	'done',
	'dropped'
] as const;
export const PlanStatus = z.enum(planStatuses);
export type PlanStatus = z.infer<typeof PlanStatus>;

export const PlanActionOrigin = z.discriminatedUnion('kind', [
	/** Suggested from the framework's action library. */
	z.object({ kind: z.literal('suggested'), actionId: contentId }),
	/** A "find out" action generated for Don't know answers. */
	z.object({ kind: z.literal('find-out'), itemId: contentId }),
	/** Written by the team. */
	z.object({ kind: z.literal('custom') })
]);
export type PlanActionOrigin = z.infer<typeof PlanActionOrigin>;

export const PlanAction = z.object({
	id: uuid,
	assessmentId: uuid,
	origin: PlanActionOrigin,
	title: requiredText(),
	description: trimmed(MAX_LONG_TEXT),
	level: ActionLevel,
	type: ActionType,
	linkedItemIds: z.array(contentId),
	/** Computed priority (0 when written by hand) and the sentence that explains it. */
	priority: z.number().check(z.gte(0)),
	priorityReason: trimmed(MAX_LONG_TEXT),
	horizon: Horizon,
	owner: trimmed(MAX_SHORT_TEXT),
	startDate: z.optional(calendarDate),
	dueDate: z.optional(calendarDate),
	status: PlanStatus,
	successMeasure: trimmed(MAX_LONG_TEXT),
	notes: trimmed(MAX_LONG_TEXT),
	/** Manual order within its horizon (lower first). */
	order: z.number(),
	/** True once the team changed anything: a re-computation never overwrites it. */
	editedByTeam: z.boolean(),
	/** The action of the previous cycle this one carries forward (owner, dates and status kept). */
	carriedFrom: z.optional(z.object({ assessmentId: uuid, actionId: uuid })),
	createdAt: isoDateTime,
	updatedAt: isoDateTime
});
export type PlanAction = z.infer<typeof PlanAction>;

/** The fields a person fills in to start an assessment. */
export const AssessmentDraft = z.object({
	organization: requiredText(),
	unit: trimmed(MAX_SHORT_TEXT),
	cycleLabel: trimmed(MAX_SHORT_TEXT),
	date: calendarDate,
	facilitator: trimmed(MAX_SHORT_TEXT)
});
export type AssessmentDraft = z.infer<typeof AssessmentDraft>;

/** The consensus answers of an assessment by item id (rater sets are left out). */
export function consensusResponses(
	responseSets: readonly Pick<ResponseSet, 'id' | 'kind'>[],
	responses: readonly Response[]
): ReadonlyMap<string, Response> {
	const setId = responseSets.find((s) => s.kind === 'consensus')?.id;
	return new Map(responses.filter((r) => r.responseSetId === setId).map((r) => [r.itemId, r]));
}
