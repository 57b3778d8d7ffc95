/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
/**
 * Precaches the whole app on install so it works offline, including routes never visited online:
 * every navigation is answered with a cached page, or with the SPA fallback shell.
 * The network is only used for this origin, and only to refresh what is not cached.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `sts-workbook-${version}`;
const FALLBACK = '/200.html';
const ASSETS = [...new Set([...build, ...files, ...prerendered, FALLBACK])];

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) {
				if (key !== CACHE) await caches.delete(key);
			}
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	const data: unknown = event.data;
	if (typeof data === 'object' && data !== null && 'type' in data && data.type === 'SKIP_WAITING') {
		void sw.skipWaiting();
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
	return fetch(request);
}
