import { describe, expect, test } from 'vitest';
import type { Response, RiskLevel } from '$lib/domain/assessment';
import type { Framework } from '$lib/domain/framework';
import { prioritizeItems } from '$lib/domain/prioritize';
import { scoreAssessment } from '$lib/domain/scoring';
import { explain } from './explain';
import { testElements, testItem, testRiskFactors } from './test-fixtures';

const item = (id: string, elementId: string, impact: 1 | 2 | 3, riskFactorIds: string[] = []) =>
	testItem(id, elementId, impact, { riskFactorIds });

const framework: Pick<Framework, 'elements' | 'items' | 'riskFactors'> = {
	elements: testElements,
	items: [
		item('i1', 'e1', 1),
		item('i2', 'e1', 1),
		item('i3', 'e1', 1),
		item('i4', 'e1', 1),
		item('i5', 'e2', 3, ['caseloads', 'isolation']),
		item('i6', 'e2', 1),
		item('i7', 'e2', 1),
		item('i8', 'e2', 1),
		item('i9', 'e2', 1),
		item('i10', 'e3', 2)
	],
	riskFactors: testRiskFactors
};

type Responses = Map<string, Pick<Response, 'answer'>>;

function explainFor(responses: Responses, riskProfile: Record<string, RiskLevel> = {}) {
	const score = scoreAssessment(framework, responses);
	const priorities = prioritizeItems(framework, responses, riskProfile);
	return explain(framework, score, responses, priorities);
}

/*
 * Element 1: 1, 2, 4 and a Don't know → (1 + 2 + 4) / 3 = 2.33 of 4 → 58.33 → 58.
 * Element 2: i5 scored 0; i6 not applicable, i7 unanswered, i8 and i9 Don't know → 0.
 * Element 3: i10 unanswered, no score. Overall (58.33 + 0) / 2 = 29.17 → 29.
 * Coverage: 4 scored of 9 that apply (10 items, 1 not applicable) → 44%.
 */
const responses: Responses = new Map([
	['i1', { answer: { kind: 'score', value: 1 } }],
	['i2', { answer: { kind: 'score', value: 2 } }],
	['i3', { answer: { kind: 'score', value: 4 } }],
	['i4', { answer: { kind: 'dont-know' } }],
	['i5', { answer: { kind: 'score', value: 0 } }],
	['i6', { answer: { kind: 'not-applicable', reason: 'Not here.' } }],
	['i8', { answer: { kind: 'dont-know' } }],
	['i9', { answer: { kind: 'dont-know' } }]
]);

describe('explain', () => {
	test('element lines spell out the sum, with what was left out', () => {
		const how = explainFor(responses, { caseloads: 'high' });
		expect(how.elements).toEqual([
			{
				elementId: 'e1',
				text: 'Element 1: items scored 1, 2 and 4 → (1 + 2 + 4) ÷ 3 = 2.33 of 4 → 58 of 100.',
				left: 'Left out: 1 Don’t know.'
			},
			{
				elementId: 'e2',
				text: 'Element 2: item scored 0 → (0) ÷ 1 = 0 of 4 → 0 of 100.',
				left: 'Left out: 2 Don’t know, 1 not applicable and 1 not answered yet.'
			},
			{
				elementId: 'e3',
				text: 'Element 3: no item has a score yet, so there is no score.',
				left: 'Left out: 1 not answered yet.'
			}
		]);
	});

	test('overall line and coverage', () => {
		const how = explainFor(responses);
		expect(how.overall).toBe('(58.33 + 0) ÷ 2 = 29.17 → 29 of 100.');
		expect(how.coverage).toBe('4 ÷ 9 = 44%');
	});

	test('the highest priority, with one strong risk', () => {
		const how = explainFor(responses, { caseloads: 'high' });
		expect(how.top).toEqual({
			itemId: 'i5',
			statement: 'Statement i5.',
			line: 'scored 0 → gap (4 − 0) ÷ 4 = 1; impact 3; risk boost 1 + 0.25 (heavy caseloads) = 1.25; priority 1 × 3 × 1.25 = 3.75.'
		});
	});

	test('the highest priority, with a strong and a moderate risk', () => {
		const how = explainFor(responses, { caseloads: 'high', isolation: 'moderate' });
		expect(how.top?.line).toBe(
			'scored 0 → gap (4 − 0) ÷ 4 = 1; impact 3; risk boost 1 + 0.25 + 0.1 (heavy caseloads; isolation (moderate)) = 1.35; priority 1 × 3 × 1.35 = 4.05.'
		);
	});

	test('a Don’t know at the top, with no linked risk', () => {
		const how = explainFor(new Map([['i4', { answer: { kind: 'dont-know' } }]]));
		expect(how.top?.line).toBe(
			'Don’t know → gap 0.5; impact 1; risk boost 1 (no linked risk reported); priority 0.5 × 1 × 1 = 0.50.'
		);
		expect(how.elements[0]).toEqual({
			elementId: 'e1',
			text: 'Element 1: no item has a score yet, so there is no score.',
			left: 'Left out: 1 Don’t know and 3 not answered yet.'
		});
	});

	test('nothing answered: no scores, no priority', () => {
		const how = explainFor(new Map());
		expect(how.overall).toBe('No element has a score yet, so there is no overall score.');
		expect(how.coverage).toBe('0 ÷ 10 = 0%');
		expect(how.top).toBeNull();
		expect(how.elements.map((e) => e.left)).toEqual([
			'Left out: 4 not answered yet.',
			'Left out: 5 not answered yet.',
			'Left out: 1 not answered yet.'
		]);
	});

	test('no left-out note when every item is scored', () => {
		const full: Responses = new Map(
			framework.items.map((i) => [i.id, { answer: { kind: 'score', value: 4 } }])
		);
		const how = explainFor(full);
		expect(how.elements[2]).toEqual({
			elementId: 'e3',
			text: 'Element 3: item scored 4 → (4) ÷ 1 = 4 of 4 → 100 of 100.',
			left: ''
		});
		expect(how.overall).toBe('(100 + 100 + 100) ÷ 3 = 100 → 100 of 100.');
		expect(how.top).toBeNull();
	});
});
