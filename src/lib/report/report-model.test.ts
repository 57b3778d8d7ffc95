import { describe, expect, test } from 'vitest';
import { builtinFramework } from '$lib/content';
import { exampleAssessment } from '$lib/content/example';
import { findOutText, horizonRule } from '$lib/content/plan-text';
import type { Response } from '$lib/domain/assessment';
import type { Framework } from '$lib/domain/framework';
import { firstSteps, reconcilePlan } from '$lib/domain/plan';
import { prioritizeItems, suggestActions } from '$lib/domain/prioritize';
import { scoreAssessment } from '$lib/domain/scoring';
import { buildReportModel, type ReportInput } from './report-model';
import { testAction, testElements, testItem, testRiskFactors } from './test-fixtures';

const item = (id: string, elementId: string, statement: string, impact: 1 | 2 | 3) =>
	testItem(id, elementId, impact, { statement });

const framework: ReportInput['framework'] = {
	title: 'Test framework',
	version: '2.1.0',
	source: { title: 'Source page', publisher: 'Publisher', note: 'A note about the source.' },
	elements: testElements,
	items: [
		item('i1', 'e1', 'Supervisors talk about STS.', 3),
		item('i3', 'e2', 'Caseloads are balanced.', 2),
		item('i2', 'e1', 'Leaders are trained.', 1),
		item('i4', 'e2', 'Residential staff are safe.', 2),
		item('i5', 'e3', 'Turnover is tracked.', 1)
	],
	riskFactors: testRiskFactors
};

const assessment: ReportInput['assessment'] = {
	organization: 'Núñez & Łukasik Family Services',
	unit: 'Foster care',
	cycleLabel: 'Baseline 2026',
	date: '2026-03-12',
	facilitator: '',
	roster: [
		{ id: '1', role: 'program-manager', name: 'José Núñez' },
		{ id: '2', role: 'other', roleOther: 'Casework supervisor', name: 'Zoë Łukasik' },
		{ id: '3', role: 'caseworker' }
	],
	riskProfile: { caseloads: 'high' },
	isExample: false
};

type R = Pick<Response, 'answer' | 'notes' | 'evidence' | 'discuss'>;
const responses = new Map<string, R>([
	[
		'i1',
		{
			answer: { kind: 'score', value: 1 },
			notes: '=Only some teams',
			evidence: 'Sign-up list',
			discuss: true
		}
	],
	['i2', { answer: { kind: 'score', value: 3 }, notes: '', evidence: '', discuss: false }],
	[
		'i3',
		{ answer: { kind: 'score', value: 4 }, notes: 'Weekly review', evidence: '', discuss: false }
	],
	[
		'i4',
		{
			answer: { kind: 'not-applicable', reason: 'No residential staff.' },
			notes: '',
			evidence: '',
			discuss: false
		}
	],
	['i5', { answer: { kind: 'dont-know' }, notes: '', evidence: '', discuss: false }]
]);

// Element 1: (1 + 3) / 2 / 4 = 50. Element 2: 4 / 1 / 4 = 100 (i4 not applicable).
// Element 3: only a Don't know, no score. Overall (50 + 100) / 2 = 75. Coverage 3 of 4 = 75%.
const score = scoreAssessment(framework, responses);

const action = testAction;

const plan = [
	action('n3', 'now', 30),
	action('n1', 'now', 10, {
		owner: 'HR lead',
		startDate: '2026-04-01',
		dueDate: '2026-05-01',
		status: 'accepted'
	}),
	action('n2', 'now', 20, { status: 'dropped' }),
	action('n4', 'now', 40),
	action('n5', 'now', 50),
	action('n6', 'now', 60),
	action('n7', 'now', 70),
	action('x1', 'next', 5, { status: 'in-progress' }),
	action('l1', 'later', 0, { status: 'done' })
];

const input: ReportInput = { framework, assessment, responses, score, plan };

