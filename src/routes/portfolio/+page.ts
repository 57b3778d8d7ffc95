import { browser } from '$app/environment';
import { portfolioModules } from '$lib/components/portfolio/portfolio-modules';

// Read from this device only: nothing is rendered at build time (IndexedDB is never touched
// there), and the page is prerendered as an app shell so the service worker serves it offline.
export const ssr = false;
export const prerender = true;

export function load() {
	// The view's code starts downloading now, before the page hydrates (a failure is shown by the
	// page, which waits on the same request).
	if (browser) portfolioModules().catch(() => undefined);
}
