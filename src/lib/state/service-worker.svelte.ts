/**
 * Registers the service worker and holds an update until the user agrees: a workshop must never
 * reload under the facilitator's hands.
 */
import { dev } from '$app/environment';
import { base } from '$app/paths';

class ServiceWorkerUpdate {
	#waiting = $state.raw<ServiceWorker | null>(null);
	#updatedElsewhere = $state(false);
	/** This tab asked for the update, so this tab (only) reloads when it takes over. */
	requested = false;

	get waiting(): ServiceWorker | null {
		return this.#waiting;
	}

	/** Another tab applied an update: this one reloads when the user is ready, not by itself. */
	get updatedElsewhere(): boolean {
		return this.#updatedElsewhere;
	}

	offer(worker: ServiceWorker): void {
		this.#waiting = worker;
	}

	activate(): void {
		this.requested = true;
		this.#waiting?.postMessage({ type: 'SKIP_WAITING' });
	}

	noticeElsewhere(): void {
		this.#waiting = null;
		this.#updatedElsewhere = true;
	}
}

export const serviceWorkerUpdate = new ServiceWorkerUpdate();

export function registerServiceWorker(): void {
	if (!('serviceWorker' in navigator)) return;
	// Whether a worker controls this tab yet. On the first visit the first worker takes control
	// (no reload, nothing to say); every later change of controller is an update.
	let controlled = Boolean(navigator.serviceWorker.controller);
	let reloading = false;
	navigator.serviceWorker.addEventListener('controllerchange', () => {
		// Only a confirmed update reloads, and only in the tab where it was confirmed (another tab
		// may be mid-sentence).
		if (!controlled) {
			controlled = true;
			return;
		}
		if (reloading) return;
		if (!serviceWorkerUpdate.requested) {
			serviceWorkerUpdate.noticeElsewhere();
			return;
		}
		reloading = true;
		location.reload();
	});
	navigator.serviceWorker
		.register(`${base}/service-worker.js`, { type: dev ? 'module' : 'classic' })
		.then((registration) => {
			if (registration.waiting && navigator.serviceWorker.controller) {
				serviceWorkerUpdate.offer(registration.waiting);
			}
			registration.addEventListener('updatefound', () => {
				const worker = registration.installing;
				worker?.addEventListener('statechange', () => {
					if (worker.state === 'installed' && navigator.serviceWorker.controller) {
						serviceWorkerUpdate.offer(worker);
					}
				});
			});
		})
		.catch((error: unknown) => {
			// Without a service worker the app still works online; offline use is what is lost.
			console.warn('Service worker registration failed', error);
		});
}
