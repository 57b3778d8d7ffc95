import { describe, expect, test } from 'vitest';
import { fileKindMessage, sniffFileKind, type FileKind } from './file-sniff';

const bytes = (...parts: (string | number[])[]) =>
	new Uint8Array(
		parts.flatMap((part) =>
			typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : part
		)
	);
const utf16le = (text: string) =>
	bytes(
		[0xff, 0xfe],
		[...text].flatMap((c) => [c.charCodeAt(0), 0])
	);

describe('sniffFileKind', () => {
	test.each<[string, Uint8Array, string, FileKind]>([
		['PNG', bytes([0x89], 'PNG\r\n', [0x1a, 0x0a, 0, 0]), 'a.png', 'png'],
		['GIF', bytes('GIF89a', [1, 0, 1, 0]), 'a.json', 'gif'],
		['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF'), 'a.jpg', 'jpeg'],
		['WebP', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '), 'a.webp', 'webp'],
		['PDF', bytes('%PDF-1.7\n%'), 'report.pdf', 'pdf'],
		['gzip', bytes([0x1f, 0x8b, 8, 0, 0, 0]), 'backup.json.gz', 'gzip'],
		['ZIP', bytes('PK', [3, 4, 20, 0], 'data/file.txt'), 'a.zip', 'zip'],
		['Word', bytes('PK', [3, 4, 20, 0], '[Content_Types].xml word/document.xml'), 'x', 'docx'],
		['Excel', bytes('PK', [3, 4, 20, 0], '[Content_Types].xml'), 'plan.xlsx', 'xlsx'],
		['UTF-16 with BOM', utf16le('{"format"'), 'a.json', 'utf16'],
		['UTF-16 big-endian BOM', bytes([0xfe, 0xff, 0, 0x7b]), 'a.json', 'utf16'],
		[
			'UTF-16 without BOM',
			bytes([...'{"format": 1}'].flatMap((c) => [c.charCodeAt(0), 0])),
			'a.json',
			'utf16'
		],
		[
			'items CSV',
			bytes('Element,Item id,Statement,Score (0-4),Status\r\n'),
			'items.csv',
			'csv-items'
		],
		[
			'plan CSV with BOM',
			bytes([0xef, 0xbb, 0xbf], 'Horizon,Action,Description,Level\r\n'),
			'p.csv',
			'csv-plan'
		],
		['other binary', bytes([1, 2, 3, 4, 0, 5, 6, 7, 200, 201]), 'a.bin', 'binary'],
		['JSON', bytes('{\n\t"format": "sts-workbook"'), 'a.json', 'text'],
		['UTF-8 JSON with BOM', bytes([0xef, 0xbb, 0xbf], '{"a": "Zoë"}'), 'a.json', 'text']
	])('%s', (_label, head, name, kind) => {
		expect(sniffFileKind(head, name)).toBe(kind);
	});
});

describe('fileKindMessage', () => {
	test.each<[FileKind, string | undefined]>([
		[
			'pdf',
			'This is a PDF file, not a workbook file. Choose the .json file made by “Back up everything” or “Export”.'
		],
		[
			'gif',
			'This is a GIF image, not a workbook file. Choose the .json file made by “Back up everything” or “Export”.'
		],
		[
			'gzip',
			'This is a compressed (gzip) file, not a workbook file. Unpack it first, or choose the .json file made by “Back up everything” or “Export”.'
		],
		[
			'utf16',
			'This is a text file saved as UTF-16, not a workbook file. Workbook files are UTF-8: save it again as UTF-8, or choose the .json file made by “Back up everything” or “Export”.'
		],
		[
			'csv-items',
			'This is the items CSV export of an assessment, not a workbook file. A CSV export cannot be read back in. Choose the .json file made by “Back up everything” or “Export”.'
		],
		['text', undefined]
	])('%s', (kind, message) => {
		expect(fileKindMessage(kind)).toBe(message);
	});
});
