/**
 * The Excel export, read back the way Excel reads it: the .xlsx is unzipped and its sheets and
 * shared strings are read into rows of text and numbers. neutralizeCell's own table (= + - @,
 * tab, CR) is in csv.test.ts; here we check that the workbook uses it and never writes a formula.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { currentFramework } from '$lib/content';
import { findOutText } from '$lib/content/plan-text';
import { exampleAssessmentV2 as example } from '$lib/content/v2/example';
import type { PlanAction } from '$lib/domain/assessment';
import { reconcilePlan } from '$lib/domain/plan';
import { suggestionsFor } from '$lib/domain/prioritize';
import { scoreAssessment } from '$lib/domain/scoring';
import { buildReportModel } from './report-model';
import { reportInput, type TestResponse } from './test-fixtures';
import { buildWorkbookXlsx, type XlsxInput } from './xlsx';

// Written with escapes so an editor cannot change their normal form: each must come out as is.
const JOSE = 'Jos\u00e9 N\u00fa\u00f1ez';
const ZOE = 'Zo\u00eb \u0141ukasik';
const DANG = '\u0110\u1eb7ng Thu H\u00e0';

type Value = string | number | null;

interface Book {
	files: Record<string, Uint8Array>;
	text: (path: string) => string;
	sheetNames: string[];
	/** A sheet's rows as Excel shows them, by 1-based sheet number; an empty row is []. */
	rows: (sheet: number) => Value[][];
}

function unescapeXml(text: string): string {
	return text
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&amp;/g, '&');
}

/** "A" -> 0, "P" -> 15, "AA" -> 26. */
function columnIndex(letters: string): number {
	return [...letters].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}

async function readBook(blob: Blob): Promise<Book> {
	const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
	const text = (path: string) => {
		const file = files[path];
		if (!file) throw new Error(`${path} is not in the file`);
		return strFromU8(file);
	};
	const shared = [...text('xl/sharedStrings.xml').matchAll(/<si><t[^>]*>(.*?)<\/t><\/si>/gs)].map(
		(m) => unescapeXml(m[1] ?? '')
	);
	const sheetNames = [...text('xl/workbook.xml').matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) =>
		unescapeXml(m[1] ?? '')
	);
	const rows = (sheet: number) => {
		const xml = text(`xl/worksheets/sheet${sheet}.xml`);
		const result: Value[][] = [];
		for (const row of xml.matchAll(/<row r="(\d+)"[^>]*?(?:\/>|>(.*?)<\/row>)/gs)) {
			const cells: Value[] = [];
			const cellXml = row[2] ?? '';
			for (const cell of cellXml.matchAll(/<c r="([A-Z]+)\d+"([^>]*?)(?:\/>|>(.*?)<\/c>)/gs)) {
				const [, letters = '', attributes = '', inner = ''] = cell;
				const value = /<v>(.*?)<\/v>/s.exec(inner)?.[1];
				const index = columnIndex(letters);
				while (cells.length < index) cells.push(null);
				if (value === undefined) cells.push(null);
				else if (attributes.includes('t="s"')) cells.push(shared[Number(value)] ?? null);
				else cells.push(Number(value));
			}
			result[Number(row[1]) - 1] = cells;
		}
		return result;
	};
	return { files, text, sheetNames, rows };
}

/** The cell under a header, in a sheet's row. */
function cellOf(rows: Value[][], rowIndex: number, header: string): Value {
	const column = rows[0]?.indexOf(header) ?? -1;
	if (column < 0) throw new Error(`No column "${header}"`);
	return rows[rowIndex]?.[column] ?? null;
}

// The built-in example on the framework new assessments use, with its plan as the Plan screen
// stores it, and two suggestions the team adopted (owners with names from outside English).
const exampleResponses = new Map<string, TestResponse>(Object.entries(example.responses));
const suggestedPlan = reconcilePlan(
	'example',
	[],
	suggestionsFor(currentFramework, exampleResponses, example.riskProfile, findOutText),
	new Date('2026-03-12T10:00:00Z')
).puts;

function adopted(actionId: string, patch: Partial<PlanAction>) {
	return (a: PlanAction) =>
		a.origin.kind === 'suggested' && a.origin.actionId === actionId ? { ...a, ...patch } : a;
}

const examplePlan = suggestedPlan
	.map(
		adopted('action2.caseload-review', {
			status: 'accepted',
			owner: DANG,
			startDate: '2026-04-01',
			dueDate: '2026-06-30',
			notes: 'Start with the two busiest units.'
		})
	)
	.map(adopted('action2.reflective-supervision-schedule', { status: 'in-progress', owner: ZOE }));

