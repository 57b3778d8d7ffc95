/**
 * Presentation mode: larger type and stronger contrast for a projector. A preference of this
 * device (kept in localStorage), not of any assessment.
 */
const KEY = 'sts-workbook:presentation';

class PresentationMode {
	#on = $state(false);

	get on(): boolean {
		return this.#on;
	}

	/** Reads the saved preference and applies it to the page. */
	restore(): void {
		try {
			this.#on = localStorage.getItem(KEY) === 'on';
		} catch {
			this.#on = false; // storage blocked: stay in the normal look
		}
		this.#apply();
	}

	toggle(): void {
		this.#on = !this.#on;
		try {
			localStorage.setItem(KEY, this.#on ? 'on' : 'off');
		} catch {
			// Not being able to remember the preference is harmless.
		}
		this.#apply();
	}

	#apply(): void {
		if (this.#on) document.documentElement.dataset.presentation = 'on';
		else delete document.documentElement.dataset.presentation;
	}
}

export const presentationMode = new PresentationMode();

const LIST_KEY = 'sts-workbook:walk-list';

/**
 * Whether the walk-through shows its side list (the elements and overall progress). Hidden, the
 * items get the whole width: what a projector at 1024 px needs. A preference of this device, kept
 * like presentation mode.
 */
class WalkListPreference {
	#shown = $state(true);

	get shown(): boolean {
		return this.#shown;
	}

	/** Reads the saved preference; the list is shown unless it was hidden on this device. */
	restore(): void {
		try {
			this.#shown = localStorage.getItem(LIST_KEY) !== 'hidden';
		} catch {
			this.#shown = true; // storage blocked: the list stays
		}
	}

	toggle(): void {
		this.#shown = !this.#shown;
		try {
			localStorage.setItem(LIST_KEY, this.#shown ? 'shown' : 'hidden');
		} catch {
			// Not being able to remember the preference is harmless.
		}
	}
}

export const walkList = new WalkListPreference();