describe('cover', () => {
	const { cover } = buildReportModel(input, { includeNotes: true });

	test('organization, details that are filled in, and roles with optional names', () => {
		expect(cover.organization).toBe('Núñez & Łukasik Family Services');
		expect(cover.title).toBe('Test framework');
		expect(cover.details).toEqual([
			{ label: 'Unit or program', value: 'Foster care' },
			{ label: 'Cycle', value: 'Baseline 2026' },
			{ label: 'Date', value: '12 March 2026' }
		]);
		expect(cover.roster.map((r) => r.text)).toEqual([
			'Program manager: José Núñez',
			'Casework supervisor: Zoë Łukasik',
			'Caseworker'
		]);
		expect(cover.roster[2]?.name).toBeNull();
		expect(cover.shareableNote).toBeNull();
	});

	test('a shareable copy lists the task force by role only, and says so on the cover', () => {
		const shareable = buildReportModel(input, { includeNotes: false }).cover;
		expect(shareable.shareableNote).toBe(
			'Shareable copy: the team’s notes, evidence and task-force names are left out.'
		);
		expect(shareable.roster).toEqual([
			{ role: 'Program manager', name: null, text: 'Program manager' },
			{ role: 'Casework supervisor', name: null, text: 'Casework supervisor' },
			{ role: 'Caseworker', name: null, text: 'Caseworker' }
		]);
	});
});

describe('executive summary', () => {
	const { summary } = buildReportModel(input, { includeNotes: true });

	test('overall score with its band and coverage', () => {
		expect(summary.overall).toBe(75);
		expect(summary.overallText).toBe('75');
		expect(summary.bandLabel).toBe('Strength');
		expect(summary.headline).toBe('Overall score: 75 of 100 (Strength).');
		expect(summary.coverageSentence).toBe(
			'3 of 4 practices that apply have a score (75% coverage). 1 Don’t know, 1 not applicable.'
		);
		expect(summary.incompleteNote).toBe(
			'This picture is not complete yet: 1 of 4 practices has no score (1 Don’t know).'
		);
	});

	test('strongest and weakest elements, leaving out the one with no score', () => {
		expect(summary.strongest?.text).toBe('2. Two: 100 of 100 (Strength)');
		expect(summary.weakest?.text).toBe('1. One: 50 of 100 (Developing)');
		expect(summary.strongest?.sentence).toBe('Strongest element: 2. Two: 100 of 100 (Strength).');
		expect(summary.weakest?.sentence).toBe('Most room to grow: 1. One: 50 of 100 (Developing).');
	});

	test('first actions come from the stored plan: Now, open, in plan order, at most 5', () => {
		expect(summary.firstActions.map((a) => a.title)).toEqual([
			'Plan n1',
			'Plan n3',
			'Plan n4',
			'Plan n5',
			'Plan n6'
		]);
		expect(summary.firstActions[0]).toEqual({
			key: 'n1',
			title: 'Plan n1',
			when: 'Now · 0-3 months',
			reason: 'Why n1.',
			detail: 'Owner: HR lead · Due 1 May 2026 · Accepted'
		});
		expect(summary.firstActions[1]?.detail).toBe('Proposed');
	});

	test('first actions are the first steps of Results: triad first, topped up from Next', () => {
		// t1 comes first in the team's order, but t2 strengthens an impact-3 practice (i1, the
		// triad), so it leads. Two open Now steps: the first open Next step fills in to three.
		const small = [
			action('t1', 'now', 10, { linkedItemIds: ['i2'] }),
			action('t2', 'now', 20, { linkedItemIds: ['i1'] }),
			action('t3', 'now', 5, { status: 'done' }),
			action('t4', 'next', 0, { status: 'dropped' }),
			action('t5', 'next', 10),
			action('t6', 'next', 20),
			action('t7', 'later', 0)
		];
		const model = buildReportModel({ ...input, plan: small }, { includeNotes: true });
		expect(model.summary.firstActions.map((a) => [a.key, a.when])).toEqual([
			['t2', 'Now · 0-3 months'],
			['t1', 'Now · 0-3 months'],
			['t5', 'Next · 3-6 months']
		]);
		expect(model.summary.firstActions.map((a) => a.key)).toEqual(
			firstSteps(small, framework).map((a) => a.id)
		);
		expect(model.summary.firstActionsIntro).toMatch(/^The first steps of the team’s plan/);
	});

	test('an empty plan has no first steps, and says so kindly', () => {
		const model = buildReportModel({ ...input, plan: [] }, { includeNotes: true });
		expect(model.summary.firstActions).toEqual([]);
		expect(model.summary.firstActionsIntro).toBe(
			'The plan has no actions yet. Once the answers show a gap or a Don’t know, the workbook suggests steps, and the team can add its own on the Plan screen.'
		);
		const later = buildReportModel(
			{ ...input, plan: [action('l9', 'later', 0), action('n9', 'now', 0, { status: 'done' })] },
			{ includeNotes: true }
		);
		expect(later.summary.firstActions).toEqual([]);
		expect(later.summary.firstActionsIntro).toBe(
			'Nothing is waiting in Now or Next: the plan’s open actions are for later, or already done.'
		);
	});

	test('workforce risk profile, every factor named', () => {
		expect(summary.riskProfile).toEqual([
			{ label: 'Heavy trauma caseloads', value: 'High' },
			{ label: 'Isolation', value: 'Not answered yet' }
		]);
	});

	test('no scores at all: no score, no band, no highlights', () => {
		const empty = scoreAssessment(framework, new Map());
		const model = buildReportModel({ ...input, score: empty }, { includeNotes: true });
		expect(model.summary.headline).toBe('Overall score: no score yet.');
		expect(model.summary.bandLabel).toBeNull();
		expect(model.summary.strongest).toBeNull();
		expect(model.summary.weakest).toBeNull();
		expect(model.summary.coverageSentence).toBe(
			'0 of 5 practices that apply have a score (0% coverage). 5 not answered yet.'
		);
	});

	test('a single scored element is the strongest, with no weakest', () => {
		const one = new Map<string, R>([['i1', responses.get('i1') as R]]);
		const model = buildReportModel(
			{ ...input, responses: one, score: scoreAssessment(framework, one) },
			{ includeNotes: true }
		);
		expect(model.summary.strongest?.text).toBe('1. One: 25 of 100 (Growth area)');
		expect(model.summary.weakest).toBeNull();
	});

	test('when every scored element ties, none is named as most room to grow', () => {
		// Element 1: (2 + 2) / 2 / 4 = 50. Element 2: 2 / 1 / 4 = 50. Element 3: no score.
		const score2 = (value: 2): R => ({
			answer: { kind: 'score', value },
			notes: '',
			evidence: '',
			discuss: false
		});
		const tied = new Map<string, R>([
			['i1', score2(2)],
			['i2', score2(2)],
			['i3', score2(2)]
		]);
		const model = buildReportModel(
			{ ...input, responses: tied, score: scoreAssessment(framework, tied) },
			{ includeNotes: true }
		);
		expect(model.summary.strongest?.text).toBe('1. One: 50 of 100 (Developing)');
		expect(model.summary.weakest).toBeNull();
	});
});

