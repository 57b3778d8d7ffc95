/**
 * Organizations as records: the upgrade to database version 6 from a stored fixture of version 5,
 * imports of files from before and after, a retyped name, and the last cycle deleted.
 */
import { readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import { frameworkOf } from '$lib/content';
import { readWorkbookFile } from '$lib/domain/file-format';
import type { PlanAction } from '$lib/domain/assessment';
import { createAssessment, deleteAssessment, readBundle, updateDetails } from './assessments';
import { WorkbookDatabase } from './database';
import { listOrganizations, moveToOrganization } from './organizations';
import { listAssessmentSummaries } from './summaries';
import { testDraft, testFramework } from './test-fixtures';
import { importBundles } from './transfer';

const fixture = JSON.parse(
	readFileSync(new URL('./fixtures/database-v5.json', import.meta.url), 'utf8')
) as { tables: Record<string, Record<string, unknown>[]> };

/** Version 5 exactly as database.ts declares it, created fresh (the browser's layout of it). */
class Version5Database extends Dexie {
	constructor(name: string) {
		super(name);
		this.version(5).stores({
			assessments: 'id, updatedAt',
			responseSets: 'id, assessmentId, updatedAt',
			plans: 'assessmentId, updatedAt',
			settings: 'key',
			summaries: 'assessmentId',
			rounds: 'id, assessmentId',
			handIns: 'handInId, roundId, assessmentId'
		});
	}
}

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const C = '00000000-0000-4000-8000-00000000000c';
const D = '00000000-0000-4000-8000-00000000000d';
const E = '00000000-0000-4000-8000-00000000000e';

let db: WorkbookDatabase | undefined;
let n = 0;
afterEach(async () => {
	await db?.delete();
	db = undefined;
});

async function upgradedFromFixture(): Promise<WorkbookDatabase> {
	const name = `organizations-${++n}`;
	const old = new Version5Database(name);
	await old.open();
	for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
	old.close();
	db = new WorkbookDatabase(name);
	await db.open();
	return db;
}

describe('the upgrade to version 6', () => {
	test('each stored assessment joins one organization by its name and unit, once', async () => {
		const db = await upgradedFromFixture();
		expect(db.verno).toBe(6);
		const organizations = await db.organizations.toArray();
		// "Maple Hollow" and " maple  HOLLOW " are one; its Intake unit another; Núñez & Łukasik a third.
		expect(organizations.map((o) => [o.name, o.unit]).sort()).toEqual([
			['Maple Hollow', ''],
			['Maple Hollow', 'Intake'],
			['Núñez & Łukasik Family Services', '']
		]);
		const orgOf = async (id: string) => (await db.assessments.get(id))?.organizationId;
		const maple = organizations.find((o) => o.name === 'Maple Hollow' && o.unit === '')!.id;
		expect(await orgOf(A)).toBe(maple);
		expect(await orgOf(B)).toBe(maple);
		expect(await orgOf(C)).toBe(organizations.find((o) => o.unit === 'Intake')!.id);
		expect(await orgOf(D)).toBe(organizations.find((o) => o.name.startsWith('Núñez'))!.id);
		// The damaged record is left exactly as it was.
		expect(await db.assessments.get(E)).toEqual({
			id: E,
			organization: 42,
			updatedAt: '2026-05-03T10:00:00.000Z'
		});
	});

	test('nobody changed an assessment: stamps, answers and settings are as they were', async () => {
		const db = await upgradedFromFixture();
		const before = fixture.tables.assessments!;
		for (const row of before.slice(0, 4)) {
			const after = (await db.assessments.get(row.id as string))!;
			expect({ ...after, organizationId: undefined }).toEqual({
				...row,
				organizationId: undefined
			});
		}
		expect((await readBundle(db, A))!.responses.map((r) => r.answer)).toEqual([
			{ kind: 'score', value: 0 }
		]);
		expect(await db.settings.get('lastBackupAt')).toEqual({
			key: 'lastBackupAt',
			value: '2026-01-01T00:00:00.000Z'
		});
		// Home lists the four whole ones and names the damaged one. A's kept summary gained its
		// card in the upgrade and is read as kept (its odd overall of 10), not recomputed.
		const list = await listAssessmentSummaries(db, frameworkOf);
		expect(list.summaries.map((s) => s.assessment.id).sort()).toEqual([A, B, C, D]);
		expect(list.damaged).toBe(1);
		const a = list.summaries.find((s) => s.assessment.id === A)!;
		expect(a.score.overall).toBe(10);
		expect(a.assessment.organizationId).toBe((await db.assessments.get(A))!.organizationId);
		expect(list.recomputed.map((s) => s.assessmentId).sort()).toEqual([B, C, D]);
	});
});

describe('imports', () => {
	const v2File = () => {
		const read = readWorkbookFile(
			readFileSync(new URL('../domain/fixtures/workbook-v2.json', import.meta.url), 'utf8')
		);
		if (!read.ok) throw new Error(read.message);
		return read.file.assessments;
	};

	test('a file from before organizations were records joins the organization of the same name', async () => {
		const db = await upgradedFromFixture();
		const bundles = v2File();
		const { organization: name, unit } = bundles[0]!.assessment;
		await db.organizations.update((await db.assessments.get(D))!.organizationId!, { name, unit });
		const [id] = await importBundles(db, bundles, 'copy');
		const imported = (await db.assessments.get(id!))!;
		expect(imported.organizationId).toBe((await db.assessments.get(D))!.organizationId);
		expect(await db.organizations.count()).toBe(3);
	});

	test('a file carrying an organization id keeps it; its record is made when this device lacks it', async () => {
		db = new WorkbookDatabase(`organizations-${++n}`);
		const bundles = v2File();
		const organizationId = '00000000-0000-4000-8000-0000000000f1';
		const withId = bundles.map((b) => ({ ...b, assessment: { ...b.assessment, organizationId } }));
		await importBundles(db, withId, 'replace');
		const [copy] = await importBundles(db, withId, 'copy');
		expect((await db.organizations.toArray()).map((o) => o.id)).toEqual([organizationId]);
		const stored = (await db.assessments.get(copy!))!;
		expect(stored.organizationId).toBe(organizationId);
		expect(stored.copyOf).toBe(bundles[0]!.assessment.id);
	});
});

describe('names and deletes', () => {
	test('a retyped name renames the organization; the assessment keeps its organization', async () => {
		db = new WorkbookDatabase(`organizations-${++n}`);
		const id = await createAssessment(db, testDraft, testFramework);
		const organizationId = (await db.assessments.get(id))!.organizationId!;
		await updateDetails(db, id, { organization: 'Đặng Family Services', unit: 'North' });
		expect((await db.assessments.get(id))!.organizationId).toBe(organizationId);
		expect(await db.organizations.get(organizationId)).toMatchObject({
			name: 'Đặng Family Services',
			unit: 'North'
		});
	});

	test('deleting the last assessment of an organization removes its record, not before', async () => {
		const db = await upgradedFromFixture();
		const maple = (await db.assessments.get(A))!.organizationId!;
		await deleteAssessment(db, A);
		expect(await db.organizations.get(maple)).toBeDefined();
		await deleteAssessment(db, B);
		expect(await db.organizations.get(maple)).toBeUndefined();
	});
});

describe('imports keep organizations and cycle links whole', () => {
	const v2File = () => {
		const read = readWorkbookFile(
			readFileSync(new URL('../domain/fixtures/workbook-v2.json', import.meta.url), 'utf8')
		);
		if (!read.ok) throw new Error(read.message);
		return read.file.assessments;
	};

	test('restoring a file from before organizations keeps the organization the assessment has here', async () => {
		db = new WorkbookDatabase(`organizations-${++n}`);
		const [bundle] = v2File();
		await importBundles(db, [bundle!], 'replace');
		const organizationId = (await db.assessments.get(bundle!.assessment.id))!.organizationId!;
		// Renamed here since; the old file still says the old name.
		await updateDetails(db, bundle!.assessment.id, { organization: 'Đặng Family Services' });
		await importBundles(db, [bundle!], 'replace');
		expect((await db.assessments.get(bundle!.assessment.id))!.organizationId).toBe(organizationId);
		expect((await db.organizations.toArray()).map((o) => o.id)).toEqual([organizationId]);
	});

	test('in one file, an assessment without an id joins the organization another one names', async () => {
		db = new WorkbookDatabase(`organizations-${++n}`);
		const [bundle] = v2File();
		const organizationId = '00000000-0000-4000-8000-0000000000f2';
		const named = { ...bundle!, assessment: { ...bundle!.assessment, organizationId } };
		const [, second] = await importBundles(db, [named, bundle!], 'copy');
		expect((await db.assessments.get(second!))!.organizationId).toBe(organizationId);
		expect(await db.organizations.count()).toBe(1);
	});

	test('a file of two cycles imported as copies: the copies point to each other', async () => {
		db = new WorkbookDatabase(`organizations-${++n}`);
		const [bundle] = v2File();
		const stamp = bundle!.assessment.updatedAt;
		const action: PlanAction = {
			id: '00000000-0000-4000-8000-0000000000f6',
			assessmentId: bundle!.assessment.id,
			origin: { kind: 'custom' },
			title: 'Monthly reflective supervision for every team',
			description: '',
			level: 'supervisor',
			type: 'prevention',
			linkedItemIds: [],
			priority: 0,
			priorityReason: '',
			horizon: 'now',
			owner: 'José Núñez',
			status: 'accepted',
			successMeasure: '',
			notes: '',
			order: 0,
			editedByTeam: true,
			createdAt: stamp,
			updatedAt: stamp
		};
		const baseline = { ...bundle!, plan: [action] };
		const reviewId = '00000000-0000-4000-8000-0000000000f3';
		const review = {
			assessment: {
				...baseline.assessment,
				id: reviewId,
				cycleLabel: 'Review 2027',
				date: '2027-03-01',
				previousCycleId: baseline.assessment.id
			},
			responseSets: baseline.responseSets.map((s) => ({
				...s,
				id: '00000000-0000-4000-8000-0000000000f4',
				assessmentId: reviewId
			})),
			responses: [],
			plan: [
				{
					...action,
					id: '00000000-0000-4000-8000-0000000000f5',
					assessmentId: reviewId,
					carriedFrom: { assessmentId: baseline.assessment.id, actionId: action.id }
				}
			]
		};
		const [baselineCopy, reviewCopy] = await importBundles(db, [baseline, review], 'copy');
		const copy = (await readBundle(db, reviewCopy!))!;
		expect(copy.assessment.previousCycleId).toBe(baselineCopy);
		const baselinePlan = (await readBundle(db, baselineCopy!))!.plan;
		const carried = copy.plan.find((a) => a.carriedFrom)!;
		expect(carried.carriedFrom!.assessmentId).toBe(baselineCopy);
		expect(baselinePlan.map((a) => a.id)).toContain(carried.carriedFrom!.actionId);
	});
});

describe('moving an assessment between organizations', () => {
	test('to another organization, and to a new one of its own; an emptied organization goes', async () => {
		const db = await upgradedFromFixture();
		const orgOf = async (id: string) => (await db.assessments.get(id))!.organizationId!;
		const maple = await orgOf(A);
		const nunez = await orgOf(D);
		// D (Núñez & Łukasik) joins Maple Hollow: its own organization is left empty and goes.
		await moveToOrganization(db, D, maple, new Date('2026-06-01T00:00:00.000Z'));
		expect(await orgOf(D)).toBe(maple);
		// …and carries its name from now on (its report and home's group say Maple Hollow).
		expect((await db.assessments.get(D))!).toMatchObject({
			organization: 'Maple Hollow',
			unit: ''
		});
		expect(await db.organizations.get(nunez)).toBeUndefined();
		// The move is a change: home's summary of D is recomputed, not kept.
		expect((await db.assessments.get(D))!.updatedAt).toBe('2026-06-01T00:00:00.000Z');
		// B leaves Maple Hollow for a new organization named as it is.
		const made = await moveToOrganization(db, B, null);
		expect(await orgOf(B)).toBe(made);
		expect(await db.organizations.get(made)).toMatchObject({ name: ' maple  HOLLOW ', unit: '' });
		expect((await listOrganizations(db)).map((o) => [o.organization.id, o.cycles])).toEqual(
			expect.arrayContaining([
				[maple, 2],
				[made, 1]
			])
		);
	});

	test('to an organization that is gone: refused in words, nothing moved', async () => {
		const db = await upgradedFromFixture();
		const before = (await db.assessments.get(A))!;
		await expect(moveToOrganization(db, A, '00000000-0000-4000-8000-0000000000ee')).rejects.toThrow(
			'That organization is no longer on this device'
		);
		expect(await db.assessments.get(A)).toEqual(before);
	});
});
