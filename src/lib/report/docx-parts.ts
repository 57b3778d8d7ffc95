/**
 * The building blocks of the Word report (docx.ts): the page, the styles, and small makers for
 * headings, paragraphs, lists, tables and the footer. docx.ts says what goes in the document;
 * this says how it looks, so the two never mix.
 */
import {
	BorderStyle,
	Footer,
	HeadingLevel,
	LevelFormat,
	PageNumber,
	Paragraph,
	ShadingType,
	Tab,
	Table,
	TableCell,
	TableLayoutType,
	TableRow,
	TabStopType,
	TextRun,
	WidthType,
	type INumberingOptions,
	type IRunOptions,
	type IStylesOptions
} from 'docx';

/** A4 in twentieths of a point (twips), with 2 cm margins, like the PDF. */
export const PAGE = { width: 11906, height: 16838, margin: 1134 };
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;

/** Content width in pixels at 96 per inch (1440 twips), the unit docx sizes images in. */
export const CONTENT_WIDTH_PX = Math.floor((CONTENT_WIDTH / 1440) * 96);

/** The app's report colours (pdf-layout.ts), as Word writes them. */
const COLOR = {
	text: '1F2429',
	muted: '4D5560',
	accent: '2B5A5F',
	accentStrong: '1D4246',
	accentSoft: 'E3EEEE',
	border: 'C9C4B8'
};

/** Font sizes in half points (22 = 11 pt). */
const SIZE = { body: 22, table: 20, small: 18, headline: 30 };

/**
 * Real Word styles, so the Navigation pane, a table of contents and screen readers all see the
 * report's outline. Calibri is on every Windows and Mac Office install (LibreOffice swaps in the
 * metrically equal Carlito) and covers names like "Zoë Łukasik" and "Đặng"; nothing is embedded.
 */
export const styles: IStylesOptions = {
	default: {
		document: {
			run: { font: 'Calibri', size: SIZE.body, color: COLOR.text, language: { value: 'en-US' } },
			paragraph: { spacing: { after: 120, line: 276 } }
		},
		title: {
			run: { font: 'Calibri', size: 52, bold: true, color: COLOR.text },
			paragraph: { spacing: { before: 480, after: 240 } }
		},
		// Heading 1 is used once, for the report's title on the cover: every section sits under it.
		heading1: {
			run: { font: 'Calibri', size: 28, bold: true, color: COLOR.accent },
			paragraph: { keepNext: true, keepLines: true, outlineLevel: 0, spacing: { after: 60 } }
		},
		heading2: {
			run: { font: 'Calibri', size: 34, bold: true, color: COLOR.accentStrong },
			paragraph: {
				keepNext: true,
				keepLines: true,
				outlineLevel: 1,
				spacing: { before: 360, after: 120 }
			}
		},
		heading3: {
			run: { font: 'Calibri', size: 25, bold: true, color: COLOR.text },
			paragraph: {
				keepNext: true,
				keepLines: true,
				outlineLevel: 2,
				spacing: { before: 240, after: 80 }
			}
		}
	}
};

const NUMBERED = 'numbered-list';

/** One decimal list ("1.", "2." ...) for the first steps. */
export const numbering: INumberingOptions = {
	config: [
		{
			reference: NUMBERED,
			levels: [
				{
					level: 0,
					format: LevelFormat.DECIMAL,
					text: '%1.',
					style: { paragraph: { indent: { left: 425, hanging: 425 } } }
				}
			]
		}
	]
};

const HEADINGS = {
	1: HeadingLevel.HEADING_1,
	2: HeadingLevel.HEADING_2,
	3: HeadingLevel.HEADING_3
} as const;

/** A heading that stays on the page of what follows it. */
export function heading(
	text: string,
	level: keyof typeof HEADINGS,
	{ pageBreakBefore = false } = {}
): Paragraph {
	return new Paragraph({
		text,
		heading: HEADINGS[level],
		keepNext: true,
		keepLines: true,
		pageBreakBefore
	});
}

export interface TextStyle {
	bold?: boolean;
	muted?: boolean;
	small?: boolean;
	size?: number;
	color?: string;
}

