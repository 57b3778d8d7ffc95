import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
	FILE_VERSION,
	MAX_TEXT_BYTES,
	formatPath,
	readWorkbookFile,
	serializeWorkbookFile,
	toWorkbookFile,
	withFreshIds,
	type WorkbookFile
} from './file-format';

// The tests below corrupt a real file in arbitrary ways, so its shape is deliberately untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyJson = any;

const v1Text = readFileSync('src/lib/domain/fixtures/workbook-v1.json', 'utf8');

function validFile(): WorkbookFile {
	const result = readWorkbookFile(v1Text);
	if (!result.ok) throw new Error(result.message);
	return result.file;
}

describe('readWorkbookFile', () => {
	test('a stored version 1 file is upgraded to the current version', () => {
		const result = readWorkbookFile(v1Text);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.upgradedFrom).toBe(1);
		expect(result.file.version).toBe(FILE_VERSION);
		expect(result.file.generator.appVersion).toBe('unknown (version 1 file)');
		expect(result.file.assessments[0]?.assessment.organization).toBe(
			'Maple Hollow Child & Family Services (example)'
		);
		expect(result.file.assessments[0]?.responses).toHaveLength(27);
	});

	test('a stored version 2 file (before "not now") reads as it is, at the current version', () => {
		const v2Text = readFileSync('src/lib/domain/fixtures/workbook-v2.json', 'utf8');
		const result = readWorkbookFile(v2Text);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.upgradedFrom).toBe(2);
		expect(result.file.version).toBe(3);
		expect(result.file.generator.appVersion).toBe('0.1.0');
		const v1 = readWorkbookFile(v1Text);
		expect(v1.ok && v1.file.assessments).toEqual(result.file.assessments);
	});

	test('export then read gives back an equal file', () => {
		const file = validFile();
		const again = toWorkbookFile(
			file.assessments,
			'backup',
			new Date('2026-04-01T00:00:00Z'),
			'0.1.0'
		);
		const result = readWorkbookFile(JSON.stringify(again));
		expect(result).toEqual({ ok: true, file: again });
	});

	const mutate = (change: (file: AnyJson) => void) => {
		const file = JSON.parse(v1Text);
		change(file);
		return readWorkbookFile(JSON.stringify(file));
	};

	const other = '00000000-0000-4000-8000-000000000000';
	test.each<[string, (file: AnyJson) => void, string]>([
		[
			'score out of range',
			(f) => (f.assessments[0].responses[3].answer = { kind: 'score', value: 7 }),
			'The file does not match the workbook format: assessments[0].responses[3].answer.value: not valid here (an answer is a score 0-4, "dont-know", or "not-applicable" with a reason).'
		],
		[
			'wrong version',
			(f) => (f.version = 99),
			'The file was made by a newer version of the workbook (file version 99; this one reads up to 3). Update the workbook and try again.'
		],
		['no version', (f) => delete f.version, 'The file has no valid "version".'],
		[
			'wrong format',
			(f) => (f.format = 'something-else'),
			'This is not a workbook file (its "format" is missing or different). Choose the .json file made by “Back up everything” or “Export”.'
		],
		[
			'bad date',
			(f) => (f.assessments[0].assessment.date = '2026-02-30'),
			'The file does not match the workbook format: assessments[0].assessment.date: This date does not exist..'
		],
		[
			'a missing field',
			(f) => delete f.assessments[0].responses[2].notes,
			'The file does not match the workbook format: assessments[0].responses[2].notes: missing.'
		],
		[
			'a bad id',
			(f) => (f.assessments[0].responses[2].id = 'abc'),
			'The file does not match the workbook format: assessments[0].responses[2].id: not a valid id.'
		],
		[
			'response of another assessment',
			(f) => (f.assessments[0].responses[0].assessmentId = other),
			'The file does not hold together: assessments[0].responses[0] belongs to another assessment (its assessmentId differs).'
		],
		[
			'a response to a set not in the file',
			(f) => (f.assessments[0].responses[4].responseSetId = other),
			'The file does not hold together: assessments[0].responses[4] points to a response set that is not in the file.'
		],
		[
			'an item answered twice in one set',
			(f) => (f.assessments[0].responses[5].itemId = f.assessments[0].responses[2].itemId),
			'The file does not hold together: assessments[0].responses[5] answers item "item.rest-nutrition-exercise" a second time in the same set (first in responses[2]).'
		],
		[
			'two roster members with one id',
			(f) => (f.assessments[0].assessment.roster[3].id = f.assessments[0].assessment.roster[1].id),
			'The file does not hold together: assessments[0].assessment.roster[3] has the same id as roster[1]; every task force member needs an id of their own.'
		],
		[
			'two consensus sets',
			(f) =>
				f.assessments[0].responseSets.push({
					...f.assessments[0].responseSets[0],
					id: '00000000-0000-4000-8000-000000000001'
				}),
			'The file does not hold together: assessments[0].responseSets has 2 consensus sets; an assessment has exactly one.'
		],
		[
			'no consensus set',
			(f) => (f.assessments[0].responseSets[0].kind = 'rater'),
			'The file does not hold together: assessments[0].responseSets has no consensus set; an assessment has exactly one.'
		],
		[
			'the same assessment twice',
			(f) => f.assessments.push(f.assessments[0]),
			'The file holds the same assessment twice: assessments[1] has the id of assessments[0].'
		],
		[
			'a record id used twice',
			(f) => (f.assessments[0].responses[9].id = f.assessments[0].responses[8].id),
			'The file uses the same record id twice: assessments[0].responses[9] has the id of another record in assessments[0].'
		],
		[
			'__proto__ as a risk factor id',
			(f) => (f.assessments[0].assessment.riskProfile = JSON.parse('{"__proto__": "high"}')),
			'The file contains a forbidden key "__proto__" (in assessments[0]).'
		],
		['no assessments', (f) => (f.assessments = []), 'The file holds no assessments.'],
		[
			'too many responses',
			(f) =>
				(f.assessments[0].responses = Array.from({ length: 10_001 }, () => ({
					...f.assessments[0].responses[0]
				}))),
			'The file is not a workbook file: at line 1 a list has more than 10,000 entries, far more than any workbook file.'
		]
	])('refuses %s with a message saying where', (_label, change, expected) => {
		expect(mutate(change)).toEqual({ ok: false, message: expected });
	});

	const choose = 'Choose the .json file made by “Back up everything” or “Export”.';
	test.each([
		[
			'cut off',
			'{"format": "sts-workbook",\n"version": 2, "assess',
			'The file is not a complete workbook file: it stops in the middle (at line 2), as if it was cut off while it was saved or copied.'
		],
		[
			'broken inside',
			'{"format": "sts-workbook",\n  "version" 2}',
			'The file is not a complete workbook file: its text is broken at line 2, character 13. It may have been cut off or changed by hand.'
		],
		[
			'an array',
			'[]',
			`This is not a workbook file: it does not hold a workbook's contents. ${choose}`
		],
		[
			'null',
			'null',
			`This is not a workbook file: it does not hold a workbook's contents. ${choose}`
		],
		['empty', '', `The file is empty. ${choose}`],
		[
			'a GIF read as text',
			'GIF89a\u0001\u0000',
			`This is a GIF image, not a workbook file. ${choose}`
		],
		['a PDF read as text', '%PDF-1.7\n', `This is a PDF file, not a workbook file. ${choose}`],
		[
			'valid JSON nested 10,000 deep',
			'{"format":"sts-workbook","x":' + '['.repeat(10_000) + ']'.repeat(10_000) + '}',
			'The file is not a workbook file: at line 1 it is nested more than 32 levels deep, far deeper than any workbook file.'
		],
		[
			'a list of 100,000 entries',
			`{"format":"sts-workbook","version":2,"x":[${'1,'.repeat(99_999)}1]}`,
			'The file is not a workbook file: at line 1 a list has more than 10,000 entries, far more than any workbook file.'
		],
		[
			'20,001 assessments',
			`{"assessments":[${'{},'.repeat(20_000)}{}],"format":"sts-workbook","version":2}`,
			'The file holds more than 20,000 assessments; the workbook reads at most 20,000 from one file.'
		]
	])('refuses %s in plain words', (_label, text, message) => {
		expect(readWorkbookFile(text)).toEqual({ ok: false, message });
	});

	test('refuses a file over the size limit before reading it', () => {
		const result = readWorkbookFile('{}', MAX_TEXT_BYTES + 1);
		expect(result).toEqual({
			ok: false,
			message: 'The file is too large to read in one piece (64.0 MB; at most 64 MB).'
		});
	});

	test('reads a hand-edited file whose header comes after the assessments', () => {
		const { assessments, ...header } = validFile();
		const text = JSON.stringify({ assessments, ...header }, null, 2);
		expect(readWorkbookFile(text)).toEqual({ ok: true, file: validFile() });
	});
});

