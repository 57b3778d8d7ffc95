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

	/** Reads the current state without asking the user for anything. */
	async refresh(): Promise<void> {
		if (typeof navigator === 'undefined' || !navigator.storage?.persisted) {
			this.#state = 'unsupported';
			return;
		}
		this.#state = (await navigator.storage.persisted()) ? 'persistent' : 'best-effort';
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
