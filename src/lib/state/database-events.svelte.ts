/**
 * Connection-level events the user must hear about: another tab opened a newer version of the
 * app (this tab must reload before it can save), or the database could not be opened at all.
 */
import type { WorkbookDatabase } from '$lib/db/database';
import { errorMessage } from '$lib/domain/error-message';

class DatabaseEvents {
	#needsReload = $state(false);
	#openError = $state<string | undefined>(undefined);
	#watched = new WeakSet<WorkbookDatabase>();

	get needsReload(): boolean {
		return this.#needsReload;
	}

	get openError(): string | undefined {
		return this.#openError;
	}

	watch(db: WorkbookDatabase): void {
		if (this.#watched.has(db)) return;
		this.#watched.add(db);
		db.on('versionchange', () => {
			// Close so the other tab's upgrade can go ahead; this tab asks the user to reload.
			db.close();
			this.#needsReload = true;
			return false;
		});
		db.open().catch((error: unknown) => {
			this.#openError = errorMessage(error);
		});
	}
}

export const databaseEvents = new DatabaseEvents();
