/**
 * The page of the PDF report: A4 in points, margins, the app's colours and type sizes, and a
 * Writer that sets text, headings, lists, tables and fallback bars top to bottom, breaking pages
 * as needed. The sections (pdf-sections.ts) say what goes on the page; this says how it looks.
 */
import type { jsPDF } from 'jspdf';
import { autoTable, type UserOptions } from 'jspdf-autotable';
import { elementLabel } from '$lib/domain/format';
import type { ReportElement, ReportSection } from './report-types';

export const FONT = 'DejaVuSans';
export const PAGE = { width: 595.28, height: 841.89 };
export const MARGIN = 56;
const FOOTER_SPACE = 36;
export const CONTENT_WIDTH = PAGE.width - 2 * MARGIN;
const BOTTOM = PAGE.height - MARGIN - FOOTER_SPACE / 2;

type Rgb = [number, number, number];
const TEXT: Rgb = [31, 36, 41];
export const MUTED: Rgb = [77, 85, 96];
export const ACCENT: Rgb = [43, 90, 95];
export const ACCENT_STRONG: Rgb = [29, 66, 70];
const ACCENT_SOFT: Rgb = [227, 238, 238];
const BORDER: Rgb = [201, 196, 184];

export const SIZE = { title: 24, h2: 17, h3: 12.5, body: 10.5, small: 9, table: 9 };
const LINE = 1.35;

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

	/** Starts a new page unless `height` still fits. */
	ensure(height: number) {
		if (this.y + height > BOTTOM) this.newPage();
	}

	lineHeight(size: number) {
		return size * LINE;
	}

	text(
		value: string,
		{
			size = SIZE.body,
			bold = false,
			color = TEXT,
			indent = 0,
			after = 6,
			prefix
		}: {
			size?: number;
			bold?: boolean;
			color?: Rgb;
			indent?: number;
			after?: number;
			prefix?: string;
		} = {}
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

	heading(value: string, level: 2 | 3) {
		const size = level === 2 ? SIZE.h2 : SIZE.h3;
		// Keep a heading with at least a few lines of what follows it.
		this.ensure(this.lineHeight(size) + 60);
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

	table(options: Omit<UserOptions, 'startY'>) {
		autoTable(this.doc, {
			theme: 'grid',
			showHead: 'everyPage',
			rowPageBreak: 'avoid',
			margin: { left: MARGIN, right: MARGIN, top: MARGIN, bottom: MARGIN + FOOTER_SPACE / 2 },
			styles: {
				font: FONT,
				fontStyle: 'normal',
				fontSize: SIZE.table,
				cellPadding: 4,
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
		});
		const last = (this.doc as unknown as { lastAutoTable?: { finalY: number } }).lastAutoTable;
		this.y = (last?.finalY ?? this.y) + 14;
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