/** Runs of text; a line break in the text (notes often have them) stays a line break. */
export function runs(text: string, style: TextStyle = {}): TextRun[] {
	const props: IRunOptions = {
		bold: style.bold,
		size: style.size ?? (style.small ? SIZE.small : undefined),
		color: style.color ?? (style.muted ? COLOR.muted : undefined)
	};
	return text
		.split(/\r?\n/)
		.map((line, index) => new TextRun({ ...props, text: line, break: index > 0 ? 1 : 0 }));
}

export interface ParagraphStyle extends TextStyle {
	/** Keeps this paragraph on the page of the next one (an intro with its table). */
	keepNext?: boolean;
}

export function para(text: string, style: ParagraphStyle = {}): Paragraph {
	return new Paragraph({ children: runs(text, style), keepNext: style.keepNext });
}

export function headline(text: string): Paragraph {
	return para(text, { bold: true, size: SIZE.headline, color: COLOR.accentStrong });
}

/** "Label: value", the label in bold. */
export function labelled(label: string, value: string): Paragraph {
	return new Paragraph({ children: [...runs(`${label}: `, { bold: true }), ...runs(value)] });
}

export function bullet(text: string): Paragraph {
	return new Paragraph({ children: runs(text), bullet: { level: 0 } });
}

/** One numbered list entry, its lines kept together on one page. */
export function numbered(children: TextRun[]): Paragraph {
	return new Paragraph({
		children,
		numbering: { reference: NUMBERED, level: 0 },
		keepLines: true,
		spacing: { after: 160 }
	});
}

export interface Column {
	header: string;
	/** Share of the page width; a table's shares add up to 1. */
	share: number;
}

/** A cell holds text, or paragraphs when it needs more than one style (a measure and its note). */
export type CellContent = string | Paragraph[];

const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: COLOR.border };

function cell(content: CellContent, width: number, header: boolean, bold: boolean): TableCell {
	const children =
		typeof content === 'string'
			? [new Paragraph({ children: runs(content, { bold: header || bold, size: SIZE.table }) })]
			: content;
	return new TableCell({
		children,
		width: { size: width, type: WidthType.DXA },
		shading: header ? { type: ShadingType.CLEAR, fill: COLOR.accentSoft, color: 'auto' } : undefined
	});
}

/**
 * A real Word table: the header row repeats on every page the table runs onto, and no row is
 * split across two pages (a practice and its answer are read together).
 */
export function table(
	columns: readonly Column[],
	rows: readonly (readonly CellContent[])[],
	{ boldFirstColumn = false } = {}
): Table {
	const widths = columns.map((column) => Math.round(column.share * CONTENT_WIDTH));
	const header = new TableRow({
		tableHeader: true,
		cantSplit: true,
		children: columns.map((column, index) => cell(column.header, widths[index] ?? 0, true, true))
	});
	const body = rows.map(
		(row) =>
			new TableRow({
				cantSplit: true,
				children: row.map((content, index) =>
					cell(content, widths[index] ?? 0, false, boldFirstColumn && index === 0)
				)
			})
	);
	return new Table({
		rows: [header, ...body],
		width: { size: CONTENT_WIDTH, type: WidthType.DXA },
		columnWidths: widths,
		layout: TableLayoutType.FIXED,
		margins: { top: 60, bottom: 60, left: 100, right: 100 },
		borders: {
			top: cellBorder,
			bottom: cellBorder,
			left: cellBorder,
			right: cellBorder,
			insideHorizontal: cellBorder,
			insideVertical: cellBorder
		}
	});
}

/** A cell with a main text and a smaller, muted line under it. */
export function cellWithNote(text: string, note: string | undefined): CellContent {
	if (!note) return text;
	return [
		new Paragraph({ children: runs(text, { size: SIZE.table }) }),
		new Paragraph({ children: runs(note, { small: true, muted: true }) })
	];
}

/** Space after a table, so the next heading or note does not touch it. */
export function gap(): Paragraph {
	return new Paragraph({ children: [], spacing: { after: 60 } });
}

/** "Núñez & Łukasik Family Services · Baseline 2026" on the left, "Page 2 of 9" on the right. */
export function footer(label: string): Footer {
	const style = { size: SIZE.small, color: COLOR.muted };
	return new Footer({
		children: [
			new Paragraph({
				tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
				children: [
					new TextRun({ ...style, text: label }),
					new TextRun({
						...style,
						children: [new Tab(), 'Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES]
					})
				]
			})
		]
	});
}
