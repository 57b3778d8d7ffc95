/**
 * The Compare screen's words, from small answer maps on the real frameworks. Every number is
 * worked out by hand in the comments: element score = mean of the scored practices / 4 × 100,
 * overall = mean of the element scores that have one, change = difference of the shown scores.
 */
import { describe, expect, test } from 'vitest';
import { frameworkV2 } from '$lib/content';
import { frameworkV1 } from '$lib/content/framework-v1';
import type { Answer, PlanAction, PlanStatus } from '$lib/domain/assessment';
import { compareCycles, type ComparedFramework, type CycleInput } from '$lib/domain/cycles/compare';
import { longDate } from '$lib/domain/format';
import {
	changeCounts,
	compareView,
	cycleChoices,
	defaultChoice,
	filterPractices,
	namedCycle,
	overallSentence,
	planCountsText,
	planHeadings,
	practiceFilterChoices,
	scoreCell
} from './compare-view';

type Given = 0 | 1 | 2 | 3 | 4 | 'dk' | 'na' | null;

function answers(given: Record<string, Given>): CycleInput['answers'] {
	const toAnswer = (value: Given): Answer | null =>
		value === null
			? null
			: value === 'dk'
				? { kind: 'dont-know' }
				: value === 'na'
					? { kind: 'not-applicable', reason: 'Not part of our work.' }
					: { kind: 'score', value };
	return new Map(Object.entries(given).map(([id, value]) => [id, { answer: toAnswer(value) }]));
}

function cycle(
	id: string,
	cycleLabel: string,
	date: string,
	given: Record<string, Given>,
	plan: PlanAction[] = [],
	framework: ComparedFramework = frameworkV2
): CycleInput {
	return {
		assessment: {
			id,
			cycleLabel,
			date,
			createdAt: `${date}T09:00:00.000Z`,
			frameworkId: framework.id,
			frameworkVersion: framework.version
		},
		framework,
		answers: answers(given),
		plan
	};
}

function action(
	id: string,
	status: PlanStatus,
	order: number,
	more: Partial<PlanAction> = {}
): PlanAction {
	return {
		id,
		assessmentId: 'filler',
		origin: { kind: 'custom' },
		title: `Title ${id}`,
		description: '',
		level: 'organization',
		type: 'prevention',
		linkedItemIds: [],
		priority: 0,
		priorityReason: '',
		horizon: 'now',
		owner: '',
		status,
		successMeasure: '',
		notes: '',
		order,
		editedByTeam: true,
		createdAt: '2026-01-01T00:00:00.000Z',
		updatedAt: '2026-01-01T00:00:00.000Z',
		...more
	};
}

const view = (input: CycleInput[], copies: string[] = []) =>
	compareView(compareCycles(input), { formatDate: longDate, copies: new Set(copies) });

/**
 * Baseline, element 1: sts-basics 1, leaders-trained 2, signs-guide 4 → 7 / 3 / 4 = 58.33, shown
 * 58 (workforce-check Don't know). Element 2: caseload-balance 3 → 75 (call-for-help not
 * applicable). Overall (58.33 + 75) / 2 = 66.67, shown 67.
 */
const baseline = cycle(
	'cycle-a',
	'Baseline 2025',
	'2025-03-10',
	{
		'item2.sts-basics-for-everyone': 1,
		'item2.leaders-trained': 2,
		'item2.workforce-check': 'dk',
		'item2.signs-guide': 4,
		'item2.caseload-balance': 3,
		'item2.call-for-help': 'na'
	},
	[
		action('p-done', 'done', 10, { owner: 'José Núñez', dueDate: '2025-06-30' }),
		action('p-open', 'accepted', 20, { owner: 'Zoë Łukasik', dueDate: '2025-12-01' })
	]
);

/**
 * Review, element 1: sts-basics 3, leaders-trained 2, workforce-check 4 → 9 / 3 / 4 = 75
 * (signs-guide Don't know). Element 2: caseload-balance 1 → 25. Element 3: flextime Don't know,
 * no score. Overall (75 + 25) / 2 = 50.
 */
