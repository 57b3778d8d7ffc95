/**
 * Notices when this tab's own code can no longer be loaded: the workbook was updated (in another
 * tab) and a lazily loaded part of the old version is gone. The action that needed it fails; the
 * tab then asks calmly for a reload instead of leaving a broken button behind.
 */

/** The messages browsers give when a dynamic import cannot be fetched. */
const FAILED_IMPORT = [
	/Failed to fetch dynamically imported module/i, // Chromium
	/error loading dynamically imported module/i, // Firefox
	/Importing a module script failed/i, // Safari
	/Unable to preload CSS for/i // Vite's preload helper
];

/** True when `reason` (an error or a rejection reason) says a module could not be loaded. */
export function isStaleCodeError(reason: unknown): boolean {
	const message =
		reason instanceof Error ? reason.message : typeof reason === 'string' ? reason : '';
	return FAILED_IMPORT.some((pattern) => pattern.test(message));
}

/**
 * Calls `onStale` when a dynamic import fails anywhere in the app: Vite's `vite:preloadError`
 * (sent for every failed lazy import, even one the caller catches) or an unhandled rejection with
 * a failed-import message. The failing code still sees its error. Returns a function that stops
 * watching.
 */
export function watchStaleCode(target: Window, onStale: () => void): () => void {
	const onPreloadError = (event: Event) => {
		if (isStaleCodeError((event as Event & { payload?: unknown }).payload)) onStale();
	};
	const onRejection = (event: PromiseRejectionEvent) => {
		if (isStaleCodeError(event.reason)) onStale();
	};
	target.addEventListener('vite:preloadError', onPreloadError);
	target.addEventListener('unhandledrejection', onRejection);
	return () => {
		target.removeEventListener('vite:preloadError', onPreloadError);
		target.removeEventListener('unhandledrejection', onRejection);
	};
}
