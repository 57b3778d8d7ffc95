import { expect, it } from 'vitest';
import { errorMessage } from './error-message';

it.each([
	[new TypeError('x is undefined'), 'x is undefined'],
	['plain text', 'plain text'],
	[42, '42'],
	[undefined, 'undefined']
])('%s -> %s', (error, text) => expect(errorMessage(error)).toBe(text));
