/**
 * Starting the next cycle, as stored: a new assessment of the same organization, details copied,
 * answers empty, the plan carried forward by the rule in domain/cycles/carry-forward.
 */
import { afterEach, expect, test } from 'vitest';
import { currentFramework } from '$lib/content';
import { frameworkV1 } from '$lib/content/framework-v1';
import { suggestionKey } from '$lib/domain/plan';
import type { PlanAction, PlanStatus } from '$lib/domain/assessment';
import { createAssessment, putRosterMember, readBundle } from './assessments';
import { cycleIds, readCycles, setShowPreviousAnswers, startNextCycle } from './cycles';
import { WorkbookDatabase } from './database';
import { setActionsStatus } from './plan';
import { saveResponse } from './responses';
import { planRecord, planRows } from './stored-sets';
import { testDraft, testFramework } from './test-fixtures';

let db: WorkbookDatabase;
let n = 0;
afterEach(async () => {
	await db.delete();
});

const STAMP = '2026-03-31T10:00:00.000Z';

function action(assessmentId: string, title: string, status: PlanStatus): PlanAction {
	return {
		id: crypto.randomUUID(),
		assessmentId,
		origin: { kind: 'custom' },
		title,
		description: '',
		level: 'organization',
		type: 'prevention',
		// Version 1's supervision practice; version 2 splits it in two.
		linkedItemIds: ['item.reflective-supervision'],
		priority: 0,
		priorityReason: '',
		horizon: 'now',
		owner: status === 'in-progress' ? 'Zoë Łukasik' : 'José Núñez',
		startDate: '2026-04-01',
		dueDate: '2026-06-30',
		status,
		successMeasure: 'Every team has a monthly session.',
		notes: '',
		order: 10,
		editedByTeam: true,
		createdAt: STAMP,
		updatedAt: STAMP
	};
}

async function baseline() {
	db = new WorkbookDatabase(`cycles-test-${n++}`);
	const id = await createAssessment(db, testDraft, testFramework);
	await putRosterMember(db, id, {
		id: '00000000-0000-4000-8000-0000000000a1',
		role: 'clinical-supervisor',
		name: 'Đặng Thu'
	});
	await db.assessments.update(id, { riskProfile: { 'heavy-caseloads': 'high' } });
	const plan = (['accepted', 'in-progress', 'done', 'dropped', 'proposed', 'not-now'] as const).map(
		(status) => action(id, `Action ${status}`, status)
	);
	await db.plans.put(planRecord(id, plan, STAMP));
	return { id, plan };
}

test('the next cycle copies details, roster and risk profile, on the newest framework, answers empty', async () => {
	const { id } = await baseline();
	const next = await startNextCycle(db, id, {
		cycleLabel: 'Review 2027',
		date: '2027-03-31',
		showPreviousAnswers: false
	});
	const before = (await readBundle(db, id))!.assessment;
	const after = (await readBundle(db, next))!;
	expect(after.assessment).toMatchObject({
		organization: 'Riverbend Family Services',
		unit: 'Foster care',
		facilitator: 'Ana',
		cycleLabel: 'Review 2027',
		date: '2027-03-31',
		frameworkVersion: currentFramework.version,
		organizationId: before.organizationId,
		previousCycleId: id,
		showPreviousAnswers: false,
		riskProfile: { 'heavy-caseloads': 'high' }
	});
	expect(after.assessment.roster).toEqual(before.roster);
	expect(after.responseSets.map((s) => s.kind)).toEqual(['consensus']);
	expect(after.responses).toEqual([]);
	// The organization now has two cycles, oldest first.
	expect(await cycleIds(db, before.organizationId!)).toEqual([id, next]);
	expect((await readCycles(db, after.assessment)).map((b) => b.assessment.id)).toEqual([id, next]);
});

test('the plan carries forward: open actions keep owner, dates and status; dropped stays dropped', async () => {
	const { id, plan } = await baseline();
	const next = await startNextCycle(db, id, {
		cycleLabel: 'Review 2027',
		date: '2027-03-31',
		showPreviousAnswers: true
	});
	const carried = (planRows(await db.plans.get(next)) as PlanAction[]).filter((a) => a.carriedFrom);
	const byTitle = new Map(carried.map((a) => [a.title, a]));
	expect([...byTitle.keys()].sort()).toEqual([
		'Action accepted',
		'Action dropped',
		'Action in-progress'
	]);
	expect(byTitle.get('Action accepted')).toMatchObject({
		owner: 'José Núñez',
		startDate: '2026-04-01',
		dueDate: '2026-06-30',
		status: 'accepted',
		carriedFrom: { assessmentId: id, actionId: plan[0]!.id },
		// Version 2's two supervision practices stand for version 1's one.
		linkedItemIds: ['item2.reflective-supervision', 'item2.sts-in-supervision']
	});
	expect(byTitle.get('Action in-progress')).toMatchObject({
		owner: 'Zoë Łukasik',
		status: 'in-progress'
	});
	expect(byTitle.get('Action dropped')!.status).toBe('dropped');
	// Done stays with the earlier cycle as its history; the earlier plan is untouched.
	expect(planRows(await db.plans.get(id))).toEqual(plan);
});

