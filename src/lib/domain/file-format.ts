/**
 * The versioned file format for exports and backups. A file is hostile until these schemas say
 * otherwise: the readers check the kind of file, its structure (depth, list lengths, sizes), its
 * JSON, its version (upgrading older ones), its shape and its links, and say in plain words what
 * is wrong and where. Nothing here touches the database.
 *
 * Backups are written in a line layout that is still one JSON document of the same version: a
 * first line with the header fields ending in `"assessments":[`, then one assessment per line
 * (separated by ",\n"), then `]}`. `readWorkbookBlob` reads any layout as a stream, assessment
 * by assessment, so a backup of any size restores; `readWorkbookFile` reads a text in memory.
 */
import { z } from 'zod/mini';
import { Assessment, PlanAction, Response, ResponseSet } from './assessment';
import { CHOOSE_WORKBOOK_FILE, SNIFF_BYTES, fileKindMessage, sniffFileKind } from './file-sniff';
import { FileProblem, WorkbookSplitter, lineAndColumn, type SplitLimits } from './file-stream';

export const FILE_FORMAT = 'sts-workbook';
/**
 * Version history:
 * 1: assessments with response sets, responses and plan.
 * 2: adds `generator` (which app and version wrote the file), for support questions.
 * Bump when the shape changes, and add an upgrade step below.
 */
export const FILE_VERSION = 2;

/**
 * The limits protect against hostile files, not against our own backups (a backup of 5,000
 * example-sized assessments is about 250 MB and is read as a stream).
 * `readWorkbookFile` holds the whole text in memory, so it has a size limit of its own.
 */
export const MAX_TEXT_BYTES = 64 * 1024 * 1024;
export const MAX_ASSESSMENTS = 20_000;
export const MAX_RESPONSE_SETS = 200;
export const MAX_RESPONSES = 10_000;
export const MAX_PLAN_ACTIONS = 2_000;
export const MAX_DEPTH = 32;
export const FILE_LIMITS: SplitLimits = {
	maxDepth: MAX_DEPTH,
	maxAssessments: MAX_ASSESSMENTS,
	/** Any other list or object: the longest real one is the responses of a large workshop. */
	maxEntries: MAX_RESPONSES,
	maxBundleChars: 32 * 1024 * 1024,
	maxHeaderChars: 1024 * 1024
};

/** Everything that belongs to one assessment. */
export const AssessmentBundle = z.object({
	assessment: Assessment,
	responseSets: z.array(ResponseSet).check(z.maxLength(MAX_RESPONSE_SETS)),
	responses: z.array(Response).check(z.maxLength(MAX_RESPONSES)),
	plan: z.array(PlanAction).check(z.maxLength(MAX_PLAN_ACTIONS))
});
export type AssessmentBundle = z.infer<typeof AssessmentBundle>;

const headerShape = {
	format: z.literal(FILE_FORMAT),
	version: z.literal(FILE_VERSION),
	generator: z.object({ app: z.string(), appVersion: z.string() }),
	exportedAt: z.iso.datetime({ offset: true }),
	/** "assessment" for one, "backup" for everything on this device. */
	scope: z.enum(['assessment', 'backup'])
};
/** The file without its assessments: what the first line of a backup holds. */
export const WorkbookHeader = z.object(headerShape);
export type WorkbookHeader = z.infer<typeof WorkbookHeader>;

export const WorkbookFile = z.object({
	...headerShape,
	assessments: z.array(AssessmentBundle).check(z.maxLength(MAX_ASSESSMENTS))
});
export type WorkbookFile = z.infer<typeof WorkbookFile>;

export const APP_NAME = 'STS Workbook';

export function toWorkbookFile(
	bundles: AssessmentBundle[],
	scope: WorkbookFile['scope'],
	now: Date,
	appVersion: string
): WorkbookFile {
	return {
		format: FILE_FORMAT,
		version: FILE_VERSION,
		generator: { app: APP_NAME, appVersion },
		exportedAt: now.toISOString(),
		scope,
		assessments: bundles
	};
}

/**
 * The backup layout, piece by piece (so a huge backup is never one string): the header line
 * ending in `"assessments":[`, one assessment per line, then `]}`. Valid JSON of FILE_VERSION.
 */
