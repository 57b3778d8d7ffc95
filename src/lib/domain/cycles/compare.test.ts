/**
 * Cycles side by side. Every number below is worked out by hand in the comments: element score =
 * mean of the scored practices / 4 × 100, overall = mean of the element scores, and a change is
 * the difference of the scores as shown (whole numbers).
 */
import { describe, expect, test } from 'vitest';
import { frameworkV2 } from '$lib/content';
import { frameworkV1 } from '$lib/content/framework-v1';
import type { Answer, PlanAction, PlanStatus } from '../assessment';
import type { Element, Item } from '../framework';
import type { Coverage } from '../scoring';
import type { ComparedAnswer } from './answer-state';
import {
	changeText,
	compareCycles,
	cycleOrder,
	previousCycleOf,
	sameCycle,
	scoreChange,
	type ComparedFramework,
	type CycleInput
} from './compare';

function element(id: string, number: number): Element {
	return { id, number, title: `Element ${number}`, summary: 'Filler.', passageIds: ['p.filler'] };
}

/** A practice with only what the comparison reads; the rest is filler. */
function item(id: string, elementId: string, replaces?: string[]): Item {
	return {
		id,
		elementId,
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

// Listed out of number order: the comparison goes by element number.
const elements = [element('e2', 2), element('e1', 1)];

/** One version: four practices in element 1, three in element 2. */
const framework: ComparedFramework = {
	id: 'test-fw',
	version: '1.0.0',
	elements,
	items: [
		item('a1', 'e1'),
		item('a2', 'e1'),
		item('a3', 'e1'),
		item('a4', 'e1'),
		item('b1', 'e2'),
		item('b2', 'e2'),
		item('b3', 'e2')
	]
};

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
	fw: ComparedFramework = framework
): CycleInput {
	return {
		assessment: {
			id,
			cycleLabel,
			date,
			createdAt: `${date}T09:00:00.000Z`,
			frameworkId: fw.id,
			frameworkVersion: fw.version
		},
		framework: fw,
		answers: answers(given),
		plan
	};
}

function action(id: string, status: PlanStatus, order: number, carriedFrom?: string): PlanAction {
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
		...(carriedFrom ? { carriedFrom: { assessmentId: 'cycle-a', actionId: carriedFrom } } : {}),
		createdAt: '2026-01-01T00:00:00.000Z',
		updatedAt: '2026-01-01T00:00:00.000Z'
	};
}

const coverage = (
	scored: number,
	applicable: number,
	dontKnow: number,
	notApplicable: number,
	unanswered: number,
	percent: number
): Coverage => ({ scored, applicable, dontKnow, notApplicable, unanswered, percent });

const s = (value: number, of = 1): ComparedAnswer => ({ kind: 'score', value, of });
const dk: ComparedAnswer = { kind: 'dont-know' };
const na: ComparedAnswer = { kind: 'not-applicable' };
const none: ComparedAnswer = { kind: 'unanswered' };

/**
 * Baseline: e1 = (1 + 3 + 2) / 3 = 2 → 50 (a3 Don't know); e2 = (1 + 4) / 2 = 2.5 → 62.5 (b2 Not
 * applicable); overall (50 + 62.5) / 2 = 56.25, shown 56.
 */
const baseline = cycle(
	'cycle-a',
	'Baseline 2025',
	'2025-03-10',
	{ a1: 1, a2: 3, a3: 'dk', a4: 2, b1: 1, b2: 'na', b3: 4 },
	[action('p-done', 'done', 10), action('p-open', 'accepted', 20)]
);

/**
 * Review: e1 = (4 + 2 + 4 + 2) / 4 = 3 → 75; e2 = 2 / 1 → 50 (b2 Don't know, b3 a note but no
 * answer); overall (75 + 50) / 2 = 62.5, shown 63.
 */
const review = cycle(
	'cycle-b',
	'Review 2026',
	'2026-03-12',
	{ a1: 4, a2: 2, a3: 4, a4: 2, b1: 2, b2: 'dk', b3: null },
	[
		action('c-open', 'in-progress', 10, 'p-open'),
		action('n-new', 'accepted', 20),
		action('n-suggested', 'proposed', 30)
	]
);

