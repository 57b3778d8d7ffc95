/**
 * The reasons of "Not applicable" answers replaced in this session, so a stray key never costs
 * a written reason: choosing "Not applicable" again changes nothing, and coming back to it
 * brings back the reason it had. Kept for the session only (nothing on screen reads it).
 */
import type { Answer } from '$lib/domain/assessment';

/** What to store for a chosen answer: `skip` when it would change nothing. */
export type AnswerToSave = { skip: true } | { skip: false; answer: Answer | null };

export class NotApplicableReasons {
	// A plain Map on purpose: nothing on screen reads it, so it needs no reactivity.
	#last = new Map<string, string>();

	/** The answer to store when `chosen` replaces `previous` on the item. */
	answerToSave(
		itemId: string,
		previous: Answer | null | undefined,
		chosen: Answer | null
	): AnswerToSave {
		if (previous?.kind === 'not-applicable') {
			if (chosen?.kind === 'not-applicable') return { skip: true };
			if (previous.reason) this.#last.set(itemId, previous.reason);
		}
		const answer =
			chosen?.kind === 'not-applicable' && !chosen.reason
				? { ...chosen, reason: this.#last.get(itemId) ?? '' }
				: chosen;
		return { skip: false, answer };
	}

	/** A reason written after the item's answer moved on: it comes back with "Not applicable". */
	remember(itemId: string, reason: string): void {
		if (reason) this.#last.set(itemId, reason);
	}
}
