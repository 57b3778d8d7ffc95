import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { readWorkbookFile } from '$lib/domain/file-format';
import { WorkbookDatabase } from './database';
import { backupStatus, markBackedUp } from './backup-status';
import { importBundles } from './transfer';

const v1Text = readFileSync('src/lib/domain/fixtures/workbook-v1.json', 'utf8');
let db: WorkbookDatabase;
let n = 0;
const fresh = () => (db = new WorkbookDatabase(`backup-status-${Date.now()}-${n++}`));
afterEach(async () => {
	await db.delete();
});

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
		const plan = await db.planActions.count();
		expect(plan).toBe(35); // the plan its answers suggest, written with them
		// The assessment, its 27 responses and its plan.
		expect(first.changesSince).toBe(1 + 27 + plan);
		await markBackedUp(db, new Date('2099-01-01T00:00:00Z'));
		expect((await backupStatus(db)).changesSince).toBe(0);
	});
});
