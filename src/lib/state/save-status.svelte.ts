/**
 * The quiet "Saved" indicator. Every write goes through `track`, so the user always knows whether
 * the last change is stored, and hears about it plainly when it is not.
 */
import { untrack } from 'svelte';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

class SaveStatus {
	#pending = $state(0);
	#state = $state<SaveState>('idle');
	#error = $state('');

	get state(): SaveState {
		return this.#state;
	}

	get error(): string {
		return this.#error;
	}

	async track<T>(write: Promise<T>): Promise<T | undefined> {
		// Writes may start inside an effect: reading our own counter there must not subscribe it.
		untrack(() => {
			this.#pending += 1;
			this.#state = 'saving';
		});
		try {
			const result = await write;
			this.#pending -= 1;
			// An earlier failure stays on screen until a later write succeeds with nothing pending.
			if (this.#pending === 0) this.#state = 'saved';
			return result;
		} catch (error) {
			this.#pending -= 1;
			this.#state = 'error';
			this.#error = error instanceof Error ? error.message : String(error);
			return undefined;
		}
	}

	reset(): void {
		if (this.#pending === 0) this.#state = 'idle';
	}
}

export const saveStatus = new SaveStatus();