test('the hint of last answers is off unless chosen, and can be turned on later', async () => {
	const { id } = await baseline();
	const next = await startNextCycle(db, id, {
		cycleLabel: 'Review 2027',
		date: '2027-03-31',
		showPreviousAnswers: false
	});
	await setShowPreviousAnswers(db, next, true);
	expect((await db.assessments.get(next))!.showPreviousAnswers).toBe(true);
});

test('starting from an assessment that is gone says so and stores nothing', async () => {
	const { id } = await baseline();
	await db.assessments.delete(id);
	await expect(
		startNextCycle(db, id, {
			cycleLabel: 'Review 2027',
			date: '2027-03-31',
			showPreviousAnswers: false
		})
	).rejects.toThrow('The assessment to start from was deleted or could not be read');
	expect(await db.assessments.count()).toBe(0);
});

test('from version 1 to version 2, the team’s decisions on suggestions hold: no duplicates, dropped stays dropped', async () => {
	db = new WorkbookDatabase(`cycles-test-${n++}`);
	const id = await createAssessment(db, testDraft, testFramework);
	const consensus = (await readBundle(db, id))!.responseSets[0]!.id;
	// Version 1: every practice "Not in place yet" suggests its actions.
	for (const item of frameworkV1.items) {
		await saveResponse(
			db,
			{ assessmentId: id, responseSetId: consensus, itemId: item.id },
			{ answer: { kind: 'score', value: 0 } }
		);
	}
	const suggested = (planRows(await db.plans.get(id)) as PlanAction[]).filter(
		(a) => a.origin.kind === 'suggested'
	);
	const [accepted, dropped] = suggested;
	await setActionsStatus(db, id, [accepted!.id], 'accepted');
	await setActionsStatus(db, id, [dropped!.id], 'dropped');

	const next = await startNextCycle(db, id, {
		cycleLabel: 'Review 2027',
		date: '2027-03-31',
		showPreviousAnswers: false
	});
	// Version 2, answered the same way: it suggests the revised copies of the same actions.
	const nextSet = (await readBundle(db, next))!.responseSets[0]!.id;
	for (const item of currentFramework.items) {
		await saveResponse(
			db,
			{ assessmentId: next, responseSetId: nextSet, itemId: item.id },
			{ answer: { kind: 'score', value: 0 } }
		);
	}
	const plan = planRows(await db.plans.get(next)) as PlanAction[];
	const keys = plan.map((a) => suggestionKey(a)).filter((k) => k !== undefined);
	// Each suggestion once: the carried ones stand for their revised copies.
	expect(new Set(keys).size).toBe(keys.length);
	const revised = (from: PlanAction) =>
		`action2.${(from.origin as { actionId: string }).actionId.slice(7)}`;
	const byKey = new Map(plan.map((a) => [suggestionKey(a), a]));
	expect(byKey.get(revised(accepted!))).toMatchObject({
		status: 'accepted',
		carriedFrom: { assessmentId: id, actionId: accepted!.id }
	});
	expect(byKey.get(revised(dropped!))).toMatchObject({
		status: 'dropped',
		carriedFrom: { assessmentId: id, actionId: dropped!.id }
	});
});

test('a next cycle dated before the one it follows is refused in words, and nothing is stored', async () => {
	const { id } = await baseline();
	await expect(
		startNextCycle(db, id, { cycleLabel: 'Review', date: '2026-03-30', showPreviousAnswers: false })
	).rejects.toThrow(
		"The next cycle's date is before the cycle it follows (Mar 31, 2026). Choose Mar 31, 2026 or later."
	);
	expect(await db.assessments.count()).toBe(1);
	// The same day is a second sitting: allowed.
	await startNextCycle(db, id, {
		cycleLabel: 'Second sitting',
		date: '2026-03-31',
		showPreviousAnswers: false
	});
	expect(await db.assessments.count()).toBe(2);
});