function exampleWorkbook(
	responses: ReadonlyMap<string, TestResponse>,
	includeNotes: boolean
): XlsxInput {
	const report = buildReportModel(
		{
			framework: currentFramework,
			assessment: {
				...example,
				roster: example.roster.map((m, i) => ({ id: String(i), ...m })),
				isExample: true
			},
			responses,
			score: scoreAssessment(currentFramework, responses),
			plan: examplePlan
		},
		{ includeNotes }
	);
	return {
		report,
		framework: currentFramework,
		responses,
		plan: examplePlan,
		includeNotes,
		includeSuggestions: true
	};
}

/** The example with notes a spreadsheet would run as formulas, and names in the evidence. */
function withNotes(notes: Record<string, string>, evidence: Record<string, string>) {
	const responses = new Map(exampleResponses);
	for (const [itemId, note] of Object.entries(notes))
		responses.set(itemId, { ...responses.get(itemId)!, notes: note });
	for (const [itemId, text] of Object.entries(evidence))
		responses.set(itemId, { ...responses.get(itemId)!, evidence: text });
	return responses;
}

const hostileResponses = withNotes(
	{
		'item2.sts-basics-for-everyone': '=HYPERLINK("http://x")',
		'item2.leaders-trained': '+1',
		'item2.workforce-check': '-2',
		'item2.private-self-check': '@SUM(A1)'
	},
	{ 'item2.signs-guide': `Checked with ${JOSE} and ${ZOE}.` }
);

