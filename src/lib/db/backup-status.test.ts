import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { readWorkbookFile } from '$lib/domain/file-format';
import { WorkbookDatabase } from './database';
import { backupStatus, markBackedUp } from './backup-status';
import { importBundles } from './transfer';
import { backupReminder } from '$lib/domain/backup-reminder';
import { readBundle } from './assessments';
import { saveResponse } from './responses';
import { planRows, splitSets } from './stored-sets';

const v1Text = readFileSync('src/lib/domain/fixtures/workbook-v1.json', 'utf8');
let db: WorkbookDatabase;
let n = 0;
const fresh = () => (db = new WorkbookDatabase(`backup-status-${Date.now()}-${n++}`));
afterEach(async () => {
	await db.delete();
});

/** Every answer stored, in all set records. */
const storedAnswers = async () => splitSets(await db.responseSets.toArray()).responses.length;
/** Every plan action stored, in all plan records. */
const storedActions = async () =>
	(await db.plans.toArray()).flatMap((plan) => planRows(plan)).length;

function parsed() {
	const result = readWorkbookFile(v1Text);
	if (!result.ok) throw new Error(result.message);
	return result.file;
}

describe('backup status', () => {
	test('counts changes since the last backup', async () => {
		fresh();
		await importBundles(db, parsed().assessments, 'copy');
		const first = await backupStatus(db);
		expect(first.lastBackupAt).toBeUndefined();
		const plan = await storedActions();
		expect(plan).toBe(35); // the plan its answers suggest, written with them
		// The assessment, its 27 responses and its plan.
		expect(first.changesSince).toBe(1 + 27 + plan);
		await markBackedUp(db, new Date('2099-01-01T00:00:00Z'));
		expect((await backupStatus(db)).changesSince).toBe(0);
	});

	test('counts up to what the reminder needs in each table, never every record', async () => {
		fresh();
		await importBundles(db, [...parsed().assessments, ...parsed().assessments], 'copy');
		expect(await storedAnswers()).toBe(54);
		expect(await storedActions()).toBe(70);
		const status = await backupStatus(db);
		// 2 assessments, 54 answers counted as 50, 70 plan actions counted as 50.
		expect(status.changesSince).toBe(2 + 50 + 50);
		expect(backupReminder({ ...status, now: new Date() })).toEqual({
			remind: true,
			reason: 'never'
		});
	});

	test('counts only what changed after the backup (by index, whatever the size)', async () => {
		fresh();
		const [id] = await importBundles(db, parsed().assessments, 'copy');
		await markBackedUp(db, new Date('2099-01-01T00:00:00Z'));
		const bundle = (await readBundle(db, id!))!;
		const response = bundle.responses[0]!;
		// A note feeds no plan: the answer's record and its assessment change, nothing else.
		await saveResponse(
			db,
			{ assessmentId: id!, responseSetId: response.responseSetId, itemId: response.itemId },
			{ notes: 'Checked again' },
			new Date('2099-01-02T00:00:00Z')
		);
		expect((await backupStatus(db)).changesSince).toBe(2);
	});
});
