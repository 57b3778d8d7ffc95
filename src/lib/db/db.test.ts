import { afterEach, describe, expect, test } from 'vitest';
import { WorkbookDatabase } from './database';
import { testDraft, testFramework, twoElementFramework } from './test-fixtures';
import { createAssessment, deleteAssessment, listAssessments, readBundle } from './assessments';
import { saveResponse } from './responses';
import { listAssessmentSummaries } from './summaries';
import { readSetting, writeSetting } from './settings';
import { splitSets } from './stored-sets';

const framework = testFramework;
const draft = testDraft;

let db: WorkbookDatabase;
let n = 0;
function freshDb() {
	db = new WorkbookDatabase(`test-${Date.now()}-${n++}`);
	return db;
}
afterEach(async () => {
	await db.delete();
});
/** Every answer stored, in all set records. */
const storedAnswers = async () => splitSets(await db.responseSets.toArray()).responses.length;

describe('assessments repository', () => {
	test('creates an assessment with exactly one consensus set', async () => {
		freshDb();
		const id = await createAssessment(db, draft, framework, new Date('2026-03-31T10:00:00Z'));
		const bundle = await readBundle(db, id);
		expect(bundle?.assessment).toMatchObject({
			organization: 'Riverbend Family Services',
			frameworkId: 'nctsn-sts-essentials',
			frameworkVersion: '1.0.0',
			createdAt: '2026-03-31T10:00:00.000Z',
			isExample: false
		});
		expect(bundle?.responseSets.map((s) => s.kind)).toEqual(['consensus']);
		expect(bundle?.assessment.id).toMatch(/^[0-9a-f-]{36}$/);
	});

	test('lists newest first', async () => {
		freshDb();
		await createAssessment(
			db,
			{ ...draft, organization: 'Older' },
			framework,
			new Date('2026-01-01T00:00:00Z')
		);
		await createAssessment(
			db,
			{ ...draft, organization: 'Newer' },
			framework,
			new Date('2026-02-01T00:00:00Z')
		);
		expect((await listAssessments(db)).map((a) => a.organization)).toEqual(['Newer', 'Older']);
	});

	test('delete removes the assessment and everything that belongs to it, and nothing else', async () => {
		freshDb();
		const keep = await createAssessment(db, { ...draft, organization: 'Keep' }, framework);
		const gone = await createAssessment(db, { ...draft, organization: 'Gone' }, framework);
		for (const id of [keep, gone]) {
			const set = (await readBundle(db, id))!.responseSets[0]!;
			await saveResponse(
				db,
				{ assessmentId: id, responseSetId: set.id, itemId: 'item.a' },
				{ answer: { kind: 'score', value: 3 } }
			);
		}
		await deleteAssessment(db, gone);
		expect(await readBundle(db, gone)).toBeUndefined();
		expect(await storedAnswers()).toBe(1);
		expect(await db.responseSets.count()).toBe(1);
		expect((await readBundle(db, keep))?.responses).toHaveLength(1);
	});
});

describe('responses repository', () => {
	test('saving twice updates one response and keeps earlier fields', async () => {
		freshDb();
		const id = await createAssessment(db, draft, framework, new Date('2026-03-31T10:00:00Z'));
		const set = (await readBundle(db, id))!.responseSets[0]!;
		const target = { assessmentId: id, responseSetId: set.id, itemId: 'item.supervision' };
		await saveResponse(db, target, { notes: 'Only two teams' });
		await saveResponse(
			db,
			target,
			{ answer: { kind: 'score', value: 2 } },
			new Date('2026-03-31T11:00:00Z')
		);
		const bundle = await readBundle(db, id);
		expect(bundle?.responses).toHaveLength(1);
		expect(bundle?.responses[0]).toMatchObject({
			notes: 'Only two teams',
			answer: { kind: 'score', value: 2 },
			discuss: false
		});
		expect(bundle?.assessment.updatedAt).toBe('2026-03-31T11:00:00.000Z');
		expect(bundle?.assessment.lastItemId).toBe('item.supervision');
	});
});

const summaryFramework = twoElementFramework;

