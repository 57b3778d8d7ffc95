/**
 * The upgrade from database version 2 (one record per answer and per plan action) to the
 * layout of version 4 (answers inside their set's record, actions inside their plan's record),
 * with every expected value written out by hand.
 */
import { Dexie } from 'dexie';
import { afterEach, expect, test } from 'vitest';
import type { Assessment, PlanAction, Response, ResponseSet } from '$lib/domain/assessment';
import { readBundle } from './assessments';
import { WorkbookDatabase } from './database';
import { latestChangeAt } from './snapshots';

/** Versions 1 and 2 exactly as database.ts declares them: the layout people have stored. */
class Version2Database extends Dexie {
	constructor(name: string) {
		super(name);
		this.version(1).stores({
			assessments: 'id, updatedAt',
			responseSets: 'id, assessmentId',
			responses: 'id, assessmentId, &[responseSetId+itemId]',
			planActions: 'id, assessmentId',
			settings: 'key'
		});
		this.version(2).stores({
			responses: 'id, assessmentId, &[responseSetId+itemId], updatedAt',
			planActions: 'id, assessmentId, updatedAt',
			summaries: 'assessmentId'
		});
	}
}

let db: WorkbookDatabase | undefined;
let n = 0;
afterEach(async () => {
	await db?.delete();
	db = undefined;
});

const ASSESSMENT_A = '00000000-0000-4000-8000-00000000000a';
const ASSESSMENT_B = '00000000-0000-4000-8000-00000000000b';
const SET_A = '00000000-0000-4000-8000-0000000005a0';
const SET_B = '00000000-0000-4000-8000-0000000005b0';
const MISSING_SET = '00000000-0000-4000-8000-0000000005ff';
const MISSING_ASSESSMENT = '00000000-0000-4000-8000-0000000000ff';

function assessment(id: string, organization: string, updatedAt: string): Assessment {
	return {
		id,
		organization,
		unit: '',
		cycleLabel: 'Baseline 2026',
		date: '2026-03-01',
		facilitator: '',
		frameworkId: 'nctsn-sts-essentials',
		frameworkVersion: '1.0.0',
		roster: [],
		riskProfile: {},
		isExample: false,
		createdAt: '2026-03-01T08:00:00.000Z',
		updatedAt
	};
}

function consensus(id: string, assessmentId: string): ResponseSet {
	return {
		id,
		assessmentId,
		kind: 'consensus',
		label: 'Consensus',
		createdAt: '2026-03-01T08:00:00.000Z',
		// Older than every answer in it.
		updatedAt: '2026-03-01T08:00:00.000Z'
	};
}

function answer(
	id: string,
	assessmentId: string,
	responseSetId: string,
	itemId: string,
	value: 0 | 1 | 2 | 3 | 4,
	updatedAt: string
): Response {
	return {
		id,
		assessmentId,
		responseSetId,
		itemId,
		answer: { kind: 'score', value },
		notes: '',
		evidence: '',
		discuss: false,
		updatedAt
	};
}

function action(
	id: string,
	assessmentId: string,
	title: string,
	order: number,
	updatedAt: string
): PlanAction {
	return {
		id,
		assessmentId,
		origin: { kind: 'custom' },
		title,
		description: '',
		level: 'organization',
		type: 'prevention',
		linkedItemIds: [],
		priority: 0,
		priorityReason: '',
		horizon: 'now',
		owner: '',
		status: 'proposed',
		successMeasure: '',
		notes: '',
		order,
		editedByTeam: true,
		createdAt: '2026-03-01T08:00:00.000Z',
		updatedAt
	};
}

// Assessment A: three answers, the newest (14:00 on March 5th) neither first nor last by id;
// two actions, the newer at 11:00 on March 6th.
const answersA = [
	answer(
		'00000000-0000-4000-8000-000000000a01',
		ASSESSMENT_A,
		SET_A,
		'item.a',
		1,
		'2026-03-02T09:00:00.000Z'
	),
	answer(
		'00000000-0000-4000-8000-000000000a02',
		ASSESSMENT_A,
		SET_A,
		'item.b',
		3,
		'2026-03-05T14:00:00.000Z'
	),
	answer(
		'00000000-0000-4000-8000-000000000a03',
		ASSESSMENT_A,
		SET_A,
		'item.c',
		4,
		'2026-03-03T10:30:00.000Z'
	)
];
const planA = [
	action(
		'00000000-0000-4000-8000-000000000ac1',
		ASSESSMENT_A,
		'Peer circle',
		1,
		'2026-03-06T11:00:00.000Z'
	),
	action(
		'00000000-0000-4000-8000-000000000ac2',
		ASSESSMENT_A,
		'Training day',
		2,
		'2026-03-04T16:45:00.000Z'
	)
];
// Assessment B: two answers, the newer at 12:15 on March 7th; one action at 08:20 on March 8th.
const answersB = [
	answer(
		'00000000-0000-4000-8000-000000000b01',
		ASSESSMENT_B,
		SET_B,
		'item.a',
		0,
		'2026-03-07T12:15:00.000Z'
	),
	answer(
		'00000000-0000-4000-8000-000000000b02',
		ASSESSMENT_B,
		SET_B,
		'item.d',
		2,
		'2026-03-02T17:00:00.000Z'
	)
];
const planB = [
	action(
		'00000000-0000-4000-8000-000000000bc1',
		ASSESSMENT_B,
		'Supervision',
		1,
		'2026-03-08T08:20:00.000Z'
	)
];
// Left out of every screen and backup before the upgrade, as damaged: an answer whose set does
// not exist (newer than anything else, so a stamp taken from it would show) and an action whose
// assessment does not exist.
const orphanAnswer = answer(
	'00000000-0000-4000-8000-0000000000f1',
	ASSESSMENT_A,
	MISSING_SET,
	'item.a',
	2,
	'2026-03-09T00:00:00.000Z'
);
const orphanAction = action(
	'00000000-0000-4000-8000-0000000000f2',
	MISSING_ASSESSMENT,
	'Nobody’s',
	1,
	'2026-03-09T00:00:00.000Z'
);

