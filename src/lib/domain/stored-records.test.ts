import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { AssessmentBundle } from './file-format';
import {
	checkStoredBundle,
	describeDamage,
	isCountableResponse,
	isWholeAssessment
} from './stored-records';

/** A whole stored assessment: the one in our version-1 file fixture. */
function exampleBundle(): AssessmentBundle {
	const file = JSON.parse(
		readFileSync(new URL('./fixtures/workbook-v1.json', import.meta.url), 'utf8')
	) as { assessments: AssessmentBundle[] };
	return file.assessments[0]!;
}

describe('checkStoredBundle', () => {
	it('passes a whole bundle through unchanged', () => {
		const bundle = exampleBundle();
		const checked = checkStoredBundle(bundle);
		expect(checked.ok && checked.damagedTotal).toBe(0);
		expect(checked.ok && checked.responses).toEqual(bundle.responses);
	});

	it('leaves out damaged answers and plan actions and counts them', () => {
		const bundle = exampleBundle();
		const responses = [...bundle.responses, { id: 7, answer: 'broken' }, null];
		const plan = [...bundle.plan, { title: 42 }];
		const checked = checkStoredBundle({ ...bundle, responses, plan });
		expect(checked.ok).toBe(true);
		if (!checked.ok) return;
		expect(checked.responses).toHaveLength(bundle.responses.length);
		expect(checked.damaged).toEqual({ responseSets: 0, responses: 2, plan: 1 });
		expect(describeDamage(checked.damaged)).toBe('2 answers, 1 plan action');
	});

	it('refuses a damaged assessment record', () => {
		const bundle = exampleBundle();
		expect(
			checkStoredBundle({ ...bundle, assessment: { ...bundle.assessment, organization: 42 } })
		).toEqual({ ok: false });
		expect(isWholeAssessment({ id: 'x' })).toBe(false);
		expect(isWholeAssessment(bundle.assessment)).toBe(true);
	});
});

describe('isCountableResponse', () => {
	it('counts a whole answer and an unanswered one, not a damaged one', () => {
		const [response] = exampleBundle().responses;
		expect(isCountableResponse(response)).toBe(true);
		expect(isCountableResponse({ ...response, answer: null })).toBe(true);
		expect(isCountableResponse({ ...response, answer: 'x' })).toBe(false);
		expect(isCountableResponse({ ...response, itemId: 7 })).toBe(false);
		expect(isCountableResponse(null)).toBe(false);
	});
});
