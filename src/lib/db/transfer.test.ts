import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { readWorkbookFile, toWorkbookFile } from '$lib/domain/file-format';
import { WorkbookDatabase } from './database';
import { createAssessment, readBundle } from './assessments';
import { backupStatus, markBackedUp } from './backup-status';
import { importBundles, importWorkbookText, readAllBundles } from './transfer';

const v1Text = readFileSync('src/lib/domain/fixtures/workbook-v1.json', 'utf8');
let db: WorkbookDatabase;
let n = 0;
const fresh = () => (db = new WorkbookDatabase(`transfer-${Date.now()}-${n++}`));
afterEach(async () => {
	await db.delete();
});

async function snapshot() {
	return JSON.stringify(await readAllBundles(db));
}

function parsed() {
	const result = readWorkbookFile(v1Text);
	if (!result.ok) throw new Error(result.message);
	return result.file;
}

describe('import', () => {
	test('export, import as a copy: an equal assessment with new ids', async () => {
		fresh();
		const [id] = await importBundles(db, parsed().assessments, 'copy');
		const exported = toWorkbookFile(await readAllBundles(db), 'backup', new Date(), 'test');
		const reread = readWorkbookFile(JSON.stringify(exported));
		expect(reread.ok).toBe(true);
		const [copyId] = await importBundles(db, reread.ok ? reread.file.assessments : [], 'copy');
		const a = (await readBundle(db, id!))!;
		const b = (await readBundle(db, copyId!))!;
		expect(copyId).not.toBe(id);
		const strip = (bundle: typeof a) => ({
			assessment: { ...bundle.assessment, id: '' },
			responses: bundle.responses
				.map(({ itemId, answer, notes, evidence, discuss }) => ({
					itemId,
					answer,
					notes,
					evidence,
					discuss
				}))
				.sort((x, y) => x.itemId.localeCompare(y.itemId))
		});
		expect(strip(b)).toEqual(strip(a));
	});

	test('replace restores a backup over changed data, keeping ids', async () => {
		fresh();
		const file = parsed();
		await importBundles(db, file.assessments, 'replace');
		const id = file.assessments[0]!.assessment.id;
		await db.responses.where('assessmentId').equals(id).modify({ notes: 'changed later' });
		await importBundles(db, file.assessments, 'replace');
		const bundle = (await readBundle(db, id))!;
		expect(bundle.responses).toHaveLength(27);
		expect(bundle.responses.some((r) => r.notes === 'changed later')).toBe(false);
		expect(await db.assessments.count()).toBe(1);
	});

	test('a failing import writes nothing (one transaction)', async () => {
		fresh();
		await createAssessment(
			db,
			{ organization: 'Keep', unit: '', cycleLabel: '', date: '2026-01-01', facilitator: '' },
			{ id: 'nctsn-sts-essentials', version: '1.0.0' }
		);
		const before = await snapshot();
		const bundle = parsed().assessments[0]!;
		// Two responses with the same id: the second add fails inside the transaction.
		const broken = { ...bundle, responses: [bundle.responses[0]!, bundle.responses[0]!] };
		await expect(importBundles(db, [broken], 'replace')).rejects.toThrow();
		expect(await snapshot()).toBe(before);
	});
});

describe('hostile files (property-based)', () => {
	const base = JSON.parse(v1Text) as Record<string, unknown>;

	/** Replaces the value at a random path of the valid file with arbitrary JSON. */
	const corrupted = fc
		.tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.jsonValue({ maxDepth: 3 }))
		.map(([steps, value]) => {
			const copy = structuredClone(base);
			let node: unknown = copy;
			for (const [index, step] of steps.entries()) {
				if (typeof node !== 'object' || node === null) break;
				const keys = Object.keys(node);
				if (keys.length === 0) break;
				const key = keys[step % keys.length]!;
				if (
					index === steps.length - 1 ||
					typeof (node as Record<string, unknown>)[key] !== 'object'
				) {
					(node as Record<string, unknown>)[key] = value;
					break;
				}
				node = (node as Record<string, unknown>)[key];
			}
			return JSON.stringify(copy);
		});

	const truncated = fc.nat({ max: v1Text.length - 2 }).map((end) => v1Text.slice(0, end));
	const withProto = fc.constantFrom(
		v1Text.replace('"scope"', '"__proto__": {"polluted": true}, "scope"'),
		v1Text.replace(
			'"riskProfile": {',
			'"riskProfile": {"__proto__": "high", "constructor": "high", '
		)
	);
	const deep = fc
		.integer({ min: 1_000, max: 20_000 })
		.map((depth) => '['.repeat(depth) + ']'.repeat(depth));
	const huge = fc.constant(v1Text.replace('"notes": "', `"notes": "${'x'.repeat(20_000)}`));
	const wrongVersion = fc
		.oneof(fc.integer({ min: -5, max: 100 }), fc.string(), fc.constant(null))
		.filter((v) => v !== 1 && v !== 2)
		.map((version) => JSON.stringify({ ...base, version }));
	const anything = fc.string({ maxLength: 200 });

	test('thousands of malformed files are all refused with a message, and the database is unchanged', async () => {
		fresh();
		await importBundles(db, parsed().assessments, 'copy');
		const samples = fc.sample(
			fc.oneof(corrupted, truncated, withProto, deep, huge, wrongVersion, anything),
			{ numRuns: 3_000, seed: 20261125 }
		);
		let refused = 0;
		for (const text of samples) {
			const before = await snapshot();
			// Through the real import path, in "copy" mode: a file that passes adds an assessment.
			const result = await importWorkbookText(db, text, 'copy');
			if (result.ok) {
				expect(result.ids).toHaveLength(1);
				await db.transaction(
					'rw',
					[db.assessments, db.responseSets, db.responses, db.planActions],
					async () => {
						for (const table of [db.responses, db.responseSets, db.planActions]) {
							await table.where('assessmentId').equals(result.ids[0]!).delete();
						}
						await db.assessments.delete(result.ids[0]!);
					}
				);
			} else {
				refused += 1;
				expect(result.message.length).toBeGreaterThan(10);
				expect(await snapshot()).toBe(before);
			}
			expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		}
		expect(refused).toBeGreaterThan(2_000);
	}, 120_000);
});

describe('backup status', () => {
	test('counts changes since the last backup', async () => {
		fresh();
		await importBundles(db, parsed().assessments, 'copy');
		const first = await backupStatus(db);
		expect(first.lastBackupAt).toBeUndefined();
		expect(first.changesSince).toBe(1 + 27); // the assessment and its 27 responses
		await markBackedUp(db, new Date('2099-01-01T00:00:00Z'));
		expect((await backupStatus(db)).changesSince).toBe(0);
	});
});
