import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkbookDatabase, reportedDataLoss, watchedIndexedDB } from './database';
import { readFileSync } from 'node:fs';
import { readWorkbookFile } from '$lib/domain/file-format';
import { deleteAssessment } from './assessments';
import {
	latestChangeAt,
	listSnapshots,
	parseSnapshotName,
	restoreNewestSnapshot,
	snapshotName,
	writeSnapshot
} from './snapshots';
import { importBundles, readAllBundles } from './transfer';
import { MemoryFolder } from './test-memory-folder';
import { planRecord, planRows, withStoredResponse } from './stored-sets';
import type { PlanAction } from '$lib/domain/assessment';

let db: WorkbookDatabase;
let n = 0;
beforeEach(() => {
	db = new WorkbookDatabase(`snapshots-${Date.now()}-${n++}`);
});
afterEach(async () => {
	await db.delete();
});

const at = (minute: number) => new Date(Date.UTC(2026, 10, 25, 14, minute, 0, 0));

/** A copy of the stored version-1 fixture: an assessment with answers and a plan. */
const fixture = readWorkbookFile(readFileSync('src/lib/domain/fixtures/workbook-v1.json', 'utf8'));

async function addAssessment(organization: string) {
	if (!fixture.ok) throw new Error(fixture.message);
	const [bundle] = fixture.file.assessments;
	const copy = { ...bundle!, assessment: { ...bundle!.assessment, organization } };
	const [id] = await importBundles(db, [copy], 'copy');
	return id!;
}

describe('latestChangeAt', () => {
	it('is the newest change of any table, read from the indexes', async () => {
		expect(await latestChangeAt(db)).toBeUndefined();
		const id = await addAssessment('Stamped Agency');
		const stamp = (minute: number) => at(minute).toISOString();
		await db.assessments.update(id, { updatedAt: stamp(1) });
		// Written around the repositories, as a write keeps them: each set and plan record is
		// stamped with its newest answer or action.
		const [set] = await db.responseSets.where('assessmentId').equals(id).toArray();
		const [action] = planRows(await db.plans.get(id)) as PlanAction[];
		await db.responseSets.toCollection().modify((record) => {
			record.responses = record.responses.map((r) => ({ ...r, updatedAt: stamp(2) }));
			record.updatedAt = stamp(2);
		});
		await db.plans.toCollection().modify((record) => {
			record.actions = record.actions.map((a) => ({ ...a, updatedAt: stamp(3) }));
			record.updatedAt = stamp(3);
		});
		// The plan holds the newest change: 14:03.
		expect(await latestChangeAt(db)).toBe(stamp(3));
		const stored = (await db.responseSets.get(set!.id))!;
		const response = stored.responses[0]!;
		await db.responseSets.put(withStoredResponse(stored, { ...response, updatedAt: stamp(5) }));
		expect(await latestChangeAt(db)).toBe(stamp(5));
		const actions = planRows(await db.plans.get(id)) as PlanAction[];
		await db.plans.put(
			planRecord(
				id,
				actions.map((a) => (a.id === action!.id ? { ...a, updatedAt: stamp(4) } : a))
			)
		);
		await db.assessments.update(id, { updatedAt: stamp(9) });
		expect(await latestChangeAt(db)).toBe(stamp(9));
	});
});

describe('snapshot names', () => {
	it('say when and how many, and sort by time', () => {
		const name = snapshotName(new Date('2026-11-25T14:03:00.123Z'), 12);
		expect(name).toBe('snapshot-20261125T140300123Z-12.json.gz');
		expect(parseSnapshotName(name)).toEqual({
			name,
			at: '2026-11-25T14:03:00.123Z',
			assessments: 12
		});
		expect(snapshotName(at(9), 1) < snapshotName(at(10), 1)).toBe(true);
	});

	it('ignore anything else in the folder', () => {
		for (const name of [
			'snapshot-20261125T140300123Z-12.json.gz.partial',
			'notes.txt',
			'snapshot-20261325T140300123Z-1.json.gz'
		]) {
			expect(parseSnapshotName(name)).toBeUndefined();
		}
	});
});

