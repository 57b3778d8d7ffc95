// @vitest-environment happy-dom
/**
 * When home may show a new user's empty state before the database code loads: only when this
 * browser has neither our database nor any localStorage entry that remembers one.
 */
import { afterEach, expect, test } from 'vitest';
import { DATABASE_NAME, LOSS_KEY, MARKER_KEY } from '$lib/db/names';
import { neverHeldAWorkbook } from './new-browser';

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

afterEach(async () => {
	localStorage.clear();
	delete (globalThis as { stsDatabases?: unknown }).stsDatabases;
	await remove(DATABASE_NAME);
	await remove('another-site-database');
});

test('a browser with nothing of ours: yes (another database of the site does not count)', async () => {
	await open('another-site-database');
	expect(await neverHeldAWorkbook()).toBe(true);
});

test('our database exists: no', async () => {
	await open(DATABASE_NAME);
	expect(await neverHeldAWorkbook()).toBe(false);
});

test.each([MARKER_KEY, LOSS_KEY])(
	'the database is gone but localStorage remembers it (%s): no, the loss must be looked at',
	async (key) => {
		localStorage.setItem(key, '{}');
		expect(await neverHeldAWorkbook()).toBe(false);
	}
);

test('the answer asked for as the page loaded is the one used', async () => {
	(globalThis as { stsDatabases?: unknown }).stsDatabases = Promise.resolve([
		{ name: DATABASE_NAME, version: 40 }
	]);
	expect(await neverHeldAWorkbook()).toBe(false);
});

test('a failed lookup is "not known": no', async () => {
	(globalThis as { stsDatabases?: unknown }).stsDatabases = Promise.reject(new Error('blocked'));
	expect(await neverHeldAWorkbook()).toBe(false);
});
