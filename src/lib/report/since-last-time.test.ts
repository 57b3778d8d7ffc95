/**
 * "Since last time" as the report shows it. Every number below is worked out by hand in the
 * comments: element score = mean of the scored practices / 4 × 100, overall = mean of the element
 * scores, shown as whole numbers, and a change is the difference of the scores as shown.
 */
import { describe, expect, test } from 'vitest';
import type { Answer, PlanAction } from '$lib/domain/assessment';
import type { ComparedFramework } from '$lib/domain/cycles/compare';
import type { ReportCycleInput } from './report-types';
import { sinceLastTime } from './since-last-time';
import { testAction, testElements, testItem } from './test-fixtures';

const elements = testElements.slice(0, 2); // 1. One, 2. Two

const v1: ComparedFramework = {
	id: 'test-fw',
	version: '1.0.0',
	elements,
	items: [
		testItem('a1', 'e1', 1, { statement: 'Supervisors talk about STS.' }),
		testItem('a2', 'e1', 1, { statement: 'Leaders are trained.' }),
		testItem('a3', 'e1', 1, { statement: 'Staff know the signs.' }),
		testItem('b1', 'e2', 1, { statement: 'Caseloads are balanced.' }),
		testItem('b2', 'e2', 1, { statement: 'Staff are safe at work.' }),
		testItem('b3', 'e2', 1, { statement: 'Turnover is tracked.' })
	]
};

/** The next version: a2 and a3 merged into c2, b3 no longer asked, d3 a new question. */
const v2: ComparedFramework = {
	id: 'test-fw',
	version: '2.0.0',
	elements,
	items: [
		testItem('c1', 'e1', 1, { statement: 'Supervision addresses STS.', replaces: ['a1'] }),
		testItem('c2', 'e1', 1, {
			statement: 'Leaders and staff are trained.',
			replaces: ['a2', 'a3']
		}),
		testItem('d1', 'e2', 1, { statement: 'Caseloads are reviewed monthly.', replaces: ['b1'] }),
		testItem('d2', 'e2', 1, { statement: 'Staff are safe on visits.', replaces: ['b2'] }),
		testItem('d3', 'e2', 1, { statement: 'Zoë Łukasik’s peer group meets.' })
	]
};

type Given = 0 | 1 | 2 | 3 | 4 | 'dk' | 'na';

function toAnswer(value: Given): Answer {
	if (value === 'dk') return { kind: 'dont-know' };
	if (value === 'na') return { kind: 'not-applicable', reason: 'No home visits.' };
	return { kind: 'score', value };
}

function cycle(
	id: string,
	cycleLabel: string,
	date: string,
	given: Record<string, Given>,
	{
		plan = [],
		framework = v1,
		copyOf
	}: { plan?: PlanAction[]; framework?: ComparedFramework; copyOf?: string } = {}
): ReportCycleInput {
	return {
		assessment: {
			id,
			cycleLabel,
			date,
			createdAt: `${date}T09:00:00.000Z`,
			frameworkId: framework.id,
			frameworkVersion: framework.version,
			...(copyOf ? { copyOf } : {})
		},
		framework,
		answers: new Map(
			Object.entries(given).map(([item, value]) => [item, { answer: toAnswer(value) }])
		),
		plan
	};
}

// Last time: three actions adopted, one of them done then.
const basePlan = [
	testAction('p1', 'now', 1, { title: 'Train supervisors', status: 'done' }),
	testAction('p2', 'now', 2, { title: 'Start a peer group', status: 'accepted' }),
	testAction('p3', 'next', 3, { title: 'Map the EAP referral path', status: 'in-progress' })
];
const carried = (actionId: string) => ({ carriedFrom: { assessmentId: 'base', actionId } });
// This time: p2 carried over and done, p3 carried over and still open, one new action adopted,
// one suggestion not decided and one carried-over action dropped (neither is in the plan).
const reviewPlan = [
	testAction('q2', 'now', 1, { title: 'Start a peer group', status: 'done', ...carried('p2') }),
	testAction('q3', 'next', 2, {
		title: 'Map the EAP referral path',
		status: 'in-progress',
		...carried('p3')
	}),
	testAction('q4', 'now', 3, { title: 'Balance caseloads by Đặng’s rule', status: 'accepted' }),
	testAction('q5', 'later', 4, { title: 'Plan a retreat', status: 'proposed' }),
	testAction('q6', 'later', 5, { title: 'Old idea', status: 'dropped', ...carried('p1') })
];

/**
 * Baseline (v1): e1 = (1 + 2) / 2 / 4 = 37.5 → 38, 2 of 3 scored (a3 Don't know);
 * e2 = (3 + 2 + 0) / 3 / 4 = 41.67 → 42, 3 of 3; overall (37.5 + 41.67) / 2 = 39.58 → 40, 5 of 6.
 */
const base = cycle(
	'base',
	'Baseline 2025',
	'2025-03-12',
	{ a1: 1, a2: 2, a3: 'dk', b1: 3, b2: 2, b3: 0 },
	{ plan: basePlan }
);

