/**
 * The write path: the plan follows its inputs inside the write that changed them, set-up writes
 * touch only their own field or member, and a write to a deleted assessment fails in words.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { PlanAction } from '$lib/domain/assessment';
import { describeWriteFailure } from '$lib/domain/write-errors';
import { WorkbookDatabase } from './database';
import { testDraft, testFramework } from './test-fixtures';
import {
	createAssessment,
	deleteAssessment,
	putRosterMember,
	readBundle,
	removeRosterMember,
	updateDetails
} from './assessments';
import { addCustomAction } from './plan';
import { saveResponse } from './responses';
import { setRiskLevel } from './risk-profile';
import { planRecord, planRows, splitSets } from './stored-sets';

const framework = testFramework;
const draft = testDraft;
const at = new Date('2026-03-31T10:00:00Z');

let db: WorkbookDatabase;
let n = 0;
afterEach(async () => {
	await db.delete();
});

/** Every answer stored, in all set records. */
const storedAnswers = async () => splitSets(await db.responseSets.toArray()).responses.length;
/** Every plan action stored, in all plan records. */
const storedActions = async () =>
	(await db.plans.toArray()).flatMap((plan) => planRows(plan)).length;

async function fresh() {
	db = new WorkbookDatabase(`writes-${Date.now()}-${n++}`);
	const id = await createAssessment(db, draft, framework, at);
	const set = (await readBundle(db, id))!.responseSets[0]!;
	return { id, target: (itemId: string) => ({ assessmentId: id, responseSetId: set.id, itemId }) };
}

describe('the plan follows the answers inside the same write', () => {
	test('an answer writes its suggestion, with the numbers worked by hand', async () => {
		const { id, target } = await fresh();
		expect((await readBundle(db, id))!.plan).toEqual([]);
		await setRiskLevel(db, id, 'inadequate-training', 'high', at);
		const saved = await saveResponse(
			db,
			target('item.leaders-trained'),
			{ answer: { kind: 'score', value: 1 } },
			at
		);
		const plan = (await readBundle(db, id))!.plan;
		const action = plan.find(
			(a) =>
				a.origin.kind === 'suggested' && a.origin.actionId === 'action.train-leaders-nonclinical'
		);
		// gap (4-1)/4 = 0.75 x impact 2 x risk boost 1.25 = 1.875, stored as 1.88; medium effort -> Next.
		expect(action).toMatchObject({ priority: 1.88, horizon: 'next', status: 'proposed' });
		expect(saved.planChanges.first).toBe(true);
		expect(saved.planChanges.changes.map((c) => c.kind)).toEqual(plan.map(() => 'added'));
	});

	test('the risk profile re-prioritizes the stored plan in its own write', async () => {
		const { id, target } = await fresh();
		await saveResponse(db, target('item.leaders-trained'), { answer: { kind: 'score', value: 1 } });
		const before = (await readBundle(db, id))!.plan.find((a) => a.origin.kind === 'suggested')!;
		// 0.75 x 2 x 1 = 1.5
		expect(before.priority).toBe(1.5);
		const sync = await setRiskLevel(db, id, 'inadequate-training', 'high', at);
		const after = (await readBundle(db, id))!.plan.find((a) => a.id === before.id)!;
		expect(after.priority).toBe(1.88); // 1.875 rounded
		expect(sync.changes.map((c) => c.kind)).toEqual(['updated']);
	});

	test('notes do not touch the plan', async () => {
		const { id, target } = await fresh();
		const saved = await saveResponse(db, target('item.leaders-trained'), { notes: 'Two teams' });
		expect(saved.planChanges.changes).toEqual([]);
		expect((await readBundle(db, id))!.plan).toEqual([]);
	});
});

test('an answer and the plan it changes are stored together or not at all', async () => {
	const { id, target } = await fresh();
	const before = (await readBundle(db, id))!.assessment;
	const put = IDBObjectStore.prototype.put;
	// The plan's write fails as a full disk would: the answer before it in the same write goes too.
	const failing = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
		this: IDBObjectStore,
		...args: [unknown, IDBValidKey?]
	) {
		if (this.name === 'plans') {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		}
		return put.apply(this, args);
	});
	try {
		await expect(
			saveResponse(db, target('item.leaders-trained'), { answer: { kind: 'score', value: 1 } }, at)
		).rejects.toThrow('The quota has been exceeded.');
	} finally {
		failing.mockRestore();
	}
	const after = (await readBundle(db, id))!;
	expect(after.responses).toEqual([]);
	expect(after.plan).toEqual([]);
	expect(after.assessment).toEqual(before);
});

