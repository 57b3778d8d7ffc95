import { afterEach, expect, test } from 'vitest';
import { readWorkbookFile } from '$lib/domain/file-format';
import { readFileSync } from 'node:fs';
import { WorkbookDatabase } from './database';
import { catchUpPlans } from './plan-catch-up';

let db: WorkbookDatabase;
afterEach(async () => {
	await db.delete();
});

test('plans stored without their suggestions are brought in step once per device', async () => {
	db = new WorkbookDatabase(`catch-up-${Date.now()}`);
	const read = readWorkbookFile(readFileSync('src/lib/domain/fixtures/workbook-v1.json', 'utf8'));
	if (!read.ok) throw new Error(read.message);
	const bundle = read.file.assessments[0]!;
	// As an older version left it: answers stored, the plan not written yet.
	await db.assessments.add(bundle.assessment);
	await db.responseSets.bulkAdd(bundle.responseSets);
	await db.responses.bulkAdd(bundle.responses);
	expect(await db.planActions.count()).toBe(0);

	expect(await catchUpPlans(db)).toBe(1);
	expect(await db.planActions.count()).toBe(35);
	// Done once: a second start changes nothing, even if a plan were emptied by hand.
	await db.planActions.clear();
	expect(await catchUpPlans(db)).toBe(0);
	expect(await db.planActions.count()).toBe(0);
});
