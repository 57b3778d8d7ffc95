/**
 * What a failed write means to the person at the keyboard. The browser's own error names
 * ("QuotaExceededError", "DatabaseClosedError") say nothing to a task force, so every failure
 * is put in words: what was not saved, what is still safe, and what to do.
 */

export type WriteFailureKind = 'full' | 'closed' | 'gone' | 'blocked' | 'invalid' | 'other';

export interface WriteFailure {
	kind: WriteFailureKind;
	/** One or two short sentences for the save indicator and alerts. */
	message: string;
}

/** Errors our own repositories throw with a sentence meant for people. */
export class PlainWriteError extends Error {
	readonly plain = true;
}

interface ErrorLike {
	name?: unknown;
	message?: unknown;
	inner?: unknown;
	plain?: unknown;
}

/** The error and the errors it wraps (Dexie wraps the browser's error in `inner`). */
function chain(error: unknown): ErrorLike[] {
	const found: ErrorLike[] = [];
	let current: unknown = error;
	for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
		const e = current as ErrorLike;
		found.push(e);
		current = e.inner;
	}
	return found;
}

const has = (errors: ErrorLike[], names: readonly string[]) =>
	errors.some((e) => typeof e.name === 'string' && names.includes(e.name));

export function describeWriteFailure(error: unknown): WriteFailure {
	const errors = chain(error);
	const ownMessage = errors.find((e) => e.plain === true && typeof e.message === 'string');
	if (ownMessage) return { kind: 'invalid', message: String(ownMessage.message) };
	const text = errors.map((e) => (typeof e.message === 'string' ? e.message : '')).join(' ');
	if (has(errors, ['QuotaExceededError']) || /quota/i.test(text)) {
		return {
			kind: 'full',
			message:
				'This device is out of storage space, so this change was not saved. Everything saved before it is safe. Free some space on the device (or back up and delete old assessments), then try again.'
		};
	}
	if (has(errors, ['DatabaseClosedError', 'VersionError', 'InvalidStateError'])) {
		return {
			kind: 'closed',
			message:
				'The workbook’s storage was closed (often because the workbook was updated in another tab), so this change was not saved. Everything saved before it is safe. Reload this tab, then try again.'
		};
	}
	if (has(errors, ['NotFoundError']) || /no longer exists/i.test(text)) {
		return {
			kind: 'gone',
			message:
				'This was deleted elsewhere (perhaps in another tab), so the change had nowhere to go. Go back to the list of assessments.'
		};
	}
	if (has(errors, ['OpenFailedError', 'MissingAPIError', 'UnknownError', 'SecurityError'])) {
		return {
			kind: 'blocked',
			message:
				'This browser would not let the workbook save, so this change was not saved. Private windows and some settings block storage. Back up what you can, then reload.'
		};
	}
	return {
		kind: 'other',
		message:
			'The browser could not save this change. Everything saved before it is safe. Try again; if it keeps failing, back up everything from the home page and reload.'
	};
}
