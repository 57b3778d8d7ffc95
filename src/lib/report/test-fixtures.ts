/**
 * Small frameworks for the report's unit tests: three elements, two risk factors, items made to
 * measure, and one whole report input (framework, answers, plan) shared by the report-model tests.
 * Test-only: nothing in the app imports this file.
 */
import type { PlanAction, Response } from '$lib/domain/assessment';
import type { Element, Item, RiskFactor } from '$lib/domain/framework';
import { scoreAssessment } from '$lib/domain/scoring';
import type { ReportInput } from './report-model';

export function testItem(
	id: string,
	elementId: string,
	impact: 1 | 2 | 3,
	patch: Partial<Item> = {}
): Item {
	return {
		id,
		elementId,
		statement: `Statement ${id}.`,
		guidance: { low: 'l', middle: 'm', full: 'f' },
		evidenceExamples: ['e'],
		passageIds: ['p'],
		impact,
		impactReason: 'it matters',
		riskFactorIds: [],
		actionIds: ['a'],
		...patch
	};
}

export const testElements: Element[] = [
	{ id: 'e1', number: 1, title: 'One', summary: 's', passageIds: ['p'] },
	{ id: 'e2', number: 2, title: 'Two', summary: 's', passageIds: ['p'] },
	{ id: 'e3', number: 3, title: 'Three', summary: 's', passageIds: ['p'] }
];

export const testRiskFactors: RiskFactor[] = [
	{
		id: 'caseloads',
		label: 'Heavy trauma caseloads',
		question: 'q',
		guidance: 'g',
		direction: 'raises-risk',
		reasonPhrase: 'heavy caseloads',
		passageIds: ['p']
	},
	{
		id: 'isolation',
		label: 'Isolation',
		question: 'q',
		guidance: 'g',
		direction: 'raises-risk',
		reasonPhrase: 'isolation',
		passageIds: ['p']
	}
];

/** A custom plan action titled "Plan <id>", proposed, with its reason and measure from the id. */
export function testAction(
	id: string,
	horizon: PlanAction['horizon'],
	order: number,
	patch: Partial<PlanAction> = {}
): PlanAction {
	return {
		id,
		assessmentId: 'x',
		origin: { kind: 'custom' },
		title: `Plan ${id}`,
		description: '',
		level: 'organization',
		type: 'prevention',
		linkedItemIds: [],
		priority: 1,
		priorityReason: `Why ${id}.`,
		horizon,
		owner: '',
		status: 'proposed',
		successMeasure: `Measure ${id}`,
		notes: 'private plan note',
		order,
		editedByTeam: false,
		createdAt: '2026-03-12T10:00:00.000Z',
		updatedAt: '2026-03-12T10:00:00.000Z',
		...patch
	};
}

const item = (id: string, elementId: string, statement: string, impact: 1 | 2 | 3) =>
	testItem(id, elementId, impact, { statement });

/** Five practices in three elements, listed out of walk order (i3 before i2). */
export const reportFramework: ReportInput['framework'] = {
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

const reportAssessment: ReportInput['assessment'] = {
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

/** The parts of a stored response that the report reads. */
export type TestResponse = Pick<Response, 'answer' | 'notes' | 'evidence' | 'discuss'>;

export const reportResponses = new Map<string, TestResponse>([
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
const reportScore = scoreAssessment(reportFramework, reportResponses);

const reportPlan = [
	testAction('n3', 'now', 30),
	testAction('n1', 'now', 10, {
		owner: 'HR lead',
		startDate: '2026-04-01',
		dueDate: '2026-05-01',
		status: 'accepted'
	}),
	testAction('n2', 'now', 20, { status: 'dropped' }),
	testAction('n4', 'now', 40),
	testAction('n5', 'now', 50),
	testAction('n6', 'now', 60),
	testAction('n7', 'now', 70),
	testAction('x1', 'next', 5, { status: 'in-progress' }),
	testAction('l1', 'later', 0, { status: 'done' })
];

/** The whole input of buildReportModel: the framework above, answered, with a plan of nine actions. */
export const reportInput: ReportInput = {
	framework: reportFramework,
	assessment: reportAssessment,
	responses: reportResponses,
	score: reportScore,
	plan: reportPlan
};
