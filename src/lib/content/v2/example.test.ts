/**
 * What the version 2 example must get right beyond the shape every example has (see
 * ../example.test.ts): supervision applies to caseworkers, the training gap agrees with the notes,
 * and no note names a person.
 */
import { describe, expect, test } from 'vitest';
import { exampleAssessmentV2 as example } from './example';

const responses = Object.entries(example.responses);

describe('example assessment on framework version 2', () => {
	test('notes and evidence never name a roster member', () => {
		const names = example.roster.flatMap((member) => (member.name ? [member.name] : []));
		const words = names.flatMap((name) => name.split(/\s+/)).map((word) => word.toLowerCase());
		for (const [itemId, response] of responses) {
			const text = `${response.notes} ${response.evidence}`.toLowerCase();
			const textWords = new Set(text.match(/[\p{L}\p{N}]+/gu) ?? []);
			for (const word of words)
				expect(textWords.has(word), `${itemId} names "${word}"`).toBe(false);
		}
	});

	test('scores reflective supervision: it is for everyone who hears trauma stories', () => {
		expect(example.responses['item2.reflective-supervision']?.answer.kind).not.toBe(
			'not-applicable'
		);
	});

	test('rates the training gap as its notes describe it: known, and not low', () => {
		expect(['moderate', 'high']).toContain(example.riskProfile['inadequate-training']);
	});
});
