/** Which plan actions show a "Suggested" note beside their success measure. */
import { expect, test } from 'vitest';
import { getAction } from './index';
import { reasonText, suggestedNote } from './plan-text';

test('a suggested action shows its template note while its measure is still the template one', () => {
	const template = getAction('action2.safe-to-raise-sts')!;
	expect(template.suggested).toBe('The time frame is our suggestion: the source gives none.');
	const origin = { kind: 'suggested' as const, actionId: template.id };
	expect(suggestedNote({ origin, successMeasure: template.successMeasure })).toBe(
		'The time frame is our suggestion: the source gives none.'
	);
	// The team wrote its own measure: the note no longer speaks for it.
	expect(suggestedNote({ origin, successMeasure: 'Our own measure.' })).toBeUndefined();
	// Version 1 actions carry no notes; the team's own and find-out actions have no template.
	const v1 = getAction('action.caseload-review')!;
	expect(
		suggestedNote({
			origin: { kind: 'suggested', actionId: v1.id },
			successMeasure: v1.successMeasure
		})
	).toBeUndefined();
	expect(suggestedNote({ origin: { kind: 'custom' }, successMeasure: '' })).toBeUndefined();
});

test('a carried action’s reason says it speaks of the last cycle', () => {
	const priorityReason = 'Scored 1 of 4; heavy trauma caseloads reported.';
	expect(reasonText({ priorityReason })).toBe(priorityReason);
	expect(reasonText({ priorityReason, carriedFrom: { assessmentId: 'a', actionId: 'b' } })).toBe(
		'Last cycle: Scored 1 of 4; heavy trauma caseloads reported.'
	);
});
