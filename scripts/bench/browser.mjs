/**
 * Chromium for the bench, launched with the browser tests' executable and flags
 * (playwright.config.ts). Every measured run gets a new browser context of its own: a persistent
 * context on a fresh copy of a profile, either empty (a first visit) or one a seeding step
 * filled through the app (seed.mjs), with its HTTP and code caches and service workers left out.
 *
 * Why profiles and not `browser.newContext()`: a new context keeps IndexedDB in memory, and
 * there this app's bulk writes run about 2.5 times slower than on disk (importing 1,000
 * assessments: 39-48 s against 17 s, same machine, same minute), so import and big-home figures
 * would not be what users see. A profile copy is also how seeded data gets in without the app's
 * cache coming along.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { chromium } from '@playwright/test';

/**
 * @typedef {{ serviceWorkers?: 'allow' | 'block', acceptDownloads?: boolean }} ContextOptions
 * @typedef {{ context: import('@playwright/test').BrowserContext, page: import('@playwright/test').Page, dir: string }} Run
 */

function chromiumPath() {
	if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
	return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

const ARGS = [
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

/** Playwright's "Desktop Chrome" viewport, as in the tests. */
const VIEWPORT = { width: 1280, height: 720 };

/** What the table says about the machine: cores, CPU, Chromium's version. */
export async function machine() {
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: ARGS });
	const version = browser.version();
	await browser.close();
	const cpu = cpus();
	return { cores: cpu.length, cpu: cpu[0]?.model.trim() ?? 'unknown CPU', chromium: version };
}

/** Profile folders the bench made: removed at the end, or on Ctrl-C. */
const made = new Set();

export function newProfileDir() {
	const dir = mkdtempSync(join(tmpdir(), 'sts-bench-profile-'));
	made.add(dir);
	return dir;
}

export function removeProfile(/** @type {string} */ dir) {
	rmSync(dir, { recursive: true, force: true });
	made.delete(dir);
}

export function removeProfiles() {
	for (const dir of made) removeProfile(dir);
}

/** What would make a run warm: HTTP, code and GPU caches, service workers, Chromium's locks. */
const WARM = /(Cache|^Service Worker|^Singleton.*)$/;

/**
 * A browser context on the profile folder `dir`, which stays when the context closes (a seeding
 * step fills it). Service workers are blocked unless asked for: only a first visit has one.
 * @param {string} dir
 * @param {ContextOptions} [options]
 */
export async function launchIn(dir, options = {}) {
	const context = await chromium.launchPersistentContext(dir, {
		executablePath: chromiumPath(),
		args: ARGS,
		viewport: VIEWPORT,
		serviceWorkers: options.serviceWorkers ?? 'block',
		acceptDownloads: options.acceptDownloads ?? false
	});
	context.setDefaultTimeout(60_000);
	return context;
}

/**
 * A new context on a copy of `seed` (a profile folder; null for an empty profile), and the page
 * to measure in. A first page opens the origin's 404 (nothing of the app) and is closed: the
 * browser's process and connection for the origin are then going, as in a browser that is
 * already running, so a figure does not count the browser's own start.
 * @param {string} origin
 * @param {string | null} seed
 * @param {ContextOptions} [options]
 * @returns {Promise<Run>}
 */
export async function openContext(origin, seed, options = {}) {
	const dir = newProfileDir();
	if (seed) cpSync(seed, dir, { recursive: true, filter: (from) => !WARM.test(basename(from)) });
	const context = await launchIn(dir, options);
	const prelude = context.pages()[0] ?? (await context.newPage());
	await prelude.goto(`${origin}/bench-prelude.txt`);
	const page = await context.newPage();
	await prelude.close();
	return { context, page, dir };
}

/**
 * Runs `fn` in a new context (see openContext), closing it whatever happens. Its profile is
 * deleted too, unless `keep` says the caller takes it (to seed later runs with what it made).
 * @template T
 * @param {string} origin
 * @param {string | null} seed
 * @param {(run: Run) => Promise<T>} fn
 * @param {ContextOptions & { keep?: boolean }} [options]
 * @returns {Promise<T>}
 */
export async function withContext(origin, seed, fn, options = {}) {
	const run = await openContext(origin, seed, options);
	let kept = false;
	try {
		const result = await fn(run);
		kept = Boolean(options.keep);
		return result;
	} finally {
		await run.context.close();
		if (!kept) removeProfile(run.dir);
	}
}
