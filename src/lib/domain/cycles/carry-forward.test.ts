/**
 * Starting the next cycle: the new assessment record, and the plan carried by one rule: accepted
 * and in-progress actions come along as they are (owner, dates, status, wording), dropped ones
 * stay dropped, done and undecided ones stay behind; linked practices follow `replaces`.
 */
import { describe, expect, test } from 'vitest';
import { frameworkV2 } from '$lib/content';
import { frameworkV1 } from '$lib/content/framework-v1';
import { Assessment, PlanAction, type PlanStatus } from '../assessment';
import type { Item } from '../framework';
import { carryKind, carryPlanForward, nextCycleAssessment } from './carry-forward';
import type { MappedFramework } from './item-mapping';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const PREVIOUS = uuid(1);
const NEXT = uuid(2);
const ORGANIZATION = uuid(3);
const now = new Date('2026-03-02T08:30:00.000Z');
const STAMP = '2026-03-02T08:30:00.000Z';

/** New ids handed out in turn, as crypto.randomUUID would (but known in advance). */
function idsFrom(start: number): () => string {
	let next = start;
	return () => uuid(next++);
}

function item(id: string, replaces?: string[]): Item {
	return {
		id,
		elementId: 'e1',
		statement: `Statement ${id}`,
		guidance: { low: 'Low', middle: 'Middle', full: 'Full' },
		...(replaces ? { replaces } : {}),
		evidenceExamples: ['An example'],
		passageIds: ['p.filler'],
		impact: 1,
		impactReason: 'Filler.',
		riskFactorIds: [],
		actionIds: ['action.filler']
	};
}

const older: MappedFramework = {
	id: 'test-fw',
	version: '1.0.0',
	items: [item('a1'), item('a2'), item('b1'), item('b2')]
};
/** a1 splits into x1 and x4; x2 stands for b1 and b2; x3 is new; nobody replaces a2. */
const newer: MappedFramework = {
	id: 'test-fw',
	version: '2.0.0',
	items: [item('x1', ['a1']), item('x4', ['a1']), item('x2', ['b2', 'b1']), item('x3', [])]
};

describe('nextCycleAssessment', () => {
	const previous: Assessment = {
		id: PREVIOUS,
		frameworkId: 'test-fw',
		frameworkVersion: '1.0.0',
		organization: 'Đặng Family Services',
		unit: 'Child and family team',
		cycleLabel: 'Baseline 2025',
		date: '2025-03-10',
		facilitator: 'José Núñez',
		roster: [
			{ id: uuid(10), role: 'executive-leader', name: 'Zoë Łukasik' },
			{ id: uuid(11), role: 'other', roleOther: 'Board member' }
		],
		riskProfile: { 'risk.heavy-caseloads': 'high', 'risk.isolation': 'unknown' },
		isExample: false,
		lastItemId: 'a2',
		organizationId: ORGANIZATION,
		copyOf: uuid(9),
		createdAt: '2025-03-10T09:00:00.000Z',
		updatedAt: '2025-04-01T12:00:00.000Z'
	};
	const next = nextCycleAssessment(
		previous,
		{ cycleLabel: 'Review 2026', date: '2026-03-02', showPreviousAnswers: false },
		{ id: 'test-fw', version: '2.0.0' },
		{ assessmentId: NEXT, organizationId: ORGANIZATION },
		now
	);

	test('details, roster and risk profile copied; new label, date and version; nothing else', () => {
		expect(next).toEqual({
			id: NEXT,
			frameworkId: 'test-fw',
			frameworkVersion: '2.0.0',
			organization: 'Đặng Family Services',
			unit: 'Child and family team',
			cycleLabel: 'Review 2026',
			date: '2026-03-02',
			facilitator: 'José Núñez',
			roster: [
				{ id: uuid(10), role: 'executive-leader', name: 'Zoë Łukasik' },
				{ id: uuid(11), role: 'other', roleOther: 'Board member' }
			],
			riskProfile: { 'risk.heavy-caseloads': 'high', 'risk.isolation': 'unknown' },
			isExample: false,
			organizationId: ORGANIZATION,
			previousCycleId: PREVIOUS,
			showPreviousAnswers: false,
			createdAt: STAMP,
			updatedAt: STAMP
		});
		// Not where the old walk stopped, and not a copy of anything.
		expect('lastItemId' in next).toBe(false);
		expect('copyOf' in next).toBe(false);
		expect(Assessment.safeParse(next).success).toBe(true);
	});

	test('editing the new roster or risk profile leaves the previous cycle as it was', () => {
		next.roster[0]!.name = 'Someone else';
		next.riskProfile['risk.isolation'] = 'low';
		expect(previous.roster[0]!.name).toBe('Zoë Łukasik');
		expect(previous.riskProfile['risk.isolation']).toBe('unknown');
	});

	test('the facilitator’s choice to show last answers is kept', () => {
		const shown = nextCycleAssessment(
			previous,
			{ cycleLabel: 'Review 2026', date: '2026-03-02', showPreviousAnswers: true },
			older,
			{ assessmentId: NEXT, organizationId: ORGANIZATION },
			now
		);
		expect(shown.showPreviousAnswers).toBe(true);
		expect(shown.frameworkVersion).toBe('1.0.0');
	});
});

