/**
 * What this tab's writes changed in the stored plan, until the user has seen and dismissed it:
 * the Plan screen says "2 actions changed" after answers moved under it.
 */
import { untrack } from 'svelte';
import type { PlanChange } from '$lib/domain/plan';
import type { PlanSync } from '$lib/db/plan-sync';

export interface PlanChanges {
	changes: PlanChange[];
	/** The plan was empty before: these are its first suggestions. */
	first: boolean;
}

export class PlanChangeNotice {
	#current = $state.raw<PlanChanges | null>(null);

	get current(): PlanChanges | null {
		return this.#current;
	}

	dismiss(): void {
		this.#current = null;
	}

	/** Changes add up until dismissed, with the latest word per action (by title). */
	note({ changes, first }: PlanSync): void {
		if (changes.length === 0) return;
		// Writes may be made inside an effect: reading the notice there must not subscribe it.
		const earlier = untrack(() => this.#current);
		const kept = (earlier?.changes ?? []).filter((c) => !changes.some((n) => n.title === c.title));
		this.#current = { changes: [...kept, ...changes], first: earlier?.first ?? first };
	}
}
