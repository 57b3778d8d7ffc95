/**
 * Splits the text of a workbook file, chunk by chunk, into its header (everything except the
 * assessments) and the text of each assessment bundle, without ever holding the whole file.
 * It is also the cheap structural pre-scan that keeps hostile files away from `JSON.parse` and
 * zod: nesting depth, list lengths and sizes are checked here, character by character, so a
 * deep or huge file is refused by a limit and never by a stack overflow.
 *
 * It reads any layout of valid JSON (one line, pretty-printed, or the backup layout with one
 * assessment per line); it only checks the structure (brackets, strings), and leaves the
 * tokens inside to `JSON.parse`.
 */

/** A problem in plain words; the readers turn it into a refusal. */
export class FileProblem extends Error {}

export interface SplitLimits {
	/** Deepest nesting of objects and lists allowed anywhere. */
	maxDepth: number;
	/** Most assessments in one file. */
	maxAssessments: number;
	/** Most entries in any other list or object. */
	maxEntries: number;
	/** Most characters in one assessment's text. */
	maxBundleChars: number;
	/** Most characters in the rest of the file. */
	maxHeaderChars: number;
}

const QUOTE = 34;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const OPEN_LIST = 91;
const CLOSE_LIST = 93;
const COMMA = 44;
const COLON = 58;
const NEWLINE = 10;

const isSpace = (code: number) => code === 32 || code === 10 || code === 13 || code === 9;

/** Longest raw key text kept to recognize "assessments" (even written with \u escapes). */
const MAX_KEY_CHARS = 120;

const count = (n: number) => n.toLocaleString('en-US');

export class WorkbookSplitter {
	/** The line being read (1-based), for messages. */
	line = 1;
	/** How many assessments were found so far. */
	bundles = 0;

	/** Open containers: the opening bracket of each. */
	private readonly open: number[] = [];
	/** Entries seen so far in each open container (commas + 1). */
	private readonly entries: number[] = [];
	private inString = false;
	private escaped = false;
	private started = false;
	private ended = false;

	/** The raw text of the string being read at depth 1 (a key, or a short value). */
	private key: string | null = null;
	private keyFrom = -1;
	private lastKey: string | null = null;
	private currentKey: string | null = null;
	private assessmentsSeen = false;
	/** True while reading inside the assessments list. */
	private inAssessments = false;

	private readonly header: string[] = [];
	private headerChars = 0;
	private headerFrom = 0;

	private readonly element: string[] = [];
	private elementChars = 0;
	private elementFrom = -1;
	private elementLine = 0;

	constructor(
		private readonly limits: SplitLimits,
		private readonly on: {
			/** Called with the header read so far when the assessments list opens. */
			listStart?: (headerSoFar: string) => void;
			/** Called with the text of each assessment as soon as it is complete. */
			bundle: (text: string, index: number, line: number) => void;
		}
	) {}

	/** Reads the next piece of the file's text. Throws a `FileProblem`. */
	push(chunk: string): void {
		const n = chunk.length;
		let i = 0;
		if (this.elementFrom !== -1) this.elementFrom = 0;
		if (this.keyFrom !== -1) this.keyFrom = 0;
		this.headerFrom = this.inAssessments ? -1 : 0;
		let nextBackslash = -2;
		while (i < n) {
			if (this.inString) {
				if (this.escaped) {
					this.escaped = false;
					i++;
					continue;
				}
				const quote = chunk.indexOf('"', i);
				if (nextBackslash !== -1 && nextBackslash < i) nextBackslash = chunk.indexOf('\\', i);
				if (nextBackslash !== -1 && (quote === -1 || nextBackslash < quote)) {
					i = nextBackslash + 1;
					this.escaped = true;
					continue;
				}
				if (quote === -1) {
					i = n;
					break;
				}
				i = quote + 1;
				this.inString = false;
				if (this.keyFrom !== -1) this.endKey(chunk, i);
				continue;
			}
			const code = chunk.charCodeAt(i);
			if (isSpace(code)) {
				if (code === NEWLINE) this.line++;
				i++;
				continue;
			}
			if (this.ended) {
				throw this.damaged('there is more text after the end of the workbook');
			}
			const depth = this.open.length;
			if (depth === 0 && !this.started) {
				if (code !== OPEN_OBJECT) throw new FileProblem('NOT_OBJECT');
				this.started = true;
			}
			// A new entry of the assessments list starts here.
			if (this.inAssessments && depth === 2 && this.elementFrom === -1) {
				if (code === COMMA || code === CLOSE_LIST) {
					if (code === COMMA || this.entries[1]! > 0) {
						throw this.damaged('an entry of the list of assessments is missing');
					}
				} else {
					this.elementFrom = i;
					this.elementLine = this.line;
				}
			}
			switch (code) {
				case QUOTE:
					this.inString = true;
					if (depth === 1) {
						this.key = '';
						this.keyFrom = i;
					}
					break;
				case OPEN_OBJECT:
				case OPEN_LIST:
					if (depth >= this.limits.maxDepth) {
						throw new FileProblem(
							`The file is not a workbook file: at line ${this.line} it is nested more than ${this.limits.maxDepth} levels deep, far deeper than any workbook file.`
						);
					}
					this.open.push(code);
					this.entries.push(0);
					if (depth === 1 && code === OPEN_LIST && this.currentKey === 'assessments') {
						if (this.assessmentsSeen) {
							throw new FileProblem('The file lists "assessments" twice.');
						}
						this.assessmentsSeen = true;
						this.inAssessments = true;
						this.addHeader(chunk.slice(this.headerFrom, i + 1));
						this.headerFrom = -1;
						this.on.listStart?.(this.header.join(''));
					}
					break;
				case CLOSE_OBJECT:
				case CLOSE_LIST: {
					const opened = this.open.pop();
					this.entries.pop();
					if (opened !== (code === CLOSE_OBJECT ? OPEN_OBJECT : OPEN_LIST)) {
						throw this.damaged(`a “${String.fromCharCode(code)}” does not close what is open`);
					}
					if (depth === 2 && this.inAssessments) {
						this.endElement(chunk, i);
						this.inAssessments = false;
						this.headerFrom = i;
					}
					if (depth === 1) this.ended = true;
					break;
				}
				case COMMA: {
					const entries = (this.entries[depth - 1] ?? 0) + 1;
					this.entries[depth - 1] = entries;
					if (depth === 2 && this.inAssessments) {
						this.endElement(chunk, i);
					} else if (entries >= this.limits.maxEntries) {
						throw new FileProblem(
							`The file is not a workbook file: at line ${this.line} a list has more than ${count(this.limits.maxEntries)} entries, far more than any workbook file.`
						);
					}
					if (depth === 1) this.currentKey = null;
					break;
				}
				case COLON:
					if (depth === 1) this.currentKey = this.lastKey;
					break;
				default:
					if (depth === 0) throw this.damaged('there is text outside the workbook');
			}
			i++;
		}
		// Keep what this chunk holds of an unfinished entry, key and header.
		if (this.elementFrom !== -1) this.addElement(chunk.slice(this.elementFrom));
		if (this.keyFrom !== -1) this.addKey(chunk.slice(this.keyFrom));
		if (this.headerFrom !== -1) this.addHeader(chunk.slice(this.headerFrom));
	}

