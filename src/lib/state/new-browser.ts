/**
 * Whether this browser has never held a workbook, as static/storage-check.js decided while the
 * page loaded (the rule lives there, so the HTML can show the empty state before this code
 * runs). It describes the page as it was loaded, so it is given once: home asks for it on its
 * first render of a visit; later renders wait for the list, which by then is quick.
 */
type Verdict = Promise<boolean> | undefined;

let taken = false;

export function neverHeldAWorkbook(): Promise<boolean> {
	const early = (globalThis as { stsNeverHeldAWorkbook?: Verdict }).stsNeverHeldAWorkbook;
	if (taken || !early) return Promise.resolve(false);
	taken = true;
	return early.catch(() => false);
}