/**
 * Review (v1): e1 = (3 + 2 + 2) / 3 / 4 = 58.33 → 58, 3 of 3; e2 = 1 / 4 = 25, 1 of 2 scored (b2
 * not applicable, b3 Don't know); overall (58.33 + 25) / 2 = 41.67 → 42, 4 of 5.
 */
const review = cycle(
	'review',
	'Review 2026',
	'2026-03-10',
	{ a1: 3, a2: 2, a3: 2, b1: 1, b2: 'na', b3: 'dk' },
	{ plan: reviewPlan }
);

const table = (section: ReturnType<typeof sinceLastTime>, id: string) =>
	section?.tables.find((t) => t.id === id);

describe('no earlier cycle, no section', () => {
	test('a first assessment has nothing to compare with', () => {
		expect(sinceLastTime([base], 'base')).toBeNull();
	});

	test('the earliest of two cycles has nothing before it', () => {
		expect(sinceLastTime([review, base], 'base')).toBeNull();
	});

	test('a copy of this assessment made by import is the same cycle, not an earlier one', () => {
		const copy = cycle('copy', 'Baseline 2025', '2025-03-12', {}, { copyOf: 'later' });
		const later = cycle('later', 'Baseline 2025', '2025-03-12', {});
		expect(sinceLastTime([copy, later], 'later')).toBeNull();
	});

	test('an assessment not among the cycles has no section', () => {
		expect(sinceLastTime([base, review], 'elsewhere')).toBeNull();
	});
});

describe('two cycles on one framework version', () => {
	const section = sinceLastTime([review, base], 'review');

	test('the heading, what it compares with, and the overall change', () => {
		expect(section?.heading).toBe('Since last time');
		expect(section?.intro).toBe('Compared with Baseline 2025 (12 March 2025).');
		expect(section?.versionNote).toBeNull();
		// 42 − 40 = +2
		expect(section?.headline).toBe('Overall score: 40 then, 42 now (+2).');
	});

	test('the parts, in order; nothing cannot be compared on one version', () => {
		expect(section?.tables.map((t) => t.heading)).toEqual([
			'Scores then and now',
			'What changed, practice by practice',
			'Practices that improved',
			'Practices that declined',
			'Our plan since last time'
		]);
	});

	test('scores then and now, with coverage and the change as shown', () => {
		const scores = table(section, 'scores');
		expect(scores?.head).toEqual(['Score', 'Then', 'Now', 'Change']);
		expect(scores?.rows).toEqual([
			['Overall', '40\n5 of 6 items scored', '42\n4 of 5 items scored', '+2'],
			// 58 − 38 = +20
			['1. One', '38\n2 of 3 items scored', '58\n3 of 3 items scored', '+20'],
			// 25 − 42 = −17, with a true minus sign
			['2. Two', '42\n3 of 3 items scored', '25\n1 of 2 items scored', '\u221217']
		]);
	});

	test('what happened to each practice, counted', () => {
		// a1 1 → 3 improved; a2 2 → 2 unchanged; a3 Don't know → 2 newly known; b1 3 → 1 declined;
		// b2 2 → not applicable and b3 0 → Don't know: no longer known.
		const changes = table(section, 'changes');
		expect(changes?.intro).toBe('All 6 practices were asked both times.');
		expect(changes?.head).toEqual(['What happened', 'Practices']);
		expect(changes?.rows).toEqual([
			['Improved', '1'],
			['Declined', '1'],
			['Unchanged', '1'],
			['Newly known', '1'],
			['No longer known', '2']
		]);
	});

	test('the practices that improved and declined, then and now in words', () => {
		expect(table(section, 'improved')?.rows).toEqual([
			['Supervisors talk about STS.', '1 (Beginning)', '3 (Mostly in place)']
		]);
		expect(table(section, 'declined')?.head).toEqual(['Practice', 'Then', 'Now']);
		expect(table(section, 'declined')?.rows).toEqual([
			['Caseloads are balanced.', '3 (Mostly in place)', '1 (Beginning)']
		]);
	});

	test('the plan: done since last time, still open, new; not the undecided or dropped', () => {
		const plan = table(section, 'plan');
		expect(plan?.intro).toBe('1 action done, 1 still open from last time, 1 new.');
		expect(plan?.head).toEqual(['Action', 'Where it stands']);
		expect(plan?.rows).toEqual([
			['Start a peer group', 'Done since last time'],
			['Map the EAP referral path', 'Still open from last time'],
			['Balance caseloads by Đặng’s rule', 'New this time']
		]);
	});

	test('a practice scored in neither cycle is counted as not scored', () => {
		const blank = cycle('blank', 'Review 2026', '2026-03-10', { a1: 'dk' });
		const rows = table(sinceLastTime([base, blank], 'blank'), 'changes')?.rows;
		// a1 1 → Don't know, a2, b1, b2, b3 scored → unanswered: 5 no longer known; a3 Don't
		// know → unanswered: not scored.
		expect(rows).toEqual([
			['Improved', '0'],
			['Declined', '0'],
			['Unchanged', '0'],
			['Newly known', '0'],
			['No longer known', '5'],
			['Not scored', '1']
		]);
		expect(sinceLastTime([base, blank], 'blank')?.headline).toBe(
			'Overall score: 40 then, no score now. No change to show yet.'
		);
		expect(table(sinceLastTime([base, blank], 'blank'), 'plan')?.intro).toBe(
			'This cycle’s plan has no adopted actions yet.'
		);
	});
});

