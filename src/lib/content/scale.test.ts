import { describe, expect, test } from 'vitest';
import { answerChoiceValue } from '$lib/domain/assessment';
import { answerChoices, answerLabel, answerText, ownerSuggestions, riskLevelText } from './scale';

describe('answer words', () => {
	test.each([
		[null, 'Not answered yet', 'Not answered yet'],
		[{ kind: 'score', value: 0 }, 'Not in place yet', '0 · Not in place yet'],
		[{ kind: 'score', value: 2 }, 'Partly in place', '2 · Partly in place'],
		[{ kind: 'score', value: 4 }, 'Fully in place', '4 · Fully in place'],
		[{ kind: 'dont-know' }, "Don't know", "Don't know"],
		[{ kind: 'not-applicable', reason: 'No clinicians' }, 'Not applicable', 'Not applicable']
	] as const)('%j -> %j / %j', (answer, label, text) => {
		expect(answerLabel(answer)).toBe(label);
		expect(answerText(answer)).toBe(text);
	});
});

describe('risk level', () => {
	test('a level, or not answered yet', () => {
		expect(riskLevelText('high')).toBe('High');
		expect(riskLevelText('unknown')).toBe("Don't know");
		expect(riskLevelText(undefined)).toBe('Not answered yet');
	});
});

describe('owner suggestions', () => {
	test('roles and names of the task force, once each, blanks left out', () => {
		expect(
			ownerSuggestions([
				{ role: 'human-resources', name: 'Ana Ruiz' },
				{ role: 'human-resources', name: '  ' },
				{ role: 'other', roleOther: 'Board chair', name: 'Ana Ruiz' },
				{ role: 'other', roleOther: '  ' }
			])
		).toEqual(['Human resources', 'Ana Ruiz', 'Board chair', 'Other role']);
	});
});

describe('answerChoices', () => {
	test('the scale 0-4, then Don’t know and Not applicable, each valued as its answer', () => {
		expect(answerChoices.map((c) => [c.value, c.key, c.label, c.other])).toEqual([
			['0', '0', 'Not in place yet', false],
			['1', '1', 'Beginning', false],
			['2', '2', 'Partly in place', false],
			['3', '3', 'Mostly in place', false],
			['4', '4', 'Fully in place', false],
			['dont-know', 'D', "Don't know", true],
			['not-applicable', 'N', 'Not applicable', true]
		]);
		for (const choice of answerChoices) expect(answerChoiceValue(choice.answer)).toBe(choice.value);
	});
});