describe('the example workbook', async () => {
	const book = await readBook(await buildWorkbookXlsx(exampleWorkbook(exampleResponses, true)));

	test('three sheets in order: Items, Scores, Plan', () => {
		expect(book.sheetNames).toEqual(['Items', 'Scores', 'Plan']);
	});

	test('Items: a plain header in row 1, then each practice in walk order with its answer', () => {
		const items = book.rows(1);
		expect(items[0]).toEqual([
			'Element',
			'Item id',
			'Statement',
			'Score (0-4)',
			'Status',
			'Notes',
			'Evidence',
			'Discuss'
		]);
		// 34 practices that apply and 2 not applicable.
		expect(items).toHaveLength(1 + 34 + 2);
		expect(items[1]).toEqual([
			'1. Recognize the impact on the workforce',
			'item2.sts-basics-for-everyone',
			'Everyone who hears trauma stories at work, in any role, is taught the basics of STS.',
			2,
			'Partly in place',
			'Caseworkers hired in the last year got one hour on STS in orientation. Caseworkers who started before that, and front desk, admin and transport staff, have not been taught it yet.',
			'Orientation agenda for new caseworkers, day 3.'
		]);
		// A flagged practice says so in the Discuss column; a Don't know has no score cell.
		expect(items[4]?.[1]).toBe('item2.private-self-check');
		expect(items[4]?.[7]).toBe('yes');
		const dontKnow = items.find((row) => row[1] === 'item2.risk-in-safety-policy');
		expect(dontKnow?.slice(3, 5)).toEqual([null, "Don't know"]);
	});

	test('Scores: each element with its rounded score, band and coverage, then Overall', () => {
		const scores = book.rows(2);
		expect(scores).toEqual([
			['Element', 'Score (0-100)', 'Band', 'Coverage'],
			['1. Recognize the impact on the workforce', 21, 'Growth area', '6 of 6 items scored'],
			[
				'2. Treat trauma exposure as a risk of the job',
				45,
				'Growth area',
				'5 of 6 items scored · 1 Don’t know'
			],
			['3. Build a culture that supports staff', 46, 'Growth area', '6 of 6 items scored'],
			[
				'4. Protect the care that clients receive',
				35,
				'Growth area',
				'5 of 5 items scored · 1 not applicable'
			],
			[
				'5. Turn knowledge into action and policy',
				65,
				'Developing',
				'5 of 6 items scored · 1 Don’t know'
			],
			[
				'6. Build STS into everyday work and training',
				38,
				'Growth area',
				'4 of 5 items scored · 1 Don’t know · 1 not applicable'
			],
			[],
			[
				'Overall',
				42,
				'Growth area',
				'31 of 34 practices that apply have a score (91% coverage). 3 Don’t know, 2 not applicable.'
			]
		]);
	});

	test('Plan: our plan first (Now before Next), then the suggestions', () => {
		const plan = book.rows(3);
		expect(plan[0]).toEqual([
			'Part',
			'Action',
			'Description',
			'Level',
			'Type',
			'Linked items',
			'Priority',
			'Why',
			'Horizon',
			'Owner',
			'Start',
			'Due',
			'Status',
			'Success measure',
			'Suggested',
			'Notes'
		]);
		const first = (header: string) => cellOf(plan, 1, header);
		expect(first('Part')).toBe('Our plan');
		expect(first('Action')).toBe('Review how trauma cases are shared');
		expect(first('Priority')).toBe(2.4);
		expect(first('Horizon')).toBe('Now');
		expect(first('Owner')).toBe(DANG);
		expect(first('Start')).toBe('2026-04-01');
		expect(first('Due')).toBe('2026-06-30');
		expect(first('Status')).toBe('Accepted');
		expect(first('Notes')).toBe('Start with the two busiest units.');
		expect(cellOf(plan, 2, 'Action')).toBe('Book time for supervision with room to reflect');
		expect(cellOf(plan, 2, 'Status')).toBe('In progress');
		expect(cellOf(plan, 2, 'Owner')).toBe(ZOE);
		expect(cellOf(plan, 3, 'Part')).toBe('Suggestion');
		expect(plan).toHaveLength(1 + suggestedPlan.length);
	});

	test('a board copy (no appendix): the Plan sheet holds our plan alone, in its order', async () => {
		const board = await readBook(
			await buildWorkbookXlsx({
				...exampleWorkbook(exampleResponses, true),
				includeSuggestions: false
			})
		);
		const plan = board.rows(3);
		expect(plan.slice(1).map((row) => [row[0], row[1]])).toEqual([
			['Our plan', 'Review how trauma cases are shared'],
			['Our plan', 'Book time for supervision with room to reflect']
		]);
	});

	test('a bold header with a fill and a bottom border, frozen, with the tables’ widths', () => {
		const sheet = book.text('xl/worksheets/sheet1.xml');
		expect(sheet).toContain('<pane ySplit="1" xSplit="0" topLeftCell="A2"');
		expect(sheet).toContain('state="frozen"');
		expect([...sheet.matchAll(/<col [^>]*width="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([
			30, 24, 60, 10, 24, 40, 40, 9
		]);
		const styles = book.text('xl/styles.xml');
		const headerStyle = Number(/<c r="A1" s="(\d+)"/.exec(sheet)?.[1]);
		const xf = [...styles.matchAll(/<xf [^>]*>.*?<\/xf>/gs)][headerStyle]?.[0] ?? '';
		const font = Number(/fontId="(\d+)"/.exec(xf)?.[1]);
		expect([...styles.matchAll(/<font>.*?<\/font>/gs)][font]?.[0]).toContain('<b/>');
		expect(xf).toMatch(/fillId="\d+" applyFill="1" borderId="\d+" applyBorder="1"/);
		expect(xf).toContain('<alignment vertical="top" wrapText="1"/>');
		expect(styles).toContain('<fgColor rgb="FFE8EEF4"/>');
		expect(styles).toContain('<bottom style="thin">');
	});

	test('the organization, cycle and date are in the file properties', () => {
		const core = book.text('docProps/core.xml');
		expect(unescapeXml(/<dc:title>(.*?)<\/dc:title>/.exec(core)?.[1] ?? '')).toBe(
			'Maple Hollow Child & Family Services (example): Protecting staff from secondary traumatic stress'
		);
		expect(/<dc:description>(.*?)<\/dc:description>/.exec(core)?.[1]).toBe(
			'Unit or program: Foster care and adoption · Cycle: Baseline 2026 · Date: 12 March 2026 · Facilitator: Renata, quality improvement lead'
		);
		expect(book.text('_rels/.rels')).toContain('Target="docProps/core.xml"');
		expect(book.text('[Content_Types].xml')).toContain('PartName="/docProps/core.xml"');
	});
});

describe('notes a spreadsheet would run, and names from outside English', async () => {
	const book = await readBook(await buildWorkbookXlsx(exampleWorkbook(hostileResponses, true)));
	const items = book.rows(1);
	const notesOf = (itemId: string) =>
		cellOf(
			items,
			items.findIndex((r) => r[1] === itemId),
			'Notes'
		);

	test('formula-looking notes are text with a leading apostrophe, never numbers', () => {
		expect(notesOf('item2.sts-basics-for-everyone')).toBe('\'=HYPERLINK("http://x")');
		expect(notesOf('item2.leaders-trained')).toBe("'+1");
		expect(notesOf('item2.workforce-check')).toBe("'-2");
		expect(notesOf('item2.private-self-check')).toBe("'@SUM(A1)");
	});

	test('no cell anywhere is a formula', () => {
		for (const sheet of [1, 2, 3]) {
			const xml = book.text(`xl/worksheets/sheet${sheet}.xml`);
			expect(xml).toContain('<sheetData>');
			expect(xml).not.toMatch(/<f[ >/]/);
			expect(xml).not.toContain('t="str"');
		}
	});

	test('names come out byte for byte', () => {
		const evidence = cellOf(
			items,
			items.findIndex((r) => r[1] === 'item2.signs-guide'),
			'Evidence'
		);
		expect(evidence).toBe(`Checked with ${JOSE} and ${ZOE}.`);
		expect(cellOf(book.rows(3), 1, 'Owner')).toBe(DANG);
		const bytes = Buffer.from(book.files['xl/sharedStrings.xml']!);
		for (const name of [JOSE, ZOE, DANG])
			expect(bytes.includes(Buffer.from(name, 'utf8'))).toBe(true);
		// Đặng as UTF-8: Đ (C4 90), ặ (E1 BA B7), n, g.
		expect(bytes.includes(Buffer.from([0xc4, 0x90, 0xe1, 0xba, 0xb7, 0x6e, 0x67]))).toBe(true);
	});
});

describe('a shareable copy', async () => {
	const book = await readBook(await buildWorkbookXlsx(exampleWorkbook(hostileResponses, false)));

	test('has no notes or evidence columns, and none of their text', () => {
		expect(book.rows(1)[0]).toEqual([
			'Element',
			'Item id',
			'Statement',
			'Score (0-4)',
			'Status',
			'Discuss'
		]);
		expect(book.rows(3)[0]).not.toContain('Notes');
		const strings = book.text('xl/sharedStrings.xml');
		expect(strings).not.toContain('HYPERLINK');
		expect(strings).not.toContain('Orientation agenda');
		expect(strings).not.toContain('Start with the two busiest units.');
		expect(strings).not.toContain(JOSE);
	});

	test('says it is a shareable copy in the file properties', () => {
		expect(book.text('docProps/core.xml')).toContain(
			'Date: 12 March 2026 · Facilitator: Renata, quality improvement lead Shareable copy: the team’s notes, evidence and task-force names are left out.</dc:description>'
		);
	});
});

describe('an element with no score yet', async () => {
	const report = buildReportModel(reportInput, { includeNotes: true });
	const inputOf = (model: typeof report): XlsxInput => ({
		report: model,
		framework: reportInput.framework,
		responses: reportInput.responses,
		plan: reportInput.plan,
		includeNotes: true,
		includeSuggestions: true
	});
	const book = await readBook(await buildWorkbookXlsx(inputOf(report)));

	test('leaves the score blank (never a zero) and says "No score yet"', () => {
		// Hand-computed in test-fixtures.ts: 50, 100, no score; overall 75.
		expect(book.rows(2)).toEqual([
			['Element', 'Score (0-100)', 'Band', 'Coverage'],
			['1. One', 50, 'Developing', '2 of 2 items scored'],
			['2. Two', 100, 'Strength', '1 of 1 items scored · 1 not applicable'],
			['3. Three', null, 'No score yet', '0 of 1 items scored · 1 Don’t know'],
			[],
			[
				'Overall',
				75,
				'Strength',
				'3 of 4 practices that apply have a score (75% coverage). 1 Don’t know, 1 not applicable.'
			]
		]);
	});

	test('escapes the organization’s ampersand in the file properties', () => {
		expect(book.text('docProps/core.xml')).toContain(
			'<dc:title>Núñez &amp; Łukasik Family Services: Test framework</dc:title>'
		);
	});

	test('leaves out characters XML cannot hold, so the file still opens', async () => {
		const pasted = { ...report, cover: { ...report.cover, organization: 'Oak <Unit>\u0001 Team' } };
		const withPasted = await readBook(
			await buildWorkbookXlsx({ ...inputOf(report), report: pasted })
		);
		expect(withPasted.text('docProps/core.xml')).toContain(
			'<dc:title>Oak &lt;Unit&gt; Team: Test framework</dc:title>'
		);
	});
});