export function* workbookFileChunks(file: WorkbookFile): Generator<string> {
	const { assessments, ...header } = file;
	const head = JSON.stringify({ ...header, assessments: [] });
	yield `${head.slice(0, -'[]}'.length)}[\n`;
	const last = assessments.length - 1;
	for (const [index, bundle] of assessments.entries()) {
		yield `${JSON.stringify(bundle)}${index < last ? ',' : ''}\n`;
	}
	yield ']}\n';
}

/** The backup layout as one string (for small files and tests). */
export function serializeWorkbookFile(file: WorkbookFile): string {
	let text = '';
	for (const chunk of workbookFileChunks(file)) text += chunk;
	return text;
}

/**
 * Links inside a bundle must agree with each other, because the screens rely on them: every
 * child belongs to the bundle's assessment, every response to one of its sets, no item is
 * answered twice in a set, roster members and records have ids of their own, and there is
 * exactly one consensus set. Each problem starts with where it is, relative to the bundle.
 */
export function bundleIntegrityProblems(bundle: AssessmentBundle): string[] {
	const problems: string[] = [];
	const id = bundle.assessment.id;
	const rosterIds = new Map<string, number>();
	bundle.assessment.roster.forEach((member, i) => {
		const first = rosterIds.get(member.id);
		if (first !== undefined) {
			problems.push(
				`assessment.roster[${i}] has the same id as roster[${first}]; every task force member needs an id of their own.`
			);
		} else rosterIds.set(member.id, i);
	});
	const setIds = new Set<string>();
	bundle.responseSets.forEach((s, i) => {
		if (s.assessmentId !== id) {
			problems.push(`responseSets[${i}] belongs to another assessment (its assessmentId differs).`);
		}
		setIds.add(s.id);
	});
	const answered = new Map<string, number>();
	bundle.responses.forEach((r, i) => {
		if (r.assessmentId !== id) {
			problems.push(`responses[${i}] belongs to another assessment (its assessmentId differs).`);
		}
		if (!setIds.has(r.responseSetId)) {
			problems.push(`responses[${i}] points to a response set that is not in the file.`);
		}
		const key = `${r.responseSetId}|${r.itemId}`;
		const first = answered.get(key);
		if (first !== undefined) {
			problems.push(
				`responses[${i}] answers item "${r.itemId}" a second time in the same set (first in responses[${first}]).`
			);
		} else answered.set(key, i);
	});
	bundle.plan.forEach((a, i) => {
		if (a.assessmentId !== id) {
			problems.push(`plan[${i}] belongs to another assessment (its assessmentId differs).`);
		}
	});
	const consensus = bundle.responseSets.filter((s) => s.kind === 'consensus').length;
	if (consensus !== 1) {
		problems.push(
			`responseSets has ${consensus === 0 ? 'no consensus set' : `${consensus} consensus sets`}; an assessment has exactly one.`
		);
	}
	return problems;
}

type JsonRecord = Record<string, unknown>;

interface Upgrade {
	/** Turns a version-n file (its header fields) into version n+1. */
	file: (file: JsonRecord) => JsonRecord;
	/** Turns one version-n assessment bundle into version n+1, when bundles changed. */
	bundle?: (bundle: unknown) => unknown;
}

/** upgrades[n] turns a version-n file into version n+1. */
const upgrades: Record<number, Upgrade> = {
	1: {
		file: (file) => ({
			...file,
			version: 2,
			generator: { app: APP_NAME, appVersion: 'unknown (version 1 file)' }
		})
	}
};

export type ReadResult =
	{ ok: true; file: WorkbookFile; upgradedFrom?: number } | { ok: false; message: string };

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

