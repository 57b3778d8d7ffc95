/**
 * Small frameworks for the report's unit tests: three elements, two risk factors, items made to
 * measure. Test-only: nothing in the app imports this file.
 */
import type { PlanAction } from '$lib/domain/assessment';
import type { Element, Item, RiskFactor } from '$lib/domain/framework';

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
