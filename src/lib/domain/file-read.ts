/**
 * Reading untrusted workbook files. A file is hostile until the schemas say otherwise: the
 * readers check the kind of file, its structure (depth, list lengths, sizes), its JSON, its
 * version (upgrading older ones), its shape and its links, and say in plain words what is wrong
 * and where. `readWorkbookBlob` reads any layout as a stream, assessment by assessment, so a
 * backup of any size restores; `readWorkbookFile` reads a text in memory.
 */
import { bundleIntegrityProblems } from './bundle-links';
import { isRecord, parseOrThrow, type JsonValue } from './file-json';
import { refusal, schemaProblem } from './file-problems';
import {
	AssessmentBundle,
	FILE_LIMITS,
	FILE_VERSION,
	MAX_TEXT_BYTES,
	WorkbookHeader,
	type WorkbookFile
} from './file-schema';
import { CHOOSE_WORKBOOK_FILE, SNIFF_BYTES, fileKindMessage, sniffFileKind } from './file-sniff';
import { FileProblem, WorkbookSplitter } from './file-stream';
import { checkVersion, upgradeBundle, upgradeHeader } from './file-upgrade';

export type ReadResult =
	{ ok: true; file: WorkbookFile; upgradedFrom?: number } | { ok: false; message: string };

export interface ReadProgress {
	/** Bytes read so far. */
	done: number;
	/** Bytes in the file. */
	total: number;
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
	private readonly waiting: { data: JsonValue; index: number }[] = [];
	private readonly bundles: AssessmentBundle[] = [];
	private readonly assessmentIds = new Map<string, number>();
	private readonly recordIds = new Map<string, number>();

	constructor() {
		this.splitter = new WorkbookSplitter(FILE_LIMITS, {
			listStart: (headerSoFar) => {
				let record: JsonValue;
				try {
					record = JSON.parse(`${headerSoFar}]}`) as JsonValue;
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
		const version = checkVersion(parsed);
		if (this.version !== undefined && this.version !== version) {
			throw new FileProblem('The file has no valid "version".');
		}
		const record = upgradeHeader(parsed, version);
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
	private check(raw: JsonValue, index: number, version: number): AssessmentBundle {
		const data = upgradeBundle(raw, version);
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

const COULD_NOT_READ =
	'The file could not be read from the disk (it may have been moved or changed while it was read). Choose it again.';

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

function decode(decoder: TextDecoder, bytes?: Uint8Array): string {
	try {
		return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
	} catch {
		throw new FileProblem(
			`This is not a workbook file: it is not UTF-8 text. ${CHOOSE_WORKBOOK_FILE}`
		);
	}
}