describe('summaries', () => {
	test('progress counts complete consensus answers among the framework items', async () => {
		freshDb();
		const id = await createAssessment(db, draft, framework);
		const set = (await readBundle(db, id))!.responseSets[0]!;
		const save = (itemId: string, answer: Parameters<typeof saveResponse>[2]['answer']) =>
			saveResponse(db, { assessmentId: id, responseSetId: set.id, itemId }, { answer });
		await save('item.a', { kind: 'score', value: 0 });
		await save('item.b', { kind: 'not-applicable', reason: '' }); // incomplete: no reason
		await save('item.c', { kind: 'dont-know' });
		const {
			summaries: [summary]
		} = await listAssessmentSummaries(db, summaryFramework);
		expect(summary?.progress).toEqual({ complete: 2, total: 4, percent: 50 });
	});

	test('each summary carries the overall score of its consensus answers', async () => {
		freshDb();
		const scored = await createAssessment(db, { ...draft, organization: 'Scored' }, framework);
		await createAssessment(db, { ...draft, organization: 'Blank' }, framework);
		const set = (await readBundle(db, scored))!.responseSets[0]!;
		const save = (itemId: string, answer: Parameters<typeof saveResponse>[2]['answer']) =>
			saveResponse(db, { assessmentId: scored, responseSetId: set.id, itemId }, { answer });
		// Element x: (1 + 3) / 2 / 4 = 50. Element y: 4 / 1 / 4 = 100 (item.d Don't know).
		// Overall (50 + 100) / 2 = 75; coverage 3 scored of 4 that apply = 75%.
		await save('item.a', { kind: 'score', value: 1 });
		await save('item.b', { kind: 'score', value: 3 });
		await save('item.c', { kind: 'score', value: 4 });
		await save('item.d', { kind: 'dont-know' });
		const { summaries } = await listAssessmentSummaries(db, summaryFramework);
		const byName = new Map(summaries.map((s) => [s.assessment.organization, s]));
		expect(byName.get('Scored')?.score.overall).toBe(75);
		expect(byName.get('Scored')?.score.overall).toBe(75);
		expect(byName.get('Scored')?.score.elements.map((e) => e.score)).toEqual([50, 100]);
		expect(byName.get('Scored')?.score.coverage).toMatchObject({ scored: 3, percent: 75 });
		expect(byName.get('Blank')?.score.overall).toBeNull();
		expect(byName.get('Blank')?.score.overall).toBeNull();
	});
});

describe('damaged records', () => {
	test('a damaged assessment is counted, not listed; a damaged answer is left out', async () => {
		freshDb();
		const id = await createAssessment(db, { ...draft, organization: 'Whole' }, framework);
		const set = (await readBundle(db, id))!.responseSets[0]!;
		await saveResponse(
			db,
			{ assessmentId: id, responseSetId: set.id, itemId: 'item.a' },
			{ answer: { kind: 'score', value: 2 } }
		);
		// Written around the repositories, as a damaged disk or a broken build could leave them.
		await db.assessments.put({ id: 'broken', organization: 42, updatedAt: '2026' } as never);
		const stored = (await db.responseSets.get(set.id))!;
		await db.responseSets.put({
			...stored,
			responses: [...stored.responses, { id: 'r-broken', assessmentId: id, answer: 'x' } as never]
		});
		const list = await listAssessmentSummaries(db, summaryFramework);
		expect(list.damaged).toBe(1);
		expect(list.summaries.map((s) => s.assessment.organization)).toEqual(['Whole']);
		// Element x: 2 / 4 = 50; element y has no answer; overall 50.
		expect(list.summaries[0]?.score.overall).toBe(50);
	});
});

describe('settings', () => {
	test('round-trips a value', async () => {
		freshDb();
		expect(await readSetting(db, 'lastBackupAt')).toBeUndefined();
		await writeSetting(db, 'lastBackupAt', '2026-03-31T10:00:00.000Z');
		expect(await readSetting<string>(db, 'lastBackupAt')).toBe('2026-03-31T10:00:00.000Z');
	});
});

describe('loadExample', () => {
	test('writes a complete, labelled example that passes the schemas', async () => {
		const { exampleAssessment } = await import('$lib/content/example');
		const { builtinFramework } = await import('$lib/content');
		const { AssessmentBundle, bundleIntegrityProblems } = await import('$lib/domain/file-format');
		const { progressOf } = await import('$lib/domain/progress');
		const { loadExample } = await import('./example');
		freshDb();
		const first = await loadExample(db, exampleAssessment, builtinFramework);
		const second = await loadExample(db, exampleAssessment, builtinFramework);
		expect(first).not.toBe(second);
		const bundle = (await readBundle(db, first))!;
		expect(AssessmentBundle.safeParse(bundle).success).toBe(true);
		expect(bundleIntegrityProblems(bundle)).toEqual([]);
		expect(bundle.assessment.isExample).toBe(true);
		const byItem = new Map(bundle.responses.map((r) => [r.itemId, r]));
		const ids = builtinFramework.items.map((i) => i.id);
		expect(progressOf(ids, byItem)).toEqual({
			complete: ids.length,
			total: ids.length,
			percent: 100
		});
		expect(await storedAnswers()).toBe(2 * ids.length);
	});
});