const byId = <T extends { id: string }>(rows: readonly T[]) =>
	[...rows].sort((x, y) => x.id.localeCompare(y.id));

test('a version-2 database moves every answer into its set and every action into its plan', async () => {
	const name = `upgrade-${Date.now()}-${n++}`;
	const old = new Version2Database(name);
	await old
		.table('assessments')
		.bulkAdd([
			assessment(ASSESSMENT_A, 'Riverbend', '2026-03-06T11:00:00.000Z'),
			assessment(ASSESSMENT_B, 'Maple Hollow', '2026-03-08T08:20:00.000Z')
		]);
	await old
		.table('responseSets')
		.bulkAdd([consensus(SET_A, ASSESSMENT_A), consensus(SET_B, ASSESSMENT_B)]);
	await old.table('responses').bulkAdd([...answersA, ...answersB, orphanAnswer]);
	await old.table('planActions').bulkAdd([...planA, ...planB, orphanAction]);
	await old.table('settings').put({ key: 'lastBackupAt', value: '2026-03-01T00:00:00.000Z' });
	expect(old.verno).toBe(2);
	old.close();

	db = new WorkbookDatabase(name);
	await db.open();
	expect(db.verno).toBe(6);

	// The old tables are gone, from the schema and from the browser's stores.
	expect(db.tables.map((t) => t.name).sort()).toEqual([
		'assessments',
		'handIns',
		'organizations',
		'plans',
		'responseSets',
		'rounds',
		'settings',
		'summaries'
	]);
	expect([...db.backendDB().objectStoreNames].sort()).toEqual([
		'assessments',
		'handIns',
		'organizations',
		'plans',
		'responseSets',
		'rounds',
		'settings',
		'summaries'
	]);

	// Each assessment reads back with the same answers and the same plan.
	const a = (await readBundle(db, ASSESSMENT_A))!;
	expect(a.assessment.organization).toBe('Riverbend');
	expect(a.responseSets.map((s) => s.id)).toEqual([SET_A]);
	expect(byId(a.responses)).toEqual(answersA);
	expect(byId(a.plan)).toEqual(planA);
	const b = (await readBundle(db, ASSESSMENT_B))!;
	expect(b.assessment.organization).toBe('Maple Hollow');
	expect(b.responseSets.map((s) => s.id)).toEqual([SET_B]);
	expect(byId(b.responses)).toEqual(answersB);
	expect(byId(b.plan)).toEqual(planB);

	// A set is stamped with its newest answer, a plan with its newest action.
	const setA = (await db.responseSets.get(SET_A))!;
	const setB = (await db.responseSets.get(SET_B))!;
	expect(setA.updatedAt).toBe('2026-03-05T14:00:00.000Z');
	expect(setB.updatedAt).toBe('2026-03-07T12:15:00.000Z');
	expect(setA.responses).toHaveLength(3);
	expect(setB.responses).toHaveLength(2);
	expect(await db.plans.get(ASSESSMENT_A)).toMatchObject({
		assessmentId: ASSESSMENT_A,
		updatedAt: '2026-03-06T11:00:00.000Z'
	});
	expect(await db.plans.get(ASSESSMENT_B)).toMatchObject({
		assessmentId: ASSESSMENT_B,
		updatedAt: '2026-03-08T08:20:00.000Z'
	});
	// The new updatedAt indexes hold the upgraded records.
	expect(await db.responseSets.orderBy('updatedAt').primaryKeys()).toEqual([SET_A, SET_B]);
	expect(await db.plans.orderBy('updatedAt').primaryKeys()).toEqual([ASSESSMENT_A, ASSESSMENT_B]);

	// The orphans went with the old tables: in no set, in no plan, in no stamp.
	expect(await db.responseSets.count()).toBe(2);
	expect(await db.plans.count()).toBe(2);
	const everyAnswer = (await db.responseSets.toArray()).flatMap((s) => s.responses);
	expect(everyAnswer).toHaveLength(5);
	expect(everyAnswer.some((r) => r.id === orphanAnswer.id)).toBe(false);
	expect(await db.plans.get(MISSING_ASSESSMENT)).toBeUndefined();
	expect(await latestChangeAt(db)).toBe('2026-03-08T08:20:00.000Z');
	expect(await db.settings.get('lastBackupAt')).toEqual({
		key: 'lastBackupAt',
		value: '2026-03-01T00:00:00.000Z'
	});
});
