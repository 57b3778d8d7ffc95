/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
/**
 * Precaches the whole app on install so it works offline, including routes never visited online:
 * every navigation is answered with a cached page, or with the SPA fallback shell. The few static
 * files the app never loads itself (install icons, the font licence) are left to the network.
 * The network is only used for this origin, and only to refresh what is not cached.
 *
 * After an update, the previous version's cache stays (see cache-policy.ts): a tab opened before
 * the update still loads its own version's lazy code (the PDF, the chart) from it, by file name.
 */
import { base, build, files, prerendered, version } from '$service-worker';
import {
	cacheName,
	cachesToDelete,
	isImmutableAsset,
	isPrecachedFile
} from '$lib/service-worker/cache-policy';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = cacheName(version);
const FALLBACK = '/200.html';
const STATIC = files.filter((file) => isPrecachedFile(file, base));
const ASSETS = [...new Set([...build, ...STATIC, ...prerendered, FALLBACK])];

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			try {
				await (await caches.open(CACHE)).addAll(ASSETS);
			} catch (error) {
				// A half-made cache would count as a version and push out the one old tabs need.
				await caches.delete(CACHE);
				throw error;
			}
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of cachesToDelete(await caches.keys(), CACHE)) {
				await caches.delete(key);
			}
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	const data: unknown = event.data;
	if (typeof data === 'object' && data !== null && 'type' in data && data.type === 'SKIP_WAITING') {
		// The page reloads once the new version takes over; nothing here can fail in a way to report.
		event.waitUntil(sw.skipWaiting());
	}
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	event.respondWith(respond(request, url));
});

async function respond(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(CACHE);
	if (request.mode === 'navigate') {
		const page =
			(await cache.match(url.pathname)) ??
			(await cache.match(`${url.pathname}.html`)) ??
			(await cache.match(FALLBACK));
		if (page) return page;
	}
	const cached = await cache.match(request, { ignoreSearch: true });
	if (cached) return cached;
	if (isImmutableAsset(url.pathname, base)) {
		// A tab still running the previous version asks for its own files: a kept cache has them.
		const older = await caches.match(request, { ignoreSearch: true });
		if (older) return older;
	}
	return fetch(request);
}
