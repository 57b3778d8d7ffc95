/**
 * JSON.parse for the pieces of an untrusted file (its header, each assessment), whose depth the
 * splitter has already checked: keys that could reach object prototypes are refused, and broken
 * text is put in plain words with the line and character where it broke.
 */
import { FileProblem, lineAndColumn } from './file-stream';

/** What JSON.parse can give back: the data of a file before any schema has looked at it. */
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonRecord;
export interface JsonRecord {
	[key: string]: JsonValue;
}

export const isRecord = (value: JsonValue): value is JsonRecord =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Only texts that could hold a forbidden key pay for the reviver. */
const MAY_HOLD_FORBIDDEN_KEY = /"(?:__proto__|constructor|prototype)"|\\u/;

class ForbiddenKeyError extends Error {
	constructor(readonly key: string) {
		super(`Forbidden key ${key}`);
	}
}

const reviver = (key: string, value: JsonValue): JsonValue => {
	// Keys that could reach object prototypes have no place in a workbook file.
	if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKeyError(key);
	return value;
};

/** JSON.parse of a piece whose depth the splitter already checked; errors in plain words. */
function parsePiece(text: string, firstLine: number, where: string): JsonValue | FileProblem {
	try {
		return (
			MAY_HOLD_FORBIDDEN_KEY.test(text) ? JSON.parse(text, reviver) : JSON.parse(text)
		) as JsonValue;
	} catch (error) {
		if (error instanceof ForbiddenKeyError) {
			return new FileProblem(`The file contains a forbidden key "${error.key}"${where}.`);
		}
		const position = /position (\d+)/.exec(error instanceof Error ? error.message : '');
		const near = position
			? (() => {
					const { line, column } = lineAndColumn(text, Number(position[1]), firstLine);
					return `at line ${line}, character ${column}`;
				})()
			: `${text.includes('\n') ? 'near' : 'at'} line ${firstLine}`;
		return new FileProblem(
			`The file is not a complete workbook file: its text is broken ${near}${where}. It may have been cut off or changed by hand.`
		);
	}
}

/**
 * The parsed piece; throws a FileProblem saying where the text broke. `where` is added to the
 * message (" (in assessments[3])"), `firstLine` is the piece's first line in the file.
 */
export function parseOrThrow(text: string, firstLine: number, where: string): JsonValue {
	const value = parsePiece(text, firstLine, where);
	if (value instanceof FileProblem) throw value;
	return value;
}
