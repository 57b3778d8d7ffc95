/**
 * Whether this browser has never held a workbook: no database of ours, and nothing in
 * localStorage that remembers one (db/names). Home then shows its empty state at once, before
 * the database code has loaded, instead of a loading line on a new user's first visit.
 *
 * Anything else waits for the database: a browser that remembers a workbook whose database is
 * gone must see the data-loss notice, never a fresh start. Without `indexedDB.databases()` (an
 * older browser) the answer is "not known", and home waits as before.
 */
import { DATABASE_NAME, LOSS_KEY, MARKER_KEY } from '$lib/db/names';

export async function neverHeldAWorkbook(): Promise<boolean> {
	try {
		if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return false;
		if (localStorage.getItem(MARKER_KEY) !== null || localStorage.getItem(LOSS_KEY) !== null) {
			return false;
		}
		// Asked for as the page started loading (static/storage-check.js), or now.
		const early = (globalThis as { stsDatabases?: Promise<IDBDatabaseInfo[]> }).stsDatabases;
		const databases = await (early ?? indexedDB.databases());
		return !databases.some((database) => database.name === DATABASE_NAME);
	} catch {
		return false;
	}
}