	/** Called after the last chunk: returns the header's text (with an empty assessments list). */
	finish(): string {
		if (!this.started) throw new FileProblem('EMPTY');
		if (!this.ended) {
			throw new FileProblem(
				`The file is not a complete workbook file: it stops in the middle (at line ${this.line}), as if it was cut off while it was saved or copied.`
			);
		}
		return this.header.join('');
	}

	private damaged(what: string): FileProblem {
		return new FileProblem(
			`The file is not a complete workbook file: at line ${this.line} ${what}. It may have been cut off or changed by hand.`
		);
	}

	private addHeader(text: string) {
		this.headerChars += text.length;
		if (this.headerChars > this.limits.maxHeaderChars) {
			throw new FileProblem(
				`The file is not a workbook file: apart from its assessments it holds more than ${count(Math.round(this.limits.maxHeaderChars / 1024))} KB of text.`
			);
		}
		this.header.push(text);
	}

	private addElement(text: string) {
		this.elementChars += text.length;
		if (this.elementChars > this.limits.maxBundleChars) {
			throw new FileProblem(
				`assessments[${this.bundles}] (from line ${this.elementLine}) is larger than ${Math.round(this.limits.maxBundleChars / 1024 / 1024)} MB, far larger than any real assessment.`
			);
		}
		this.element.push(text);
	}

	private endElement(chunk: string, end: number) {
		if (this.elementFrom === -1) return;
		this.addElement(chunk.slice(this.elementFrom, end));
		const text = this.element.join('').trimEnd();
		this.element.length = 0;
		this.elementChars = 0;
		this.elementFrom = -1;
		if (this.bundles >= this.limits.maxAssessments) {
			throw new FileProblem(
				`The file holds more than ${count(this.limits.maxAssessments)} assessments; the workbook reads at most ${count(this.limits.maxAssessments)} from one file.`
			);
		}
		this.on.bundle(text, this.bundles, this.elementLine);
		this.bundles++;
	}

	private addKey(text: string) {
		if (this.key === null) return;
		this.key = this.key.length + text.length > MAX_KEY_CHARS ? null : this.key + text;
	}

	private endKey(chunk: string, end: number) {
		this.addKey(chunk.slice(this.keyFrom, end));
		this.keyFrom = -1;
		this.lastKey = null;
		if (this.key === null) return;
		try {
			this.lastKey = JSON.parse(this.key) as string;
		} catch {
			// A broken key: JSON.parse of the header will say where.
		}
		this.key = null;
	}
}

/** Line and column (1-based) of a position in a text that starts at `firstLine`. */
export function lineAndColumn(
	text: string,
	position: number,
	firstLine = 1
): { line: number; column: number } {
	let line = firstLine;
	let lineStart = 0;
	for (let i = text.indexOf('\n'); i !== -1 && i < position; i = text.indexOf('\n', i + 1)) {
		line++;
		lineStart = i + 1;
	}
	return { line, column: position - lineStart + 1 };
}
