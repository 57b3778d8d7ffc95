/**
 * An update deployed while a tab is open. The test serves the build itself so it can "deploy" a
 * new version under a running tab: a new service worker (another version string) whose list no
 * longer has the chunks the old tab has not loaded yet (they got new names, as changed code does),
 * while the server answers 404 for the old names, as a real host does after a deployment.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, relative } from 'node:path';
import type { Page } from '@playwright/test';
import { contentType } from '../scripts/content-types.mjs';
import { expect, test as base, waitForServiceWorker } from './fixtures';

const BUILD_DIR = process.env.BUILD_DIR || 'build-test';
const ORGANIZATION = 'Maple Hollow Child & Family Services (example)';
const STALE_MESSAGE =
	'The workbook was updated in another tab. Reload this tab to continue; everything saved is safe.';

/** A static host for the build that can be redeployed: files replaced, added or gone. */
class Host {
	/** Path -> body that replaces (or adds to) the build's file. */
	readonly replaced = new Map<string, string | Buffer>();
	/** Paths the current deployment no longer has. */
	readonly gone = new Set<string>();
	readonly #server: Server;

	constructor(readonly dir: string) {
		this.#server = createServer((req, res) => {
			const path = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
			const body = this.#body(path);
			if (body === null) {
				res.writeHead(404).end('Not found');
				return;
			}
			// No HTTP caching: every answer the browser gets is what the deployment has now.
			res.writeHead(200, {
				'content-type': contentType(body.file),
				'cache-control': 'no-store'
			});
			res.end(body.data);
		});
	}

	#body(path: string): { file: string; data: string | Buffer } | null {
		if (this.gone.has(path)) return null;
		const replaced = this.replaced.get(path);
		if (replaced !== undefined) return { file: path, data: replaced };
		for (const candidate of [path, `${path}.html`, join(path, 'index.html')]) {
			const file = normalize(join(this.dir, candidate));
			if (!file.startsWith(normalize(this.dir))) return null;
			try {
				return { file, data: readFileSync(file) };
			} catch {
				// try the next form
			}
		}
		// The SPA fallback, for pages with an assessment id in the URL; files are never faked.
		if (extname(path)) return null;
		return { file: '200.html', data: readFileSync(join(this.dir, '200.html')) };
	}

	get url(): string {
		return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
	}

	async start(): Promise<void> {
		await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
	}

	async stop(): Promise<void> {
		this.#server.closeAllConnections();
		await new Promise<void>((resolve) => this.#server.close(() => resolve()));
	}
}

const test = base.extend<{ host: Host }>({
	// Playwright reads a fixture's dependencies from its first parameter: this one has none.
	// eslint-disable-next-line no-empty-pattern
	host: async ({}, use) => {
		const host = new Host(BUILD_DIR);
		await host.start();
		await use(host);
		await host.stop();
	},
	baseURL: async ({ host }, use) => {
		await use(host.url);
	}
});

/** Every file of the build under _app/immutable, as URL paths. */
function immutableFiles(dir: string): string[] {
	const root = join(dir, '_app/immutable');
	const out: string[] = [];
	const walk = (folder: string) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const full = join(folder, entry.name);
			if (entry.isDirectory()) walk(full);
			else out.push(`/${relative(dir, full).split('\\').join('/')}`);
		}
	};
	walk(root);
	return out;
}

/** The files this tab has fetched so far (from the network or its service worker). */
async function loadedPaths(page: Page): Promise<Set<string>> {
	const urls = await page.evaluate(() =>
		performance.getEntriesByType('resource').map((entry) => entry.name)
	);
	return new Set(urls.map((url) => new URL(url).pathname));
}

/**
 * Deploys "version 2": the chunks the old tab has not loaded get new names (the old names are
 * gone from the host), and the service worker has a new version string and the new names.
 * Returns the new version's cache name and the replaced paths.
 */
function deployNewVersion(host: Host, loaded: Set<string>) {
	const { version } = JSON.parse(readFileSync(join(host.dir, '_app/version.json'), 'utf8')) as {
		version: string;
	};
	const newVersion = `${version}-v2`;
	let worker = readFileSync(join(host.dir, 'service-worker.js'), 'utf8');
	expect(worker, 'the version string in the service worker').toContain(version);
	worker = worker.split(version).join(newVersion);
	const replaced = immutableFiles(host.dir).filter((path) => !loaded.has(path));
	for (const path of replaced) {
		const renamed = path.replace(/(\.[a-z]+)$/, '-v2$1');
		expect(worker, `${path} in the service worker's list`).toContain(path);
		worker = worker.split(path).join(renamed);
		host.replaced.set(renamed, readFileSync(join(host.dir, path)));
		host.gone.add(path);
	}
	host.replaced.set('/service-worker.js', worker);
	return { cache: `sts-workbook-${newVersion}`, replaced };
}

/**
 * Opens the example's report in the old tab, deploys version 2, and applies the update from a
 * second tab, as a colleague would. Returns the new version's cache name.
 */
async function updateUnderAnOpenReport(page: Page, host: Host): Promise<string> {
	await page.goto('/');
	await waitForServiceWorker(page);
	await page.getByRole('button', { name: 'Load example' }).click();
	await expect(page.getByRole('heading', { level: 1, name: ORGANIZATION })).toBeVisible();
	await page.getByRole('link', { name: 'Report', exact: true }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Executive summary' })).toBeVisible();

	const { cache, replaced } = deployNewVersion(host, await loadedPaths(page));
	// The PDF code is among what this tab has not loaded yet (else the test proves nothing).
	const pdfChunks = replaced.filter((path) =>
		readFileSync(join(host.dir, path), 'utf8').includes('jsPDF')
	);
	expect(pdfChunks.length, 'chunks with jsPDF the old tab has not loaded').toBeGreaterThan(0);

	const other = await page.context().newPage();
	await other.goto('/');
	// The browser checks for a new service worker on its own schedule; ask now.
	await other.evaluate(async () => {
		await (await navigator.serviceWorker.getRegistration())?.update();
	});
	await other.getByRole('button', { name: 'Update now' }).click();
	// The new version took over the old tab too (it says so, and leaves the tab alone).
	await expect(
		page.getByRole('status').filter({ hasText: 'The workbook was updated in another tab.' })
	).toBeVisible();
	expect(await page.evaluate(async () => await caches.keys())).toContain(cache);
	await other.close();
	return cache;
}

test('a tab opened before an update still makes the PDF with its own version’s code', async ({
	page,
	host
}) => {
	test.setTimeout(90_000);
	await updateUnderAnOpenReport(page, host);

	const downloading = page.waitForEvent('download', { timeout: 30_000 });
	await page.getByRole('button', { name: 'Download PDF' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'PDF downloaded' })).toBeVisible({
		timeout: 30_000
	});
	const bytes = readFileSync(await (await downloading).path());
	expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
	await expect(page.getByText(STALE_MESSAGE)).toHaveCount(0);
});

test('when the old code is gone too, the tab asks calmly for a reload', async ({ page, host }) => {
	test.setTimeout(90_000);
	const current = await updateUnderAnOpenReport(page, host);
	// The browser evicted the kept copy (or two more updates came): the old chunks are nowhere.
	await page.evaluate(async (keep) => {
		for (const name of await caches.keys()) if (name !== keep) await caches.delete(name);
	}, current);

	await page.getByRole('button', { name: 'Download PDF' }).click();
	const alert = page.getByRole('alert').filter({ hasText: STALE_MESSAGE });
	await expect(alert).toBeVisible();
	await expect(alert.getByRole('button', { name: 'Reload' })).toBeVisible();
});
