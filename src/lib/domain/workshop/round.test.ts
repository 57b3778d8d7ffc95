import { describe, expect, test } from 'vitest';
import { receivedText, Round } from './round';

const round = {
	id: '00000000-0000-4000-8000-000000000001',
	assessmentId: '00000000-0000-4000-8000-000000000002',
	itemIds: ['item2.a', 'item2.b'],
	frameworkVersion: '2.0.0',
	status: 'open',
	revealLabels: false,
	createdAt: '2026-11-26T09:00:00.000Z'
};

describe('Round', () => {
	test.each([
		['a whole round', round, true],
		['with an expected count', { ...round, expected: 9 }, true],
		['no items', { ...round, itemIds: [] }, false],
		['an expected count of 0', { ...round, expected: 0 }, false],
		['a fractional expected count', { ...round, expected: 2.5 }, false],
		['an unknown status', { ...round, status: 'paused' }, false],
		['a version that is not x.y.z', { ...round, frameworkVersion: 'two' }, false]
	])('%s -> %s', (_case, value, valid) => {
		expect(Round.safeParse(value).success).toBe(valid);
	});
});

describe('receivedText', () => {
	test.each([
		[7, 9, '7 of 9 received'],
		[0, 3, '0 of 3 received'],
		[4, undefined, '4 received']
	])('%s of %s -> %s', (received, expected, text) => {
		expect(receivedText(received, expected)).toBe(text);
	});
});
