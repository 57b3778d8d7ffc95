/** Merging a full room's hand-ins (the issue asks for 50 in at most 200 ms). */
import { bench, describe } from 'vitest';
import type { Answer } from '../assessment';
import { mergeHandIns, type HandIn } from './merge';

const ROUND = '0f8b6c52-8c1e-4d1a-9a3e-2b7c9d4e5f60';
const ASSESSMENT = 'c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f';
const itemIds = Array.from({ length: 36 }, (_, i) => `item2.practice-${i + 1}`);
const round = { id: ROUND, assessmentId: ASSESSMENT, itemIds };

const answerFor = (rater: number, item: number): Answer =>
	(rater + item) % 11 === 0
		? { kind: 'dont-know' }
		: { kind: 'score', value: ((rater * 7 + item) % 5) as 0 | 1 | 2 | 3 | 4 };

const handIns: HandIn[] = Array.from({ length: 50 }, (_, rater) => ({
	handInId: crypto.randomUUID(),
	roundId: ROUND,
	assessmentId: ASSESSMENT,
	label: `Rater ${rater + 1}`,
	answers: Object.fromEntries(itemIds.map((id, item) => [id, answerFor(rater, item)])),
	notes: rater % 3 === 0 ? { [itemIds[0]!]: 'Only some teams do this.' } : undefined,
	origin: 'file',
	submittedAt: new Date(Date.UTC(2026, 2, 12, 10, rater)).toISOString()
}));

describe('merge hand-ins (36 items)', () => {
	bench('50 new hand-ins', () => {
		mergeHandIns([], handIns, round);
	});
	bench('the same 50 again, onto the 50 already merged', () => {
		mergeHandIns(handIns, handIns, round);
	});
});
