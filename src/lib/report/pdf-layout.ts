/**
 * The page of the PDF report: A4 in points, margins, the app's colours and type sizes, and a
 * Writer that sets text, headings, lists, tables and fallback bars top to bottom, breaking pages
 * as needed. The sections (pdf-sections.ts) say what goes on the page; this says how it looks.
 *
 * A page never ends on a table's head: before a table the Writer measures its head and first
 * row with jspdf-autotable (without drawing) and starts a new page when they do not both fit,
 * together with the heading and lead lines that introduce the table (tableBlock).
 */
import { jsPDF } from 'jspdf';
import { __createTable, autoTable, type UserOptions } from 'jspdf-autotable';
import { elementLabel } from '$lib/domain/format';
import type { ReportElement, ReportSection } from './report-types';

export const FONT = 'DejaVuSans';
export const PAGE = { width: 595.28, height: 841.89 };
export const MARGIN = 56;
const FOOTER_SPACE = 36;
export const CONTENT_WIDTH = PAGE.width - 2 * MARGIN;
/** Where the content of a page ends: the footer (page number) sits below. */
export const BOTTOM = PAGE.height - MARGIN - FOOTER_SPACE / 2;

type Rgb = [number, number, number];
const TEXT: Rgb = [31, 36, 41];
export const MUTED: Rgb = [77, 85, 96];
export const ACCENT: Rgb = [43, 90, 95];
export const ACCENT_STRONG: Rgb = [29, 66, 70];
const ACCENT_SOFT: Rgb = [227, 238, 238];
const BORDER: Rgb = [201, 196, 184];

export const SIZE = { title: 24, h2: 17, h3: 12.5, body: 10.5, small: 9, table: 9 };
const LINE = 1.35;
const CELL_PADDING = 4;

/** The two TrueType files of DejaVu Sans, base64-encoded. */
export interface PdfFonts {
	regular: string;
	bold: string;
}

/** An empty A4 document in points with DejaVu Sans embedded (names beyond Latin-1 print right). */
export function newReportDocument(fonts: PdfFonts): jsPDF {
	const doc = new jsPDF({ unit: 'pt', format: 'a4', compress: true });
	doc.addFileToVFS('DejaVuSans.ttf', fonts.regular);
	doc.addFont('DejaVuSans.ttf', FONT, 'normal');
	doc.addFileToVFS('DejaVuSans-Bold.ttf', fonts.bold);
	doc.addFont('DejaVuSans-Bold.ttf', FONT, 'bold');
	doc.setFont(FONT, 'normal');
	return doc;
}

export interface TextStyle {
	size?: number;
	bold?: boolean;
	color?: Rgb;
	indent?: number;
	/** Space below, in points. */
	after?: number;
	/** A bullet or number set in the indent of the first line. */
	prefix?: string;
}

export type TableOptions = Omit<UserOptions, 'startY'>;

/** A heading and a few lead lines that introduce a table, kept on the same page as its start. */
export interface TableBlock {
	heading?: { text: string; level: 2 | 3 };
	lead?: readonly { text: string; style?: TextStyle }[];
	table: TableOptions;
}

/** Writes the report into a jsPDF document, top to bottom, breaking pages as needed. */
export class Writer {
	y = MARGIN;
	constructor(readonly doc: jsPDF) {}

	font(size: number, bold = false, color: Rgb = TEXT) {
		this.doc.setFont(FONT, bold ? 'bold' : 'normal');
		this.doc.setFontSize(size);
		this.doc.setTextColor(...color);
	}

	newPage() {
		this.doc.addPage();
		this.y = MARGIN;
	}

	/**
	 * Starts a new page unless `height` still fits. At the top of a page it never does: what is
	 * taller than a page would only leave a blank one behind.
	 */
	ensure(height: number) {
		if (this.y + height > BOTTOM && this.y > MARGIN) this.newPage();
	}

	lineHeight(size: number) {
		return size * LINE;
	}

	/** How far `value` set in `style` moves the writer down (what text() adds to y). */
	textHeight(
		value: string,
		{ size = SIZE.body, bold = false, indent = 0, after = 6 }: TextStyle = {}
	) {
		if (!value) return 0;
		this.font(size, bold);
		const lines = this.doc.splitTextToSize(value, CONTENT_WIDTH - indent) as string[];
		return lines.length * this.lineHeight(size) + after;
	}

	text(
		value: string,
		{ size = SIZE.body, bold = false, color = TEXT, indent = 0, after = 6, prefix }: TextStyle = {}
	) {
		if (!value) return;
		this.font(size, bold, color);
		const lines = this.doc.splitTextToSize(value, CONTENT_WIDTH - indent) as string[];
		const step = this.lineHeight(size);
		lines.forEach((line, index) => {
			this.ensure(step);
			if (prefix && index === 0) this.doc.text(prefix, MARGIN + indent - 16, this.y + size);
			this.doc.text(line, MARGIN + indent, this.y + size);
			this.y += step;
		});
		this.y += after;
	}

	/** A section heading, kept with at least a few lines of what follows it. */
	heading(value: string, level: 2 | 3) {
		this.ensure(this.lineHeight(level === 2 ? SIZE.h2 : SIZE.h3) + 60);
		this.setHeading(value, level);
	}

	/** How far a heading moves the writer down (what setHeading adds to y). */
	headingHeight(value: string, level: 2 | 3) {
		const size = level === 2 ? SIZE.h2 : SIZE.h3;
		const space = level === 2 ? 4 + 10 : 8;
		return space + this.textHeight(value, { size, bold: true, after: 4 });
	}

