import { describe, expect, test } from 'vitest';
import type { PlanAction, PlanStatus } from './assessment';
import type { Framework, Horizon } from './framework';
import {
	adoptedInHorizon,
	dateOrderProblem,
	DUE_BEFORE_START,
	dueDateText,
	orderAfterChange,
	rewordedByTeam,
	firstSteps,
	inPlanOrder,
	isFiltering,
	matchesPlanFilter,
	NO_OWNER,
	planInExportOrder,
	planOwners,
	planParts,
	restoredStatus
} from './plan-parts';

const framework = {
	items: [
		{ id: 'item.triad', impact: 3 },
		{ id: 'item.other', impact: 1 }
	]
} as unknown as Pick<Framework, 'items'>;

/** A plan action with only what these rules read; the rest is filler. */
function action(
	id: string,
	horizon: Horizon,
	order: number,
	status: PlanStatus = 'proposed',
	extra: Partial<PlanAction> = {}
): PlanAction {
	return {
		id,
		assessmentId: 'a',
		origin: { kind: 'suggested', actionId: `action.${id}` },
		title: `Title ${id}`,
		description: '',
		level: 'organization',
		type: 'prevention',
		linkedItemIds: ['item.other'],
		priority: 1,
		priorityReason: '',
		horizon,
		owner: '',
		status,
		successMeasure: '',
		notes: '',
		order,
		editedByTeam: status !== 'proposed',
		createdAt: '2026-04-01T09:00:00.000Z',
		updatedAt: '2026-04-01T09:00:00.000Z',
		...extra
	};
}

const ids = (actions: readonly { id: string }[]) => actions.map((a) => a.id);

describe('inPlanOrder', () => {
	test('order, then priority, then id', () => {
		const rows = [
			{ id: 'b', order: 10, priority: 1 },
			{ id: 'a', order: 10, priority: 2 },
			{ id: 'c', order: 5, priority: 0 }
		];
		expect(ids(inPlanOrder(rows))).toEqual(['c', 'a', 'b']);
	});
});

describe('planParts', () => {
	const plan = [
		action('p1', 'now', 0, 'proposed', { priority: 1.5 }),
		action('p2', 'later', 10, 'proposed', { priority: 2.25 }),
		action('acc-next', 'next', 5, 'accepted'),
		action('done-now', 'now', 30, 'done'),
		action('prog-now', 'now', 20, 'in-progress'),
		action('acc-now', 'now', 40, 'accepted'),
		action('nn', 'now', 50, 'not-now', { priority: 0.5 }),
		action('nn2', 'now', 60, 'not-now', { priority: 3 }),
		action('x', 'next', 0, 'dropped'),
		action('acc-later', 'later', -10, 'accepted')
	];

	test('our plan by time frame in the team order, done included; suggestions by priority', () => {
		const parts = planParts(plan);
		expect(ids(parts.adopted)).toEqual([
			'prog-now',
			'done-now',
			'acc-now',
			'acc-next',
			'acc-later'
		]);
		expect(ids(parts.undecided)).toEqual(['p2', 'p1']);
		expect(ids(parts.notNow)).toEqual(['nn2', 'nn']);
		expect(ids(parts.dropped)).toEqual(['x']);
	});

	test('exports list every action once: our plan, undecided, not now, dropped', () => {
		expect(ids(planInExportOrder(plan))).toEqual([
			'prog-now',
			'done-now',
			'acc-now',
			'acc-next',
			'acc-later',
			'p2',
			'p1',
			'nn2',
			'nn',
			'x'
		]);
	});

	test('a move happens among the adopted actions of one time frame only', () => {
		expect(ids(adoptedInHorizon(plan, 'now'))).toEqual(['prog-now', 'done-now', 'acc-now']);
		expect(ids(adoptedInHorizon(plan, 'next'))).toEqual(['acc-next']);
	});
});