function schemaProblem(
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

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Only texts that could hold a forbidden key pay for the reviver. */
const MAY_HOLD_FORBIDDEN_KEY = /"(?:__proto__|constructor|prototype)"|\\u/;

class ForbiddenKeyError extends Error {
	constructor(readonly key: string) {
		super(`Forbidden key ${key}`);
	}
}

const reviver = (key: string, value: unknown) => {
	// Keys that could reach object prototypes have no place in a workbook file.
	if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKeyError(key);
	return value;
};

/** JSON.parse of a piece whose depth the splitter already checked; errors in plain words. */
function parsePiece(text: string, firstLine: number, where: string): unknown {
	try {
		return MAY_HOLD_FORBIDDEN_KEY.test(text) ? JSON.parse(text, reviver) : JSON.parse(text);
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

function parseOrThrow(text: string, firstLine: number, where: string): unknown {
	const value = parsePiece(text, firstLine, where);
	if (value instanceof FileProblem) throw value;
	return value;
}

const isRecord = (value: unknown): value is JsonRecord =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

const NOT_A_WORKBOOK = `This is not a workbook file (its "format" is missing or different). ${CHOOSE_WORKBOOK_FILE}`;

/** The file's version after checking format and version; throws a FileProblem. */
function checkVersion(record: JsonRecord): number {
	if (record.format !== FILE_FORMAT) throw new FileProblem(NOT_A_WORKBOOK);
	const version = record.version;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		throw new FileProblem('The file has no valid "version".');
	}
	if (version > FILE_VERSION) {
		throw new FileProblem(
			`The file was made by a newer version of the workbook (file version ${version}; this one reads up to ${FILE_VERSION}). Update the workbook and try again.`
		);
	}
	for (let v = version; v < FILE_VERSION; v++) {
		if (!upgrades[v]) throw new FileProblem(`Files of version ${v} can no longer be read.`);
	}
	return version;
}

/**
 * One reading of a file: the splitter feeds it each assessment as soon as it is complete, and
 * each is parsed and checked at once (once the header's version is known), so only checked
 * bundles are kept.
 */
class WorkbookReading {
	private readonly splitter: WorkbookSplitter;
	private version: number | undefined;
	/** Assessments that arrived before the header said its version (hand-edited key order). */
	private readonly waiting: { data: unknown; index: number }[] = [];
	private readonly bundles: AssessmentBundle[] = [];
	private readonly assessmentIds = new Map<string, number>();
	private readonly recordIds = new Map<string, number>();

	constructor() {
		this.splitter = new WorkbookSplitter(FILE_LIMITS, {
			listStart: (headerSoFar) => {
				let record: unknown;
				try {
					record = JSON.parse(`${headerSoFar}]}`);
				} catch {
					return; // checked completely at the end
				}
				if (isRecord(record) && 'format' in record) this.version = checkVersion(record);
			},
			bundle: (text, index, line) => {
				const data = parseOrThrow(text, line, ` (in assessments[${index}])`);
				if (this.version === undefined) this.waiting.push({ data, index });
				else this.bundles.push(this.check(data, index, this.version));
			}
		});
	}

	push(text: string) {
		this.splitter.push(text);
	}

	finish(): ReadResult {
		const headerText = this.splitter.finish();
		const parsed = parseOrThrow(headerText, 1, '');
		if (!isRecord(parsed)) throw new FileProblem('NOT_OBJECT');
		let record = parsed;
		const version = checkVersion(record);
		if (this.version !== undefined && this.version !== version) {
			throw new FileProblem('The file has no valid "version".');
		}
		for (let v = version; v < FILE_VERSION; v++) record = upgrades[v]!.file(record);
		const header = WorkbookHeader.safeParse(record);
		if (!header.success) throw schemaProblem(header.error.issues, '', record);
		for (const { data, index } of this.waiting)
			this.bundles[index] = this.check(data, index, version);
		this.waiting.length = 0;
		if (this.bundles.length === 0) throw new FileProblem('The file holds no assessments.');
		const file: WorkbookFile = { ...header.data, assessments: this.bundles };
		return version < FILE_VERSION ? { ok: true, file, upgradedFrom: version } : { ok: true, file };
	}

	/** Checks one assessment: shape, links inside it, and ids unique across the file. */
	private check(data: unknown, index: number, version: number): AssessmentBundle {
		for (let v = version; v < FILE_VERSION; v++) data = upgrades[v]!.bundle?.(data) ?? data;
		const where = `assessments[${index}]`;
		const parsed = AssessmentBundle.safeParse(data);
		if (!parsed.success) throw schemaProblem(parsed.error.issues, where, data);
		const bundle = parsed.data;
		const problems = bundleIntegrityProblems(bundle);
		if (problems.length > 0) {
			const more = problems.length > 1 ? ` (and ${problems.length - 1} more problems)` : '';
			throw new FileProblem(`The file does not hold together: ${where}.${problems[0]}${more}`);
		}
		const id = bundle.assessment.id;
		const same = this.assessmentIds.get(id);
		if (same !== undefined) {
			throw new FileProblem(
				`The file holds the same assessment twice: ${where} has the id of assessments[${same}].`
			);
		}
		this.assessmentIds.set(id, index);
		const tables = [
			['responseSets', bundle.responseSets],
			['responses', bundle.responses],
			['plan', bundle.plan]
		] as const;
		for (const [name, records] of tables) {
			for (const [i, record] of records.entries()) {
				const first = this.recordIds.get(record.id);
				if (first !== undefined) {
					throw new FileProblem(
						`The file uses the same record id twice: ${where}.${name}[${i}] has the id of another record in assessments[${first}].`
					);
				}
				this.recordIds.set(record.id, index);
			}
		}
		return bundle;
	}
}

const READ_FAILED =
	'The file could not be read: it is too large or too complex for this browser. Nothing in it was used.';

/** A refusal in plain words for anything thrown while reading. */
function refusal(error: unknown): { ok: false; message: string } {
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

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/**
 * Reads an untrusted file's text held in memory (small or hand-edited files of any layout).
 * Never throws; a failure says what is wrong and where.
 */
export function readWorkbookFile(text: string, byteSize = text.length): ReadResult {
	if (byteSize > MAX_TEXT_BYTES) {
		return {
			ok: false,
			message: `The file is too large to read in one piece (${megabytes(byteSize)} MB; at most ${MAX_TEXT_BYTES / 1024 / 1024} MB).`
		};
	}
	const kind = fileKindMessage(sniffFileKind(new TextEncoder().encode(text.slice(0, SNIFF_BYTES))));
	if (kind) return { ok: false, message: kind };
	try {
		const reading = new WorkbookReading();
		reading.push(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
		return reading.finish();
	} catch (error) {
		return refusal(error);
	}
}

export interface ReadProgress {
	/** Bytes read so far. */
	done: number;
	/** Bytes in the file. */
	total: number;
}

/**
 * Reads an untrusted file as a stream, checking each assessment as it arrives: a backup of any
 * size restores, and a file larger than a JavaScript string can hold is never made into one.
 * Never throws; a failure says what is wrong and where.
 */
export async function readWorkbookBlob(
	blob: Blob,
	onProgress?: (progress: ReadProgress) => void
): Promise<ReadResult> {
	let head: Uint8Array;
	try {
		head = new Uint8Array(await blob.slice(0, SNIFF_BYTES).arrayBuffer());
	} catch {
		return { ok: false, message: COULD_NOT_READ };
	}
	const name = 'name' in blob && typeof blob.name === 'string' ? blob.name : '';
	const kind = fileKindMessage(sniffFileKind(head, name));
	if (kind) return { ok: false, message: kind };

	const reading = new WorkbookReading();
	const decoder = new TextDecoder('utf-8', { fatal: true });
	const reader = blob.stream().getReader();
	let done = 0;
	try {
		for (;;) {
			let chunk: ReadableStreamReadResult<Uint8Array>;
			try {
				chunk = await reader.read();
			} catch {
				return { ok: false, message: COULD_NOT_READ };
			}
			if (chunk.done) break;
			reading.push(decode(decoder, chunk.value));
			done += chunk.value.byteLength;
			onProgress?.({ done, total: blob.size });
		}
		reading.push(decode(decoder));
		return reading.finish();
	} catch (error) {
		reader.cancel().catch(() => undefined);
		return refusal(error);
	}
}

const COULD_NOT_READ =
	'The file could not be read from the disk (it may have been moved or changed while it was read). Choose it again.';

function decode(decoder: TextDecoder, bytes?: Uint8Array): string {
	try {
		return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
	} catch {
		throw new FileProblem(
			`This is not a workbook file: it is not UTF-8 text. ${CHOOSE_WORKBOOK_FILE}`
		);
	}
}

/**
 * A copy of a bundle with fresh ids everywhere (links kept), so a file can be imported as a new
 * assessment next to the one it came from. With `keepAssessmentId`, only the records inside get
 * new ids (their ids were taken on this device by another assessment).
 */
export function withFreshIds(
	bundle: AssessmentBundle,
	newId: () => string,
	keepAssessmentId = false
): AssessmentBundle {
	const assessmentId = keepAssessmentId ? bundle.assessment.id : newId();
	const setIds = new Map(bundle.responseSets.map((s) => [s.id, newId()]));
	return {
		assessment: { ...bundle.assessment, id: assessmentId },
		responseSets: bundle.responseSets.map((s) => ({
			...s,
			id: setIds.get(s.id)!,
			assessmentId
		})),
		responses: bundle.responses.map((r) => ({
			...r,
			id: newId(),
			assessmentId,
			responseSetId: setIds.get(r.responseSetId)!
		})),
		plan: bundle.plan.map((a) => ({ ...a, id: newId(), assessmentId }))
	};
}
