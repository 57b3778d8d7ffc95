import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { bigBackupChunks } from '../../../tests/big-backup-generator';
import { readWorkbookBlob, type ReadProgress } from './file-format';
import { FileProblem, WorkbookSplitter, lineAndColumn, type SplitLimits } from './file-stream';

const limits: SplitLimits = {
	maxDepth: 8,
	maxAssessments: 3,
	maxEntries: 5,
	maxBundleChars: 100,
	maxHeaderChars: 200
};

function split(chunks: string[], custom = limits) {
	const bundles: { text: string; index: number; line: number }[] = [];
	const starts: string[] = [];
	const splitter = new WorkbookSplitter(custom, {
		listStart: (header) => starts.push(header),
		bundle: (text, index, line) => bundles.push({ text, index, line })
	});
	for (const chunk of chunks) splitter.push(chunk);
	return { header: splitter.finish(), bundles, starts };
}

function problem(text: string, custom = limits): string {
	try {
		split([text], custom);
	} catch (error) {
		if (error instanceof FileProblem) return error.message;
		throw error;
	}
	return 'no problem';
}

const TEXT = `{"format":"sts-workbook","a\\"ssessments":[1],"assessments":[\n{"x":"a,]}\\"\\\\"},\n{"y":[1,2]} ,\n"z"\n],"version":2}`;

describe('WorkbookSplitter', () => {
	test('splits the header from each assessment, whatever the layout', () => {
		const { header, bundles, starts } = split([TEXT]);
		expect(header).toBe(
			'{"format":"sts-workbook","a\\"ssessments":[1],"assessments":[],"version":2}'
		);
		expect(bundles).toEqual([
			{ text: '{"x":"a,]}\\"\\\\"}', index: 0, line: 2 },
			{ text: '{"y":[1,2]}', index: 1, line: 3 },
			{ text: '"z"', index: 2, line: 4 }
		]);
		expect(starts).toEqual(['{"format":"sts-workbook","a\\"ssessments":[1],"assessments":[']);
	});

	test('gives the same pieces however the text is cut into chunks', () => {
		const whole = split([TEXT]);
		fc.assert(
			fc.property(fc.array(fc.nat({ max: TEXT.length }), { maxLength: 12 }), (cuts) => {
				const points = [...new Set(cuts)].sort((a, b) => a - b);
				const chunks = [0, ...points].map((start, i) =>
					TEXT.slice(start, points[i] ?? TEXT.length)
				);
				expect(split(chunks)).toEqual(whole);
			}),
			{ numRuns: 300, seed: 7 }
		);
	});

	test('recognizes the key "assessments" written with escapes', () => {
		expect(split(['{"\\u0061ssessments":[{"a":1}]}']).bundles).toHaveLength(1);
	});

	test.each([
		[
			'too deep',
			'{"a":' + '['.repeat(8) + ']'.repeat(8) + '}',
			'The file is not a workbook file: at line 1 it is nested more than 8 levels deep, far deeper than any workbook file.'
		],
		[
			'a list too long',
			'{"a":[1,2,3,4,5,6]}',
			'The file is not a workbook file: at line 1 a list has more than 5 entries, far more than any workbook file.'
		],
		[
			'too many assessments',
			'{"assessments":[1,2,3,4]}',
			'The file holds more than 3 assessments; the workbook reads at most 3 from one file.'
		],
		[
			'an assessment too large',
			`{"assessments":[1,\n"${'x'.repeat(120)}"]}`,
			'assessments[1] (from line 2) is larger than 0 MB, far larger than any real assessment.'
		],
		[
			'cut off',
			'{"assessments":[{"a":\n1},\n{"b"',
			'The file is not a complete workbook file: it stops in the middle (at line 3), as if it was cut off while it was saved or copied.'
		],
		[
			'a bracket that closes the wrong thing',
			'{"assessments":[\n{"a":1]]}',
			'The file is not a complete workbook file: at line 2 a “]” does not close what is open. It may have been cut off or changed by hand.'
		],
		[
			'text after the end',
			'{}\n{}',
			'The file is not a complete workbook file: at line 2 there is more text after the end of the workbook. It may have been cut off or changed by hand.'
		],
		[
			'a missing entry',
			'{"assessments":[1,,2]}',
			'The file is not a complete workbook file: at line 1 an entry of the list of assessments is missing. It may have been cut off or changed by hand.'
		],
		['empty', '  \n ', 'EMPTY'],
		['not an object', '[1]', 'NOT_OBJECT']
	])('refuses %s', (_label, text, message) => {
		expect(problem(text)).toBe(message);
	});

	test('a deeply nested file is refused by the depth limit, not a stack overflow', () => {
		const depth = 200_000;
		const text = '{"a":' + '['.repeat(depth) + ']'.repeat(depth) + '}';
		expect(problem(text, { ...limits, maxDepth: 32 })).toBe(
			'The file is not a workbook file: at line 1 it is nested more than 32 levels deep, far deeper than any workbook file.'
		);
	});
});

test('lineAndColumn', () => {
	expect(lineAndColumn('ab\ncd\nef', 4, 10)).toEqual({ line: 11, column: 2 });
	expect(lineAndColumn('abc', 0)).toEqual({ line: 1, column: 1 });
});

describe('readWorkbookBlob', () => {
	test('reads a generated backup of 3,000 example-sized assessments, with progress', async () => {
		const parts: string[] = [];
		for (const chunk of bigBackupChunks(3_000)) parts.push(chunk);
		const blob = new Blob(parts);
		const seen: ReadProgress[] = [];
		const started = performance.now();
		const result = await readWorkbookBlob(blob, (p) => seen.push(p));
		const seconds = (performance.now() - started) / 1000;
		console.log(
			`streaming read of 3,000 assessments: ${(blob.size / 1024 / 1024).toFixed(1)} MB in ${seconds.toFixed(1)} s`
		);
		expect(result.ok ? 'ok' : result.message).toBe('ok');
		if (!result.ok) return;
		expect(result.file.assessments).toHaveLength(3_000);
		expect(result.file.assessments[2_999]?.assessment.organization).toBe('Generated agency 3000');
		expect(result.file.assessments[0]?.responses).toHaveLength(27);
		expect(result.file.assessments[0]?.plan).toHaveLength(35);
		expect(result.file.assessments[7]?.plan).toHaveLength(42);
		expect(seen.length).toBeGreaterThan(100);
		expect(seen.at(-1)).toEqual({ done: blob.size, total: blob.size });
	}, 120_000);

	test('names the assessment and the line of a damaged entry in a big backup', async () => {
		const parts: string[] = [];
		for (const chunk of bigBackupChunks(50)) parts.push(chunk);
		parts[31] = parts[31]!.replace('"discuss":', '"discuss"');
		const result = await readWorkbookBlob(new Blob(parts));
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.message).toBe(
			'The file is not a complete workbook file: its text is broken at line 32 (in assessments[30]). It may have been cut off or changed by hand.'
		);
	});

	test('refuses a file that is not UTF-8', async () => {
		const result = await readWorkbookBlob(
			new Blob(['{"format": "', new Uint8Array([0xc3, 0x28]), '"}'])
		);
		expect(result).toEqual({
			ok: false,
			message:
				'This is not a workbook file: it is not UTF-8 text. Choose the .json file made by “Back up everything” or “Export”.'
		});
	});
});
