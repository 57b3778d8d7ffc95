import { browser } from '$app/environment';
import { listModules } from '$lib/components/home/list-modules';

// The home page is rendered into its HTML at build time (header, heading, buttons, a quiet
// loading line), so it paints before any JavaScript runs; the list comes from this device after.
export const ssr = true;

export function load() {
	// In the browser, the list's code starts downloading now, before the page hydrates (a failure
	// is shown by the page, which waits on the same request).
	if (browser) listModules().catch(() => undefined);
}