describe('writeSnapshot', () => {
	it('writes a gzipped backup file that restores the same assessments', async () => {
		const folder = new MemoryFolder();
		const id = await addAssessment('Riverbend Family Services');
		const result = await writeSnapshot(db, folder, at(3), 'test');
		expect(result.kind).toBe('written');
		if (result.kind !== 'written') return;
		expect(result.info).toMatchObject({ at: '2026-11-25T14:03:00.000Z', assessments: 1 });
		expect([...folder.files.keys()]).toEqual([result.info.name]);
		const bytes = new Uint8Array(await folder.files.get(result.info.name)!.arrayBuffer());
		expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]); // gzip magic

		const before = await readAllBundles(db);
		await deleteAssessment(db, id);
		const restored = await restoreNewestSnapshot(db, folder);
		expect(restored).toMatchObject({ ok: true, restored: 1 });
		expect(await readAllBundles(db)).toEqual(before);
	});

	it('keeps the newest three, writing the new one before removing the oldest', async () => {
		const folder = new MemoryFolder();
		await addAssessment('A');
		for (let minute = 1; minute <= 5; minute++) await writeSnapshot(db, folder, at(minute), 'test');
		const names = (await listSnapshots(folder)).map((s) => s.at);
		expect(names).toEqual([
			'2026-11-25T14:05:00.000Z',
			'2026-11-25T14:04:00.000Z',
			'2026-11-25T14:03:00.000Z'
		]);
	});

	it('works without rename, and cleans up a half-written file from a crash', async () => {
		const folder = new MemoryFolder(false);
		await addAssessment('A');
		folder.files.set('snapshot-20261125T140000000Z-1.json.gz.partial', new Blob(['trunc']));
		await writeSnapshot(db, folder, at(2), 'test');
		expect([...folder.files.keys()]).toEqual(['snapshot-20261125T140200000Z-1.json.gz']);
	});

	it('writes nothing for a workbook too large to snapshot, and keeps the older ones', async () => {
		const folder = new MemoryFolder();
		await addAssessment('A');
		await writeSnapshot(db, folder, at(1), 'test');
		await addAssessment('B');
		const result = await writeSnapshot(db, folder, at(2), 'test', 1000);
		expect(result).toMatchObject({ kind: 'too-large' });
		expect((await listSnapshots(folder)).map((s) => s.assessments)).toEqual([1]);
	});

	it('removes every snapshot once the user has deleted every assessment', async () => {
		const folder = new MemoryFolder();
		const id = await addAssessment('A');
		await writeSnapshot(db, folder, at(1), 'test');
		await deleteAssessment(db, id);
		expect(await writeSnapshot(db, folder, at(2), 'test')).toEqual({ kind: 'empty' });
		expect(folder.files.size).toBe(0);
	});
});

describe('restoreNewestSnapshot', () => {
	it('skips a damaged newest snapshot and restores the one before', async () => {
		const folder = new MemoryFolder();
		await addAssessment('A');
		await addAssessment('B');
		await writeSnapshot(db, folder, at(1), 'test');
		folder.files.set(snapshotName(at(2), 2), new Blob(['not gzip at all']));
		await db.assessments.clear();
		const restored = await restoreNewestSnapshot(db, folder);
		expect(restored).toMatchObject({
			ok: true,
			restored: 2,
			info: { at: '2026-11-25T14:01:00.000Z' }
		});
		expect(await db.assessments.count()).toBe(2);
	});

	it('says so plainly when there is nothing to restore', async () => {
		const empty = await restoreNewestSnapshot(db, new MemoryFolder());
		expect(empty).toEqual({
			ok: false,
			message: 'No automatic snapshot was found on this device.'
		});
		const folder = new MemoryFolder();
		folder.files.set(snapshotName(at(2), 2), new Blob(['broken']));
		const broken = await restoreNewestSnapshot(db, folder);
		expect(broken.ok).toBe(false);
		expect(await db.assessments.count()).toBe(0);
	});
});

describe('the browser data-loss signal', () => {
	it('is recorded from an upgradeneeded event that reports data loss', () => {
		const request = new EventTarget() as IDBOpenDBRequest;
		const factory = { open: () => request, cmp: () => 0 } as unknown as IDBFactory;
		const wrapped = watchedIndexedDB(factory);
		if (!('indexedDB' in wrapped)) throw new Error('expected a factory');
		expect(wrapped.indexedDB.open('lost-db', 1)).toBe(request);
		expect(wrapped.indexedDB.cmp(1, 2)).toBe(0);
		expect(reportedDataLoss('lost-db')).toBeUndefined();
		const event = Object.assign(new Event('upgradeneeded'), {
			dataLoss: 'total',
			dataLossMessage: 'IndexedDB (database was corrupt): checksum mismatch'
		});
		request.dispatchEvent(event);
		expect(reportedDataLoss('lost-db')).toEqual({
			dataLoss: 'total',
			message: 'IndexedDB (database was corrupt): checksum mismatch'
		});
	});

	it('ignores an ordinary upgrade, and Dexie still opens through the wrapper', async () => {
		const id = await addAssessment('Through the wrapper');
		expect((await db.assessments.get(id))?.organization).toBe('Through the wrapper');
		expect(reportedDataLoss(db.name)).toBeUndefined();
	});
});