test('a damaged stored plan action never blocks an answer, and is left as it is', async () => {
	const { id, target } = await fresh();
	const damaged = { id: 'damaged-action', assessmentId: id, title: 42 };
	// A bad row inside the assessment's plan record.
	await db.plans.put(planRecord(id, [damaged], at.toISOString()));
	await saveResponse(db, target('item.leaders-trained'), { answer: { kind: 'score', value: 1 } });
	const plan = planRows(await db.plans.get(id)) as Partial<PlanAction>[];
	expect(plan.find((a) => a.id === 'damaged-action')).toEqual(damaged);
	expect(plan.some((a) => a.origin?.kind === 'suggested')).toBe(true);
});

test('a set or plan record whose list is damaged is refused in words and left as it is', async () => {
	const { id, target } = await fresh();
	const [set] = await db.responseSets.where('assessmentId').equals(id).toArray();
	const damagedSet = { ...set!, responses: 'not a list' } as unknown as typeof set & object;
	await db.responseSets.put(damagedSet);
	const refused = await saveResponse(db, target('item.leaders-trained'), { notes: 'x' }).catch(
		(error: unknown) => describeWriteFailure(error).message
	);
	expect(refused).toBe(
		'The stored record this change belongs to is damaged, so the change was not saved (the record is left as it is). A backup file or an automatic snapshot may hold a good copy.'
	);
	expect((await db.responseSets.get(set!.id))?.responses).toBe('not a list');

	const damagedPlan = { assessmentId: id, updatedAt: at.toISOString(), actions: { broken: 1 } };
	await db.plans.put(damagedPlan as never);
	await expect(
		addCustomAction(db, id, {
			title: 'Peer support group',
			horizon: 'now',
			level: 'organization',
			type: 'prevention',
			description: ''
		} as never)
	).rejects.toThrow('The stored record this change belongs to is damaged');
	expect(await db.plans.get(id)).toEqual(damagedPlan);
});

test('two tabs answering different items of the same set at once: both answers are kept', async () => {
	// The set is one record (database version 3): each write reads it and writes it back inside
	// its own transaction, so neither can overwrite the other's answer.
	const { id, target } = await fresh();
	const other = new WorkbookDatabase(db.name);
	await Promise.all([
		saveResponse(db, target('item.leaders-trained'), { answer: { kind: 'score', value: 1 } }),
		saveResponse(other, target('item.psychoeducation'), { answer: { kind: 'score', value: 3 } }),
		saveResponse(db, target('item.caseload-balance'), { notes: 'Typed in the first tab.' })
	]);
	other.close();
	const answers = new Map((await readBundle(db, id))!.responses.map((r) => [r.itemId, r]));
	expect(answers.get('item.leaders-trained')?.answer).toEqual({ kind: 'score', value: 1 });
	expect(answers.get('item.psychoeducation')?.answer).toEqual({ kind: 'score', value: 3 });
	expect(answers.get('item.caseload-balance')?.notes).toBe('Typed in the first tab.');
	expect(answers.size).toBe(3);
});

describe('set-up writes touch only what changed', () => {
	test('two tabs editing different fields from the same old view both keep their change', async () => {
		const { id } = await fresh();
		await Promise.all([
			updateDetails(db, id, { organization: 'Riverbend FS' }),
			updateDetails(db, id, { facilitator: 'Bo' })
		]);
		expect((await readBundle(db, id))!.assessment).toMatchObject({
			organization: 'Riverbend FS',
			facilitator: 'Bo',
			unit: 'Foster care'
		});
	});

	test('roster members added, edited and removed in two tabs are merged by id', async () => {
		const { id } = await fresh();
		const a = crypto.randomUUID();
		const b = crypto.randomUUID();
		await putRosterMember(db, id, { id: a, role: 'clinician' });
		await Promise.all([
			putRosterMember(db, id, { id: a, role: 'clinician', name: 'Ana' }), // tab 1 edits A
			putRosterMember(db, id, { id: b, role: 'caseworker' }) // tab 2 adds B
		]);
		expect((await readBundle(db, id))!.assessment.roster).toEqual([
			{ id: a, role: 'clinician', name: 'Ana' },
			{ id: b, role: 'caseworker' }
		]);
		await removeRosterMember(db, id, a);
		expect((await readBundle(db, id))!.assessment.roster).toEqual([{ id: b, role: 'caseworker' }]);
	});
});

test('a write to an assessment deleted in another tab fails in words and writes nothing', async () => {
	const { id, target } = await fresh();
	await deleteAssessment(db, id);
	const failure = await saveResponse(db, target('item.leaders-trained'), { notes: 'x' }).then(
		() => undefined,
		(error: unknown) => describeWriteFailure(error)
	);
	expect(failure?.message).toBe(
		'This assessment was deleted (perhaps in another tab), so the change was not saved.'
	);
	expect(await storedAnswers()).toBe(0);
	await expect(updateDetails(db, id, { unit: 'x' })).rejects.toThrow(/was deleted/);
	await expect(
		addCustomAction(db, id, {
			title: 'Peer circle',
			description: '',
			level: 'organization',
			type: 'prevention',
			horizon: 'now'
		})
	).rejects.toThrow(/was deleted/);
	expect(await storedActions()).toBe(0);
});
