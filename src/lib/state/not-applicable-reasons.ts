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
			// The newest reason written in this session wins: the stored one can be a write behind
			// the last keys typed (they are still on their way when a key chooses another answer).
			if (previous.reason && !this.#last.has(itemId)) this.#last.set(itemId, previous.reason);
		}
		const answer =
			chosen?.kind === 'not-applicable' && !chosen.reason
				? { ...chosen, reason: this.#last.get(itemId) ?? '' }
				: chosen;
		return { skip: false, answer };
	}

	/** Every reason as written (cleared too): the one "Not applicable" comes back with. */
	remember(itemId: string, reason: string): void {
		this.#last.set(itemId, reason);
	}
}
