import { describe, expect, test } from 'vitest';
import { builtinFramework } from '$lib/content';
import { exampleAssessment } from '$lib/content/example';
import { findOutText } from '$lib/content/plan-text';
import type { Framework } from '$lib/domain/framework';
import { reconcilePlan } from '$lib/domain/plan';
import { firstSteps } from '$lib/domain/plan-parts';
import { prioritizeItems, suggestActions } from '$lib/domain/prioritize';
import { scoreAssessment } from '$lib/domain/scoring';
import { buildReportModel } from './report-model';
import { withEarlierCycle } from './since-last-time-fixtures';
import {
	reportFramework as framework,
	reportInput as input,
	reportResponses as responses,
	testAction as action,
	type TestResponse as R
} from './test-fixtures';

// The report's cover and executive summary; the item sections are in report-items.test.ts, the
// plan, methodology and source in report-plan.test.ts. Fixtures: test-fixtures.ts.

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

	test('first actions come from our plan: adopted, open, in the team order', () => {
		// n1 (Now, accepted) and x1 (Next, in progress) are adopted and open; l1 is done.
		expect(summary.firstActionsKind).toBe('plan');
		expect(summary.firstActionsHeading).toBe('First steps of our plan');
		expect(summary.firstActions.map((a) => a.key)).toEqual(['n1', 'x1']);
		expect(summary.firstActions[0]).toEqual({
			key: 'n1',
			title: 'Plan n1',
			when: 'Now · 0-3 months',
			reason: 'Why n1.',
			detail: 'Owner: HR lead · Due 1 May 2026 · Accepted'
		});
	});

	test('with nothing adopted: the top suggestions, triad first, topped up from Next', () => {
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
			firstSteps(small, framework).actions.map((a) => a.id)
		);
		expect(model.summary.firstActionsKind).toBe('suggestions');
		expect(model.summary.firstActionsHeading).toBe('Top suggestions (not yet adopted)');
		expect(model.summary.firstActionsIntro).toMatch(/^Every action the team adopted is done\. /);
	});

	test('an empty plan has no first steps, and says so kindly', () => {
		const model = buildReportModel({ ...input, plan: [] }, { includeNotes: true });
		expect(model.summary.firstActions).toEqual([]);
		expect(model.summary.firstActionsIntro).toBe(
			'The plan has no actions yet. Once the answers show a gap or a Don’t know, the workbook suggests steps, and the team can add its own on the Plan screen.'
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
			firstSteps(examplePlan, builtinFramework).actions.map((a) => a.id)
		);
		expect(model.source.paragraphs[0]).toBe(
			'The practices, workforce risk factors and actions in this workbook are drawn from “Secondary Traumatic Stress”, The National Child Traumatic Stress Network (NCTSN).'
		);
	});
});

describe('the workshop agreement', () => {
	const rows = [
		{
			elementName: '1. One',
			items: 6,
			agreed: 4,
			discuss: 1,
			split: 1,
			manyDontKnow: 0,
			someNotApplicable: 1,
			unanswered: 0
		},
		// Kept before "some said Not applicable" was counted: shown as not known.
		{
			elementName: '2. Two',
			items: 2,
			agreed: 0,
			discuss: 1,
			split: 0,
			manyDontKnow: 1,
			unanswered: 1
		}
	];
	test('none without a round; a table per element with the number who rated', () => {
		expect(buildReportModel(input, { includeNotes: true }).agreement).toBeNull();
		const model = buildReportModel(
			{ ...input, agreement: { raters: 4, ratingsDeleted: false, rows } },
			{ includeNotes: true }
		);
		expect(model.agreement?.intro).toBe(
			'Before talking it over, 4 people rated alone. For each essential element: how many practices they agreed on, and why the others needed the room’s conversation. A practice can count under more than one heading.'
		);
		expect(model.agreement?.rows).toEqual([
			['1. One', '6', '4', '1', '1', '0', '1', '0'],
			['2. Two', '2', '0', '1', '0', '1', '—', '1']
		]);
		expect(model.agreement?.head).toEqual([
			'Essential element',
			'Practices',
			'Agreed',
			'To discuss',
			'Split',
			'Many Don’t know',
			'Some said Not applicable',
			'Nobody answered'
		]);
	});

	test('after the ratings were deleted, says so and gives no count', () => {
		const model = buildReportModel(
			{ ...input, agreement: { raters: null, ratingsDeleted: true, rows } },
			{ includeNotes: true }
		);
		expect(model.agreement?.intro).toMatch(
			/^Before talking it over, the task force rated alone\. .* The individual ratings were deleted after consensus; this summary is what was kept\.$/
		);
	});
});

describe('since last time', () => {
	test('no earlier cycle, or no cycles given: no section', () => {
		expect(buildReportModel(input, { includeNotes: true }).sinceLastTime).toBeNull();
		const alone = withEarlierCycle(input);
		const onlyThis = { ...alone, cycles: { thisId: 'this', all: alone.cycles!.all.slice(0, 1) } };
		expect(buildReportModel(onlyThis, { includeNotes: true }).sinceLastTime).toBeNull();
	});

	test('with an earlier cycle: this cycle read from the report’s own answers and plan', () => {
		// The stored copy of this cycle has no answers: the section's "now" is the summary's 75.
		const model = buildReportModel(withEarlierCycle(input), { includeNotes: true });
		const since = model.sinceLastTime;
		expect(model.summary.headline).toBe('Overall score: 75 of 100 (Strength).');
		expect(since?.intro).toBe('Compared with Baseline 2025 (12 March 2025).');
		// 75 − 42 = +33 (see since-last-time-fixtures.ts)
		expect(since?.headline).toBe('Overall score: 42 then, 75 now (+33).');
		expect(since?.tables.find((t) => t.id === 'scores')?.rows).toEqual([
			['Overall', '42\n4 of 4 items scored', '75\n3 of 4 items scored', '+33'],
			['1. One', '25\n2 of 2 items scored', '50\n2 of 2 items scored', '+25'],
			['2. Two', '50\n1 of 1 items scored', '100\n1 of 1 items scored', '+50'],
			['3. Three', '50\n1 of 1 items scored', 'No score yet\n0 of 1 items scored', 'Not comparable']
		]);
		expect(since?.tables.find((t) => t.id === 'changes')?.rows).toEqual([
			['Improved', '2'],
			['Declined', '0'],
			['Unchanged', '1'],
			['Newly known', '0'],
			['No longer known', '1'],
			['Not scored', '1']
		]);
		// In the walk's order (element 1 before element 2), though the framework lists i3 first.
		expect(since?.tables.find((t) => t.id === 'improved')?.rows).toEqual([
			['Leaders are trained.', '1 (Beginning)', '3 (Mostly in place)'],
			['Caseloads are balanced.', '2 (Partly in place)', '4 (Fully in place)']
		]);
		// The fixture's adopted actions, none carried over: l1 done, x1 and n1 new (team's order).
		expect(since?.tables.find((t) => t.id === 'plan')?.rows).toEqual([
			['Plan l1', 'Done since last time'],
			['Plan x1', 'New this time'],
			['Plan n1', 'New this time']
		]);
	});
});
