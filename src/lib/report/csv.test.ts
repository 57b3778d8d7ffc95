import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import type { Response } from '$lib/domain/assessment';
import { fileStem, itemsCsv, neutralizeCell, toCsv } from './csv';
import { testElements, testItem } from './test-fixtures';

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

describe('itemsCsv and planCsv', () => {
	test('a shareable copy leaves the notes and evidence columns out', async () => {
		const { builtinFramework } = await import('$lib/content');
		const { itemsCsv } = await import('./csv');
		const responses = new Map([
			[
				'item.leaders-trained',
				{
					id: '00000000-0000-4000-8000-000000000001',
					assessmentId: '00000000-0000-4000-8000-000000000002',
					responseSetId: '00000000-0000-4000-8000-000000000003',
					itemId: 'item.leaders-trained',
					answer: { kind: 'score' as const, value: 1 as const },
					notes: '=private note',
					evidence: 'Roster',
					discuss: true,
					updatedAt: '2026-01-01T00:00:00.000Z'
				}
			]
		]);
		const full = Papa.parse<string[]>(itemsCsv(builtinFramework, responses)).data;
		expect(full[0]).toEqual([
			'Element',
			'Item id',
			'Statement',
			'Score (0-4)',
			'Status',
			'Notes',
			'Evidence',
			'Discuss'
		]);
		expect(full[1]?.slice(3)).toEqual(['1', 'Beginning', "'=private note", 'Roster', 'yes']);
		expect(full).toHaveLength(28);
		const shared = Papa.parse<string[]>(
			itemsCsv(builtinFramework, responses, { includeNotes: false })
		).data;
		expect(shared[0]).not.toContain('Notes');
		expect(shared[1]?.slice(3)).toEqual(['1', 'Beginning', 'yes']);
		expect(JSON.stringify(shared)).not.toContain('private note');
	});
});

describe('itemsCsv answer columns', () => {
	test('score and status read as everywhere else; a Not applicable reason goes with it', () => {
		const framework = {
			elements: testElements,
			items: ['i1', 'i2', 'i3', 'i4'].map((id) => testItem(id, 'e1', 1))
		};
		const response = (answer: Response['answer']): Response => ({
			id: '00000000-0000-4000-8000-000000000001',
			assessmentId: '00000000-0000-4000-8000-000000000002',
			responseSetId: '00000000-0000-4000-8000-000000000003',
			itemId: 'x',
			answer,
			notes: '',
			evidence: '',
			discuss: false,
			updatedAt: '2026-01-01T00:00:00.000Z'
		});
		const responses = new Map([
			['i1', response({ kind: 'score', value: 2 })],
			['i2', response({ kind: 'dont-know' })],
			['i3', response({ kind: 'not-applicable', reason: 'No residential staff.' })]
		]);
		const rows = Papa.parse<string[]>(itemsCsv(framework, responses)).data;
		expect(rows.slice(1).map((row) => [row[0], row[1], row[3], row[4]])).toEqual([
			['1. One', 'i1', '2', 'Partly in place'],
			['1. One', 'i2', '', "Don't know"],
			['1. One', 'i3', '', 'Not applicable: No residential staff.'],
			['1. One', 'i4', '', 'Not answered yet']
		]);
	});
});
