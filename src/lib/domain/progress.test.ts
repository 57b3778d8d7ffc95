import { describe, expect, test } from 'vitest';
import type { Answer } from './assessment';
import { isComplete, progressOf } from './progress';

const r = (answer: Answer | null) => ({ answer });

describe('isComplete', () => {
	test.each([
		['no response', undefined, false],
		['no answer yet', r(null), false],
		['score 0', r({ kind: 'score', value: 0 }), true],
		['score 4', r({ kind: 'score', value: 4 }), true],
		["don't know", r({ kind: 'dont-know' }), true],
		['N/A without reason', r({ kind: 'not-applicable', reason: '' }), false],
		['N/A with only spaces', r({ kind: 'not-applicable', reason: '   ' }), false],
		['N/A with reason', r({ kind: 'not-applicable', reason: 'No clinical staff' }), true]
	] as const)('%s -> %s', (_label, response, expected) => {
		expect(isComplete(response)).toBe(expected);
	});
});

describe('progressOf', () => {
	test('counts complete items among the given ones and rounds down', () => {
		const map = new Map([
			['a', r({ kind: 'score', value: 2 })],
			['b', r({ kind: 'not-applicable', reason: '' })],
			['c', r({ kind: 'dont-know' })],
			['z', r({ kind: 'score', value: 1 })] // not one of the items asked about
		]);
		// 2 of 3 complete = 66.67% -> 66
		expect(progressOf(['a', 'b', 'c'], map)).toEqual({ complete: 2, total: 3, percent: 66 });
	});

	test('no items means 0%, not NaN', () => {
		expect(progressOf([], new Map())).toEqual({ complete: 0, total: 0, percent: 0 });
	});
});