const review = cycle(
	'cycle-b',
	'Review 2026',
	'2026-03-12',
	{
		'item2.sts-basics-for-everyone': 3,
		'item2.leaders-trained': 2,
		'item2.workforce-check': 4,
		'item2.signs-guide': 'dk',
		'item2.caseload-balance': 1,
		'item2.call-for-help': 'na',
		'item2.flextime': 'dk'
	},
	[
		action('c-open', 'in-progress', 10, {
			owner: 'Zoë Łukasik',
			dueDate: '2026-06-01',
			carriedFrom: { assessmentId: 'cycle-a', actionId: 'p-open' }
		}),
		action('n-new', 'accepted', 20),
		// Stored before the date rule held everywhere: due before it starts.
		action('n-done', 'done', 30, { owner: 'Đặng', startDate: '2026-03-01', dueDate: '2026-02-01' }),
		action('n-suggested', 'proposed', 40)
	]
);

describe('compareView on one framework version', () => {
	const result = view([review, baseline]);

	test('columns oldest first, named by their labels and dated', () => {
		expect(result.columns).toEqual([
			{ id: 'cycle-a', name: 'Baseline 2025', dateText: '10 March 2025', versionNote: null },
			{ id: 'cycle-b', name: 'Review 2026', dateText: '12 March 2026', versionNote: null }
		]);
		expect(result.changeHeading).toBe('Change since Baseline 2025');
	});

	test('the overall row and sentence: 67 → 50 is −17', () => {
		expect(result.scoreRows[0]).toEqual({
			key: 'overall',
			label: 'Overall',
			values: [(175 / 3 + 75) / 2, 50],
			cells: [
				{ score: '67', coverage: '4 of 35 items scored' },
				{ score: '50', coverage: '4 of 35 items scored' }
			],
			change: '\u221217'
		});
		expect(result.overallSentence).toBe(
			'Overall score: 67 in Baseline 2025, 50 in Review 2026 (\u221217).'
		);
	});

	test.each([
		// 58.33 shows 58: 75 − 58 = +17.
		[
			'1. Recognize the impact on the workforce',
			['58', '75'],
			['3 of 6 items scored', '3 of 6 items scored'],
			'+17'
		],
		[
			'2. Treat trauma exposure as a risk of the job',
			['75', '25'],
			['1 of 5 items scored', '1 of 5 items scored'],
			'\u221250'
		],
		[
			'3. Build a culture that supports staff',
			['No score yet', 'No score yet'],
			['0 of 6 items scored', '0 of 6 items scored'],
			'Not comparable'
		],
		[
			'6. Build STS into everyday work and training',
			['No score yet', 'No score yet'],
			['0 of 6 items scored', '0 of 6 items scored'],
			'Not comparable'
		]
	])('%s: %j, %j, %s', (label, scores, coverage, change) => {
		const row = result.scoreRows.find((r) => r.label === label);
		expect(row?.cells.map((c) => c.score)).toEqual(scores);
		expect(row?.cells.map((c) => c.coverage)).toEqual(coverage);
		expect(row?.change).toBe(change);
	});

	test('overall first, then the six elements in walk order', () => {
		expect(result.scoreRows.map((r) => r.key)).toEqual([
			'overall',
			'recognize-impact',
			'risk-of-the-job',
			'organizational-culture',
			'protect-client-care',
			'knowledge-into-action',
			'integrate-sts'
		]);
	});

	test('counts per change, in words', () => {
		expect(result.changeCounts.map((c) => c.text)).toEqual([
			'1 improved',
			'1 declined',
			'1 unchanged',
			'1 newly known',
			'1 no longer known',
			'31 not scored'
		]);
	});

	test('practices grouped by element, with statements, answers and change', () => {
		const first = result.practiceGroups[0];
		expect(first?.label).toBe('1. Recognize the impact on the workforce');
		expect(
			first?.rows.map((r) => [r.itemId.replace('item2.', ''), r.answers, r.changeLabel])
		).toEqual([
			['sts-basics-for-everyone', ['1 (Beginning)', '3 (Mostly in place)'], 'Improved'],
			['leaders-trained', ['2 (Partly in place)', '2 (Partly in place)'], 'Unchanged'],
			['workforce-check', ["Don't know", '4 (Fully in place)'], 'Newly known'],
			['private-self-check', ['Not answered yet', 'Not answered yet'], 'Not scored'],
			['signs-guide', ['4 (Fully in place)', "Don't know"], 'No longer known'],
			['turnover-reviewed', ['Not answered yet', 'Not answered yet'], 'Not scored']
		]);
		expect(first?.rows[0]?.statement).toBe(
			'Everyone who hears trauma stories at work, in any role, is taught the basics of STS.'
		);
		const second = result.practiceGroups[1]?.rows;
		expect(second?.find((r) => r.itemId === 'item2.caseload-balance')?.answers).toEqual([
			'3 (Mostly in place)',
			'1 (Beginning)'
		]);
		expect(second?.find((r) => r.itemId === 'item2.call-for-help')).toMatchObject({
			answers: ['Not applicable', 'Not applicable'],
			changeLabel: 'Not scored'
		});
		expect(result.practiceGroups.map((g) => g.rows.length)).toEqual([6, 6, 6, 6, 6, 6]);
	});

	test('the Show filter: its choices with counts, and what each leaves', () => {
		expect(practiceFilterChoices(result).map((c) => c.text)).toEqual([
			'All practices (36)',
			'Improved (1)',
			'Declined (1)',
			'Unchanged (1)',
			'Newly known (1)',
			'No longer known (1)',
			'Not scored (31)'
		]);
		const declined = filterPractices(result.practiceGroups, 'declined');
		expect(declined.map((g) => [g.label, g.rows.map((r) => r.itemId)])).toEqual([
			['2. Treat trauma exposure as a risk of the job', ['item2.caseload-balance']]
		]);
		expect(filterPractices(result.practiceGroups, 'all')).toEqual(result.practiceGroups);
		const notScored = filterPractices(result.practiceGroups, 'not-scored');
		expect(notScored.map((g) => g.rows.length)).toEqual([2, 5, 6, 6, 6, 6]);
	});

	test('nothing left uncompared', () => {
		expect(result.newQuestions).toEqual([]);
		expect(result.noLongerAsked).toEqual([]);
	});

	test('the plan since last time, with owners and due dates as written', () => {
		expect(result.plan).toEqual({
			earlierName: 'Baseline 2025',
			laterName: 'Review 2026',
			headings: {
				done: 'Done since Baseline 2025',
				stillOpen: 'Still open from Baseline 2025',
				added: 'New in Review 2026',
				doneBefore: 'Done in Baseline 2025'
			},
			done: [
				{
					id: 'n-done',
					title: 'Title n-done',
					details: 'Owner: Đặng · Due 1 February 2026 (before the start date: to check)'
				}
			],
			stillOpen: [
				{ id: 'c-open', title: 'Title c-open', details: 'Owner: Zoë Łukasik · Due 1 June 2026' }
			],
			added: [{ id: 'n-new', title: 'Title n-new', details: 'No owner yet · No due date' }],
			doneBefore: [
				{ id: 'p-done', title: 'Title p-done', details: 'Owner: José Núñez · Due 30 June 2025' }
			]
		});
	});
});

