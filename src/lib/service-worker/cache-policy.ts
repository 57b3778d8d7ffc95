/**
 * Which caches the service worker keeps. Pure, so it is tested without a browser.
 *
 * A tab opened before an update keeps running its own version's code, and loads parts of it
 * lazily (the PDF, the chart) long after the update took over. Those files have hashed names
 * that the new version no longer has, so the previous version's cache is kept for them.
 */

export const CACHE_PREFIX = 'sts-workbook-';

/** How many versions' caches stay: this one and the one before it. */
export const VERSIONS_KEPT = 2;

export function cacheName(version: string): string {
	return `${CACHE_PREFIX}${version}`;
}

/**
 * The caches to delete when `current` activates. `keys` come in the order the caches were
 * created (as `caches.keys()` returns them), so the last ones are the newest. Keeps `current`
 * and the newest others up to `keep` in all; caches that are not the workbook's are left alone.
 */
export function cachesToDelete(
	keys: readonly string[],
	current: string,
	keep: number = VERSIONS_KEPT
): string[] {
	const older = keys.filter((key) => key.startsWith(CACHE_PREFIX) && key !== current);
	const kept = new Set(older.slice(Math.max(0, older.length - (keep - 1))));
	return older.filter((key) => !kept.has(key));
}

/**
 * Static files the app itself never loads, so a first visit does not download them to precache:
 * the install icons (the browser fetches those when it installs the app, which needs the network
 * anyway) and the fonts' licence text (there to be read, not used). They stay on the server, and
 * the service worker passes requests for them to the network like any file it has not cached.
 */
const NOT_PRECACHED = [/^\/icons\//, /^\/fonts\/[^/]*LICENSE[^/]*$/];

/** Whether the static file at `pathname` (as `files` from $service-worker names it) is precached. */
export function isPrecachedFile(pathname: string, base = ''): boolean {
	if (!pathname.startsWith(`${base}/`)) return true;
	const path = pathname.slice(base.length);
	return !NOT_PRECACHED.some((pattern) => pattern.test(path));
}

/**
 * Files under /_app/immutable/ have content-hashed names: the same name is always the same bytes,
 * so any version's cache may answer for them.
 */
export function isImmutableAsset(pathname: string, base = ''): boolean {
	return pathname.startsWith(`${base}/_app/immutable/`);
}
