/**
 * Whether this browser has never held a workbook, as static/storage-check.js decided while the
 * page loaded (the rule lives there, so the HTML can show the empty state before this code
 * runs). It describes the page as it was loaded, so it is given once, and only when home is the
 * page the browser loaded: a visit that began elsewhere may have written by the time home shows.
 * Later renders wait for the list, which by then is quick.
 */
type Verdict = Promise<boolean> | undefined;

let taken = false;

export function neverHeldAWorkbook(): Promise<boolean> {
	const early = (globalThis as { stsNeverHeldAWorkbook?: Verdict }).stsNeverHeldAWorkbook;
	const first = !taken && early !== undefined && landedHere();
	taken = true;
	if (!first) {
		// Stale from now on: later renders of home must not show the empty state by CSS.
		forgetVerdict();
		return Promise.resolve(false);
	}
	return early.then(
		(never) => {
			forgetVerdict();
			return never;
		},
		() => {
			forgetVerdict();
			return false;
		}
	);
}

/** This page is the one the browser loaded (not reached by a link from another page of the app). */
function landedHere(): boolean {
	const [loaded] = performance.getEntriesByType('navigation');
	return !loaded || new URL(loaded.name).pathname === location.pathname;
}

function forgetVerdict(): void {
	document.documentElement.removeAttribute('data-workbook');
}
