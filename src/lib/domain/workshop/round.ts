/**
 * A rating round: the practices a task force rates alone before it discusses them. The round is
 * the facilitator's record; raters hand in against its id (merge.ts).
 */
import { z } from 'zod/mini';
import { isoDateTime, uuid } from '../assessment';
import { contentId } from '../framework';
import { MAX_HAND_IN_ITEMS } from './merge';

/** More raters than any room holds: a bound for the "expected" count. */
export const MAX_EXPECTED_RATERS = 200;

export const RoundStatus = z.enum(['open', 'closed']);
export type RoundStatus = z.infer<typeof RoundStatus>;

const count = z.int().check(z.gte(0), z.lte(MAX_HAND_IN_ITEMS));

/** How far the raters agreed on one element (consensus.ts elementAgreement), kept with the round. */
export const StoredAgreement = z.object({
	elementId: contentId,
	elementName: z.string().check(z.maxLength(300)),
	items: count,
	agreed: count,
	discuss: count,
	split: count,
	manyDontKnow: count,
	/** Absent in summaries kept before it was counted. */
	someNotApplicable: z.optional(count),
	unanswered: count
});
export type StoredAgreement = z.infer<typeof StoredAgreement>;

export const Round = z.object({
	id: uuid,
	assessmentId: uuid,
	/** The round's practices, in walk order. */
	itemIds: z.array(contentId).check(z.minLength(1), z.maxLength(MAX_HAND_IN_ITEMS)),
	/** The question bank's version the items come from (links carry it to the raters). */
	frameworkVersion: z.string().check(z.regex(/^\d{1,4}\.\d{1,4}\.\d{1,4}$/)),
	status: RoundStatus,
	/** How many raters the facilitator expects ("7 of 9 received"); absent when not said. */
	expected: z.optional(z.int().check(z.gte(1), z.lte(MAX_EXPECTED_RATERS))),
	/** Raters' labels are shown in the reveal only when the facilitator chooses. */
	revealLabels: z.boolean(),
	createdAt: isoDateTime,
	closedAt: z.optional(isoDateTime),
	/**
	 * Set when the individual ratings were deleted after consensus: the agreement summary per
	 * element is all that is kept of them (the report shows it).
	 */
	ratingsDeleted: z.optional(
		z.object({ at: isoDateTime, agreement: z.array(StoredAgreement).check(z.maxLength(100)) })
	)
});
export type Round = z.infer<typeof Round>;

/** "7 of 9 received", or "7 received" when the facilitator did not say how many to expect. */
export function receivedText(received: number, expected: number | undefined): string {
	return expected === undefined ? `${received} received` : `${received} of ${expected} received`;
}