describe('the cycle just before, never a copy of this one', () => {
	test('with a baseline, a review and an imported copy of the review, the copy compares with the baseline', () => {
		// Made the same day as the review and sorted after it (by id): only its copyOf says it is
		// not a later cycle.
		const copy = cycle(
			'review-copy',
			'Review 2026',
			'2026-03-10',
			{ a1: 3, a2: 2, a3: 2, b1: 1, b2: 'na', b3: 'dk' },
			{ copyOf: 'review' }
		);
		const section = sinceLastTime([copy, review, base], 'review-copy');
		expect(section?.intro).toBe('Compared with Baseline 2025 (12 March 2025).');
		expect(section?.headline).toBe('Overall score: 40 then, 42 now (+2).');
	});

	test('a cycle with no label is named by its date', () => {
		const unlabelled = cycle('first', '', '2025-01-31', { a1: 2 });
		expect(sinceLastTime([unlabelled, review], 'review')?.intro).toBe(
			'Compared with the assessment of 31 January 2025.'
		);
	});
});

describe('two cycles on different framework versions', () => {
	/**
	 * Baseline (v1): e1 = (1 + 2 + 3) / 3 / 4 = 50, 3 of 3; e2 = (3 + 2 + 0) / 3 / 4 = 41.67 → 42;
	 * overall (50 + 41.67) / 2 = 45.83 → 46, 6 of 6.
	 * Review (v2): e1 = (2 + 3) / 2 / 4 = 62.5 → 63 (shown), 2 of 2; e2 = (3 + 1 + 4) / 3 / 4 =
	 * 66.67 → 67, 3 of 3; overall (62.5 + 66.67) / 2 = 64.58 → 65, 5 of 5.
	 */
	const baseV1 = cycle('base', 'Baseline 2025', '2025-03-12', {
		a1: 1,
		a2: 2,
		a3: 3,
		b1: 3,
		b2: 2,
		b3: 0
	});
	const reviewV2 = cycle(
		'review',
		'Review 2026',
		'2026-03-10',
		{ c1: 2, c2: 3, d1: 3, d2: 1, d3: 4 },
		{ framework: v2 }
	);
	const section = sinceLastTime([baseV1, reviewV2], 'review');

	test('says the versions differ, and how practices are matched', () => {
		expect(section?.versionNote).toBe(
			'Last time used version 1.0.0 of the framework, and this time version 2.0.0. Each practice is compared with the earlier practices it replaces.'
		);
		// 65 − 46 = +19
		expect(section?.headline).toBe('Overall score: 46 then, 65 now (+19).');
	});

	test('scores then and now', () => {
		expect(table(section, 'scores')?.rows).toEqual([
			['Overall', '46\n6 of 6 items scored', '65\n5 of 5 items scored', '+19'],
			['1. One', '50\n3 of 3 items scored', '63\n2 of 2 items scored', '+13'],
			['2. Two', '42\n3 of 3 items scored', '67\n3 of 3 items scored', '+25']
		]);
	});

	test('practices read through "replaces": a merged practice compares with the mean of its two', () => {
		// c1: a1 1 → 2 improved; c2: mean of a2, a3 = 2.5 → 3 improved; d1: 3 → 3 unchanged;
		// d2: 2 → 1 declined; d3 is new.
		const changes = table(section, 'changes');
		expect(changes?.intro).toBe('4 of the 5 practices asked now were also asked last time.');
		expect(changes?.rows).toEqual([
			['Improved', '2'],
			['Declined', '1'],
			['Unchanged', '1'],
			['Newly known', '0'],
			['No longer known', '0']
		]);
		expect(table(section, 'improved')?.rows).toEqual([
			['Supervision addresses STS.', '1 (Beginning)', '2 (Partly in place)'],
			[
				'Leaders and staff are trained.',
				'2.5 (mean of the 2 earlier practices it replaces)',
				'3 (Mostly in place)'
			]
		]);
		expect(table(section, 'declined')?.rows).toEqual([
			['Staff are safe on visits.', '2 (Partly in place)', '1 (Beginning)']
		]);
	});

	test('practices asked only once are listed with why, never left out', () => {
		const notComparable = table(section, 'not-comparable');
		expect(notComparable?.heading).toBe('Practices that cannot be compared');
		expect(notComparable?.head).toEqual(['Practice', 'Why']);
		expect(notComparable?.rows).toEqual([
			['Zoë Łukasik’s peer group meets.', 'New question in version 2.0.0: not asked last time.'],
			['Turnover is tracked.', 'Asked last time (version 1.0.0); version 2.0.0 no longer asks it.']
		]);
		expect(section?.tables.map((t) => t.id)).toEqual([
			'scores',
			'changes',
			'improved',
			'declined',
			'not-comparable',
			'plan'
		]);
	});
});
