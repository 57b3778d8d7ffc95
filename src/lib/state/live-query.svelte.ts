/**
 * Bridges a Dexie liveQuery to runes. Svelte cannot track reads inside an async querier, so the
 * query is observed with `createSubscriber`: it runs while something on screen reads `current`,
 * and stops when nothing does. Build it inside `$derived.by` when its parameters can change.
 */
import { liveQuery } from 'dexie';
import { createSubscriber } from 'svelte/reactivity';

export class LiveQuery<T> {
	#value = $state.raw<T | undefined>(undefined);
	#error = $state.raw<unknown>(undefined);
	#loaded = $state(false);
	#subscribe: () => void;

	constructor(querier: () => Promise<T> | T) {
		this.#subscribe = createSubscriber((update) => {
			const subscription = liveQuery(querier).subscribe({
				next: (value) => {
					this.#value = value;
					this.#error = undefined;
					this.#loaded = true;
					update();
				},
				error: (error: unknown) => {
					this.#error = error;
					this.#loaded = true;
					update();
				}
			});
			return () => subscription.unsubscribe();
		});
	}

	/** The latest result; undefined until the first one arrives. */
	get current(): T | undefined {
		this.#subscribe();
		return this.#value;
	}

	get loaded(): boolean {
		this.#subscribe();
		return this.#loaded;
	}

	get error(): unknown {
		this.#subscribe();
		return this.#error;
	}
}
