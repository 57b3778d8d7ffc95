import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
	FILE_VERSION,
	MAX_FILE_BYTES,
	formatPath,
	readWorkbookFile,
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

	test.each<[string, (file: AnyJson) => void, string]>([
		[
			'score out of range',
			(f) => (f.assessments[0].responses[3].answer = { kind: 'score', value: 7 }),
			'assessments[0].responses[3].answer'
		],
		['wrong version', (f) => (f.version = 99), 'newer version of the workbook'],
		['no version', (f) => delete f.version, 'no valid "version"'],
		['wrong format', (f) => (f.format = 'something-else'), 'not a workbook file'],
		[
			'bad date',
			(f) => (f.assessments[0].assessment.date = '2026-02-30'),
			'assessments[0].assessment.date: This date does not exist.'
		],
		[
			'response of another assessment',
			(f) => (f.assessments[0].responses[0].assessmentId = '00000000-0000-4000-8000-000000000000'),
			'assessments[0]: responses[0] belongs to another assessment.'
		],
		[
			'two consensus sets',
			(f) =>
				f.assessments[0].responseSets.push({
					...f.assessments[0].responseSets[0],
					id: '00000000-0000-4000-8000-000000000001'
				}),
			'Expected one consensus set, found 2.'
		],
		[
			'__proto__ as a risk factor id',
			(f) => (f.assessments[0].assessment.riskProfile = JSON.parse('{"__proto__": "high"}')),
			'forbidden key "__proto__"'
		],
		['no assessments', (f) => (f.assessments = []), 'holds no assessments']
	])('refuses %s with a message saying where', (_label, change, expected) => {
		const result = mutate(change);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toContain(expected);
	});

	test.each([
		['not JSON', '{"format": "sts-workbook",', 'not valid JSON'],
		['an array', '[]', 'holds no object'],
		['null', 'null', 'holds no object'],
		['empty', '', 'not valid JSON']
	])('refuses %s', (_label, text, expected) => {
		const result = readWorkbookFile(text);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toContain(expected);
	});

	test('refuses a file over the size limit before reading it', () => {
		const result = readWorkbookFile('{}', MAX_FILE_BYTES + 1);
		expect(result).toEqual({
			ok: false,
			message: 'The file is too large (20.0 MB). A workbook file is at most 20 MB.'
		});
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
