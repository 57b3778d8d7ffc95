/**
 * LiveQuery runs its query while something on screen reads it, follows the database, and stops
 * when nothing does.
 */
import { afterEach, expect, test, vi } from 'vitest';
import { flushSync } from 'svelte';
import { liveQuery } from 'dexie';
import { WorkbookDatabase } from '$lib/db/database';
import { LiveQuery } from './live-query.svelte';

let db: WorkbookDatabase;
let n = 0;
afterEach(async () => {
	await db.delete();
});

/** A live count of the settings table, with how often the query ran. */
function countSettings() {
	db = new WorkbookDatabase(`live-query-${Date.now()}-${n++}`);
	const counter = { runs: 0 };
	const query = new LiveQuery(() => {
		counter.runs += 1;
		return db.settings.count();
	});
	return { query, counter };
}

/** Shows `query` on a pretend screen; returns what the screen showed and a way to leave it. */
function show<T>(query: LiveQuery<T>) {
	const shown: (T | undefined)[] = [];
	const destroy = $effect.root(() => {
		$effect(() => {
			shown.push(query.current);
		});
	});
	flushSync();
	return { shown, destroy };
}

/** Resolves once Dexie has seen the settings table with `count` rows (a sync point). */
function settingsCountReaches(count: number): Promise<void> {
	return new Promise((resolve, reject) => {
		const subscription = liveQuery(() => db.settings.count()).subscribe({
			next: (value) => {
				if (value !== count) return;
				resolve();
				queueMicrotask(() => subscription.unsubscribe());
			},
			error: reject
		});
	});
}

test('runs nothing until something reads it', async () => {
	const { query, counter } = countSettings();
	await db.settings.put({ key: 'a', value: 1 });
	expect(query.current).toBeUndefined();
	expect(query.loaded).toBe(false);
	expect(counter.runs).toBe(0);
});

test('gives the first result, then every change the database makes', async () => {
	const { query } = countSettings();
	const screen = show(query);
	await vi.waitFor(() => expect(query.loaded).toBe(true));
	expect(query.current).toBe(0);

	await db.settings.put({ key: 'a', value: 1 });
	await vi.waitFor(() => expect(query.current).toBe(1));
	await db.settings.bulkPut([
		{ key: 'b', value: 2 },
		{ key: 'c', value: 3 }
	]);
	await vi.waitFor(() => expect(query.current).toBe(3));
	flushSync();
	expect(screen.shown).toEqual([undefined, 0, 1, 3]);
	screen.destroy();
});

test('stops when the screen is destroyed', async () => {
	const { query, counter } = countSettings();
	const screen = show(query);
	await vi.waitFor(() => expect(query.current).toBe(0));
	screen.destroy();
	const runsBefore = counter.runs;

	await db.settings.put({ key: 'a', value: 1 });
	await settingsCountReaches(1);
	expect(counter.runs).toBe(runsBefore);
	expect(query.current).toBe(0);
});

test('reports a query that fails, and counts as loaded', async () => {
	db = new WorkbookDatabase(`live-query-${Date.now()}-${n++}`);
	const query = new LiveQuery<number>(() => Promise.reject(new Error('disk on fire')));
	const screen = show(query);
	await vi.waitFor(() => expect(query.loaded).toBe(true));
	expect(query.error).toEqual(new Error('disk on fire'));
	expect(query.current).toBeUndefined();
	screen.destroy();
});
