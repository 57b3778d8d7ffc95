import { describe, expect, test } from 'vitest';
import type { Answer } from './assessment';
import type { Item } from './framework';
import { adjacentItem, itemScroll, resumeItem, reviewFindings, walkOrder } from './walk';

const item = (id: string, elementId: string) => ({ id, elementId }) as Item;
const framework = {
	// Deliberately out of order: element 2 listed first.
	elements: [
		{ id: 'second', number: 2 },
		{ id: 'first', number: 1 }
	] as never,
	items: [item('c', 'second'), item('a', 'first'), item('d', 'second'), item('b', 'first')]
};
const order = walkOrder(framework);
const responses = (entries: Record<string, Answer | null | { discuss: true; answer?: Answer }>) =>
	new Map(
		Object.entries(entries).map(([id, value]) =>
			value && 'discuss' in value
				? [id, { answer: value.answer ?? null, discuss: true }]
				: [id, { answer: value as Answer | null, discuss: false }]
		)
	);

describe('walkOrder', () => {
	test('by element number, then framework order', () => {
		expect(order.map((i) => i.id)).toEqual(['a', 'b', 'c', 'd']);
	});
});

describe('adjacentItem', () => {
	test.each([
		['a', 1, 'b'],
		['b', 1, 'c'], // crosses into the next element
		['c', -1, 'b'],
		['a', -1, undefined],
		['d', 1, undefined],
		['missing', 1, undefined]
	])('%s %+d -> %s', (from, delta, expected) => {
		expect(adjacentItem(order, from, delta)?.id).toBe(expected);
	});
});

describe('resumeItem', () => {
	const score = { kind: 'score', value: 2 } as const;
	test.each([
		['new assessment: first item', undefined, {}, 'a'],
		['last touched and still open: stay there', 'c', { a: score }, 'c'],
		['last touched and done: next open after it', 'b', { a: score, b: score }, 'c'],
		['next open wraps to an earlier gap', 'd', { b: score, c: score, d: score }, 'a'],
		['everything done: where they were', 'c', { a: score, b: score, c: score, d: score }, 'c'],
		[
			'N/A without reason counts as open',
			'b',
			{ a: score, b: { kind: 'not-applicable', reason: '' } },
			'b'
		]
	] as const)('%s', (_label, last, answers, expected) => {
		expect(resumeItem(order, last, responses(answers as never))?.id).toBe(expected);
	});
});

describe('reviewFindings', () => {
	test('sorts each item into what needs a second look', () => {
		const findings = reviewFindings(
			order,
			responses({
				a: { kind: 'dont-know' },
				b: { kind: 'not-applicable', reason: ' ' },
				c: { discuss: true, answer: { kind: 'score', value: 1 } }
				// d: never answered
			})
		);
		expect({
			unanswered: findings.unanswered.map((i) => i.id),
			dontKnow: findings.dontKnow.map((i) => i.id),
			notApplicableWithoutReason: findings.notApplicableWithoutReason.map((i) => i.id),
			flagged: findings.flagged.map((i) => i.id)
		}).toEqual({
			unanswered: ['d'],
			dontKnow: ['a'],
			notApplicableWithoutReason: ['b'],
			flagged: ['c']
		});
	});
});

describe('itemScroll', () => {
	test.each([
		[true, false, 'page-top'],
		[false, false, 'nearest'],
		[true, true, 'item-top'],
		[false, true, 'item-top']
	] as const)('first of its element %s, presentation %s -> %s', (first, presentation, expected) => {
		expect(itemScroll(first, presentation)).toBe(expected);
	});
});
