import { describe, expect, test } from 'vitest';
import { horizonRule } from '$lib/content/plan-text';
import { buildReportModel } from './report-model';
import { reportInput as input } from './test-fixtures';

describe('plan', () => {
	test('our plan by horizon, in the team order; suggestions in the appendix; dropped left out', () => {
		const { plan: report } = buildReportModel(input, { includeNotes: true });
		expect(report.heading).toBe('Our plan');
		expect(report.adoptedCount).toBe(3);
		expect(report.droppedCount).toBe(1);
		expect(report.intro).toBe(
			'The 3 actions the team adopted, by time frame, in the team’s order. 5 suggestions not adopted are listed in the appendix. 1 dropped action is left out.'
		);
		expect(report.groups.map((g) => [g.heading, g.actions.map((a) => a.key)])).toEqual([
			['Now (0-3 months)', ['n1']],
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
		expect(report.groups[1]?.actions[0]).toMatchObject({
			owner: 'Not set',
			start: 'Not set',
			due: 'Not set',
			status: 'In progress'
		});
		// Equal priorities: the team's order breaks the tie.
		expect(report.appendix?.heading).toBe('Appendix: suggestions not yet adopted');
		expect(report.appendix?.rows.map((r) => r.key)).toEqual(['n3', 'n4', 'n5', 'n6', 'n7']);
		expect(report.appendix?.rows[0]).toEqual({
			key: 'n3',
			title: 'Plan n3',
			when: 'Now (0-3 months)',
			priority: '1.00',
			reason: 'Why n3.',
			status: 'Not decided'
		});
	});

	test('the appendix can be left out, and the intro says so', () => {
		const { plan: report } = buildReportModel(input, {
			includeNotes: true,
			includeSuggestions: false
		});
		expect(report.appendix).toBeNull();
		expect(report.intro).toBe(
			'The 3 actions the team adopted, by time frame, in the team’s order. 5 suggestions not adopted are left out of this copy. 1 dropped action is left out.'
		);
	});

	test('nothing adopted yet: no groups, and the suggestions wait in the appendix', () => {
		const proposedOnly = input.plan.map((a) => ({ ...a, status: 'proposed' as const }));
		const { plan: report } = buildReportModel(
			{ ...input, plan: proposedOnly },
			{ includeNotes: true }
		);
		expect(report.groups).toEqual([]);
		expect(report.intro).toBe(
			'The team has not adopted any actions yet. 9 suggestions not adopted are listed in the appendix.'
		);
		expect(report.appendix?.rows).toHaveLength(9);
	});

	test('a due date stored before its start date is shown as one to check, never as a plan', () => {
		const wrong = input.plan.map((a) =>
			a.id === 'n1' ? { ...a, startDate: '2026-06-01', dueDate: '2026-05-01' } : a
		);
		const { plan: report } = buildReportModel({ ...input, plan: wrong }, { includeNotes: true });
		expect(report.groups[0]?.actions[0]?.due).toBe('1 May 2026 (before the start date: to check)');
	});

	test('an empty plan says so, with no time frame and no appendix', () => {
		const { plan: report } = buildReportModel({ ...input, plan: [] }, { includeNotes: true });
		expect(report.intro).toBe(
			'The plan has no actions yet: the answers so far show no gap or Don’t know, and the team has not added its own.'
		);
		expect(report.groups).toEqual([]);
		expect(report.appendix).toBeNull();
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