describe('carryKind', () => {
	test.each<[PlanStatus, string]>([
		['accepted', 'carried'],
		['in-progress', 'carried'],
		['dropped', 'kept-dropped'],
		['done', 'left'],
		['proposed', 'left'],
		['not-now', 'left']
	])('%s: %s', (status, kind) => {
		expect(carryKind({ status })).toBe(kind);
	});
});

function action(
	n: number,
	status: PlanStatus,
	linkedItemIds: string[],
	extra: Partial<PlanAction> = {}
): PlanAction {
	return {
		id: uuid(100 + n),
		assessmentId: PREVIOUS,
		origin: { kind: 'custom' },
		title: `Action ${n}`,
		description: '',
		level: 'organization',
		type: 'prevention',
		linkedItemIds,
		priority: 0,
		priorityReason: '',
		horizon: 'now',
		owner: '',
		status,
		successMeasure: '',
		notes: '',
		order: n * 10,
		editedByTeam: false,
		createdAt: '2025-03-10T09:00:00.000Z',
		updatedAt: '2025-05-01T09:00:00.000Z',
		...extra
	};
}

/** An accepted suggestion the team reworded, owned and dated. */
const accepted = action(1, 'accepted', ['a1', 'b1'], {
	origin: { kind: 'suggested', actionId: 'action.psychoeducation-sessions' },
	title: 'Run a short STS talk in every team meeting',
	description: 'Twenty minutes, once a quarter, led by a supervisor.',
	level: 'supervisor',
	priority: 2.25,
	priorityReason: 'Scored 1 of 4; heavy trauma caseloads reported.',
	owner: 'Zoë Łukasik',
	startDate: '2025-04-01',
	dueDate: '2025-06-30',
	successMeasure: 'Every team has had one talk.',
	notes: 'Booked the big room.',
	editedByTeam: true
});
const inProgress = action(2, 'in-progress', ['b2', 'b1'], {
	owner: 'Đặng Thu Hà',
	horizon: 'next',
	dueDate: '2025-12-31'
});
const dropped = action(3, 'dropped', ['a2'], { origin: { kind: 'find-out', itemId: 'a2' } });
const previousPlan = [
	action(4, 'done', ['a1'], { owner: 'José Núñez' }),
	accepted,
	action(5, 'proposed', ['b1']),
	inProgress,
	action(6, 'not-now', ['b2']),
	dropped
];

describe('carryPlanForward to a newer framework version', () => {
	const carried = carryPlanForward(
		previousPlan,
		{ assessmentId: PREVIOUS, framework: older },
		{ assessmentId: NEXT, framework: newer },
		idsFrom(200),
		now
	);

	test('accepted, in progress and dropped come along, in the plan’s order; the rest stays', () => {
		expect(carried.map((a) => [a.title, a.status])).toEqual([
			['Run a short STS talk in every team meeting', 'accepted'],
			['Action 2', 'in-progress'],
			['Action 3', 'dropped']
		]);
	});

	test('an accepted action keeps owner, dates, status and wording, with a new id and its origin noted', () => {
		expect(carried[0]).toEqual({
			id: uuid(200),
			assessmentId: NEXT,
			origin: { kind: 'suggested', actionId: 'action.psychoeducation-sessions' },
			title: 'Run a short STS talk in every team meeting',
			description: 'Twenty minutes, once a quarter, led by a supervisor.',
			level: 'supervisor',
			type: 'prevention',
			// a1 → x1 and x4; b1 → x2.
			linkedItemIds: ['x1', 'x4', 'x2'],
			priority: 2.25,
			priorityReason: 'Scored 1 of 4; heavy trauma caseloads reported.',
			horizon: 'now',
			owner: 'Zoë Łukasik',
			startDate: '2025-04-01',
			dueDate: '2025-06-30',
			status: 'accepted',
			successMeasure: 'Every team has had one talk.',
			notes: 'Booked the big room.',
			order: 10,
			editedByTeam: true,
			carriedFrom: { assessmentId: PREVIOUS, actionId: uuid(101) },
			createdAt: STAMP,
			updatedAt: STAMP
		});
	});

	test('an in-progress action keeps its owner, due date and time frame; b2 and b1 both map to x2 once', () => {
		expect(carried[1]).toMatchObject({
			id: uuid(201),
			assessmentId: NEXT,
			owner: 'Đặng Thu Hà',
			dueDate: '2025-12-31',
			horizon: 'next',
			status: 'in-progress',
			linkedItemIds: ['x2'],
			editedByTeam: true,
			carriedFrom: { assessmentId: PREVIOUS, actionId: uuid(102) }
		});
	});

	test('a dropped action stays dropped (kept as the team’s, so it is not suggested again as new)', () => {
		expect(carried[2]).toMatchObject({
			id: uuid(202),
			status: 'dropped',
			origin: { kind: 'find-out', itemId: 'a2' },
			// Nobody in version 2 stands for a2.
			linkedItemIds: [],
			editedByTeam: true,
			carriedFrom: { assessmentId: PREVIOUS, actionId: uuid(103) }
		});
	});

	test('every carried action is a valid record; the previous plan is left untouched', () => {
		for (const a of carried) expect(PlanAction.safeParse(a).success).toBe(true);
		expect(previousPlan[1]).toBe(accepted);
		expect(accepted.id).toBe(uuid(101));
		expect(accepted.linkedItemIds).toEqual(['a1', 'b1']);
		expect(accepted.assessmentId).toBe(PREVIOUS);
	});
});