describe('elements and items', () => {
	const model = buildReportModel(input, { includeNotes: true });

	test('element rows for the chart and its table', () => {
		expect(model.elements.map((e) => [e.number, e.scoreText, e.bandText, e.coverageText])).toEqual([
			[1, '50', 'Developing', '2 of 2 items scored'],
			[2, '100', 'Strength', '1 of 1 items scored · 1 not applicable'],
			[3, 'No score yet', 'Not yet', '0 of 1 items scored · 1 Don’t know']
		]);
		expect(model.chartSummary).toBe(
			'Bar chart of the element scores, 0 to 100. 1. One: 50, developing; 2. Two: 100, strength; 3. Three: no score yet.'
		);
	});

	test('item rows by element, in walk order, with score number and word, status and notes', () => {
		expect(model.itemSections.map((s) => [s.heading, s.scoreLine])).toEqual([
			['1. One', '50 of 100 · Developing · 2 of 2 items scored'],
			['2. Two', '100 of 100 · Strength · 1 of 1 items scored · 1 not applicable'],
			['3. Three', 'No score yet · 0 of 1 items scored · 1 Don’t know']
		]);
		const [one, two, three] = model.itemSections;
		expect(one?.items).toEqual([
			{
				itemId: 'i1',
				statement: 'Supervisors talk about STS.',
				score: 1,
				scoreLabel: '1 · Beginning',
				status: 'Counted in the score · Flagged for discussion',
				notes: '=Only some teams',
				evidence: 'Sign-up list'
			},
			{
				itemId: 'i2',
				statement: 'Leaders are trained.',
				score: 3,
				scoreLabel: '3 · Mostly in place',
				status: 'Counted in the score',
				notes: '',
				evidence: ''
			}
		]);
		expect(two?.items.map((r) => [r.scoreLabel, r.status])).toEqual([
			['4 · Fully in place', 'Counted in the score'],
			['Not applicable', 'Left out of the score: No residential staff.']
		]);
		expect(three?.items.map((r) => [r.score, r.scoreLabel, r.status])).toEqual([
			[null, "Don't know", 'Left out of the score; a “find out” step']
		]);
	});

	test('an unanswered item says so', () => {
		const partial = new Map(responses);
		partial.delete('i5');
		const m = buildReportModel(
			{ ...input, responses: partial, score: scoreAssessment(framework, partial) },
			{ includeNotes: true }
		);
		expect(m.itemSections[2]?.items[0]).toMatchObject({
			scoreLabel: 'Not answered yet',
			status: 'Left out of the score: no answer yet'
		});
	});

	test('a shareable copy leaves notes and evidence out entirely', () => {
		const shareable = buildReportModel(input, { includeNotes: false });
		expect(shareable.includeNotes).toBe(false);
		for (const section of shareable.itemSections) {
			for (const row of section.items) {
				expect(row).not.toHaveProperty('notes');
				expect(row).not.toHaveProperty('evidence');
			}
		}
		expect(JSON.stringify(shareable)).not.toContain('Only some teams');
		expect(JSON.stringify(shareable)).not.toContain('Sign-up list');
		expect(JSON.stringify(shareable)).not.toContain('José Núñez');
		expect(JSON.stringify(shareable)).not.toContain('Zoë Łukasik');
		// A reason for "Not applicable" is part of the answer: it stays.
		expect(shareable.itemSections[1]?.items[1]?.status).toBe(
			'Left out of the score: No residential staff.'
		);
		// Plan notes are never in the report.
		expect(JSON.stringify(buildReportModel(input, { includeNotes: true }))).not.toContain(
			'private plan note'
		);
	});
});