	/** Draws a heading where the writer is, with no page-break check (the caller made one). */
	private setHeading(value: string, level: 2 | 3) {
		const size = level === 2 ? SIZE.h2 : SIZE.h3;
		this.y += level === 2 ? 4 : 8;
		this.text(value, { size, bold: true, color: level === 2 ? ACCENT_STRONG : TEXT, after: 4 });
		if (level === 2) {
			this.doc.setDrawColor(...ACCENT);
			this.doc.setLineWidth(1.2);
			this.doc.line(MARGIN, this.y, MARGIN + CONTENT_WIDTH, this.y);
			this.y += 10;
		}
	}

	list(items: readonly string[], numbered = false) {
		items.forEach((item, index) =>
			this.text(item, { indent: 16, prefix: numbered ? `${index + 1}.` : '•', after: 3 })
		);
		this.y += 4;
	}

	section(section: ReportSection, level: 2 | 3) {
		this.heading(section.heading, level);
		for (const paragraph of section.paragraphs) this.text(paragraph);
		if (section.list) this.list(section.list);
	}

	/** Every option of a report table: the house style, then the caller's, then where it starts. */
	private tableOptions(options: TableOptions): UserOptions {
		return {
			theme: 'grid',
			// The head again on every page a table runs onto, and no row cut in two.
			showHead: 'everyPage',
			rowPageBreak: 'avoid',
			margin: { left: MARGIN, right: MARGIN, top: MARGIN, bottom: PAGE.height - BOTTOM },
			styles: {
				font: FONT,
				fontStyle: 'normal',
				fontSize: SIZE.table,
				cellPadding: CELL_PADDING,
				textColor: TEXT,
				lineColor: BORDER,
				lineWidth: 0.5,
				valign: 'top',
				overflow: 'linebreak'
			},
			headStyles: {
				font: FONT,
				fontStyle: 'bold',
				fillColor: ACCENT_SOFT,
				textColor: ACCENT_STRONG
			},
			...options,
			startY: this.y
		};
	}

	/**
	 * The height a table needs on its first page: its head and its first body row, measured by
	 * jspdf-autotable without drawing (its experimental `__createTable` export). jspdf-autotable
	 * itself only checks that the head fits, then moves a first row that does not fit to the next
	 * page, which would leave the head alone at the foot of this one. A first row taller than a
	 * whole page is split by jspdf-autotable anyway: a few lines of it are enough then.
	 * A short table (half a page at most) is kept whole, so a page never holds only its head and
	 * last row.
	 */
	tableStartHeight(options: TableOptions): number {
		const table = __createTable(this.doc, this.tableOptions(options));
		const head = table.getHeadHeight(table.columns);
		const rows = table.body.map((row) => row.getMaxCellHeight(table.columns));
		const whole = head + rows.reduce((sum, height) => sum + height, 0);
		if (whole <= (BOTTOM - MARGIN) / 2) return whole;
		const first = rows[0] ?? 0;
		const roomForARow = BOTTOM - MARGIN - head;
		const fewLines = 3 * this.lineHeight(SIZE.table) + 2 * CELL_PADDING;
		return head + (first <= roomForARow ? first : fewLines);
	}

	/** A table, started on a new page unless its head and first row fit on this one. */
	table(options: TableOptions) {
		this.ensure(this.tableStartHeight(options));
		autoTable(this.doc, this.tableOptions(options));
		const last = (this.doc as unknown as { lastAutoTable?: { finalY: number } }).lastAutoTable;
		this.y = (last?.finalY ?? this.y) + 14;
	}

	/**
	 * A heading, its lead lines and a table, kept together: when the heading, the lead, the
	 * table's head and its first row do not all fit on this page, the block starts on the next.
	 */
	tableBlock({ heading, lead = [], table }: TableBlock) {
		const introHeight =
			(heading ? this.headingHeight(heading.text, heading.level) : 0) +
			lead.reduce((sum, line) => sum + this.textHeight(line.text, line.style), 0);
		this.ensure(introHeight + this.tableStartHeight(table));
		if (heading) this.setHeading(heading.text, heading.level);
		for (const line of lead) this.text(line.text, line.style);
		this.table(table);
	}

	/** Simple horizontal bars, drawn directly: used only when the chart cannot be drawn. */
	bars(elements: readonly ReportElement[]) {
		const labelWidth = 220;
		const barWidth = CONTENT_WIDTH - labelWidth - 40;
		for (const row of elements) {
			this.font(SIZE.small);
			const lines = this.doc.splitTextToSize(elementLabel(row), labelWidth - 8) as string[];
			const height = Math.max(18, lines.length * this.lineHeight(SIZE.small)) + 6;
			this.ensure(height);
			this.doc.text(lines, MARGIN, this.y + SIZE.small);
			const x = MARGIN + labelWidth;
			this.doc.setDrawColor(...BORDER);
			this.doc.setLineWidth(0.5);
			this.doc.rect(x, this.y, barWidth, 14);
			if (row.score !== null) {
				this.doc.setFillColor(...ACCENT);
				this.doc.rect(x, this.y, (barWidth * row.score) / 100, 14, 'F');
			}
			this.font(SIZE.small, true);
			this.doc.text(row.scoreText, x + barWidth + 6, this.y + 11);
			this.y += height;
		}
		this.y += 8;
	}
}
