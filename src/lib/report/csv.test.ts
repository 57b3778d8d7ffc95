import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { fileStem, neutralizeCell, toCsv } from './csv';

describe('neutralizeCell', () => {
	test.each([
		['=SUM(A1:A9)', "'=SUM(A1:A9)"],
		['+1 555', "'+1 555"],
		['-2', "'-2"],
		['@cmd', "'@cmd"],
		['\tTabbed', "'\tTabbed"],
		['\rReturn', "'\rReturn"],
		['Plain text', 'Plain text'],
		['a = b', 'a = b'],
		['', '']
	])('%j -> %j', (input, expected) => expect(neutralizeCell(input)).toBe(expected));
});

describe('toCsv', () => {
	test('quotes commas, quotes and newlines, and round-trips through a parser', () => {
		const rows = [['Notes, with "quotes"', 'Line one\nline two', '=HYPERLINK("x")']];
		const csv = toCsv(['A', 'B', 'C'], rows);
		expect(csv).toBe(
			'A,B,C\r\n"Notes, with ""quotes""","Line one\nline two","\'=HYPERLINK(""x"")"'
		);
		const parsed = Papa.parse<string[]>(csv).data;
		expect(parsed[1]).toEqual(['Notes, with "quotes"', 'Line one\nline two', '\'=HYPERLINK("x")']);
	});
});

describe('fileStem', () => {
	test.each([
		[
			{ organization: 'José Núñez Centre', cycleLabel: 'Baseline 2026', date: '2026-03-12' },
			'jose-nunez-centre-baseline-2026-2026-03-12'
		],
		[{ organization: '../../etc', cycleLabel: '', date: '2026-01-01' }, 'etc-2026-01-01'],
		[{ organization: '!!!', cycleLabel: '', date: '' }, 'assessment']
	])('%j -> %s', (input, expected) => expect(fileStem(input)).toBe(expected));
});