describe('compareView with three cycles', () => {
	/** No label; sts-basics 2 alone: element 1 = 50, overall 50. Named by its date. */
	const middle = cycle('cycle-m', '', '2025-09-01', { 'item2.sts-basics-for-everyone': 2 });
	const result = view([baseline, review, middle]);

	test('a cycle without a label is named by its date; the change runs first to last', () => {
		expect(result.columns.map((c) => c.name)).toEqual([
			'Baseline 2025',
			'1 September 2025',
			'Review 2026'
		]);
		expect(result.scoreRows[0]?.cells.map((c) => c.score)).toEqual(['67', '50', '50']);
		expect(result.scoreRows[0]?.change).toBe('\u221217');
		expect(result.overallSentence).toBe(
			'Overall score: 67 in Baseline 2025, 50 in 1 September 2025, 50 in Review 2026 (\u221217 from the first to the last).'
		);
		expect(result.practiceGroups[0]?.rows[0]?.answers).toEqual([
			'1 (Beginning)',
			'2 (Partly in place)',
			'3 (Mostly in place)'
		]);
	});

	test('the plan compares the last two: nothing of the middle cycle was carried', () => {
		expect(result.plan.earlierName).toBe('1 September 2025');
		expect(result.plan.stillOpen).toEqual([]);
		expect(result.plan.added.map((a) => a.id)).toEqual(['c-open', 'n-new']);
		expect(result.plan.doneBefore).toEqual([]);
	});

	test('a first cycle with no score says there is no change to show yet', () => {
		const empty = view([cycle('cycle-0', 'Start', '2024-01-01', {}), review]);
		expect(empty.overallSentence).toBe(
			'Overall score: no score in Start, 50 in Review 2026. No change to show yet.'
		);
		expect(empty.scoreRows[0]?.change).toBe('Not comparable');
	});
});

