/**
 * The recovery state against a real (fake-indexeddb) database and an in-memory snapshot folder:
 * a lost database offers the snapshot, and only a restore, an import or keeping the snapshot as
 * a file settles the loss.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { flushSync } from 'svelte';
import { builtinFramework } from '$lib/content';
import { createAssessment } from '$lib/db/assessments';
import { WorkbookDatabase } from '$lib/db/database';
import { testDraft } from '$lib/db/test-fixtures';
import {
	listSnapshots,
	readUnresolvedLoss,
	snapshotName,
	writeMarker,
	writeSnapshot
} from '$lib/db/snapshots';
import { importBundles } from '$lib/db/transfer';
import { readWorkbookFile } from '$lib/domain/file-read';
import { Recovery } from './recovery.svelte';
import { MemoryFolder } from '$lib/db/test-memory-folder';

const downloads = vi.hoisted(() => [] as { name: string; type: string }[]);
vi.mock('$lib/report/download', () => ({
	downloadFile: (name: string, _content: BlobPart, type: string) => downloads.push({ name, type })
}));

const fixture = readWorkbookFile(readFileSync('src/lib/domain/fixtures/workbook-v1.json', 'utf8'));
const bundles = fixture.ok ? fixture.file.assessments : [];
const SNAPSHOT_AT = '2026-11-25T14:03:00.000Z';

let n = 0;
const databases: WorkbookDatabase[] = [];
function newDatabase(): WorkbookDatabase {
	const db = new WorkbookDatabase(`recovery-${Date.now()}-${n++}`);
	databases.push(db);
	return db;
}

beforeEach(() => {
	localStorage.clear();
	downloads.length = 0;
});
afterEach(async () => {
	for (const db of databases.splice(0)) await db.delete();
});

/** A folder holding a snapshot of the fixture's one assessment, and the emptied database. */
async function lostWork(): Promise<{ db: WorkbookDatabase; folder: MemoryFolder }> {
	const folder = new MemoryFolder();
	const before = newDatabase();
	await importBundles(before, bundles, 'replace');
	await writeSnapshot(before, folder, new Date(SNAPSHOT_AT), 'test');
	return { db: newDatabase(), folder };
}

function recoveryFor(folder: MemoryFolder | undefined): Recovery {
	return new Recovery({ snapshotDirectory: async () => folder, snapshotDelayMs: 5 });
}

