/**
 * Keeps a keyboard user's place when a write makes the focused control move or go away: the
 * action card that moved, the section a dropped action left, the reason field that appears after
 * "Not applicable". Targets carry a stable hook, `data-focus-key`, instead of being found by their
 * labels; a screen asks for a key together with a condition on its data, and an effect focuses
 * the target right after the render in which the condition first holds (effects run after the
 * DOM is updated). No polling of animation frames.
 */
export class FocusRequest {
	#wanted = $state<{ keys: readonly string[]; ready: () => boolean } | null>(null);

	/** Call while a component initializes; `root` bounds the search (the whole page by default). */
	constructor(root: () => ParentNode | undefined = () => document) {
		$effect(() => {
			const wanted = this.#wanted;
			// ready() reads the screen's data, so this effect runs again whenever that changes.
			if (!wanted || !wanted.ready()) return;
			const target = findTarget(root(), wanted.keys);
			if (!target) return;
			this.#wanted = null;
			target.focus();
		});
	}

	/**
	 * Focuses the first of `keys` that is on the page and enabled, once `ready()` holds. A newer
	 * request replaces an older one that never came true.
	 */
	request(keys: string | readonly string[], ready: () => boolean = () => true): void {
		this.#wanted = { keys: typeof keys === 'string' ? [keys] : keys, ready };
	}

	/** True while a request waits for its data. */
	get pending(): boolean {
		return this.#wanted !== null;
	}
}

function findTarget(root: ParentNode | undefined, keys: readonly string[]): HTMLElement | null {
	if (!root) return null;
	const hooks = [...root.querySelectorAll<HTMLElement>('[data-focus-key]')];
	for (const key of keys) {
		const target = hooks.find((el) => el.dataset.focusKey === key);
		if (target && !(target as HTMLButtonElement).disabled) return target;
	}
	return null;
}

/** One spelling for focus keys: focusKey('move-up', id) -> "move-up:<id>". */
export function focusKey(...parts: string[]): string {
	return parts.join(':');
}