describe('plan', () => {
	test('grouped by horizon, in plan order, dropped left out', () => {
		const { plan: report } = buildReportModel(input, { includeNotes: true });
		expect(report.droppedCount).toBe(1);
		expect(report.intro).toBe(
			'The team’s action plan, in the team’s order within each time frame. 1 dropped action is left out.'
		);
		expect(report.groups.map((g) => [g.heading, g.actions.map((a) => a.key)])).toEqual([
			['Now (0-3 months)', ['n1', 'n3', 'n4', 'n5', 'n6', 'n7']],
			['Next (3-6 months)', ['x1']],
			['Later (6-12 months)', ['l1']]
		]);
		expect(report.groups[0]?.actions[0]).toEqual({
			key: 'n1',
			title: 'Plan n1',
			owner: 'HR lead',
			start: '1 April 2026',
			due: '1 May 2026',
			status: 'Accepted',
			successMeasure: 'Measure n1'
		});
		expect(report.groups[0]?.actions[1]).toMatchObject({
			owner: 'Not set',
			start: 'Not set',
			due: 'Not set'
		});
		expect(report.groups[1]?.actions[0]?.status).toBe('In progress');
	});

	test('an empty plan says so, with every time frame empty', () => {
		const { plan: report } = buildReportModel({ ...input, plan: [] }, { includeNotes: true });
		expect(report.intro).toBe(
			'The plan has no actions yet: the answers so far show no gap or Don’t know, and the team has not added its own.'
		);
		expect(report.groups.map((g) => g.actions)).toEqual([[], [], []]);
	});
});

