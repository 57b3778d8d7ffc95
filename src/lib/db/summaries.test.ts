import { readFileSync } from 'node:fs';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import { builtinFramework } from '$lib/content';
import { cardOf, type Assessment, type Response } from '$lib/domain/assessment';
import { readWorkbookFile } from '$lib/domain/file-format';
import { deleteAssessment, newAssessmentRecords, updateDetails } from './assessments';
import { backupStatus } from './backup-status';
import { WorkbookDatabase, type StoredSummary } from './database';
import { saveResponse } from './responses';
import { nestSets, planRows } from './stored-sets';
import { countDamagedAssessments, keepSummaries, listAssessmentSummaries } from './summaries';
import { testDraft, twoElementFramework } from './test-fixtures';
import { importBundles } from './transfer';

const framework = twoElementFramework;

let db: WorkbookDatabase;
let n = 0;
const name = () => `summaries-${Date.now()}-${n++}`;
afterEach(async () => {
	await db.delete();
});

function records(organization: string, at: string) {
	return newAssessmentRecords({ ...testDraft, organization }, framework, new Date(at));
}

type Answer = Response['answer'];
function answers(assessment: Assessment, setId: string, given: Record<string, Answer>): Response[] {
	return Object.entries(given).map(([itemId, answer]) => ({
		id: crypto.randomUUID(),
		assessmentId: assessment.id,
		responseSetId: setId,
		itemId,
		answer,
		notes: '',
		evidence: '',
		discuss: false,
		updatedAt: assessment.updatedAt
	}));
}

// Element x: (1 + 3) / 2 / 4 = 50. Element y: 4 / 1 / 4 = 100 (item.d Don't know, left out).
// Overall (50 + 100) / 2 = 75; all four items have an answer: 4 of 4 complete.
const GIVEN: Record<string, Answer> = {
	'item.a': { kind: 'score', value: 1 },
	'item.b': { kind: 'score', value: 3 },
	'item.c': { kind: 'score', value: 4 },
	'item.d': { kind: 'dont-know' }
};

describe('upgrade from version 1', () => {
	test('a version-1 database keeps its data, gains the indexes, and summaries are computed', async () => {
		const dbName = name();
		const v1 = new Dexie(dbName);
		v1.version(1).stores({
			assessments: 'id, updatedAt',
			responseSets: 'id, assessmentId',
			responses: 'id, assessmentId, &[responseSetId+itemId]',
			planActions: 'id, assessmentId',
			settings: 'key'
		});
		const { assessment, consensus } = records('Before', '2026-03-02T10:00:00Z');
		await v1.table('assessments').add(assessment);
		await v1.table('responseSets').add(consensus);
		await v1.table('responses').bulkAdd(answers(assessment, consensus.id, GIVEN));
		const action = { id: 'p1', assessmentId: assessment.id, updatedAt: '2026-03-03T00:00:00.000Z' };
		await v1.table('planActions').add(action);
		await v1.table('settings').put({ key: 'lastBackupAt', value: '2026-03-01T00:00:00.000Z' });
		v1.close();

		db = new WorkbookDatabase(dbName);
		await db.open();
		expect(db.verno).toBe(6);
		const [set] = await db.responseSets.toArray();
		expect(set?.responses).toHaveLength(4);
		// The new indexes hold the records stored before the upgrade: the set with its 4 answers
		// (stamped with the newest of them) and the plan with its 1 action.
		expect(await db.responseSets.where('updatedAt').above('2026-03-01').count()).toBe(1);
		const [plan] = await db.plans.where('updatedAt').above('2026-03-02T12:00').toArray();
		expect(planRows(plan)).toEqual([action]);
		// Since the backup of March 1st: the assessment, its 4 answers and its 1 action.
		expect((await backupStatus(db)).changesSince).toBe(6);

		expect(await db.summaries.count()).toBe(0);
		const list = await listAssessmentSummaries(db, framework, 50);
		expect(list.summaries[0]?.score.overall).toBe(75);
		expect(list.summaries[0]?.progress).toEqual({ complete: 4, total: 4, percent: 100 });
		expect(list.recomputed.map((s) => s.assessmentId)).toEqual([assessment.id]);
		await keepSummaries(db, list.recomputed);
		expect(await db.summaries.get(assessment.id)).toMatchObject({
			assessmentUpdatedAt: '2026-03-02T10:00:00.000Z',
			frameworkId: 'test-framework',
			frameworkVersion: '1'
		});
		const again = await listAssessmentSummaries(db, framework, 50);
		expect(again.recomputed).toEqual([]);
		expect(again.summaries[0]?.score.overall).toBe(75);
	});
});