describe('scoreChange and changeText', () => {
	test.each<[number | null, number | null, number | null, string]>([
		// The difference of the shown scores, never the rounded difference.
		[54.4, 60.6, 7, '+7'], // 54 → 61 (6.2 would round to 6)
		[56.25, 62.5, 7, '+7'], // 56 → 63 (6.25 would round to 6)
		[43.75, 58.333, 14, '+14'], // 44 → 58 (14.58 would round to 15)
		[62.5, 50, -13, '\u221213'], // 63 → 50 (−12.5 would round to −12)
		[75, 50, -25, '\u221225'],
		[49.6, 50.4, 0, '0'], // 50 → 50
		[0, 100, 100, '+100'],
		[null, 50, null, 'Not comparable'],
		[50, null, null, 'Not comparable'],
		[null, null, null, 'Not comparable']
	])('%s → %s is %s, shown "%s"', (earlier, later, change, text) => {
		expect(scoreChange(earlier, later)).toBe(change);
		expect(changeText(scoreChange(earlier, later))).toBe(text);
	});
});

describe('cycleOrder', () => {
	const at = (id: string, date: string, createdAt: string) => ({
		assessment: { id, date, createdAt }
	});
	test('by date, then by when it was made, then by id', () => {
		const given = [
			at('c', '2026-03-01', '2026-03-01T10:00:00.000Z'),
			at('b', '2026-03-01', '2026-03-01T09:00:00.000Z'),
			at('z', '2025-12-31', '2026-04-01T00:00:00.000Z'),
			at('a', '2026-03-01', '2026-03-01T10:00:00.000Z')
		];
		expect([...given].sort(cycleOrder).map((c) => c.assessment.id)).toEqual(['z', 'b', 'a', 'c']);
	});
});

