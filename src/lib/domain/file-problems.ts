/**
 * What is wrong with a file, in plain words and with where it is ("assessments[0].responses[3]
 * .answer: expected a number"): schema issues, and anything thrown while reading.
 */
import type { z } from 'zod/mini';
import { CHOOSE_WORKBOOK_FILE } from './file-sniff';
import { FileProblem } from './file-stream';

/** "assessments[0].responses[3].answer.value" from a zod path. */
export function formatPath(path: readonly PropertyKey[]): string {
	return path
		.map((part, index) =>
			typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`
		)
		.join('');
}

const typeNames: Record<string, string> = {
	string: 'text',
	number: 'a number',
	boolean: 'true or false',
	object: 'an object',
	array: 'a list',
	null: 'null'
};

/** True when the value at `path` is absent from `data` (a missing field, not a wrong one). */
function isMissing(data: unknown, path: readonly PropertyKey[]): boolean {
	let node = data;
	for (const part of path.slice(0, -1)) {
		if (typeof node !== 'object' || node === null) return false;
		node = (node as Record<PropertyKey, unknown>)[part];
	}
	const last = path.at(-1);
	return last !== undefined && typeof node === 'object' && node !== null && !(last in node);
}

function describeIssue(issue: z.core.$ZodIssue, prefix: string, data: unknown): string {
	const path = formatPath(issue.path);
	const where = prefix ? `${prefix}${path && !path.startsWith('[') ? '.' : ''}${path}` : path;
	const at = where || 'the file';
	switch (issue.code) {
		case 'invalid_type':
			return isMissing(data, issue.path)
				? `${at}: missing`
				: `${at}: expected ${typeNames[issue.expected] ?? issue.expected}`;
		case 'invalid_value':
			return `${at}: expected ${issue.values.length === 1 ? '' : 'one of '}${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
		case 'too_big':
			return issue.origin === 'array'
				? `${at}: too many entries (at most ${String(issue.maximum)})`
				: `${at}: too long (at most ${String(issue.maximum)})`;
		case 'too_small':
			return `${at}: too short or empty`;
		case 'invalid_union':
			return `${at}: not valid here (an answer is a score 0-4, "dont-know", or "not-applicable" with a reason)`;
		case 'invalid_format':
			return `${at}: not a valid ${issue.format === 'uuid' ? 'id' : issue.format === 'datetime' ? 'date and time' : issue.format}`;
		default:
			return `${at}: ${issue.message}`;
	}
}

/**
 * The first few schema issues of `data` in words, each prefixed with where it is (`prefix` is
 * the place of `data` in the file, such as "assessments[2]").
 */
export function schemaProblem(
	issues: readonly z.core.$ZodIssue[],
	prefix: string,
	data: unknown
): FileProblem {
	const shown = issues
		.slice(0, 3)
		.map((issue) => describeIssue(issue, prefix, data))
		.join('; ');
	const more = issues.length > 3 ? ` (and ${issues.length - 3} more problems)` : '';
	return new FileProblem(`The file does not match the workbook format: ${shown}${more}.`);
}

const READ_FAILED =
	'The file could not be read: it is too large or too complex for this browser. Nothing in it was used.';

/** A refusal in plain words for anything thrown while reading. */
export function refusal(error: unknown): { ok: false; message: string } {
	if (error instanceof FileProblem) {
		if (error.message === 'EMPTY') {
			return { ok: false, message: `The file is empty. ${CHOOSE_WORKBOOK_FILE}` };
		}
		if (error.message === 'NOT_OBJECT') {
			return {
				ok: false,
				message: `This is not a workbook file: it does not hold a workbook's contents. ${CHOOSE_WORKBOOK_FILE}`
			};
		}
		return { ok: false, message: error.message };
	}
	return { ok: false, message: READ_FAILED };
}