describe('compareView across framework versions', () => {
	/** Version 1: leaders-trained 1 and psychoeducation 4 (both replaced by sts-basics). */
	const v1 = cycle(
		'v1-cycle',
		'Baseline 2025',
		'2025-04-01',
		{ 'item.leaders-trained': 1, 'item.psychoeducation': 4 },
		[],
		frameworkV1
	);
	const v2 = cycle('v2-cycle', 'Review 2026', '2026-04-01', {
		'item2.sts-basics-for-everyone': 2
	});
	const result = view([v1, v2]);

	test('each column says its framework version', () => {
		expect(result.columns.map((c) => c.versionNote)).toEqual([
			'Framework version 1.0.0',
			'Framework version 2.0.0'
		]);
	});

	test('a practice that stands for two older ones reads their mean', () => {
		const row = result.practiceGroups[0]?.rows.find(
			(r) => r.itemId === 'item2.sts-basics-for-everyone'
		);
		// (1 + 4) / 2 = 2.5 then, 2 now: declined.
		expect(row?.answers).toEqual([
			'2.5 (mean of the 2 earlier practices it replaces)',
			'2 (Partly in place)'
		]);
		expect(row?.changeLabel).toBe('Declined');
	});

	test('the new questions are named, with why; none dropped', () => {
		expect(result.newQuestions.map((q) => [q.itemId, q.why])).toEqual(
			[
				'item2.risk-in-safety-policy',
				'item2.risk-in-job-descriptions',
				'item2.risk-in-hiring',
				'item2.leaders-respond-to-strain',
				'item2.ask-before-sharing-details',
				'item2.leaders-model-self-care'
			].map((id) => [id, 'New question in version 2.0.0: not asked in Baseline 2025.'])
		);
		expect(result.newQuestions[0]?.statement).toBe(
			'The health and safety policy lists trauma exposure as a risk of the job.'
		);
		// 36 practices: 30 compared and 6 new.
		expect(result.practiceGroups.flatMap((g) => g.rows)).toHaveLength(30);
		expect(result.noLongerAsked).toEqual([]);
	});

	test('a later cycle made on the older version: the practices it no longer asks, once each', () => {
		const a = cycle('v2-a', 'Review 2025', '2025-04-01', {});
		const b = cycle('v2-b', 'Review 2026', '2026-04-01', {});
		const older = cycle('v1-late', 'Old copy', '2026-05-01', {}, [], frameworkV1);
		const late = view([a, b, older]);
		expect(late.noLongerAsked).toHaveLength(6);
		expect(late.noLongerAsked[0]).toEqual({
			itemId: 'item2.risk-in-safety-policy',
			statement: 'The health and safety policy lists trauma exposure as a risk of the job.',
			why: 'Asked in Review 2025 and Review 2026 (version 2.0.0); version 1.0.0 no longer asks it.'
		});
	});
});

describe('cycle names that would read the same', () => {
	test('the same label on different dates gets its date', () => {
		const result = view([
			cycle('x', 'Annual review', '2025-03-10', {}),
			cycle('y', 'Annual review', '2026-03-12', {})
		]);
		expect(result.columns.map((c) => c.name)).toEqual([
			'Annual review (10 March 2025)',
			'Annual review (12 March 2026)'
		]);
		expect(result.changeHeading).toBe('Change since Annual review (10 March 2025)');
	});

	test('a copy on the same day is marked as one; two alike are numbered', () => {
		const original = cycle('o', 'Baseline 2025', '2025-03-10', {});
		const copy = cycle('p', 'Baseline 2025', '2025-03-10', {});
		expect(view([original, copy], ['p']).columns.map((c) => c.name)).toEqual([
			'Baseline 2025',
			'Baseline 2025 (copy)'
		]);
		expect(view([original, copy]).columns.map((c) => c.name)).toEqual([
			'Baseline 2025 (1)',
			'Baseline 2025 (2)'
		]);
	});
});

