import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import {
	readWorkbookBlob,
	readWorkbookFile,
	toWorkbookFile,
	withFreshIds
} from '$lib/domain/file-format';
import { WorkbookDatabase } from './database';
import { createAssessment, readBundle } from './assessments';
import { importBundles, readAllBundles } from './transfer';
import { splitSets } from './stored-sets';

const v1Text = readFileSync('src/lib/domain/fixtures/workbook-v1.json', 'utf8');
let db: WorkbookDatabase;
let n = 0;
const fresh = () => (db = new WorkbookDatabase(`transfer-${Date.now()}-${n++}`));
afterEach(async () => {
	await db.delete();
});

/** Every answer stored, in all set records. */
const storedAnswers = async () => splitSets(await db.responseSets.toArray()).responses.length;

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
		const exported = toWorkbookFile(
			(await readAllBundles(db)).bundles,
			'backup',
			new Date(),
			'test'
		);
		const reread = readWorkbookFile(JSON.stringify(exported));
		expect(reread.ok).toBe(true);
		const [copyId] = await importBundles(db, reread.ok ? reread.file.assessments : [], 'copy');
		const a = (await readBundle(db, id!))!;
		const b = (await readBundle(db, copyId!))!;
		expect(copyId).not.toBe(id);
		// The second import is marked as a copy of the first; both belong to one organization.
		expect(b.assessment.copyOf).toBe(id);
		expect(b.assessment.organizationId).toBe(a.assessment.organizationId);
		const strip = (bundle: typeof a) => ({
			assessment: { ...bundle.assessment, id: '', copyOf: undefined },
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
		await db.responseSets
			.where('assessmentId')
			.equals(id)
			.modify((set) => {
				set.responses = set.responses.map((r) => ({ ...r, notes: 'changed later' }));
			});
		await importBundles(db, file.assessments, 'replace');
		const bundle = (await readBundle(db, id))!;
		expect(bundle.responses).toHaveLength(27);
		expect(bundle.responses.some((r) => r.notes === 'changed later')).toBe(false);
		expect(await db.assessments.count()).toBe(1);
	});

	test('"copy" always gives new ids, however often the same file is imported', async () => {
		fresh();
		const bundles = parsed().assessments;
		const ids = [
			...(await importBundles(db, bundles, 'copy')),
			...(await importBundles(db, bundles, 'copy')),
			...(await importBundles(db, bundles, 'replace'))
		];
		expect(new Set(ids).size).toBe(3);
		expect(ids.slice(0, 2)).not.toContain(bundles[0]!.assessment.id);
		expect(await storedAnswers()).toBe(3 * 27);
	});

	test('"replace" gives fresh record ids when another assessment on this device uses them', async () => {
		fresh();
		const bundle = parsed().assessments[0]!;
		await importBundles(db, [bundle], 'replace');
		// Same sets, responses and plan ids, but another assessment id (a hand-made or
		// re-exported file): before, this failed with "ConstraintError: Key already exists".
		const twin = { ...bundle, assessment: { ...bundle.assessment, id: crypto.randomUUID() } };
		const relink = <T extends { assessmentId: string }>(r: T) => ({
			...r,
			assessmentId: twin.assessment.id
		});
		const file = {
			...twin,
			responseSets: bundle.responseSets.map(relink),
			responses: bundle.responses.map(relink),
			plan: bundle.plan.map(relink)
		};
		const [id] = await importBundles(db, [file], 'replace');
		expect(id).toBe(twin.assessment.id);
		const original = (await readBundle(db, bundle.assessment.id))!;
		const copy = (await readBundle(db, id!))!;
		expect(original.responses.map((r) => r.id).sort()).toEqual(
			bundle.responses.map((r) => r.id).sort()
		);
		expect(copy.responses).toHaveLength(27);
		expect(copy.responses.some((r) => original.responses.some((o) => o.id === r.id))).toBe(false);
		expect(copy.responseSets).toHaveLength(1);
		expect(copy.responses.every((r) => r.responseSetId === copy.responseSets[0]!.id)).toBe(true);
	});

	test('"replace": answer ids used by another assessment get fresh ids, so backups still import', async () => {
		fresh();
		const bundle = parsed().assessments[0]!;
		await importBundles(db, [bundle], 'replace');
		// New assessment and set ids, but the answers keep the ids the first one uses.
		const other = withFreshIds(bundle, () => crypto.randomUUID());
		const file = {
			...other,
			responses: other.responses.map((r, i) => ({ ...r, id: bundle.responses[i]!.id }))
		};
		const [id] = await importBundles(db, [file], 'replace');
		const copy = (await readBundle(db, id!))!;
		expect(copy.responses).toHaveLength(27);
		expect(copy.responses.some((r) => bundle.responses.some((o) => o.id === r.id))).toBe(false);
		const backup = toWorkbookFile((await readAllBundles(db)).bundles, 'backup', new Date(), 'test');
		const reread = readWorkbookFile(JSON.stringify(backup));
		expect(reread.ok && reread.file.assessments.length).toBe(2);
	});

	test('a stored answer naming another assessment is left out of backups, not its assessment', async () => {
		fresh();
		const bundle = parsed().assessments[0]!;
		const [id] = await importBundles(db, [bundle], 'replace');
		const [set] = await db.responseSets.where('assessmentId').equals(id!).toArray();
		const [first, ...rest] = set!.responses;
		await db.responseSets.put({
			...set!,
			responses: [{ ...first!, assessmentId: crypto.randomUUID() }, ...rest]
		});
		const { bundles, leftOut } = await readAllBundles(db);
		expect(bundles).toHaveLength(1);
		expect(bundles[0]!.responses).toHaveLength(26);
		expect(leftOut).toBe(1);
	});

	test('imports a thousand assessments in one transaction, with bulk writes', async () => {
		fresh();
		const bundle = parsed().assessments[0]!;
		const bundles = Array.from({ length: 1_000 }, () =>
			withFreshIds(bundle, () => crypto.randomUUID())
		);
		let transactions = 0;
		const writes: Record<string, number> = { add: 0, put: 0, delete: 0 };
		db.use({
			stack: 'dbcore',
			name: 'count-writes',
			create: (core) => ({
				...core,
				transaction: (...args) => {
					transactions += 1;
					return core.transaction(...args);
				},
				table: (name) => {
					const table = core.table(name);
					return {
						...table,
						mutate: (request) => {
							writes[request.type] = (writes[request.type] ?? 0) + 1;
							return table.mutate(request);
						}
					};
				}
			})
		});
		const started = performance.now();
		const ids = await importBundles(db, bundles, 'replace');
		console.log(
			`import of 1,000 assessments (fake IndexedDB): ${Math.round(performance.now() - started)} ms`
		);
		expect(ids).toHaveLength(1_000);
		// One bulk write per table: assessments (put), sets with their answers (add), plans (put),
		// home summaries (put).
		// One add of the response sets and one of the organizations (all new here).
		expect(writes).toEqual({ add: 2, put: 3, delete: 0 });
		expect(transactions).toBe(1);
		expect(await db.responseSets.count()).toBe(1_000);
		expect(await storedAnswers()).toBe(27_000);
		// Restoring the same thousand again replaces them: one delete per table, nothing doubled.
		await importBundles(db, bundles, 'replace');
		expect(await db.assessments.count()).toBe(1_000);
		expect(await storedAnswers()).toBe(27_000);
	}, 60_000);

	test('an imported assessment arrives with its plan in step with its answers', async () => {
		fresh();
		// The version-1 fixture carries 27 answers and no plan (an older app wrote plans lazily).
		const file = parsed();
		expect(file.assessments[0]!.plan).toEqual([]);
		const [id] = await importBundles(db, file.assessments, 'copy');
		const bundle = (await readBundle(db, id!))!;
		expect(bundle.plan.length).toBeGreaterThan(20);
		expect(bundle.plan.every((a) => a.status === 'proposed' && !a.editedByTeam)).toBe(true);
		// A restore of that same state changes nothing: the team's plan is left as it is.
		const accepted = { ...bundle.plan[0]!, status: 'accepted' as const, editedByTeam: true };
		const again = { ...bundle, plan: [accepted, ...bundle.plan.slice(1)] };
		await importBundles(db, [again], 'replace');
		const restored = (await readBundle(db, id!))!;
		expect(restored.plan.find((a) => a.id === accepted.id)).toEqual(accepted);
		expect(restored.plan).toHaveLength(bundle.plan.length);
	});

	test('a backup leaves damaged stored records out, so the file it makes always restores', async () => {
		fresh();
		const [id] = await importBundles(db, parsed().assessments, 'copy');
		// As a damaged disk could leave them: a broken assessment, a broken answer and an answer
		// whose set is gone, next to a whole assessment.
		await db.assessments.put({ id: 'broken', organization: 42, updatedAt: '2026' } as never);
		// (answers are kept in their set's record: both sit in the assessment's consensus set).
		const set = (await db.responseSets.where('assessmentId').equals(id!).first())!;
		const orphan = {
			...set.responses[0]!,
			id: crypto.randomUUID(),
			responseSetId: crypto.randomUUID()
		};
		await db.responseSets.put({
			...set,
			responses: [...set.responses, { id: 'r1', assessmentId: id!, answer: 'x' } as never, orphan]
		});
		const { bundles, leftOut } = await readAllBundles(db);
		expect(leftOut).toBe(3);
		expect(bundles.map((b) => b.assessment.id)).toEqual([id]);
		expect(bundles[0]!.responses).toHaveLength(27);
		const reread = readWorkbookFile(
			JSON.stringify(toWorkbookFile(bundles, 'backup', new Date(), 'test'))
		);
		expect(reread.ok).toBe(true);
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
		// Two response sets with the same id: the second add fails inside the transaction.
		const broken = { ...bundle, responseSets: [bundle.responseSets[0]!, bundle.responseSets[0]!] };
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
			// Through the reader the file input uses (a stream over the file), then the same write
			// as "Import as new copies": a file that passes adds an assessment.
			const read = await readWorkbookBlob(new Blob([text]));
			const result = read.ok
				? { ok: true as const, ids: await importBundles(db, read.file.assessments, 'copy') }
				: read;
			if (result.ok) {
				expect(result.ids).toHaveLength(1);
				await db.transaction('rw', [db.assessments, db.responseSets, db.plans], async () => {
					await db.responseSets.where('assessmentId').equals(result.ids[0]!).delete();
					await db.plans.delete(result.ids[0]!);
					await db.assessments.delete(result.ids[0]!);
				});
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
