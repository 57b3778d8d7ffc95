/**
 * What kind of file someone chose, from its first bytes: people pick the PDF report, a photo or a
 * CSV export by mistake, and deserve to hear which file it is rather than a JSON parser's words.
 */

export type FileKind =
	| 'text'
	| 'png'
	| 'gif'
	| 'jpeg'
	| 'webp'
	| 'pdf'
	| 'zip'
	| 'docx'
	| 'xlsx'
	| 'gzip'
	| 'utf16'
	| 'csv-items'
	| 'csv-plan'
	| 'binary';

/** How many leading bytes `sniffFileKind` needs. */
export const SNIFF_BYTES = 1024;

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
	prefix.every((byte, i) => bytes[at + i] === byte);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The first line of our own CSV exports (src/lib/report/csv.ts). */
const CSV_ITEMS_HEADER = 'Element,Item id,Statement,';
const CSV_PLAN_HEADER = 'Horizon,Action,Description,';

/**
 * The kind of a file from its first bytes (and its name, which tells a Word or Excel file from
 * another ZIP archive). "text" means: possibly a workbook file, go on reading it.
 */
export function sniffFileKind(head: Uint8Array, name = ''): FileKind {
	if (startsWith(head, [0x89, 0x50, 0x4e, 0x47])) return 'png';
	if (startsWith(head, ascii('GIF8'))) return 'gif';
	if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpeg';
	if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)) return 'webp';
	if (startsWith(head, ascii('%PDF'))) return 'pdf';
	if (startsWith(head, [0x1f, 0x8b])) return 'gzip';
	if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) {
		const lower = name.toLowerCase();
		const entries = new TextDecoder('latin1').decode(head.subarray(0, SNIFF_BYTES));
		if (lower.endsWith('.docx') || entries.includes('word/')) return 'docx';
		if (lower.endsWith('.xlsx') || entries.includes('xl/')) return 'xlsx';
		return 'zip';
	}
	if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff])) return 'utf16';
	const sample = head.subarray(0, Math.min(head.length, SNIFF_BYTES));
	// UTF-16 without a byte order mark: ASCII text with a NUL byte after (or before) each letter.
	let nulEven = 0;
	let nulOdd = 0;
	let control = 0;
	for (let i = 0; i < sample.length; i++) {
		const byte = sample[i]!;
		if (byte === 0) {
			if (i % 2 === 0) nulEven++;
			else nulOdd++;
		} else if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) control++;
	}
	const pairs = Math.floor(sample.length / 2);
	if (pairs >= 2 && (nulOdd >= pairs * 0.4 || nulEven >= pairs * 0.4)) return 'utf16';
	if (nulEven + nulOdd > 0 || control > sample.length * 0.05) return 'binary';
	let start = 0;
	if (startsWith(sample, [0xef, 0xbb, 0xbf])) start = 3;
	const firstLine = new TextDecoder().decode(sample.subarray(start, start + 200));
	if (firstLine.startsWith(CSV_ITEMS_HEADER)) return 'csv-items';
	if (firstLine.startsWith(CSV_PLAN_HEADER)) return 'csv-plan';
	return 'text';
}

export const CHOOSE_WORKBOOK_FILE =
	'Choose the .json file made by “Back up everything” or “Export”.';

const names: Record<Exclude<FileKind, 'text'>, string> = {
	png: 'This is a PNG image',
	gif: 'This is a GIF image',
	jpeg: 'This is a JPEG image',
	webp: 'This is a WebP image',
	pdf: 'This is a PDF file',
	zip: 'This is a ZIP archive',
	docx: 'This is a Word document',
	xlsx: 'This is an Excel workbook',
	gzip: 'This is a compressed (gzip) file',
	utf16: 'This is a text file saved as UTF-16',
	'csv-items': 'This is the items CSV export of an assessment',
	'csv-plan': 'This is the plan CSV export of an assessment',
	binary: 'This is not a text file'
};

/** The plain-words refusal for a file that is not a workbook file, or undefined for text. */
export function fileKindMessage(kind: FileKind): string | undefined {
	if (kind === 'text') return undefined;
	const what = `${names[kind]}, not a workbook file.`;
	if (kind === 'gzip') return `${what} Unpack it first, or ${lowerFirst(CHOOSE_WORKBOOK_FILE)}`;
	if (kind === 'utf16') {
		return `${what} Workbook files are UTF-8: save it again as UTF-8, or ${lowerFirst(CHOOSE_WORKBOOK_FILE)}`;
	}
	if (kind === 'csv-items' || kind === 'csv-plan') {
		return `${what} A CSV export cannot be read back in. ${CHOOSE_WORKBOOK_FILE}`;
	}
	return `${what} ${CHOOSE_WORKBOOK_FILE}`;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