describe('methodology and source', () => {
	const model = buildReportModel(input, { includeNotes: true });
	const section = (heading: string) => model.methodology.find((s) => s.heading === heading);

	test('the practice scale, step by step', () => {
		expect(section('The practice scale')?.list).toEqual([
			'0 Not in place yet: Nothing of this happens yet.',
			'1 Beginning: Informal, now and then, or only planned.',
			'2 Partly in place: Some teams, or some of the time.',
			'3 Mostly in place: Consistent and written down.',
			'4 Fully in place: Part of how we work, checked and reviewed.',
			'Don\'t know: A finding in itself: left out of the score, counted, and turned into a "find out" step.',
			'Not applicable: Left out of the score. Say briefly why it does not apply.'
		]);
	});

	test('scoring rule and the bands as rules of thumb, with the constants of scoring.ts', () => {
		expect(section('Scores')?.paragraphs[0]).toBe(
			'An element’s score is the average of its scored practices, divided by 4 and shown out of 100. The overall score is the average of the element scores.'
		);
		expect(section('Bands')?.paragraphs).toEqual([
			'Strength: 75 or more. Developing: 50 to 74. Growth area: under 50. The band goes with the whole number shown. These bands are rules of thumb to guide the discussion, not validated cut-offs.'
		]);
	});

	test('the prioritization formula with the constants of prioritize.ts', () => {
		const priorities = section('Priorities');
		expect(priorities?.paragraphs).toEqual([
			'For every practice with a gap: priority = gap × impact × risk boost.'
		]);
		expect(priorities?.list?.[0]).toBe(
			'Gap = (4 − score) ÷ 4, so a 0 gives 1 and a 3 gives 0.25. A Don’t know counts as a gap of 0.5 and becomes a “find out” step.'
		);
		expect(priorities?.list?.[2]).toBe(
			'Risk boost = 1, plus 0.25 for each linked workforce risk reported strongly (high, or low use of evidence-based practices), plus 0.1 for each linked risk reported as moderate. Unknown adds nothing.'
		);
		// The rule's wording is horizonRule of content/plan-text.ts, never written twice.
		expect(priorities?.list?.[3]).toBe(
			`Time frames: Now (0-3 months), Next (3-6 months), Later (6-12 months). ${horizonRule}`
		);
		expect(horizonRule).toBe(
			'High priority (1.5 or more) and low effort: Now. High priority and more effort: start Next. Everything else: Later. “Find out” steps: always Now.'
		);
	});

	test('source attribution, with our own wording said plainly', () => {
		expect(model.source.paragraphs).toEqual([
			'The practices, workforce risk factors and actions in this workbook are drawn from “Source page”, Publisher.',
			'A note about the source.',
			'Framework: Test framework, version 2.1.0, in our own plain-language wording. Each practice in the workbook shows the passage of the source it comes from.'
		]);
	});
});

describe('with the built-in framework and the example assessment', () => {
	const exampleResponses = new Map<string, R>(Object.entries(exampleAssessment.responses));
	const riskProfile = exampleAssessment.riskProfile;
	const priorities = prioritizeItems(builtinFramework, exampleResponses, riskProfile);
	// The plan as the assessment pages store it: every suggestion, untouched.
	const examplePlan = reconcilePlan(
		'example',
		[],
		suggestActions(builtinFramework, priorities, findOutText),
		new Date('2026-03-12T10:00:00Z')
	).puts;
	const model = buildReportModel(
		{
			framework: builtinFramework as Framework,
			assessment: {
				...exampleAssessment,
				roster: exampleAssessment.roster.map((m, i) => ({ id: String(i), ...m })),
				isExample: true
			},
			responses: exampleResponses,
			score: scoreAssessment(builtinFramework, exampleResponses),
			plan: examplePlan
		},
		{ includeNotes: true }
	);

	test('six element sections holding all 27 practices', () => {
		expect(model.itemSections).toHaveLength(6);
		expect(model.itemSections.flatMap((s) => s.items)).toHaveLength(27);
		expect(model.cover.roster.map((r) => r.text)).toContain('Program manager: José Núñez');
		expect(model.cover.roster.map((r) => r.text)).toContain('Casework supervisor: Zoë Łukasik');
	});

	test('three to five first steps, with the source of the built-in framework', () => {
		expect(model.summary.firstActions.length).toBeGreaterThanOrEqual(3);
		expect(model.summary.firstActions.length).toBeLessThanOrEqual(5);
		expect(model.summary.firstActions.map((a) => a.key)).toEqual(
			firstSteps(examplePlan, builtinFramework).map((a) => a.id)
		);
		expect(model.source.paragraphs[0]).toBe(
			'The practices, workforce risk factors and actions in this workbook are drawn from “Secondary Traumatic Stress”, The National Child Traumatic Stress Network (NCTSN).'
		);
	});
});
