/**
 * What the app does once it has painted: watch the database connection, start automatic
 * snapshots (and the loss check), read the storage status, register the service worker, and
 * bring plans left by an older version in step. Screens call this; they never open storage.
 */
import { database } from '$lib/db/database';
import { databaseEvents } from './database-events.svelte';
import { recovery } from './recovery.svelte';
import { registerServiceWorker } from './service-worker.svelte';
import { storageStatus } from './storage.svelte';

export function startApp(): void {
	const db = database();
	databaseEvents.watch(db);
	// The loss check runs at once: work made before it has run (say, "Load example" on a home
	// that came back empty) must not hide a loss. A safety net: if it cannot start, the app
	// works as before, without snapshots.
	recovery.start(db).catch((error: unknown) => console.warn('No snapshots:', error));
	// The rest waits until the page has shown what it opened for (home's list, an assessment),
	// so their reads never queue behind these.
	whenIdle(() => {
		storageStatus.refresh();
		registerServiceWorker();
		// Once per device: plans left behind by an older version.
		import('$lib/db/plan-catch-up')
			.then(({ catchUpPlans }) => catchUpPlans(db))
			.catch((error: unknown) => console.warn('Plans not brought in step:', error));
	});
}

/** Runs `task` when the browser is next idle, and within a second at the latest. */
function whenIdle(task: () => void): void {
	if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 1000 });
	else setTimeout(task, 200);
}
