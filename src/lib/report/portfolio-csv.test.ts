/**
 * The portfolio CSV: one row per organization with the whole numbers the screen shows, names
 * exactly as typed, and a formula-like name made plain text.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { portfolioColumns, portfolioOrder, portfolioRow } from './portfolio-model';
import { portfolioCsv, portfolioFileName, portfolioTable } from './portfolio-csv';
import { testElements, testGroups } from './portfolio-test-fixtures';

const columns = portfolioColumns(testElements);
const rows = portfolioOrder(testGroups(), { search: '', sort: 'name' }).map((g) =>
	portfolioRow(g, columns)
);

const header = [
	'Organization',
	'Unit',
	'Cycle',
	'Date',
	'Overall',
	'Coverage %',
	'1. Recognize the impact on the workforce',
	'2. Treat trauma exposure as a risk of the job'
];

describe('portfolioTable', () => {
	it('has one row per organization, in the table order, with whole numbers', () => {
		expect(portfolioTable(rows, columns)).toEqual({
			header,
			rows: [
				['=cmd', '+unit', '-1', '2025-12-01', '75', '100', '100', '50'],
				['Đặng Family Services (example)', '', 'Example', '2026-02-01', '75', '50', '75', ''],
				['José Núñez Clinic', '', 'Baseline 2026', '2026-01-15', '', '0', '', ''],
				[
					'Zoë Łukasik Counselling',
					'Child services',
					'Follow-up 2026',
					'2026-03-10',
					'60',
					'92',
					'58',
					'63'
				]
			]
		});
	});
});

describe('portfolioCsv', () => {
	const csv = portfolioCsv(rows, columns);

	it('neutralizes cells a spreadsheet would run as a formula', () => {
		const lines = csv.split('\r\n');
		expect(lines[1]).toBe(`'=cmd,'+unit,'-1,2025-12-01,75,100,100,50`);
	});

	it('keeps every name exactly, accents and all', () => {
		const parsed = Papa.parse<string[]>(csv, { newline: '\r\n' }).data;
		expect(parsed[0]).toEqual(header);
		expect(parsed.map((row) => row[0])).toEqual([
			'Organization',
			"'=cmd",
			'Đặng Family Services (example)',
			'José Núñez Clinic',
			'Zoë Łukasik Counselling'
		]);
		expect(csv.normalize('NFC')).toBe(csv);
	});

	it('is the header alone with no organizations', () => {
		expect(portfolioCsv([], columns)).toBe(`${header.join(',')}\r\n`);
	});
});

describe('portfolioFileName', () => {
	it('carries the date', () => {
		expect(portfolioFileName('2026-11-26')).toBe('sts-workbook-portfolio-2026-11-26.csv');
	});
});