describe('firstSteps: one rule for Results, the HTML report and the PDF', () => {
	test.each([
		{
			case: 'adopted actions: the team plan in its order, not the suggestions',
			plan: [
				action('s-now', 'now', 0, 'proposed', { priority: 3, linkedItemIds: ['item.triad'] }),
				action('mine-next', 'next', 0, 'accepted'),
				action('mine-now-2', 'now', 20, 'in-progress'),
				action('mine-now-1', 'now', 10, 'accepted'),
				action('mine-done', 'now', 0, 'done')
			],
			kind: 'plan',
			steps: ['mine-now-1', 'mine-now-2', 'mine-next']
		},
		{
			case: 'only done actions adopted: back to the suggestions',
			plan: [action('mine-done', 'now', 0, 'done'), action('s1', 'now', 10)],
			kind: 'suggestions',
			steps: ['s1']
		},
		{
			case: 'nothing adopted: Now first, triad ahead, topped up from Next to three',
			plan: [
				action('a', 'now', 0),
				action('b', 'now', 10, 'proposed', { linkedItemIds: ['item.triad'] }),
				action('c', 'now', 20, 'dropped'),
				action('d', 'now', 30, 'not-now'),
				action('e', 'next', 0, 'proposed', { linkedItemIds: ['item.triad'] }),
				action('f', 'later', 0, 'proposed', { linkedItemIds: ['item.triad'] })
			],
			kind: 'suggestions',
			steps: ['b', 'a', 'e']
		},
		{
			case: 'suggestions of equal impact come most urgent first',
			plan: [
				action('low', 'now', 0, 'proposed', { priority: 1.5 }),
				action('high', 'now', 10, 'proposed', { priority: 2 }),
				action('mid', 'now', 20, 'proposed', { priority: 1.75 })
			],
			kind: 'suggestions',
			steps: ['high', 'mid', 'low']
		},
		{ case: 'an empty plan', plan: [], kind: 'suggestions', steps: [] }
	])('$case', ({ plan, kind, steps }) => {
		const result = firstSteps(plan, framework);
		expect(result.kind).toBe(kind);
		expect(ids(result.actions)).toEqual(steps);
	});

	test('at most five, from the plan or from the suggestions', () => {
		const adopted = Array.from({ length: 8 }, (_, i) => action(`m${i}`, 'now', i, 'accepted'));
		expect(ids(firstSteps(adopted, framework).actions)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4']);
		const proposed = Array.from({ length: 8 }, (_, i) => action(`s${i}`, 'now', i));
		expect(firstSteps(proposed, framework).actions).toHaveLength(5);
	});
});

describe('dateOrderProblem', () => {
	test.each([
		[{}, undefined],
		[{ startDate: '2026-05-01' }, undefined],
		[{ dueDate: '2026-05-01' }, undefined],
		[{ startDate: '2026-05-01', dueDate: '2026-05-01' }, undefined],
		[{ startDate: '2026-05-01', dueDate: '2026-05-02' }, undefined],
		[{ startDate: '2026-05-02', dueDate: '2026-05-01' }, DUE_BEFORE_START],
		[{ startDate: '2026-12-31', dueDate: '2027-01-01' }, undefined],
		[{ startDate: '2027-01-01', dueDate: '2026-12-31' }, DUE_BEFORE_START]
	])('%j -> %s', (dates, expected) => {
		expect(dateOrderProblem(dates)).toBe(expected);
	});
});

describe('matchesPlanFilter', () => {
	const subject = {
		level: 'supervisor' as const,
		type: 'intervention' as const,
		linkedItemIds: ['item.a', 'item.b'],
		status: 'accepted' as const,
		owner: ' HR lead '
	};
	const elementOf = (id: string) => ({ 'item.a': 'e1', 'item.b': 'e2' })[id];
	test.each([
		[{}, true],
		[{ level: 'supervisor' }, true],
		[{ level: 'individual' }, false],
		[{ type: 'prevention' }, false],
		[{ elementId: 'e2' }, true],
		[{ elementId: 'e3' }, false],
		[{ status: 'accepted' }, true],
		[{ status: 'proposed' }, false],
		[{ owner: 'hr lead' }, true],
		[{ owner: 'HR' }, false],
		[{ owner: NO_OWNER }, false],
		[{ level: 'supervisor', type: 'intervention', elementId: 'e1', owner: 'HR lead' }, true]
	])('%j -> %s', (filter, expected) => {
		expect(matchesPlanFilter(subject, filter, elementOf)).toBe(expected);
	});

	test('"No owner yet" finds actions with a blank owner', () => {
		expect(matchesPlanFilter({ ...subject, owner: '  ' }, { owner: NO_OWNER }, elementOf)).toBe(
			true
		);
	});

	test('filtering is on when any filter has a value', () => {
		expect(isFiltering({ level: '', owner: '' })).toBe(false);
		expect(isFiltering({ level: '', owner: 'x' })).toBe(true);
	});
});

describe('planOwners', () => {
	test('each owner once, first spelling kept, blanks left out, alphabetical', () => {
		expect(
			planOwners([
				{ owner: 'Zoë Łukasik' },
				{ owner: 'hr lead' },
				{ owner: ' HR lead' },
				{ owner: '' },
				{ owner: 'Đặng' }
			])
		).toEqual(['Đặng', 'hr lead', 'Zoë Łukasik']);
	});
});

describe('restoredStatus', () => {
	test('the team’s own action returns to our plan, a suggestion to the suggestions', () => {
		expect(restoredStatus({ origin: { kind: 'custom' } })).toBe('accepted');
		expect(restoredStatus({ origin: { kind: 'suggested', actionId: 'action.x' } })).toBe(
			'proposed'
		);
		expect(restoredStatus({ origin: { kind: 'find-out', itemId: 'item.x' } })).toBe('proposed');
	});
});

describe('dueDateText', () => {
	test('as given, or flagged to check when it comes before the start date', () => {
		expect(dueDateText({ dueDate: '2026-05-01' }, (d) => `<${d}>`)).toBe('<2026-05-01>');
		expect(dueDateText({ startDate: '2026-06-01' }, (d) => d)).toBe('');
		expect(dueDateText({ startDate: '2026-06-01', dueDate: '2026-05-01' }, (d) => d)).toBe(
			'2026-05-01 (before the start date: to check)'
		);
	});
});

describe('orderAfterChange', () => {
	const plan = [
		action('a1', 'now', 10, 'accepted'),
		action('a2', 'now', 20, 'in-progress'),
		action('s', 'now', 5),
		action('n', 'now', 3, 'not-now'),
		action('x', 'now', 1, 'dropped'),
		action('b1', 'next', 40, 'accepted')
	];
	const change = (id: string, patch: Partial<PlanAction>) => {
		const before = plan.find((a) => a.id === id)!;
		return orderAfterChange(before, { ...before, ...patch }, plan);
	};
	test.each([
		[
			'a suggestion accepted: after the last adopted of its time frame',
			's',
			{ status: 'accepted' },
			30
		],
		['taken up from Not now: the same', 'n', { status: 'in-progress' }, 30],
		[
			'accepted into an empty time frame: the first place there (0)',
			's',
			{ status: 'accepted', horizon: 'later' },
			0
		],
		['an adopted action moved to Next: after Next’s last', 'a1', { horizon: 'next' }, 50],
		['a dropped action restored keeps its place', 'x', { status: 'accepted' }, undefined],
		['an owner change keeps its place', 'a1', { owner: 'HR lead' }, undefined],
		['set aside: keeps its place', 's', { status: 'not-now' }, undefined]
	] as const)('%s', (_case, id, patch, expected) => {
		expect(change(id, patch as Partial<PlanAction>)).toBe(expected);
	});
});

describe('rewordedByTeam', () => {
	const suggested = {
		title: 'Map the EAP path',
		description: 'Who to call.',
		successMeasure: 'A map.'
	};
	test.each([
		['accepted as suggested: not reworded', suggested, false],
		['a new title', { ...suggested, title: 'Map the EAP path with HR' }, true],
		['a new description', { ...suggested, description: 'Who to call, and when.' }, true],
		['a new measure', { ...suggested, successMeasure: 'A map on the wall.' }, true]
	] as const)('%s', (_case, action, expected) => {
		expect(rewordedByTeam(action, suggested)).toBe(expected);
	});

	test('no current suggestion to compare with: not claimed as reworded', () => {
		expect(rewordedByTeam(suggested, undefined)).toBe(false);
	});
});
