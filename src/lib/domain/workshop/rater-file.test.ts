import { describe, expect, test } from 'vitest';
import { handInIdFor, roundShortId } from './hand-in-code';
import { mergeHandIns, type HandIn } from './merge';
import {
	MAX_RATER_FILE_BYTES,
	RATER_FILE_MESSAGES,
	raterFile,
	raterFileName,
	readRaterFile
} from './rater-file';

const ROUND = '0f8b6c52-8c1e-4d1a-9a3e-2b7c9d4e5f60';
const ASSESSMENT = 'c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f';
const NOW = new Date('2026-03-12T10:30:00Z');
const round = { id: ROUND, assessmentId: ASSESSMENT, itemIds: ['item2.a', 'item2.b', 'item2.c'] };

const handIn: HandIn = {
	handInId: handInIdFor(ROUND, 123_456),
	roundId: ROUND,
	assessmentId: ASSESSMENT,
	label: 'Zoë Łukasik',
	answers: {
		'item2.a': { kind: 'score', value: 3 },
		'item2.b': { kind: 'dont-know' },
		'item2.c': { kind: 'not-applicable', reason: 'We have no night shift, says Đặng.' }
	},
	notes: { 'item2.a': 'José Núñez runs the peer group on Tuesdays.' },
	origin: 'file',
	submittedAt: '2026-03-12T10:29:00.000Z'
};

/** A file as text, with any field changed or left out (undefined). */
function fileWith(fields: Record<string, unknown>): string {
	const file = JSON.parse(raterFile(handIn, NOW, '1.2.3')) as Record<string, unknown>;
	return JSON.stringify({ ...file, ...fields });
}

describe('raterFile', () => {
	test('writes the format, version, generator, time and the hand-in as given', () => {
		const text = raterFile(handIn, NOW, '1.2.3');
		expect(JSON.parse(text)).toEqual({
			format: 'sts-workbook-rater',
			version: 1,
			generator: { app: 'STS Workbook', appVersion: '1.2.3' },
			exportedAt: '2026-03-12T10:30:00.000Z',
			handIn
		});
		// Names come through exactly (no escaping of letters outside ASCII).
		expect(text).toContain('"label": "Zoë Łukasik"');
		expect(text).toContain('José Núñez runs the peer group on Tuesdays.');
	});

	test('what it writes is read back as the same hand-in, which merges into its round', () => {
		const read = readRaterFile(raterFile(handIn, NOW, '1.2.3'));
		expect(read).toEqual({ ok: true, handIn });
		if (!read.ok) return;
		const merged = mergeHandIns([], [read.handIn], round);
		expect(merged.problems).toEqual([]);
		expect(merged.added).toEqual([handIn]);
	});

	test('a hand-in without notes has none in the file', () => {
		const withoutNotes: HandIn = { ...handIn };
		delete withoutNotes.notes;
		const text = raterFile(withoutNotes, NOW, '1.2.3');
		expect(text).not.toContain('notes');
		expect(text).not.toContain('peer group');
	});
});

describe('raterFileName', () => {
	test('the round and the hand-in, never the rater’s label', () => {
		const short = roundShortId(ROUND);
		// 123,456 is 1e240 in hex: the hand-in's own five digits, after the round's.
		expect(raterFileName(handIn)).toBe(`sts-rater-${short}-1E240.json`);
		// Two raters of one round: two names (their ids share the round's digits).
		const other = { roundId: ROUND, handInId: handInIdFor(ROUND, 654_321) };
		expect(raterFileName(other)).toBe(`sts-rater-${short}-9FBF1.json`);
		const labelled: HandIn = { ...handIn, label: 'Zoë Łukasik' };
		expect(raterFileName(labelled)).not.toContain('Zo');
	});
});

