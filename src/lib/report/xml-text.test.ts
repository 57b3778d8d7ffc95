import { describe, expect, test } from 'vitest';
import { xmlSafe, xmlSafeDeep } from './xml-text';

describe('xmlSafe', () => {
	test.each([
		['plain Zoë Łukasik, Đặng', 'plain Zoë Łukasik, Đặng'],
		['tab\tnew\nline\r', 'tab\tnew\nline\r'],
		['vertical\u000Btab and \u0001 start of heading', 'verticaltab and  start of heading'],
		['lone \uD800 surrogate', 'lone  surrogate'],
		['not a character \uFFFE', 'not a character '],
		['emoji 🙂 stays', 'emoji 🙂 stays']
	])('%j -> %j', (input, expected) => expect(xmlSafe(input)).toBe(expected));

	test('every string in a model, arrays and nested objects too; numbers and bytes kept', () => {
		const bytes = new Uint8Array([1, 2]);
		expect(
			xmlSafeDeep({ a: 'x\u0002', list: ['\u0003y', 2], nested: { b: null, c: true }, bytes })
		).toEqual({ a: 'x', list: ['y', 2], nested: { b: null, c: true }, bytes });
	});
});