describe('kept summaries', () => {
	async function seeded(kept: Partial<StoredSummary>) {
		db = new WorkbookDatabase(name());
		const { assessment, consensus } = records('Kept', '2026-03-02T10:00:00Z');
		await db.assessments.add(assessment);
		await db.responseSets.add(nestSets([consensus], answers(assessment, consensus.id, GIVEN))[0]!);
		await db.summaries.put({
			assessmentId: assessment.id,
			card: cardOf(assessment),
			assessmentUpdatedAt: assessment.updatedAt,
			frameworkId: 'test-framework',
			frameworkVersion: '1',
			// Deliberately not what the answers say: shows whether the kept record was used.
			progress: { complete: 1, total: 4, percent: 25 },
			score: { elements: [], overall: 10, coverage: {} as never },
			...kept
		});
		return { assessment, consensus };
	}

	test('a current summary is read, not recomputed', async () => {
		await seeded({});
		const list = await listAssessmentSummaries(db, framework, 50);
		expect(list.summaries[0]?.score.overall).toBe(10);
		expect(list.recomputed).toEqual([]);
	});

	test('a summary kept before summaries carried the card (version 5) is recomputed', async () => {
		await seeded({ card: undefined });
		const list = await listAssessmentSummaries(db, framework, 50);
		expect(list.summaries[0]?.score.overall).toBe(75);
		expect(list.summaries[0]?.assessment.organization).toBe('Kept');
		expect(list.recomputed).toHaveLength(1);
	});

	test('a summary of an older state of the assessment is recomputed from its answers', async () => {
		await seeded({ assessmentUpdatedAt: '2026-03-01T00:00:00.000Z' });
		const list = await listAssessmentSummaries(db, framework, 50);
		expect(list.summaries[0]?.score.overall).toBe(75);
		expect(list.recomputed).toHaveLength(1);
	});

	test('a summary computed with another version of the framework is recomputed', async () => {
		await seeded({ frameworkVersion: '0.9' });
		const list = await listAssessmentSummaries(db, framework, 50);
		expect(list.summaries[0]?.score.overall).toBe(75);
	});

	test('an answer makes the kept summary stale: the list shows the new score', async () => {
		const { assessment, consensus } = await seeded({ frameworkVersion: '0.9' });
		await keepSummaries(db, (await listAssessmentSummaries(db, framework, 50)).recomputed);
		expect((await listAssessmentSummaries(db, framework, 50)).recomputed).toEqual([]);
		await saveResponse(
			db,
			{ assessmentId: assessment.id, responseSetId: consensus.id, itemId: 'item.a' },
			{ answer: { kind: 'score', value: 3 } },
			new Date('2026-03-05T09:00:00Z')
		);
		// Element x: (3 + 3) / 2 / 4 = 75; element y 100; overall 87.5.
		const list = await listAssessmentSummaries(db, framework, 50);
		expect(list.summaries[0]?.score.overall).toBe(87.5);
		expect(list.recomputed[0]?.assessmentUpdatedAt).toBe('2026-03-05T09:00:00.000Z');
	});

	test('a summary is not kept once its assessment changed after it was computed', async () => {
		const { assessment } = await seeded({ frameworkVersion: '0.9' });
		const list = await listAssessmentSummaries(db, framework, 50);
		await updateDetails(db, assessment.id, { unit: 'Intake' }, new Date('2026-03-06T00:00:00Z'));
		await keepSummaries(db, list.recomputed);
		expect((await db.summaries.get(assessment.id))?.frameworkVersion).toBe('0.9');
	});

	test('deleting an assessment deletes its summary', async () => {
		const { assessment } = await seeded({});
		await deleteAssessment(db, assessment.id);
		expect(await db.summaries.count()).toBe(0);
	});
});

describe('pages and damaged records', () => {
	test('the newest first, a page at a time, with what is left and what is damaged', async () => {
		db = new WorkbookDatabase(name());
		for (let day = 1; day <= 5; day++) {
			const { assessment, consensus } = records(`Day ${day}`, `2026-03-0${day}T10:00:00Z`);
			await db.assessments.add(assessment);
			await db.responseSets.add({ ...consensus, responses: [] });
		}
		// Written around the repositories, as a damaged disk could leave them: one the list's
		// order holds (oldest: "2026" sorts first), one it cannot (no updatedAt).
		await db.assessments.put({ id: 'broken', organization: 42, updatedAt: '2026' } as never);
		await db.assessments.put({ id: 'lost', organization: 'x' } as never);

		const page = await listAssessmentSummaries(db, framework, 2);
		expect(page.summaries.map((s) => s.assessment.organization)).toEqual(['Day 5', 'Day 4']);
		expect(page).toMatchObject({ stored: 7, more: 4, damaged: 1 });

		const all = await listAssessmentSummaries(db, framework);
		expect(all.summaries).toHaveLength(5);
		expect(all).toMatchObject({ stored: 7, more: 0, damaged: 2 });
		// Across chunk boundaries (2 records at a time): both damaged records, wherever they are.
		expect(await countDamagedAssessments(db, 2)).toBe(2);
		expect(await countDamagedAssessments(db)).toBe(2);
	});
});

describe('summaries written with the data', () => {
	test('an import writes each summary, the same a recomputation gives', async () => {
		db = new WorkbookDatabase(name());
		const file = readWorkbookFile(readFileSync('src/lib/domain/fixtures/workbook-v1.json', 'utf8'));
		if (!file.ok) throw new Error(file.message);
		const [id] = await importBundles(db, file.file.assessments, 'copy');
		const kept = (await db.summaries.get(id!))!;
		expect(kept.progress).toEqual({ complete: 27, total: 27, percent: 100 });
		const list = await listAssessmentSummaries(db, builtinFramework, 50);
		expect(list.recomputed).toEqual([]);
		await db.summaries.clear();
		const recomputed = await listAssessmentSummaries(db, builtinFramework, 50);
		expect(recomputed.recomputed).toEqual([kept]);
	});

	test('Load example writes its summary with it', async () => {
		const { exampleAssessment } = await import('$lib/content/example');
		const { loadExample } = await import('./example');
		db = new WorkbookDatabase(name());
		const id = await loadExample(db, exampleAssessment, builtinFramework);
		expect((await db.summaries.get(id))?.progress.complete).toBe(builtinFramework.items.length);
		expect((await listAssessmentSummaries(db, builtinFramework, 50)).recomputed).toEqual([]);
	});
});
