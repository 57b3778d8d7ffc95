/**
 * Answers chosen on this screen and not yet back from the database, per item: the scale shows
 * the choice at once instead of after the write and the live re-read (tens of milliseconds).
 * A pending answer gives way to the stored one as soon as the live query brings back this write
 * (or a later one), and goes at once when the write fails, so the scale shows what is stored.
 * "Saved" is not this module's word: it stays with `saveStatus`, which waits for the commit.
 */
import { SvelteMap } from 'svelte/reactivity';
import type { Answer, Response } from '$lib/domain/assessment';

interface Pending {
	answer: Answer | null;
	/** Which choice this is: a later choice on the same item replaces it. */
	ticket: number;
	/** The stored `updatedAt` of this write, once it has committed. */
	savedAt?: string;
}

/** One choice on its way to the database; `settle` says how the write ended. */
export interface PendingChoice {
	/** The write committed with this `updatedAt`, or it failed (undefined). */
	settle(savedAt: string | undefined): void;
}

export class PendingAnswers {
	// Reactive per item: a choice re-renders its own card, not every card of the page.
	#byItem = new SvelteMap<string, Pending>();
	#tickets = 0;

	/** Shows `answer` on the item from now until the write settles and the store catches up. */
	choose(itemId: string, answer: Answer | null): PendingChoice {
		const ticket = ++this.#tickets;
		this.#byItem.set(itemId, { answer, ticket });
		return {
			settle: (savedAt) => {
				const current = this.#byItem.get(itemId);
				// A later choice on the item is still on its way: it stays on screen.
				if (current?.ticket !== ticket) return;
				if (savedAt === undefined) this.#byItem.delete(itemId);
				else this.#byItem.set(itemId, { ...current, savedAt });
			}
		};
	}

	/** The answer to show on an item: the pending choice, until `stored` includes its write. */
	shown(itemId: string, stored: Response | undefined): Answer | null {
		const pending = this.#byItem.get(itemId);
		return pending && !caughtUp(pending, stored) ? pending.answer : (stored?.answer ?? null);
	}
}

/**
 * The stored response includes the pending write. Stamps are ISO strings of one clock, so they
 * sort as text; a later stamp is a later write (this tab's or another's), shown as stored.
 */
function caughtUp(pending: Pending, stored: Response | undefined): boolean {
	return (
		pending.savedAt !== undefined && stored !== undefined && stored.updatedAt >= pending.savedAt
	);
}
