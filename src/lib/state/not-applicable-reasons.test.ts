import { expect, test } from 'vitest';
import type { Answer } from '$lib/domain/assessment';
import { NotApplicableReasons } from './not-applicable-reasons';

const na = (reason: string): Answer => ({ kind: 'not-applicable', reason });
const DK: Answer = { kind: 'dont-know' };

test('the newest reason written wins over a stored one that is a write behind', () => {
	const reasons = new NotApplicableReasons();
	reasons.remember('b2', 'We have no on-site clinicians');
	// "D": the stored answer still has the reason without its last letters.
	expect(reasons.answerToSave('b2', na('We have no on-site clinici'), DK)).toEqual({
		skip: false,
		answer: DK
	});
	// "N" again: every letter typed comes back.
	expect(reasons.answerToSave('b2', DK, na(''))).toEqual({
		skip: false,
		answer: na('We have no on-site clinicians')
	});
});

test('a reason cleared in this session stays cleared', () => {
	const reasons = new NotApplicableReasons();
	reasons.remember('b2', '');
	reasons.answerToSave('b2', na('An older reason'), DK);
	expect(reasons.answerToSave('b2', DK, na(''))).toEqual({ skip: false, answer: na('') });
});

test('a reason stored in an earlier session comes back too; choosing it again changes nothing', () => {
	const reasons = new NotApplicableReasons();
	expect(reasons.answerToSave('b2', na('No night shift'), na(''))).toEqual({ skip: true });
	reasons.answerToSave('b2', na('No night shift'), DK);
	expect(reasons.answerToSave('b2', DK, na(''))).toEqual({
		skip: false,
		answer: na('No night shift')
	});
});