test('carryPlanForward on the same version keeps the linked practices as they are', () => {
	const carried = carryPlanForward(
		[accepted, inProgress],
		{ assessmentId: PREVIOUS, framework: older },
		{ assessmentId: NEXT, framework: older },
		idsFrom(300),
		now
	);
	expect(carried.map((a) => [a.id, a.linkedItemIds])).toEqual([
		[uuid(300), ['a1', 'b1']],
		[uuid(301), ['b2', 'b1']]
	]);
});

test('carryPlanForward from version 1 to version 2 maps linked practices through replaces', () => {
	const plan = [
		action(7, 'accepted', ['item.eap-referral', 'item.psychoeducation']),
		action(8, 'in-progress', ['item.supervision-addresses-sts', 'item.reflective-supervision']),
		action(9, 'dropped', ['item.wellness-plans', 'item.rest-nutrition-exercise'])
	];
	const carried = carryPlanForward(
		plan,
		{ assessmentId: PREVIOUS, framework: frameworkV1 },
		{ assessmentId: NEXT, framework: frameworkV2 },
		idsFrom(400),
		now
	);
	// Each old practice's new ones in version 2's walk order, then the next old practice's; once each.
	expect(carried.map((a) => a.linkedItemIds)).toEqual([
		[
			'item2.staff-reach-eap',
			'item2.supervisors-suggest-eap',
			'item2.sts-basics-for-everyone',
			'item2.risk-in-orientation'
		],
		['item2.sts-in-supervision', 'item2.safe-to-raise-sts', 'item2.reflective-supervision'],
		['item2.daily-self-care-support']
	]);
	const v2Ids = new Set(frameworkV2.items.map((i) => i.id));
	expect(carried.flatMap((a) => a.linkedItemIds).every((id) => v2Ids.has(id))).toBe(true);
});

describe('carryPlanForward: where a carried action came from, in the newer version', () => {
	const withActions = {
		...newer,
		actions: [
			{ id: 'action2.psychoeducation-sessions', revises: 'action.psychoeducation-sessions' },
			{ id: 'action2.brand-new' }
		]
	};
	const carried = carryPlanForward(
		previousPlan,
		{ assessmentId: PREVIOUS, framework: older },
		{ assessmentId: NEXT, framework: withActions },
		idsFrom(300),
		now
	);

	test('a suggestion follows the action that revises it', () => {
		expect(carried[0]!.origin).toEqual({
			kind: 'suggested',
			actionId: 'action2.psychoeducation-sessions'
		});
	});

	test('a "find out" follows the first practice that replaces its practice; one nobody replaces stays', () => {
		const findOut = action(7, 'accepted', ['a1'], { origin: { kind: 'find-out', itemId: 'a1' } });
		const [moved] = carryPlanForward(
			[findOut, dropped],
			{ assessmentId: PREVIOUS, framework: older },
			{ assessmentId: NEXT, framework: withActions },
			idsFrom(400),
			now
		);
		expect(moved!.origin).toEqual({ kind: 'find-out', itemId: 'x1' });
		// a2 is replaced by nothing: the dropped find-out keeps its own (it matches no new suggestion).
		expect(carried[2]!.origin).toEqual({ kind: 'find-out', itemId: 'a2' });
	});

	test('a custom action stays custom', () => {
		expect(carried[1]!.origin).toEqual({ kind: 'custom' });
	});
});