describe('readRaterFile refuses what is not a rater file, saying what to do', () => {
	test.each([
		{ case: 'an empty file', text: '', message: RATER_FILE_MESSAGES.empty },
		{ case: 'white space only', text: ' \n\t', message: RATER_FILE_MESSAGES.empty },
		{ case: 'not JSON', text: 'hello, facilitator', message: RATER_FILE_MESSAGES.notJson },
		{
			case: 'cut short',
			text: raterFile(handIn, NOW, '1').slice(0, 80),
			message: RATER_FILE_MESSAGES.notJson
		},
		{ case: 'JSON but a list', text: '[1,2,3]', message: RATER_FILE_MESSAGES.notJson },
		{ case: 'JSON but null', text: 'null', message: RATER_FILE_MESSAGES.notJson },
		{
			case: 'a workbook file',
			text: JSON.stringify({ format: 'sts-workbook', version: 3, assessments: [] }),
			message: RATER_FILE_MESSAGES.workbookFile
		},
		{
			case: 'another format',
			text: fileWith({ format: 'something-else' }),
			message: RATER_FILE_MESSAGES.otherFormat
		},
		{
			case: 'no format',
			text: fileWith({ format: undefined }),
			message: RATER_FILE_MESSAGES.otherFormat
		},
		{
			case: 'a newer version',
			text: fileWith({ version: 2 }),
			message: RATER_FILE_MESSAGES.newerVersion
		},
		{ case: 'version 0', text: fileWith({ version: 0 }), message: RATER_FILE_MESSAGES.damaged },
		{
			case: 'version as text',
			text: fileWith({ version: '1' }),
			message: RATER_FILE_MESSAGES.damaged
		},
		{
			case: 'no hand-in',
			text: fileWith({ handIn: undefined }),
			message: RATER_FILE_MESSAGES.damaged
		},
		{
			case: 'a hand-in that is a list',
			text: fileWith({ handIn: [] }),
			message: RATER_FILE_MESSAGES.damaged
		},
		{
			case: 'no generator',
			text: fileWith({ generator: undefined }),
			message: RATER_FILE_MESSAGES.damaged
		},
		{
			case: 'a bad time',
			text: fileWith({ exportedAt: 'yesterday' }),
			message: RATER_FILE_MESSAGES.damaged
		}
	])('$case', ({ text, message }) => {
		expect(readRaterFile(text)).toEqual({ ok: false, message });
	});

	test('"__proto__" anywhere in the file is refused, and touches no prototype', () => {
		const top = raterFile(handIn, NOW, '1').replace('{', '{"__proto__":{"polluted":true},');
		const inside = raterFile(handIn, NOW, '1').replace(
			'"answers": {',
			'"answers": {"__proto__":{"kind":"score","value":4},'
		);
		for (const text of [top, inside]) {
			expect(readRaterFile(text)).toEqual({ ok: false, message: RATER_FILE_MESSAGES.hiddenKey });
		}
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	test('a file over 1 MB is refused before it is parsed; one just under is read', () => {
		const text = raterFile(handIn, NOW, '1');
		const bytes = new TextEncoder().encode(text).length;
		const under = text + ' '.repeat(MAX_RATER_FILE_BYTES - bytes);
		expect(readRaterFile(under).ok).toBe(true);
		expect(readRaterFile(under + ' ')).toEqual({ ok: false, message: RATER_FILE_MESSAGES.tooBig });
		// Counted in bytes: 600,000 letters "Ł" are 1,200,000 bytes in UTF-8.
		const wide = fileWith({ handIn: { ...handIn, label: 'Ł'.repeat(600_000) } });
		expect(wide.length).toBeLessThan(MAX_RATER_FILE_BYTES);
		expect(readRaterFile(wide)).toEqual({ ok: false, message: RATER_FILE_MESSAGES.tooBig });
	});

	test('a byte order mark at the start is read past', () => {
		expect(readRaterFile(`\uFEFF${raterFile(handIn, NOW, '1')}`)).toEqual({ ok: true, handIn });
	});

	test('the hand-in inside is left to mergeHandIns, which refuses a damaged one whole', () => {
		const read = readRaterFile(fileWith({ handIn: { ...handIn, answers: { 'item2.a': 9 } } }));
		expect(read.ok).toBe(true);
		if (!read.ok) return;
		const merged = mergeHandIns([], [read.handIn], round);
		expect(merged.added).toEqual([]);
		expect(merged.problems.map((p) => p.kind)).toEqual(['refused']);
	});
});
