/**
 * The profiles the measured runs start from (each run on a fresh copy), filled through the app's
 * own UI on the bench's origin (storage is per origin, port included, so they are made anew each
 * bench run): the example assessment ("Load example"), and backups of N example-sized
 * assessments made by tests/big-backup-generator.ts and imported through the home page's file
 * input.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { launchIn, newProfileDir } from './browser.mjs';

const GENERATOR = fileURLToPath(new URL('../../tests/big-backup-generator.ts', import.meta.url));

/** The generator is TypeScript: Vite's module runner loads it as the tests' runner would. */
async function generator() {
	const { module } = await runnerImport(GENERATOR, { configFile: false, logLevel: 'silent' });
	return /** @type {{ bigBackupChunks: (count: number, cycles?: number) => Iterable<string> }} */ (
		module
	);
}

/** Writes a backup file of `count` assessments into `dir`; returns its path. */
export async function makeBackup(/** @type {string} */ dir, /** @type {number} */ count) {
	const { bigBackupChunks } = await generator();
	const path = join(dir, `backup-${count}.json`);
	const out = createWriteStream(path);
	// Two cycles per organization: home groups them, and compare has cycles to compare.
	for (const chunk of bigBackupChunks(count, 2)) {
		if (!out.write(chunk)) await once(out, 'drain');
	}
	out.end();
	await once(out, 'finish');
	return path;
}

/** Whether the origin's private file system holds any file (the app's automatic snapshot). */
function hasSnapshot() {
	const any = async (/** @type {FileSystemDirectoryHandle} */ dir) => {
		for await (const handle of dir.values()) {
			if (handle.kind === 'file' || (await any(handle))) return true;
		}
		return false;
	};
	return navigator.storage.getDirectory().then(any, () => false);
}

/**
 * Lets the app finish what it does after a write before the copy is taken: the automatic
 * snapshot comes a few seconds after the last change (none comes for a workbook too large).
 */
export async function settle(/** @type {import('@playwright/test').Page} */ page) {
	await page.waitForLoadState('networkidle');
	const deadline = Date.now() + 20_000;
	while (!(await page.evaluate(hasSnapshot)) && Date.now() < deadline) {
		await page.waitForTimeout(500);
	}
	await page.waitForTimeout(500);
}

/**
 * Fills a new profile through `fill` (given a page of it); resolves with the profile folder.
 * @template T
 * @param {(page: import('@playwright/test').Page) => Promise<T>} fill
 * @returns {Promise<{ profile: string, filled: T }>}
 */
async function seedProfile(fill) {
	const profile = newProfileDir();
	const context = await launchIn(profile);
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		const filled = await fill(page);
		await settle(page);
		return { profile, filled };
	} finally {
		await context.close();
	}
}

/**
 * A profile holding the example assessment, and the paths of its pages. The walk is the element
 * the walk opens on, or the first one with at least three items.
 */
export async function seedExample(/** @type {string} */ origin) {
	const { profile, filled: pages } = await seedProfile(async (page) => {
		await page.goto(`${origin}/`);
		await page.getByRole('button', { name: 'Load example' }).click();
		await page.waitForURL(/\/assessments\/[^/]+$/);
		const base = new URL(page.url()).pathname;
		await page.goto(`${origin}${base}/walk`);
		await page.waitForURL(/\/walk\/[^/]+$/);
		await page.locator('[data-item-id]').first().waitFor();
		let walk = new URL(page.url()).pathname;
		if ((await page.locator('[data-item-id]').count()) < 3) {
			const elements = await page
				.locator(`a[href*="${base}/walk/"]`)
				.evaluateAll((links) =>
					links.map((a) => new URL(/** @type {HTMLAnchorElement} */ (a).href).pathname)
				);
			for (const candidate of elements) {
				await page.goto(`${origin}${candidate}`);
				await page.locator('[data-item-id]').first().waitFor();
				if ((await page.locator('[data-item-id]').count()) >= 3) {
					walk = candidate;
					break;
				}
			}
		}
		// An open rating round, so the workshop screens and the rater's page load what a room uses.
		await page.goto(`${origin}${base}/workshop`);
		await page.getByRole('button', { name: 'Start the round' }).click();
		const join = new URL(await page.getByRole('textbox', { name: 'Join link' }).inputValue());
		// Two raters who differ, passing the laptop: the reveal then loads its cards and charts.
		await page.goto(`${origin}${base}/workshop/laptop`);
		for (const answer of ['0 Not in place yet', '4 Fully in place']) {
			await page.getByRole('button', { name: 'Start rating' }).click();
			await page.getByRole('group', { name: /^1\. / }).getByRole('radio', { name: answer }).check();
			await page.getByRole('group', { name: /^2\. / }).getByRole('radio', { name: answer }).check();
			await page.getByRole('button', { name: 'Hand in' }).click();
			await page.getByRole('button', { name: 'Start rating' }).waitFor();
		}
		return {
			new: '/new',
			walk,
			results: `${base}/results`,
			plan: `${base}/plan`,
			report: `${base}/report`,
			policy: `${base}/policy`,
			workshop: `${base}/workshop`,
			laptop: `${base}/workshop/laptop`,
			reveal: `${base}/workshop/reveal`,
			rate: `${join.pathname}${join.hash}`
		};
	});
	return { profile, pages };
}

/**
 * Chooses `file` in the home page's file input and confirms the import; resolves with the
 * page's "Imported …" sentence. Waits as long as a big file needs.
 */
export async function importThroughUi(
	/** @type {import('@playwright/test').Page} */ page,
	/** @type {string} */ file
) {
	await page.getByLabel('Workbook file to import').setInputFiles(file);
	await page
		.getByRole('button', { name: /^Import( as new copies)?$/ })
		.click({ timeout: 10 * 60_000 });
	const said = page.getByRole('status').filter({ hasText: /^Imported / });
	await said.waitFor({ timeout: 10 * 60_000 });
	return (await said.textContent())?.trim() ?? '';
}

/** A profile holding the assessments of a backup file, imported through the UI. */
export async function seedBackup(/** @type {string} */ origin, /** @type {string} */ file) {
	const { profile } = await seedProfile(async (page) => {
		await page.goto(`${origin}/`);
		return importThroughUi(page, file);
	});
	return profile;
}
