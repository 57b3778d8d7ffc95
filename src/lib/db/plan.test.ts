import { afterEach, describe, expect, test } from 'vitest';
import type { PlanAction } from '$lib/domain/assessment';
import type { Suggestion } from '$lib/domain/prioritize';
import { WorkbookDatabase } from './database';
import { createAssessment } from './assessments';
import {
	addCustomAction,
	moveAction,
	refreshPlan,
	setActionsStatus,
	updatePlanAction
} from './plan';
import { planRows } from './stored-sets';

let db: WorkbookDatabase;
let n = 0;
afterEach(async () => {
	await db.delete();
});

/** Every action stored in the assessment's plan record. */
const storedActions = async (assessmentId: string) =>
	planRows(await db.plans.get(assessmentId)) as PlanAction[];
/** One stored action, found by its id in its assessment's plan record. */
const storedAction = async (assessmentId: string, id: string) =>
	(await storedActions(assessmentId)).find((action) => action.id === id);

async function setup() {
	db = new WorkbookDatabase(`plan-test-${Date.now()}-${n++}`);
	return createAssessment(
		db,
		{ organization: 'Org', unit: '', cycleLabel: '', date: '2026-01-01', facilitator: '' },
		{ id: 'nctsn-sts-essentials', version: '1.0.0' }
	);
}

const suggestion = (key: string, priority: number): Suggestion => ({
	key,
	origin: { kind: 'suggested', actionId: key },
	title: `Title ${key}`,
	description: '',
	level: 'organization',
	type: 'prevention',
	effort: 'low',
	linkedItemIds: ['item.a'],
	priority,
	reason: 'Because.',
	horizon: 'now',
	successMeasure: ''
});

