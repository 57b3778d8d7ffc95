/**
 * The Excel export: the practices, the element scores and the plan, one sheet each. The report
 * toolbar imports this module lazily, so write-excel-file is imported statically here: the
 * whole module is the lazy chunk.
 *
 * Row 1 of every sheet is a plain header row, frozen, so sorting, filtering and "Format as
 * Table" work at once. The organization, cycle and date go in the file's properties (File >
 * Info in Excel), not in a title row above the header, which would get in the way of all three.
 *
 * Columns and rows come from tables.ts (the CSV export writes the same); numbers come from the
 * report model. Every text cell is neutralized, and every cell is typed String or Number: this
 * file never writes a formula.
 */
import writeXlsxFile, {
	type Cell,
	type CellObject,
	type Feature,
	type Row,
	type Sheet
} from 'write-excel-file/browser';
import type { PlanAction, Response } from '$lib/domain/assessment';
import type { Framework } from '$lib/domain/framework';
import { elementLabel } from '$lib/domain/format';
import { isAdopted } from '$lib/domain/plan-parts';
import type { ReportModel } from './report-types';
import { itemsTable, neutralizeCell, planTable, type Table } from './tables';
import { xmlSafe } from './xml-text';

/** What the browser entry accepts as file content (its FileContent type, which it does not export). */
type FileContent = File | Blob | ArrayBuffer;

export interface XlsxInput {
	report: ReportModel;
	framework: Pick<Framework, 'elements' | 'items'>;
	responses: ReadonlyMap<string, Pick<Response, 'answer' | 'notes' | 'evidence' | 'discuss'>>;
	plan: readonly PlanAction[];
	/** False for a shareable copy: no notes or evidence columns (the report model agrees). */
	includeNotes: boolean;
	/** False for a board copy: the Plan sheet holds our plan alone, as the report's appendix choice says. */
	includeSuggestions: boolean;
}

export const SHEET_NAMES = { items: 'Items', scores: 'Scores', plan: 'Plan' } as const;

/** The columns of the table sheets that hold numbers, so Excel can sort and sum them. */
const NUMBER_COLUMNS: ReadonlySet<string> = new Set(['Score (0-4)', 'Priority']);

/** Columns at least this wide (in characters) hold sentences: their text wraps. */
const WRAP_FROM_WIDTH = 20;

const SCORES_COLUMNS = [
	{ header: 'Element', width: 40 },
	{ header: 'Score (0-100)', width: 13 },
	{ header: 'Band', width: 14 },
	{ header: 'Coverage', width: 60 }
];

type CellStyle = Omit<CellObject, 'value' | 'type'>;

const BODY: CellStyle = { alignVertical: 'top' };

const HEADER: CellStyle = {
	fontWeight: 'bold',
	backgroundColor: '#E8EEF4',
	bottomBorderStyle: 'thin',
	bottomBorderColor: '#6B7C8F',
	alignVertical: 'top',
	wrap: true
};

/** A text cell, always typed String (never a formula), its text neutralized. */
function textCell(text: string, style: CellStyle = BODY): Cell {
	if (text === '') return null;
	return { ...style, type: String, value: neutralizeCell(text) };
}

function numberCell(value: number | null, style: CellStyle = BODY): Cell {
	return value === null ? null : { ...style, type: Number, value };
}

/** A number column's cell: a number when the text is one ("2.25"), the text otherwise. */
function numericTextCell(text: string): Cell {
	const value = text.trim() === '' ? NaN : Number(text);
	return Number.isFinite(value) ? numberCell(value) : textCell(text);
}

function tableSheet(name: string, table: Table): Sheet<FileContent> {
	const body = table.rows.map((row) =>
		row.map((text, i) =>
			NUMBER_COLUMNS.has(table.header[i] ?? '')
				? numericTextCell(text)
				: textCell(text, { ...BODY, wrap: (table.widths[i] ?? 0) >= WRAP_FROM_WIDTH })
		)
	);
	return {
		sheet: name,
		data: [table.header.map((h) => textCell(h, HEADER)), ...body],
		columns: table.widths.map((width) => ({ width })),
		stickyRowsCount: 1
	};
}