describe('choosing the cycles', () => {
	const record = (
		id: string,
		cycleLabel: string,
		date: string,
		frameworkVersion = '2.0.0',
		copyOf?: string
	) => ({
		assessment: {
			id,
			cycleLabel,
			date,
			createdAt: `${date}T09:00:00.000Z`,
			frameworkVersion,
			...(copyOf ? { copyOf } : {})
		}
	});
	const records = [
		record('c', 'Review 2026', '2026-03-12'),
		record('a', 'Baseline 2024', '2024-03-01', '1.0.0'),
		record('b', 'Review 2025', '2025-03-10'),
		record('b-copy', 'Review 2025', '2025-03-10', '2.0.0', 'b')
	];

	test('one checkbox per cycle, oldest first (a copy before its original), with version and copy noted', () => {
		expect(cycleChoices(records, 'c', longDate).map((c) => [c.id, c.text, c.isThis])).toEqual([
			['a', 'Baseline 2024 · 1 March 2024 · framework version 1.0.0', false],
			['b-copy', 'Review 2025 · 10 March 2025 · framework version 2.0.0 (copy)', false],
			['b', 'Review 2025 · 10 March 2025 · framework version 2.0.0', false],
			['c', 'Review 2026 · 12 March 2026 · framework version 2.0.0 (this assessment)', true]
		]);
	});

	test('versions are left out when every cycle shares one; no label shows the date alone', () => {
		const same = [record('x', '', '2025-01-05'), record('y', 'Review', '2026-01-05')];
		expect(cycleChoices(same, 'y', longDate).map((c) => c.text)).toEqual([
			'5 January 2025',
			'Review · 5 January 2026 (this assessment)'
		]);
	});

	test.each([
		// This one and the one before it (the original, not its copy).
		['c', ['b', 'c']],
		// A copy is the same cycle: the one before is the cycle before both.
		['b-copy', ['a', 'b-copy']],
		['b', ['a', 'b']],
		// The first cycle is compared with the next one (its original, not the copy sorted first).
		['a', ['a', 'b']],
		['unknown', []]
	])('opened from %s, %j are ticked', (thisId, ticked) => {
		expect(defaultChoice(records, thisId)).toEqual(ticked);
	});

	test('a cycle started from an earlier one is compared with that one', () => {
		const { assessment } = record('d', 'Review 2027', '2027-03-01');
		const started = { assessment: { ...assessment, previousCycleId: 'a' } };
		expect(defaultChoice([...records, started], 'd')).toEqual(['a', 'd']);
	});

	test('an organization with one cycle ticks that one only', () => {
		expect(defaultChoice([record('only', 'Baseline', '2025-01-01')], 'only')).toEqual(['only']);
	});
});

describe('the words the report\'s "Since last time" shares', () => {
	const row = (values: (number | null)[], change: number | null) => ({
		values,
		coverage: values.map(() => null),
		change
	});

	test.each([
		// 40 then, 42 now: +2.
		[[40.4, 41.6], 2, 'Overall score: 40 then, 42 now (+2).'],
		[[null, 50], null, 'Overall score: no score then, 50 now. No change to show yet.'],
		[[40, null], null, 'Overall score: 40 then, no score now. No change to show yet.'],
		[[null, null], null, 'No overall score yet.']
	])('%j in the report reads %j', (values, change, sentence) => {
		expect(overallSentence(row(values, change), ['then', 'now'])).toBe(sentence);
	});

	test('a score without coverage is an element that version does not ask', () => {
		expect(scoreCell(null, null)).toEqual({
			score: 'No score yet',
			coverage: 'Not asked in this version'
		});
		const coverage = {
			scored: 27,
			applicable: 36,
			dontKnow: 4,
			notApplicable: 0,
			unanswered: 5,
			percent: 75
		};
		expect(scoreCell(58.5, coverage)).toEqual({ score: '59', coverage: '27 of 36 items scored' });
	});

	test('"Not scored" is counted only when some practice is; counts over 999 read "1,234"', () => {
		const counts = {
			improved: 1_234,
			declined: 2,
			unchanged: 0,
			'newly-known': 0,
			'no-longer-known': 1,
			'not-scored': 0
		};
		expect(changeCounts(counts).map((c) => [c.label, c.text])).toEqual([
			['Improved', '1,234 improved'],
			['Declined', '2 declined'],
			['Unchanged', '0 unchanged'],
			['Newly known', '0 newly known'],
			['No longer known', '1 no longer known']
		]);
		expect(changeCounts({ ...counts, 'not-scored': 3 }).at(-1)?.text).toBe('3 not scored');
	});

	test('the plan\'s parts by cycle name on screen, and "last time"/"this time" in the report', () => {
		const lastTime = { name: 'last time', when: 'last time' };
		const thisTime = { name: 'this time', when: 'this time' };
		expect(planHeadings(lastTime, thisTime)).toEqual({
			done: 'Done since last time',
			stillOpen: 'Still open from last time',
			added: 'New this time',
			doneBefore: 'Done last time'
		});
		expect(planHeadings(namedCycle('Baseline 2025'), namedCycle('Review 2026')).added).toBe(
			'New in Review 2026'
		);
		const plan = { done: [action('x', 'done', 1)], stillOpen: [], added: [] };
		expect(planCountsText(plan, namedCycle('Baseline 2025'))).toBe(
			'1 action done, 0 still open from Baseline 2025, 0 new.'
		);
	});
});
