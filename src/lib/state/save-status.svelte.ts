/**
 * The quiet "Saved" indicator. Every write goes through `track`, so the user always knows whether
 * the last change is stored, and hears about it plainly when it is not. `track` never claims
 * success for a failed write: its result says which, and callers announce "Added" or "Done"
 * only on `ok`.
 */
import { untrack } from 'svelte';
import { describeWriteFailure } from '$lib/domain/write-errors';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

export type SaveResult<T> = { ok: true; value: T } | { ok: false; message: string };

class SaveStatus {
	#pending = $state(0);
	#state = $state<SaveState>('idle');
	#error = $state('');

	get state(): SaveState {
		return this.#state;
	}

	/** The last failure in words (what was not saved, what is safe, what to do). */
	get error(): string {
		return this.#error;
	}

	async track<T>(write: Promise<T>): Promise<SaveResult<T>> {
		// Writes may start inside an effect: reading our own counter there must not subscribe it.
		// A failure stays on screen ("Not saved") until a later write succeeds.
		untrack(() => {
			this.#pending += 1;
			if (this.#state !== 'error') this.#state = 'saving';
		});
		try {
			const value = await write;
			this.#pending -= 1;
			if (this.#pending === 0) {
				this.#state = 'saved';
				this.#error = '';
			}
			return { ok: true, value };
		} catch (error) {
			this.#pending -= 1;
			const { message } = describeWriteFailure(error);
			this.#state = 'error';
			this.#error = message;
			return { ok: false, message };
		}
	}

	/**
	 * A change not yet handed to the database (say, text typed while the write ahead of it is
	 * on its way): "Saving…" until the returned release is called, so "Saved" never shows for
	 * a moment in between.
	 */
	hold(): () => void {
		untrack(() => {
			this.#pending += 1;
			if (this.#state !== 'error') this.#state = 'saving';
		});
		let released = false;
		return () => {
			if (released) return;
			released = true;
			this.#pending -= 1;
			if (this.#pending === 0 && this.#state !== 'error') this.#state = 'saved';
		};
	}

	reset(): void {
		if (this.#pending === 0 && this.#state !== 'error') this.#state = 'idle';
	}
}

export const saveStatus = new SaveStatus();