describe('serializeWorkbookFile', () => {
	test('one header line, one assessment per line, a closing line: still valid JSON', () => {
		const bundle = validFile().assessments[0]!;
		const second = withFreshIds(bundle, () => crypto.randomUUID());
		const file = toWorkbookFile([bundle, second], 'backup', new Date('2026-04-01T00:00:00Z'), 'x');
		const text = serializeWorkbookFile(file);
		const lines = text.split('\n');
		expect(lines).toEqual([
			'{"format":"sts-workbook","version":3,"generator":{"app":"STS Workbook","appVersion":"x"},"exportedAt":"2026-04-01T00:00:00.000Z","scope":"backup","assessments":[',
			`${JSON.stringify(bundle)},`,
			JSON.stringify(second),
			']}',
			''
		]);
		expect(JSON.parse(text)).toEqual(file);
		expect(readWorkbookFile(text)).toEqual({ ok: true, file });
	});
});

describe('withFreshIds', () => {
	test('every id is new and every link still holds', () => {
		const bundle = validFile().assessments[0]!;
		let n = 0;
		const copy = withFreshIds(
			bundle,
			() => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`
		);
		const oldIds = new Set([
			bundle.assessment.id,
			...bundle.responseSets.map((s) => s.id),
			...bundle.responses.map((r) => r.id),
			...bundle.plan.map((a) => a.id)
		]);
		const newIds = [
			copy.assessment.id,
			...copy.responseSets.map((s) => s.id),
			...copy.responses.map((r) => r.id),
			...copy.plan.map((a) => a.id)
		];
		expect(newIds.some((id) => oldIds.has(id))).toBe(false);
		expect(new Set(newIds).size).toBe(newIds.length);
		const result = readWorkbookFile(
			JSON.stringify(toWorkbookFile([copy], 'assessment', new Date(), 'x'))
		);
		expect(result.ok).toBe(true);
	});
});

test('formatPath', () => {
	expect(formatPath(['assessments', 0, 'responses', 3, 'answer', 'value'])).toBe(
		'assessments[0].responses[3].answer.value'
	);
	expect(formatPath([])).toBe('');
});
