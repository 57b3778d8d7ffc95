/**
 * What the room's answer could be, proposed from the raters' spread. A proposal only: the team
 * confirms it (agreed items together, the rest one at a time), and nothing here writes an answer.
 */
import type { Answer } from '../assessment';
import type { ItemSpread } from './spread';

/** The reason a Not applicable proposal carries when the caller has none of its own. */
export const AGREED_BY_THE_ROOM = 'Agreed by the room';

type SpreadForProposal = Pick<
	ItemSpread,
	'answered' | 'dontKnow' | 'notApplicable' | 'median' | 'flags'
>;

/**
 * - Everyone who answered said Not applicable: Not applicable, with `reason`.
 * - Most who answered (more than half) said Don't know: Don't know.
 * - An agreed item with a whole-number median: that score.
 * - Otherwise null, and the room decides: a half median (2.5) is a choice between two points
 *   that only the room can make, and a disputed item is talked through first.
 */
export function proposeConsensus(
	spread: SpreadForProposal,
	reason: string = AGREED_BY_THE_ROOM
): Answer | null {
	if (spread.answered === 0) return null;
	if (spread.notApplicable === spread.answered) return { kind: 'not-applicable', reason };
	if (spread.dontKnow * 2 > spread.answered) return { kind: 'dont-know' };
	const median = spread.median;
	if (spread.flags.agreed && median !== null && Number.isInteger(median)) {
		return { kind: 'score', value: median as 0 | 1 | 2 | 3 | 4 };
	}
	return null;
}

/** The items the room can confirm together: agreed, with an answer to propose. */
export function agreedProposals<T extends { itemId: string; spread: ItemSpread }>(
	items: readonly T[],
	reason?: string
): { itemId: string; answer: Answer }[] {
	return items.flatMap(({ itemId, spread }) => {
		const answer = spread.flags.agreed ? proposeConsensus(spread, reason) : null;
		return answer ? [{ itemId, answer }] : [];
	});
}

export interface ElementAgreement {
	elementId: string;
	/** Items of this element in the round. */
	items: number;
	agreed: number;
	discuss: number;
	split: number;
	manyDontKnow: number;
	/** Some said Not applicable while others scored: the room first agrees whether it applies. */
	someNotApplicable: number;
	/** Items nobody answered. */
	unanswered: number;
}

/**
 * How far the raters agreed, element by element, for the report's agreement summary. Elements
 * come in the order their first item comes (the walk order). An item can count under several
 * headings: a split item is nearly always one to discuss too.
 */
export function elementAgreement(
	items: readonly { elementId: string; spread: ItemSpread }[]
): ElementAgreement[] {
	const byElement = new Map<string, ElementAgreement>();
	for (const { elementId, spread } of items) {
		let summary = byElement.get(elementId);
		if (!summary) {
			summary = {
				elementId,
				items: 0,
				agreed: 0,
				discuss: 0,
				split: 0,
				manyDontKnow: 0,
				someNotApplicable: 0,
				unanswered: 0
			};
			byElement.set(elementId, summary);
		}
		summary.items += 1;
		if (spread.flags.agreed) summary.agreed += 1;
		if (spread.flags.discuss) summary.discuss += 1;
		if (spread.flags.split) summary.split += 1;
		if (spread.flags.manyDontKnow) summary.manyDontKnow += 1;
		if (spread.flags.someNotApplicable) summary.someNotApplicable += 1;
		if (spread.answered === 0) summary.unanswered += 1;
	}
	return [...byElement.values()];
}
