/**
 * Whether the browser promised to keep our data ("persistent storage"). Best effort: browsers may
 * refuse, and Safari can clear a site's data after 7 days without a visit, so backups matter.
 */
export type PersistState = 'unknown' | 'unsupported' | 'persistent' | 'best-effort';

class StorageStatus {
	#state = $state<PersistState>('unknown');

	get state(): PersistState {
		return this.#state;
	}

	/**
	 * Reads the current state without asking the user for anything, in the background. A browser
	 * that fails to answer is one that does not say (`unsupported`), never "Checking…" forever.
	 */
	refresh(): void {
		if (typeof navigator === 'undefined' || !navigator.storage?.persisted) {
			this.#state = 'unsupported';
			return;
		}
		navigator.storage.persisted().then(
			(persisted) => (this.#state = persisted ? 'persistent' : 'best-effort'),
			() => (this.#state = 'unsupported')
		);
	}

	/** Asks the browser to keep our data; called when the user starts real work. */
	async request(): Promise<void> {
		if (typeof navigator === 'undefined' || !navigator.storage?.persist) {
			this.#state = 'unsupported';
			return;
		}
		this.#state = (await navigator.storage.persist()) ? 'persistent' : 'best-effort';
	}
}

export const storageStatus = new StorageStatus();