/**
 * One row per element, then "Overall" below an empty row: a total kept apart from the rows a
 * sort would move. With no score yet the score cell stays blank (never a zero for a sum or a
 * chart) and the band cell says "No score yet".
 */
function scoresSheet(report: ReportModel): Sheet<FileContent> {
	const wrap: CellStyle = { ...BODY, wrap: true };
	const rows: Row[] = report.elements.map((element) => [
		textCell(elementLabel(element), wrap),
		numberCell(element.rounded),
		textCell(element.rounded === null ? element.scoreText : element.bandText),
		textCell(element.coverageText, wrap)
	]);
	const { summary } = report;
	const bold: CellStyle = { ...BODY, fontWeight: 'bold' };
	// The model's overall text is the rounded score everyone else shows ("58").
	const overall = summary.overall === null ? null : Number(summary.overallText);
	const overallRow: Row = [
		textCell('Overall', bold),
		numberCell(Number.isFinite(overall) ? overall : null, bold),
		textCell(summary.bandLabel ?? summary.overallText, bold),
		textCell(summary.coverageSentence, { ...bold, wrap: true })
	];
	return {
		sheet: SHEET_NAMES.scores,
		data: [SCORES_COLUMNS.map((c) => textCell(c.header, HEADER)), ...rows, [], overallRow],
		columns: SCORES_COLUMNS.map((c) => ({ width: c.width })),
		stickyRowsCount: 1
	};
}

/** Text for an XML element; drops characters XML 1.0 cannot hold (xml-text.ts). */
function xmlText(text: string): string {
	return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The file's properties (docProps/core.xml), as the PDF sets its own: title, subject, and the
 * cycle and date in the comments, so the file says whose it is without a title row.
 * write-excel-file writes no properties itself; its "features" hook adds the part.
 */
function fileProperties(report: ReportModel): Feature<FileContent> {
	const { cover } = report;
	const description = [
		cover.details.map((d) => `${d.label}: ${d.value}`).join(' · '),
		cover.shareableNote ?? ''
	]
		.filter(Boolean)
		.join(' ');
	const properties =
		'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
		'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
		`<dc:title>${xmlText(`${cover.organization}: ${cover.title}`)}</dc:title>` +
		`<dc:subject>${xmlText(cover.subtitle)}</dc:subject>` +
		'<dc:creator>STS Workbook</dc:creator>' +
		`<dc:description>${xmlText(description)}</dc:description>` +
		'</cp:coreProperties>';
	return {
		files: {
			write: { files: () => ({ 'docProps/core.xml': properties }) },
			transform: {
				'_rels/.rels': {
					insert: () =>
						'<Relationship Id="rId-core-properties" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
				},
				'[Content_Types].xml': {
					insert: () =>
						'<Override ContentType="application/vnd.openxmlformats-package.core-properties+xml" PartName="/docProps/core.xml"/>'
				}
			}
		}
	};
}

/** The workbook as an .xlsx file: Items, Scores and Plan, in that order. */
export async function buildWorkbookXlsx(input: XlsxInput): Promise<Blob> {
	const options = { includeNotes: input.includeNotes };
	const sheets: Sheet<FileContent>[] = [
		tableSheet(SHEET_NAMES.items, itemsTable(input.framework, input.responses, options)),
		scoresSheet(input.report),
		tableSheet(
			SHEET_NAMES.plan,
			planTable(
				input.includeSuggestions ? input.plan : input.plan.filter((a) => isAdopted(a.status)),
				options
			)
		)
	];
	return writeXlsxFile(sheets, { features: [fileProperties(input.report)] }).toBlob();
}