describe('plan repository', () => {
	test('two tabs refreshing at once never add an action twice', async () => {
		const id = await setup();
		const list = [suggestion('action.a', 2), suggestion('action.b', 1)];
		const [first, second] = await Promise.all([
			refreshPlan(db, id, list),
			refreshPlan(db, id, list)
		]);
		expect(first.length + second.length).toBe(2);
		expect(await storedActions(id)).toHaveLength(2);
	});

	test('an edit marks the action as the team’s, and a refresh then leaves it alone', async () => {
		const id = await setup();
		await refreshPlan(db, id, [suggestion('action.a', 2)]);
		const [stored] = await storedActions(id);
		const target = { assessmentId: id, id: stored!.id };
		await updatePlanAction(db, target, { owner: 'HR lead', dueDate: '2026-06-30' });
		await refreshPlan(db, id, [suggestion('action.a', 0.5)]);
		await refreshPlan(db, id, []);
		const after = await storedAction(id, stored!.id);
		expect(after).toMatchObject({
			owner: 'HR lead',
			dueDate: '2026-06-30',
			priority: 2,
			editedByTeam: true
		});
		await updatePlanAction(db, target, { dueDate: undefined });
		expect((await storedAction(id, stored!.id))?.dueDate).toBeUndefined();
	});

	test('moving swaps places within our plan of a horizon; custom actions go last', async () => {
		const id = await setup();
		await refreshPlan(db, id, [suggestion('action.a', 2), suggestion('action.b', 1)]);
		// Only adopted actions move: accept both suggestions at once.
		await setActionsStatus(
			db,
			id,
			(await storedActions(id)).map((a) => a.id),
			'accepted'
		);
		const customId = await addCustomAction(db, id, {
			title: 'Our idea',
			description: '',
			level: 'individual',
			type: 'intervention',
			horizon: 'now'
		});
		const titles = async () =>
			(await storedActions(id)).sort((a, b) => a.order - b.order).map((a) => a.title);
		expect(await titles()).toEqual(['Title action.a', 'Title action.b', 'Our idea']);
		await moveAction(db, { assessmentId: id, id: customId }, -1);
		expect(await titles()).toEqual(['Title action.a', 'Our idea', 'Title action.b']);
		await moveAction(db, { assessmentId: id, id: customId }, -1);
		expect(await titles()).toEqual(['Our idea', 'Title action.a', 'Title action.b']);
		await moveAction(db, { assessmentId: id, id: customId }, -1); // already first: nothing happens
		expect(await titles()).toEqual(['Our idea', 'Title action.a', 'Title action.b']);
	});

	test('a custom action the form would refuse is refused here too, and nothing is stored', async () => {
		const id = await setup();
		const fields = {
			description: '',
			level: 'organization',
			type: 'prevention',
			horizon: 'now'
		} as const;
		await expect(addCustomAction(db, id, { ...fields, title: '   ' })).rejects.toThrow(
			'Give the action a title.'
		);
		await expect(addCustomAction(db, id, { ...fields, title: 'x'.repeat(201) })).rejects.toThrow(
			'The title is too long: at most 200 characters.'
		);
		expect(await storedActions(id)).toEqual([]);
		// Spaces around a title are trimmed before it is stored.
		const added = await addCustomAction(db, id, { ...fields, title: '  Our idea  ' });
		expect((await storedAction(id, added))?.title).toBe('Our idea');
	});

	test('a suggestion not adopted does not move', async () => {
		const id = await setup();
		await refreshPlan(db, id, [suggestion('action.a', 2), suggestion('action.b', 1)]);
		const [first, second] = (await storedActions(id)).sort((a, b) => a.order - b.order);
		await moveAction(db, { assessmentId: id, id: first!.id }, 1);
		expect((await storedAction(id, first!.id))?.order).toBe(first!.order);
		expect((await storedAction(id, second!.id))?.order).toBe(second!.order);
	});

	test('several accepted at once: all change, or none when one is gone', async () => {
		const id = await setup();
		await refreshPlan(db, id, [suggestion('action.a', 2), suggestion('action.b', 1)]);
		const ids = (await storedActions(id)).map((a) => a.id);
		await expect(
			setActionsStatus(db, id, [...ids, crypto.randomUUID()], 'accepted')
		).rejects.toThrow('One of these suggestions no longer exists');
		expect((await storedActions(id)).map((a) => a.status)).toEqual(['proposed', 'proposed']);
		await setActionsStatus(db, id, ids, 'not-now');
		const stored = await storedActions(id);
		expect(stored.map((a) => [a.status, a.editedByTeam])).toEqual([
			['not-now', true],
			['not-now', true]
		]);
	});

	test('a due date before the start date is refused against the stored start date', async () => {
		const id = await setup();
		await refreshPlan(db, id, [suggestion('action.a', 2)]);
		const [action] = await storedActions(id);
		const target = { assessmentId: id, id: action!.id };
		// The start date is stored; a form that still holds the older copy (no start date) sends
		// a due date before it: the repository refuses, and the stored action is unchanged.
		await updatePlanAction(db, target, { startDate: '2026-06-01' });
		await expect(updatePlanAction(db, target, { dueDate: '2026-05-31' })).rejects.toThrow(
			'The due date is before the start date. Not saved.'
		);
		const after = await storedAction(id, action!.id);
		expect([after?.startDate, after?.dueDate]).toEqual(['2026-06-01', undefined]);
		// The same day, or later, is fine; moving the start after the due date is refused too.
		await updatePlanAction(db, target, { dueDate: '2026-06-01' });
		await expect(updatePlanAction(db, target, { startDate: '2026-06-02' })).rejects.toThrow(
			'The due date is before the start date.'
		);
		expect((await storedAction(id, action!.id))?.startDate).toBe('2026-06-01');
	});

	test('a suggestion already decided in another tab is never overwritten by a bulk accept', async () => {
		const id = await setup();
		await refreshPlan(db, id, [suggestion('action.a', 2), suggestion('action.b', 1)]);
		const [a, b] = (await storedActions(id)).sort((x, y) => x.order - y.order);
		await updatePlanAction(db, { assessmentId: id, id: b!.id }, { status: 'dropped' });
		await expect(setActionsStatus(db, id, [a!.id, b!.id], 'accepted')).rejects.toThrow(
			'“Title action.b” was already decided (now Dropped), perhaps in another tab. Nothing was changed.'
		);
		expect((await storedAction(id, a!.id))?.status).toBe('proposed');
		expect((await storedAction(id, b!.id))?.status).toBe('dropped');
	});

	test('taken up, a suggestion goes after what the team already ordered', async () => {
		const id = await setup();
		await refreshPlan(db, id, [
			suggestion('action.a', 3),
			suggestion('action.b', 2),
			suggestion('action.c', 1)
		]);
		const byTitle = async (title: string) =>
			(await storedActions(id)).find((a) => a.title === title)!;
		// The team adopts c first, then a (the most urgent): a comes after c, not ahead of it.
		await setActionsStatus(db, id, [(await byTitle('Title action.c')).id], 'accepted');
		await updatePlanAction(
			db,
			{ assessmentId: id, id: (await byTitle('Title action.a')).id },
			{ status: 'accepted' }
		);
		const adopted = (await storedActions(id))
			.filter((a) => a.status === 'accepted')
			.sort((x, y) => x.order - y.order)
			.map((a) => a.title);
		expect(adopted).toEqual(['Title action.c', 'Title action.a']);
	});

	test('older data with a due date before the start never blocks a status change', async () => {
		const id = await setup();
		await refreshPlan(db, id, [suggestion('action.a', 2)]);
		const [action] = await storedActions(id);
		// Written as an older app (or an imported file) could have left it.
		const record = await db.plans.get(id);
		await db.plans.put({
			...record!,
			actions: [{ ...action!, startDate: '2026-06-01', dueDate: '2026-05-01' }]
		});
		await setActionsStatus(db, id, [action!.id], 'accepted');
		expect((await storedAction(id, action!.id))?.status).toBe('accepted');
		// A date change is still held to the rule.
		await expect(
			updatePlanAction(db, { assessmentId: id, id: action!.id }, { dueDate: '2026-05-02' })
		).rejects.toThrow('The due date is before the start date. Not saved.');
	});
});
