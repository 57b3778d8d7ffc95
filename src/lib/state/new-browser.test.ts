// @vitest-environment happy-dom
/**
 * When home may show a new user's empty state before the database code loads: only when this
 * browser has neither our database nor any localStorage entry that remembers one. The rule runs
 * as the page loads (static/storage-check.js, a classic script run here as the page runs it);
 * the app takes its verdict once (new-browser.ts).
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { DATABASE_NAME, LOSS_KEY, MARKER_KEY } from '$lib/db/names';

// happy-dom gives import.meta.url an http scheme here: the file is found from the project root.
const SCRIPT = readFileSync('static/storage-check.js', 'utf8');
const early = () =>
	(globalThis as { stsNeverHeldAWorkbook?: Promise<boolean> }).stsNeverHeldAWorkbook;

/** Runs the page's early script, then asks the app for the verdict (a fresh module each time). */
async function verdict(): Promise<{ never: boolean; attribute: string | null }> {
	new Function(SCRIPT)();
	await early();
	// What the HTML shows before the app runs.
	const attribute = document.documentElement.getAttribute('data-workbook');
	const { neverHeldAWorkbook } = await import('./new-browser');
	const never = await neverHeldAWorkbook();
	// Once taken, the mark is gone: a later home must not show the empty state by CSS.
	expect(document.documentElement.getAttribute('data-workbook')).toBeNull();
	return { never, attribute };
}

const open = (name: string) =>
	new Promise<void>((resolve, reject) => {
		const request = indexedDB.open(name);
		request.onsuccess = () => {
			request.result.close();
			resolve();
		};
		request.onerror = () => reject(request.error);
	});

const remove = (name: string) =>
	new Promise<void>((resolve) => {
		const request = indexedDB.deleteDatabase(name);
		request.onsuccess = request.onerror = () => resolve();
	});

beforeEach(() => vi.resetModules());

afterEach(async () => {
	localStorage.clear();
	document.documentElement.removeAttribute('data-workbook');
	delete (globalThis as { stsNeverHeldAWorkbook?: unknown }).stsNeverHeldAWorkbook;
	await remove(DATABASE_NAME);
	await remove('another-site-database');
});

test('the script and the app name the same database and localStorage entries', () => {
	for (const name of [DATABASE_NAME, MARKER_KEY, LOSS_KEY]) expect(SCRIPT).toContain(`'${name}'`);
});

test('a browser with nothing of ours: yes, and the page is marked (another database does not count)', async () => {
	await open('another-site-database');
	expect(await verdict()).toEqual({ never: true, attribute: 'none' });
});

test('our database exists: no', async () => {
	await open(DATABASE_NAME);
	expect(await verdict()).toEqual({ never: false, attribute: null });
});

test.each([MARKER_KEY, LOSS_KEY])(
	'the database is gone but localStorage remembers it (%s): no, the loss must be looked at',
	async (key) => {
		localStorage.setItem(key, '{}');
		expect(await verdict()).toEqual({ never: false, attribute: null });
	}
);

test('a failed lookup gives no verdict: no', async () => {
	const spy = vi.spyOn(indexedDB, 'databases').mockRejectedValue(new Error('blocked'));
	expect(await verdict()).toEqual({ never: false, attribute: null });
	spy.mockRestore();
});

test('the verdict describes the page as loaded: it is given once', async () => {
	new Function(SCRIPT)();
	const { neverHeldAWorkbook } = await import('./new-browser');
	expect(await neverHeldAWorkbook()).toBe(true);
	expect(await neverHeldAWorkbook()).toBe(false);
});

test('a visit that began on another page gets no verdict (it may have written since)', async () => {
	new Function(SCRIPT)();
	await early();
	const spy = vi
		.spyOn(performance, 'getEntriesByType')
		.mockReturnValue([{ name: `${location.origin}/new` } as PerformanceEntry]);
	const { neverHeldAWorkbook } = await import('./new-browser');
	expect(await neverHeldAWorkbook()).toBe(false);
	expect(document.documentElement.getAttribute('data-workbook')).toBeNull();
	spy.mockRestore();
});

test('no early script ran (JavaScript blocked for it, an old browser): no', async () => {
	const { neverHeldAWorkbook } = await import('./new-browser');
	expect(await neverHeldAWorkbook()).toBe(false);
});