describe('compareCycles on one framework version', () => {
	const result = compareCycles([review, baseline]);

	test('the cycles oldest first, with their labels', () => {
		expect(
			result.cycles.map(({ id, label, date, frameworkVersion }) => [
				id,
				label,
				date,
				frameworkVersion
			])
		).toEqual([
			['cycle-a', 'Baseline 2025', '2025-03-10', '1.0.0'],
			['cycle-b', 'Review 2026', '2026-03-12', '1.0.0']
		]);
	});

	test('overall: 56.25 → 62.5 shows 56 → 63, a change of +7', () => {
		expect(result.overall).toEqual({
			values: [56.25, 62.5],
			coverage: [
				// 5 scored of 7 − 1 not applicable = 6: 83% (rounded down).
				coverage(5, 6, 1, 1, 0, 83),
				// 5 scored of 7: 71% (71.4 rounded down).
				coverage(5, 7, 1, 0, 1, 71)
			],
			change: 7
		});
		expect(changeText(result.overall.change)).toBe('+7');
	});

	test.each([
		{
			elementId: 'e1',
			values: [50, 75],
			coverage: [coverage(3, 4, 1, 0, 0, 75), coverage(4, 4, 0, 0, 0, 100)],
			change: 25
		},
		{
			// 62.5 shows 63, so the change shown is 50 − 63 = −13.
			elementId: 'e2',
			values: [62.5, 50],
			coverage: [coverage(2, 2, 0, 1, 0, 100), coverage(1, 3, 1, 0, 1, 33)],
			change: -13
		}
	])('element $elementId', (row) => {
		expect(result.elements.find((e) => e.elementId === row.elementId)).toEqual(row);
	});

	test('elements in walk order', () => {
		expect(result.elements.map((e) => e.elementId)).toEqual(['e1', 'e2']);
	});

	test.each([
		['a1', [s(1), s(4)], 'improved'],
		['a2', [s(3), s(2)], 'declined'],
		['a3', [dk, s(4)], 'newly-known'],
		['a4', [s(2), s(2)], 'unchanged'],
		['b1', [s(1), s(2)], 'improved'],
		['b2', [na, dk], 'not-scored'],
		['b3', [s(4), none], 'no-longer-known']
	])('practice %s: %j, %s', (itemId, answers, change) => {
		const row = result.items.find((r) => r.itemId === itemId);
		expect(row).toEqual({
			itemId,
			elementId: itemId.startsWith('a') ? 'e1' : 'e2',
			answers,
			readFrom: [[itemId], [itemId]],
			change
		});
	});

	test('every change counted, nothing left uncompared', () => {
		expect(result.items.map((r) => r.itemId)).toEqual(['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'b3']);
		expect(result.changeCounts).toEqual({
			improved: 2,
			declined: 1,
			unchanged: 1,
			'newly-known': 1,
			'no-longer-known': 1,
			'not-scored': 1
		});
		expect(result.notComparable).toEqual({ newQuestions: [], noLongerAsked: [] });
	});

	test('the plan since last time', () => {
		const ids = (actions: PlanAction[]) => actions.map((a) => a.id);
		expect(ids(result.plan.done)).toEqual([]);
		expect(ids(result.plan.stillOpen)).toEqual(['c-open']);
		expect(ids(result.plan.added)).toEqual(['n-new']);
		expect(ids(result.plan.doneBefore)).toEqual(['p-done']);
	});
});

describe('compareCycles on three cycles', () => {
	/** Only a1 = 3: e1 = 75, e2 has no score yet, overall 75. No label: shown by its date. */
	const middle = cycle('cycle-m', '', '2025-09-01', { a1: 3 });
	const result = compareCycles([review, middle, baseline]);

	test('oldest first; a cycle without a label is named by its date', () => {
		expect(result.cycles.map((c) => c.label)).toEqual([
			'Baseline 2025',
			'2025-09-01',
			'Review 2026'
		]);
	});

	test('the change runs from the first cycle to the last', () => {
		expect(result.overall.values).toEqual([56.25, 75, 62.5]);
		expect(result.overall.change).toBe(7);
		const e2 = result.elements.find((e) => e.elementId === 'e2');
		expect(e2?.values).toEqual([62.5, null, 50]);
		expect(e2?.coverage[1]).toEqual(coverage(0, 3, 0, 0, 3, 0));
		expect(e2?.change).toBe(-13);
	});

	test('each practice has one answer per cycle', () => {
		expect(result.items.find((r) => r.itemId === 'a1')?.answers).toEqual([s(1), s(3), s(4)]);
		expect(result.items.find((r) => r.itemId === 'a2')?.answers).toEqual([s(3), none, s(2)]);
	});

	test('a first cycle with no score at all has no change to show', () => {
		const empty = compareCycles([cycle('cycle-0', 'Start', '2024-01-01', {}), review]);
		expect(empty.overall).toMatchObject({ values: [null, 62.5], change: null });
		expect(changeText(empty.overall.change)).toBe('Not comparable');
		expect(empty.changeCounts['newly-known']).toBe(5);
	});

	test('needs at least one cycle', () => {
		expect(() => compareCycles([])).toThrow('compareCycles needs at least one cycle.');
	});
});

describe('compareCycles across hand-made framework versions', () => {
	const older: ComparedFramework = {
		id: 'test-fw',
		version: '1.0.0',
		elements,
		items: [item('a1', 'e1'), item('a2', 'e1'), item('b1', 'e2'), item('b2', 'e2')]
	};
	/** a1 splits into x1 and x4; x2 stands for b1 and b2; x3 is new; nobody replaces a2. */
	const newer: ComparedFramework = {
		id: 'test-fw',
		version: '2.0.0',
		elements,
		items: [
			item('x1', 'e1', ['a1']),
			item('x4', 'e1', ['a1']),
			item('x2', 'e2', ['b2', 'b1']),
			item('x3', 'e2', [])
		]
	};
	// Older: e1 (1 + 4) / 2 = 2.5 → 62.5; e2 (2 + 3) / 2 = 2.5 → 62.5; overall 62.5.
	const before = cycle(
		'old-cycle',
		'Baseline 2025',
		'2025-05-01',
		{ a1: 1, a2: 4, b1: 2, b2: 3 },
		[],
		older
	);
	// Newer: e1 (2 + 1) / 2 = 1.5 → 37.5; e2 (3 + 4) / 2 = 3.5 → 87.5; overall 62.5.
	const after = cycle(
		'new-cycle',
		'Review 2026',
		'2026-05-01',
		{ x1: 2, x4: 1, x2: 3, x3: 4 },
		[],
		newer
	);
	const result = compareCycles([before, after]);

	test('scores: each cycle on its own version; changes as shown (63 → 38, 63 → 88)', () => {
		expect(result.cycles.map((c) => c.frameworkVersion)).toEqual(['1.0.0', '2.0.0']);
		expect(result.overall.values).toEqual([62.5, 62.5]);
		expect(result.overall.change).toBe(0);
		expect(result.elements.map((e) => [e.elementId, e.values, e.change])).toEqual([
			['e1', [62.5, 37.5], -25],
			['e2', [62.5, 87.5], 25]
		]);
	});

	test('practices read through replaces; the older ones read together as their mean', () => {
		expect(result.items).toEqual([
			{
				itemId: 'x1',
				elementId: 'e1',
				answers: [s(1), s(2)],
				readFrom: [['a1'], ['x1']],
				change: 'improved'
			},
			{
				itemId: 'x4',
				elementId: 'e1',
				answers: [s(1), s(1)],
				readFrom: [['a1'], ['x4']],
				change: 'unchanged'
			},
			{
				itemId: 'x2',
				elementId: 'e2',
				answers: [s(2.5, 2), s(3)],
				readFrom: [['b1', 'b2'], ['x2']],
				change: 'improved'
			}
		]);
	});

	test('what cannot be compared is listed, not dropped', () => {
		expect(result.notComparable).toEqual({
			newQuestions: [{ itemId: 'x3', missingIn: ['old-cycle'] }],
			noLongerAsked: [{ itemId: 'a2', cycleId: 'old-cycle' }]
		});
	});
});

describe('compareCycles on the real frameworks, version 1 to version 2', () => {
	/** Version 1: element 1 = 1 → 25; element 2 = 4 → 100; element 5 = 2 → 50; overall 175 / 3 = 58.33 → 58. */
	const v1 = cycle(
		'v1-cycle',
		'Baseline 2025',
		'2025-04-01',
		{ 'item.leaders-trained': 1, 'item.psychoeducation': 4, 'item.eap-referral': 2 },
		[],
		frameworkV1
	);
	/** Version 2: element 1 = 2 → 50; element 2 = 0 → 0; element 5 = (3 + 1) / 2 → 50; overall 100 / 3 = 33.33 → 33. */
	const v2 = cycle(
		'v2-cycle',
		'Review 2026',
		'2026-04-01',
		{
			'item2.sts-basics-for-everyone': 2,
			'item2.risk-in-hiring': 0,
			'item2.staff-reach-eap': 3,
			'item2.supervisors-suggest-eap': 1
		},
		[],
		frameworkV2
	);
	const result = compareCycles([v1, v2]);

	test('overall 58 → 33 is −25; each element as shown', () => {
		expect(result.overall.values[0]).toBeCloseTo(175 / 3, 10);
		expect(result.overall.values[1]).toBeCloseTo(100 / 3, 10);
		expect(changeText(result.overall.change)).toBe('\u221225');
		expect(result.elements.map((e) => [e.elementId, e.values, e.change])).toEqual([
			['recognize-impact', [25, 50], 25],
			['risk-of-the-job', [100, 0], -100],
			['organizational-culture', [null, null], null],
			['protect-client-care', [null, null], null],
			['knowledge-into-action', [50, 50], 0],
			['integrate-sts', [null, null], null]
		]);
	});

	test.each([
		// Read together: leaders-trained 1 and psychoeducation 4 → 2.5.
		['item2.sts-basics-for-everyone', [s(2.5, 2), s(2)], 'declined'],
		['item2.staff-reach-eap', [s(2), s(3)], 'improved'],
		['item2.supervisors-suggest-eap', [s(2), s(1)], 'declined'],
		['item2.leaders-trained', [s(1), none], 'no-longer-known'],
		['item2.risk-in-orientation', [s(4), none], 'no-longer-known'],
		['item2.flextime', [none, none], 'not-scored']
	])('%s: %j, %s', (itemId, answers, change) => {
		const row = result.items.find((r) => r.itemId === itemId);
		expect(row?.answers).toEqual(answers);
		expect(row?.change).toBe(change);
	});

	test('30 practices compare; the 6 new ones are listed; no version 1 practice is lost', () => {
		expect(result.items).toHaveLength(30);
		expect(result.changeCounts).toEqual({
			improved: 1,
			declined: 2,
			unchanged: 0,
			'newly-known': 0,
			'no-longer-known': 2,
			'not-scored': 25
		});
		expect(result.notComparable).toEqual({
			newQuestions: [
				'item2.risk-in-safety-policy',
				'item2.risk-in-job-descriptions',
				'item2.risk-in-hiring',
				'item2.leaders-respond-to-strain',
				'item2.ask-before-sharing-details',
				'item2.leaders-model-self-care'
			].map((itemId) => ({ itemId, missingIn: ['v1-cycle'] })),
			noLongerAsked: []
		});
	});
});

describe('compareCycles over three cycles, version 1 then version 2 twice', () => {
	const v1 = cycle(
		'v1-cycle',
		'Baseline 2025',
		'2025-04-01',
		{ 'item.psychoeducation': 1 },
		[],
		frameworkV1
	);
	const v2a = cycle(
		'v2-a',
		'Review 2026',
		'2026-04-01',
		{ 'item2.risk-in-hiring': 1, 'item2.sts-basics-for-everyone': 2 },
		[],
		frameworkV2
	);
	const v2b = cycle(
		'v2-b',
		'Review 2027',
		'2027-04-01',
		{ 'item2.risk-in-hiring': 3, 'item2.sts-basics-for-everyone': 2 },
		[],
		frameworkV2
	);
	const result = compareCycles([v2b, v1, v2a]);

	test('a practice new in version 2 still compares between the two version 2 cycles', () => {
		const row = result.items.find((r) => r.itemId === 'item2.risk-in-hiring');
		expect(row?.answers).toEqual([{ kind: 'not-asked' }, s(1), s(3)]);
		// From the first cycle that asked it (1) to the latest (3).
		expect(row?.change).toBe('improved');
		// …and it is still listed as not asked in the baseline.
		expect(result.notComparable.newQuestions).toContainEqual({
			itemId: 'item2.risk-in-hiring',
			missingIn: ['v1-cycle']
		});
	});

	test('a practice asked in all three runs from the baseline: 1 → 2 → 2 is improved', () => {
		const row = result.items.find((r) => r.itemId === 'item2.sts-basics-for-everyone');
		// Version 2's practice replaces psychoeducation and leaders-trained; only one was answered.
		expect(row?.answers).toEqual([s(1), s(2), s(2)]);
		expect(row?.change).toBe('improved');
	});

	test('every version 2 practice has a row: 36', () => {
		expect(result.items).toHaveLength(36);
	});
});

describe('previousCycleOf and sameCycle', () => {
	const record = (
		id: string,
		date: string,
		extra: { copyOf?: string; previousCycleId?: string; createdAt?: string } = {}
	) => ({
		assessment: { id, date, createdAt: extra.createdAt ?? `${date}T09:00:00.000Z`, ...extra }
	});

	test('the cycle it was started from, when it is still here, whatever the dates say', () => {
		const baseline = record('baseline', '2026-03-01');
		const other = record('other', '2026-06-01');
		const review = record('review', '2026-05-01', { previousCycleId: 'baseline' });
		expect(previousCycleOf([baseline, other, review], 'review')?.assessment.id).toBe('baseline');
	});

	test('otherwise the latest earlier cycle by date, the original rather than its copy', () => {
		const baseline = record('baseline', '2026-03-01', { createdAt: '2026-03-01T09:00:00.000Z' });
		const copy = record('copy', '2026-03-01', {
			copyOf: 'baseline',
			createdAt: '2026-04-01T09:00:00.000Z'
		});
		const review = record('review', '2027-03-01', { previousCycleId: 'deleted-one' });
		expect(previousCycleOf([copy, review, baseline], 'review')?.assessment.id).toBe('baseline');
	});

	test('a copy is never the cycle before its original, nor the original before its copy', () => {
		const baseline = record('baseline', '2026-03-01');
		const copy = record('copy', '2026-03-01', { copyOf: 'baseline' });
		expect(previousCycleOf([baseline, copy], 'baseline')).toBeUndefined();
		expect(previousCycleOf([baseline, copy], 'copy')).toBeUndefined();
		expect(sameCycle({ id: 'copy', copyOf: 'baseline' }, { id: 'baseline' })).toBe(true);
		expect(sameCycle({ id: 'a' }, { id: 'b' })).toBe(false);
	});
});