const snapshotNames = (folder: MemoryFolder) => [...folder.files.keys()];
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a database that came back empty', () => {
	test('offers the newest snapshot, and shows it until the user chooses', async () => {
		const { db, folder } = await lostWork();
		const recovery = recoveryFor(folder);
		const shown: boolean[] = [];
		const cleanup = $effect.root(() => {
			$effect(() => {
				shown.push(recovery.visible);
			});
		});
		flushSync();
		await recovery.start(db);
		flushSync();

		expect(recovery.phase).toBe('lost');
		expect(recovery.loss).toMatchObject({
			reason: 'empty',
			expected: 1,
			snapshot: { at: SNAPSHOT_AT, assessments: 1 }
		});
		expect(shown).toEqual([false, true]);
		// Remembered across a reload until it is settled.
		expect(readUnresolvedLoss()).toMatchObject({ reason: 'empty', expected: 1 });
		cleanup();
	});

	test('new work meanwhile settles nothing and never replaces the snapshot that holds the work', async () => {
		const { db, folder } = await lostWork();
		const recovery = recoveryFor(folder);
		await recovery.start(db);
		await createAssessment(db, testDraft, builtinFramework);
		await pause(100); // twenty times the quiet time before a snapshot

		expect(recovery.phase).toBe('lost');
		expect(snapshotNames(folder)).toEqual([snapshotName(new Date(SNAPSHOT_AT), 1)]);
		// The next visit (a new state, the same storage) still offers it.
		const afterReload = recoveryFor(folder);
		await afterReload.start(db);
		expect(afterReload.phase).toBe('lost');
		expect(afterReload.loss?.snapshot?.at).toBe(SNAPSHOT_AT);
	});

	test('a restore brings the work back, settles the loss and starts snapshots again', async () => {
		const { db, folder } = await lostWork();
		const recovery = recoveryFor(folder);
		await recovery.start(db);
		await recovery.restore();

		expect(recovery.phase).toBe('restored');
		expect(recovery.message).toMatch(/^Restored 1 assessment from the snapshot of .+\.$/);
		expect(recovery.loss).toBeUndefined();
		expect(readUnresolvedLoss()).toBeUndefined();
		expect(await db.assessments.get(bundles[0]!.assessment.id)).toBeDefined();

		await createAssessment(db, testDraft, builtinFramework);
		await vi.waitFor(async () => {
			expect((await listSnapshots(folder))[0]?.assessments).toBe(2);
		});
	});

	test('an import settles it only once the work is back', async () => {
		const { db, folder } = await lostWork();
		const recovery = recoveryFor(folder);
		await recovery.start(db);
		await recovery.afterImport(); // an import that brought nothing back
		expect(recovery.phase).toBe('lost');

		await importBundles(db, bundles, 'replace');
		await recovery.afterImport();
		expect(recovery.phase).toBe('ok');
		expect(recovery.visible).toBe(false);
		expect(readUnresolvedLoss()).toBeUndefined();
	});

	test('keeping the snapshot as a file settles it, with the database left as it is', async () => {
		const { db, folder } = await lostWork();
		const recovery = recoveryFor(folder);
		await recovery.start(db);
		await recovery.saveAndStartFresh();

		expect(downloads).toEqual([
			{ name: 'sts-workbook-snapshot-2026-11-25.json', type: 'application/json' }
		]);
		expect(recovery.phase).toBe('restored');
		expect(recovery.message).toMatch(/^The snapshot of .+ was saved as a file\. Keep it: /);
		expect(readUnresolvedLoss()).toBeUndefined();
		expect(await db.assessments.count()).toBe(0);
	});

	test('"Not now" hides the notice for this visit but keeps the loss', async () => {
		const { db, folder } = await lostWork();
		const recovery = recoveryFor(folder);
		await recovery.start(db);
		recovery.dismiss();

		expect(recovery.visible).toBe(false);
		expect(recovery.phase).toBe('lost');
		expect(readUnresolvedLoss()).toBeDefined();
	});

	test('a snapshot that cannot be read is said plainly, and nothing changes', async () => {
		const folder = new MemoryFolder();
		folder.files.set(snapshotName(new Date(SNAPSHOT_AT), 1), new Blob(['not gzip at all']));
		const db = newDatabase();
		const recovery = recoveryFor(folder);
		await recovery.start(db);
		await recovery.restore();

		expect(recovery.phase).toBe('failed');
		expect(recovery.message).toMatch(
			/^The snapshot could not be restored: The snapshot could not be read \(.+\)\. Nothing was changed\./
		);
		expect(readUnresolvedLoss()).toBeDefined();
		expect(await db.assessments.count()).toBe(0);
	});
});

describe('without a snapshot', () => {
	test('"Not now" settles a loss there is nothing to restore from', async () => {
		writeMarker({ assessments: 2, at: SNAPSHOT_AT });
		const recovery = recoveryFor(undefined);
		await recovery.start(newDatabase());
		expect(recovery.loss).toMatchObject({ reason: 'empty', expected: 2, snapshot: undefined });

		recovery.dismiss();
		expect(recovery.phase).toBe('ok');
		await vi.waitFor(() => expect(readUnresolvedLoss()).toBeUndefined());
	});

	test('a first visit finds nothing wrong', async () => {
		const recovery = recoveryFor(new MemoryFolder());
		await recovery.start(newDatabase());
		expect(recovery.phase).toBe('ok');
		expect(recovery.visible).toBe(false);
		expect(readUnresolvedLoss()).toBeUndefined();
	});
});
