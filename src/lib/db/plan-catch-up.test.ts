import { afterEach, expect, test } from 'vitest';
import { readWorkbookFile } from '$lib/domain/file-format';
import { readFileSync } from 'node:fs';
import { WorkbookDatabase } from './database';
import { catchUpPlans } from './plan-catch-up';
import { nestSets, planRows } from './stored-sets';

let db: WorkbookDatabase;
afterEach(async () => {
	await db.delete();
});
/** Every plan action stored, in all plan records. */
const storedActions = async () =>
	(await db.plans.toArray()).flatMap((plan) => planRows(plan)).length;

test('plans stored without their suggestions are brought in step once per device', async () => {
	db = new WorkbookDatabase(`catch-up-${Date.now()}`);
	const read = readWorkbookFile(readFileSync('src/lib/domain/fixtures/workbook-v1.json', 'utf8'));
	if (!read.ok) throw new Error(read.message);
	const bundle = read.file.assessments[0]!;
	// As an older version left it: answers stored, the plan not written yet.
	await db.assessments.add(bundle.assessment);
	await db.responseSets.bulkAdd(nestSets(bundle.responseSets, bundle.responses));
	expect(await storedActions()).toBe(0);

	expect(await catchUpPlans(db)).toBe(1);
	expect(await storedActions()).toBe(35);
	// Done once: a second start changes nothing, even if a plan were emptied by hand.
	await db.plans.clear();
	expect(await catchUpPlans(db)).toBe(0);
	expect(await storedActions()).toBe(0);
});
