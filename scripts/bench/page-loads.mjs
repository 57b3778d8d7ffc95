/**
 * Cold page loads: what a page downloads until the network is idle, the home page's first paint
 * and usable time on a first visit, the service worker's precache, and home with many
 * assessments. Each call is one run in a new browser context.
 */
import { withContext } from './browser.mjs';
import { fileForPath, gzipSize } from './first-load.mjs';
import { installPageProbes, precachedPaths } from './probes.mjs';

/** @typedef {import('@playwright/test').Page} Page */

/**
 * Every JS and CSS file the page itself fetches (the service worker's own script and its
 * precache requests are not the page's load).
 */
function recordAssets(/** @type {Page} */ page, /** @type {string} */ origin) {
	/** @type {Set<string>} */
	const paths = new Set();
	page.on('response', (response) => {
		const url = new URL(response.url());
		if (url.origin !== origin || url.pathname.endsWith('/service-worker.js')) return;
		if (/\.(m?js|css)$/.test(url.pathname)) paths.add(url.pathname);
	});
	return paths;
}

/** Gzip bytes of the JS and of the CSS among `paths`, as files of the build. */
export function gzipOf(/** @type {string} */ buildDir, /** @type {Iterable<string>} */ paths) {
	const total = { js: 0, css: 0, other: 0 };
	for (const path of paths) {
		const file = fileForPath(buildDir, path);
		if (!file) continue;
		const kind = /\.m?js$/.test(path) ? 'js' : path.endsWith('.css') ? 'css' : 'other';
		total[kind] += gzipSize(file);
	}
	return total;
}

/** Waits for a mark the page probes set, and returns the probes' record. */
async function waitForMark(/** @type {Page} */ page, /** @type {string} */ name, timeout = 60_000) {
	await page.waitForFunction(
		(mark) => {
			const bench = /** @type {any} */ (window).__bench;
			return Boolean(bench && mark in bench.marks);
		},
		name,
		{ timeout }
	);
	return page.evaluate(() => {
		const bench = /** @type {any} */ (window).__bench;
		return {
			marks: /** @type {Record<string, number>} */ (bench.marks),
			kinds: /** @type {Record<string, string>} */ (bench.kinds),
			longTasks: /** @type {number[]} */ (bench.longTasks)
		};
	});
}

/**
 * A first visit to home (empty profile, service worker allowed, as for a new user): first
 * contentful paint, usable, the JS and CSS fetched until network idle, and then (if asked: it is
 * the same every run) once the service worker is active, the gzip bytes of all it precached.
 */
export async function homeFirstVisit(
	/** @type {string} */ origin,
	/** @type {string} */ buildDir,
	withPrecache = true
) {
	return withContext(
		origin,
		null,
		async ({ page }) => {
			await page.addInitScript(installPageProbes);
			const assets = recordAssets(page, origin);
			await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
			const { marks, kinds } = await waitForMark(page, 'homeUsable');
			if (kinds.homeUsable !== 'empty')
				throw new Error('a fresh profile did not show the empty state');
			const fcp = await page.evaluate(
				() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN
			);
			const bytes = gzipOf(buildDir, assets);
			const cached = withPrecache ? await page.evaluate(precachedPaths) : null;
			return {
				fcp,
				// Shown in the DOM is not yet seen: nothing is usable before the first paint.
				usable: Math.max(marks.homeUsable ?? NaN, fcp),
				js: bytes.js,
				css: bytes.css,
				precache: cached ? gzipOf(buildDir, cached) : null
			};
		},
		{ serviceWorkers: 'allow' }
	);
}

/** A cold load of `path` with `seed`'s data: the JS and CSS gzip bytes until network idle. */
export async function pageToIdle(
	/** @type {string} */ origin,
	/** @type {string} */ buildDir,
	/** @type {string} */ seed,
	/** @type {string} */ path
) {
	return withContext(origin, seed, async ({ page }) => {
		const assets = recordAssets(page, origin);
		await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
		const bytes = gzipOf(buildDir, assets);
		// How long the page is to scroll through: issue 12 asked for a plan of a few screens.
		const height = await page.evaluate(() => document.documentElement.scrollHeight);
		return { js: bytes.js, css: bytes.css, height };
	});
}

/**
 * Home on a profile holding many assessments: the time until it is usable (the list showing)
 * and the longest main-thread task until the network is idle after that.
 */
export async function homeAtScale(/** @type {string} */ origin, /** @type {string} */ seed) {
	return withContext(origin, seed, async ({ page }) => {
		await page.addInitScript(installPageProbes);
		await page.goto(`${origin}/`);
		const usable = await waitForMark(page, 'homeUsable', 5 * 60_000);
		if (usable.kinds.homeUsable !== 'list')
			throw new Error('home did not list the seeded assessments');
		await page.waitForLoadState('networkidle');
		await page.waitForTimeout(300);
		const { longTasks } = await waitForMark(page, 'homeUsable');
		const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
		const fcp = await page.evaluate(
			() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN
		);
		return {
			// Shown in the DOM is not yet seen: nothing is usable before the first paint.
			usable: Math.max(usable.marks.homeUsable ?? NaN, fcp),
			longestTask: Math.max(0, ...longTasks),
			longTasks: longTasks.length,
			domNodes
		};
	});
}

/**
 * A page of the portfolio or of one organization's cycles, on a profile seeded with many
 * assessments: from navigation to the moment its table shows (mark `usable`), and its longest
 * main-thread task. `path` may be a function of the page (to find an assessment id first).
 */
export async function pageAtScale(
	/** @type {string} */ origin,
	/** @type {string} */ seed,
	/** @type {string | ((page: import('@playwright/test').Page) => Promise<string>)} */ path,
	/** @type {string} */ usable
) {
	return withContext(origin, seed, async ({ page }) => {
		let target = path;
		if (typeof target === 'function') {
			await page.goto(`${origin}/about`);
			target = await target(page);
		}
		await page.addInitScript(installPageProbes, [usable]);
		await page.goto(`${origin}${target}`);
		const shown = await waitForMark(page, usable, 5 * 60_000);
		await page.waitForLoadState('networkidle');
		await page.waitForTimeout(300);
		const { longTasks } = await waitForMark(page, usable);
		return {
			usable: shown.marks[usable] ?? NaN,
			longestTask: Math.max(0, ...longTasks)
		};
	});
}

/** The compare page of an organization with two or more cycles, found in the page's storage. */
export async function comparePath(/** @type {import('@playwright/test').Page} */ page) {
	const id = await page.evaluate(
		() =>
			new Promise((resolve, reject) => {
				const open = indexedDB.open('sts-workbook');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const request = open.result
						.transaction('assessments')
						.objectStore('assessments')
						.index('organizationId')
						.openCursor();
					/** @type {Map<string, string>} */
					const seen = new Map();
					request.onsuccess = () => {
						const cursor = request.result;
						if (!cursor) return reject(new Error('no organization with two cycles'));
						const organizationId = /** @type {string} */ (cursor.key);
						if (seen.has(organizationId)) {
							open.result.close();
							return resolve(cursor.primaryKey);
						}
						seen.set(organizationId, String(cursor.primaryKey));
						cursor.continue();
					};
				};
			})
	);
	return `/assessments/${id}/compare`;
}
