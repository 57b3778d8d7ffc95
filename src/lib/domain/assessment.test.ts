import { describe, expect, test } from 'vitest';
import { AssessmentDraft, Answer, answerChoiceValue, isRealDate } from './assessment';

const valid = {
	organization: 'Riverbend Family Services',
	unit: 'Foster care',
	cycleLabel: 'Baseline 2026',
	date: '2026-03-31',
	facilitator: 'Ana'
};

describe('AssessmentDraft', () => {
	test('accepts a complete draft and trims spaces', () => {
		const result = AssessmentDraft.safeParse({ ...valid, organization: '  Riverbend  ' });
		expect(result.success).toBe(true);
		expect(result.data?.organization).toBe('Riverbend');
	});

	test.each([
		['organization', '   ', 'organization'],
		['date', '2026-02-30', 'date'],
		['date', '31/03/2026', 'date'],
		['date', '1066-10-14', 'date'],
		['date', '9999-01-01', 'date'],
		['organization', 'x'.repeat(201), 'organization']
	])('refuses %s = %j', (field, value, path) => {
		const result = AssessmentDraft.safeParse({ ...valid, [field]: value });
		expect(result.success).toBe(false);
		expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(path);
	});

	test('markup is kept as plain text, not refused', () => {
		const result = AssessmentDraft.safeParse({ ...valid, unit: '<img src=x onerror=alert(1)>' });
		expect(result.data?.unit).toBe('<img src=x onerror=alert(1)>');
	});
});

describe('isRealDate', () => {
	test.each([
		['2024-02-29', true],
		['2025-02-29', false],
		['2026-12-31', true],
		['2026-13-01', false],
		['2026-00-10', false]
	])('%s -> %s', (value, expected) => expect(isRealDate(value)).toBe(expected));
});

describe('Answer', () => {
	test.each([
		[{ kind: 'score', value: 0 }, true],
		[{ kind: 'score', value: 4 }, true],
		[{ kind: 'score', value: 5 }, false],
		[{ kind: 'score', value: 2.5 }, false],
		[{ kind: 'dont-know' }, true],
		[{ kind: 'not-applicable', reason: '' }, true],
		[{ kind: 'maybe' }, false]
	])('%j valid: %s', (answer, ok) => expect(Answer.safeParse(answer).success).toBe(ok));
});

describe('answerChoiceValue', () => {
	test.each([
		[null, ''],
		[undefined, ''],
		[{ kind: 'score', value: 0 }, '0'],
		[{ kind: 'score', value: 4 }, '4'],
		[{ kind: 'dont-know' }, 'dont-know'],
		[{ kind: 'not-applicable', reason: 'No clinic' }, 'not-applicable']
	] as const)('%j -> %j', (answer, value) => {
		expect(answerChoiceValue(answer)).toBe(value);
	});
});
