import { describe, expect, test } from 'vitest';
import { AssessmentDraft } from './assessment';
import { fieldErrors } from './validation';

const labels = { organization: 'Organization', date: 'Date', unit: 'Unit or program' };
const valid = {
	organization: 'Org',
	unit: '',
	cycleLabel: '',
	date: '2026-03-31',
	facilitator: ''
};

function errorsFor(input: Record<string, unknown>) {
	const result = AssessmentDraft.safeParse({ ...valid, ...input });
	return result.success ? {} : fieldErrors(result.error.issues, labels);
}

describe('fieldErrors', () => {
	test.each([
		[{ organization: '' }, { organization: 'Organization is required.' }],
		[{ organization: '   ' }, { organization: 'Organization is required.' }],
		[
			{ unit: 'x'.repeat(10_000) },
			{ unit: 'Unit or program is too long: at most 200 characters.' }
		],
		[{ date: '2026-02-30' }, { date: 'This date does not exist.' }],
		[{ date: 'next tuesday' }, { date: 'Use a date like 2026-03-31.' }],
		[{ date: '1899-12-31' }, { date: 'Use a year between 1990 and 2100.' }],
		[{}, {}]
	])('%j -> %j', (input, expected) => {
		expect(errorsFor(input)).toEqual(expected);
	});

	test('one message per field, the first one', () => {
		const errors = errorsFor({ organization: '', date: '' });
		expect(Object.keys(errors).sort()).toEqual(['date', 'organization']);
	});
});
