import { describe, expect, it } from 'vitest';
import { describeWriteFailure, PlainWriteError } from './write-errors';

function named(name: string, message = ''): Error {
	const error = new Error(message);
	error.name = name;
	return error;
}

describe('describeWriteFailure', () => {
	it.each([
		[named('QuotaExceededError'), 'full'],
		// Dexie wraps the browser's error: the kind comes from the inner one.
		[
			Object.assign(named('AbortError', 'Transaction aborted'), {
				inner: named('QuotaExceededError')
			}),
			'full'
		],
		[named('UnknownError', 'Quota exceeded while writing'), 'full'],
		[named('DatabaseClosedError'), 'closed'],
		[named('InvalidStateError'), 'closed'],
		[new Error('This action no longer exists.'), 'gone'],
		[named('OpenFailedError'), 'blocked'],
		[new TypeError('x is undefined'), 'other'],
		['a string', 'other'],
		[undefined, 'other']
	] as const)('%s is %s', (error, kind) => {
		expect(describeWriteFailure(error).kind).toBe(kind);
	});

	it('says what to do when the device is full, never the error name', () => {
		const { message } = describeWriteFailure(named('QuotaExceededError'));
		expect(message).toBe(
			'This device is out of storage space, so this change was not saved. Everything saved before it is safe. Free some space on the device (or back up and delete old assessments), then try again.'
		);
		expect(message).not.toContain('QuotaExceededError');
	});

	it('passes our own plain sentences through', () => {
		expect(
			describeWriteFailure(new PlainWriteError('The due date is before the start date.'))
		).toEqual({
			kind: 'invalid',
			message: 'The due date is before the start date.'
		});
	});
});
