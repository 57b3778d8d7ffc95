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
