/**
 * What a user does, timed: answering by pointer and by keyboard on the walk, downloading the PDF,
 * importing a backup. Each call is one run in a new browser context.
 */
import { statSync } from 'node:fs';
import { withContext } from './browser.mjs';
import { armAnswer, armKey, installPageProbes } from './probes.mjs';
import { importThroughUi, settle } from './seed.mjs';

/** @typedef {import('@playwright/test').Page} Page */

const SAVED = /\bSaved\b/;

/** Waits until the save indicator says "Saved" (the last write is stored). */
async function savedShown(/** @type {Page} */ page) {
	await page.waitForFunction(
		(pattern) =>
			new RegExp(pattern).test(document.querySelector('.save-indicator')?.textContent ?? ''),
		SAVED.source,
		{ timeout: 10_000 }
	);
}

/** The walk's item cards, in order, once shown. */
async function openWalk(/** @type {Page} */ page, /** @type {string} */ url) {
	await page.goto(url, { waitUntil: 'networkidle' });
	await page.locator('[data-item-id]').first().waitFor();
	return page
		.locator('[data-item-id]')
		.evaluateAll((cards) => cards.map((card) => card.getAttribute('data-item-id') ?? ''));
}

/** The value of an item's checked choice ('' when none). */
function checkedValue(/** @type {Page} */ page, /** @type {string} */ itemId) {
	return page.evaluate(
		(name) =>
			/** @type {HTMLInputElement | null} */ (
				document.querySelector(`input[name="${CSS.escape(name)}"]:checked`)
			)?.value ?? '',
		`answer-${itemId}`
	);
}

/** Alternates between two scores, so every press or click is a real change of answer. */
const otherScore = (/** @type {string} */ current) => (current === '1' ? '3' : '1');

/**
 * `clicks` pointer answers on the first item of the walk page: per click, pointerdown → the
 * choice looks selected, and → the indicator says "Saved" again.
 */
export async function answerByPointer(
	/** @type {string} */ origin,
	/** @type {string} */ path,
	/** @type {string} */ seed,
	/** @type {number} */ clicks
) {
	return withContext(origin, seed, async ({ page }) => {
		const [itemId = ''] = await openWalk(page, origin + path);
		const choice = (/** @type {string} */ value) =>
			page.locator('label', {
				has: page.locator(`input[name="answer-${itemId}"][value="${value}"]`)
			});
		if (!(await checkedValue(page, itemId))) {
			await choice('2').click();
			await savedShown(page);
		}
		await choice('1').scrollIntoViewIfNeeded();
		const shown = [];
		const committed = [];
		for (let i = 0; i < clicks; i++) {
			const value = otherScore(await checkedValue(page, itemId));
			const box = await choice(value).boundingBox();
			if (!box) throw new Error(`choice ${value} is not on screen`);
			await page.evaluate(armAnswer, { itemId, value });
			await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
			await page.waitForFunction(() => /** @type {any} */ (window).__answer.done, null, {
				timeout: 15_000
			});
			const r = await page.evaluate(() => /** @type {any} */ (window).__answer);
			shown.push(r.shown - r.t0);
			committed.push(r.committed - r.t0);
			// A click whose "Saved" never came (now NaN, counted as missing) must still settle.
			if (Number.isNaN(r.committed)) await savedShown(page);
			await page.waitForTimeout(50);
		}
		return { shown, committed };
	});
}

/**
 * `presses` keyboard answers: focus an item's answer, press a digit (and Enter, unless the digit
 * already moved on), time from the digit's keydown to focus on the next item.
 */
export async function answerByKeyboard(
	/** @type {string} */ origin,
	/** @type {string} */ path,
	/** @type {string} */ seed,
	/** @type {number} */ presses
) {
	return withContext(origin, seed, async ({ page }) => {
		const items = await openWalk(page, origin + path);
		if (items.length < 2) throw new Error(`${path} has fewer than two items`);
		const times = [];
		for (let i = 0; i < presses; i++) {
			const itemId = items[i % (items.length - 1)] ?? '';
			const current = await checkedValue(page, itemId);
			const radios = page.locator(`input[name="answer-${itemId}"]`);
			await (current ? radios.and(page.locator(':checked')) : radios.first()).focus();
			await page.waitForTimeout(50);
			await page.evaluate(armKey);
			await page.keyboard.press(otherScore(current));
			const moved = () =>
				page.evaluate(() => !Number.isNaN(/** @type {any} */ (window).__key.next));
			if (!(await moved())) await page.keyboard.press('Enter');
			await page.waitForFunction(
				() => !Number.isNaN(/** @type {any} */ (window).__key.next),
				null,
				{
					timeout: 15_000
				}
			);
			const r = await page.evaluate(() => /** @type {any} */ (window).__key);
			times.push(r.next - r.t0);
			await savedShown(page);
			await page.waitForTimeout(50);
		}
		return times;
	});
}

/**
 * Cold report page: click a download button (PDF, Word, Excel) → the download starts; the file's
 * bytes, and the JavaScript files fetched after the click (the code loaded only when asked for).
 */
export async function downloadFromReport(
	/** @type {string} */ origin,
	/** @type {string} */ path,
	/** @type {string} */ seed,
	/** @type {string} */ buttonName
) {
	return withContext(
		origin,
		seed,
		async ({ page }) => {
			await page.goto(origin + path, { waitUntil: 'networkidle' });
			const button = page.getByRole('button', { name: buttonName });
			await button.waitFor();
			/** @type {string[]} */
			const scripts = [];
			page.on('request', (request) => {
				const url = new URL(request.url());
				if (url.pathname.endsWith('.js')) scripts.push(url.pathname);
			});
			const started = performance.now();
			const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
			const saved = await download.path();
			const ms = performance.now() - started;
			return { ms, bytes: statSync(saved).size, scripts };
		},
		{ acceptDownloads: true }
	);
}

/**
 * Import of a backup through the home page on an empty profile: the file chosen → the
 * confirmation ready (checked), and the Import click → "Imported …" (written). The bench's own
 * reaction time between the two is left out. With `keep`, the profile stays (with the imported
 * assessments) and is returned, to seed the runs of home with as many.
 */
export async function importBackup(
	/** @type {string} */ origin,
	/** @type {string} */ file,
	/** @type {number} */ count,
	keep = false
) {
	return withContext(
		origin,
		null,
		async ({ page, dir }) => {
			await page.addInitScript(installPageProbes);
			await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
			await page.evaluate(() => {
				const bench = /** @type {any} */ (window).__bench;
				bench.arm('importReady');
				bench.arm('imported');
			});
			const said = await importThroughUi(page, file);
			if (!said.includes(count.toLocaleString('en-US'))) throw new Error(`import said: ${said}`);
			await page.waitForFunction(() => 'imported' in /** @type {any} */ (window).__bench.marks);
			const marks = await page.evaluate(() => /** @type {any} */ (window).__bench.marks);
			const checked = marks.importReady - marks.fileChosen;
			const written = marks.imported - marks.pointerdown;
			if (keep) await settle(page);
			return { checked, written, total: checked + written, profile: keep ? dir : null };
		},
		{ keep }
	);
}
