/**
 * The PDF report, drawn with jsPDF + jspdf-autotable from the report model (report-model.ts): this
 * file only lays out what the model says. Import it lazily (`await import('$lib/report/pdf')`):
 * jsPDF and Chart.js are large and only the Report screen needs them.
 *
 * Text is set in DejaVu Sans, embedded from the app's own /fonts (cached offline by the service
 * worker): the PDF's built-in fonts cover Latin-1 only, and names like "Zoë Łukasik" or "Đặng"
 * must print as written. jsPDF cannot tag a PDF; the HTML report is the accessible twin.
 */
import { jsPDF } from 'jspdf';
import { autoTable, type RowInput, type UserOptions } from 'jspdf-autotable';
import { elementChartConfig, labelLineWidth } from './element-chart';
import type { ReportElement, ReportModel, ReportSection } from './report-model';

export type ProgressCallback = (fraction: number, label: string) => void;

export interface PdfOptions {
	/** Where the two TTF files are served (same origin). */
	fontUrls?: { regular: string; bold: string };
	onProgress?: ProgressCallback;
}

const FONT = 'DejaVuSans';
const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = 56;
const FOOTER_SPACE = 36;
const CONTENT_WIDTH = PAGE.width - 2 * MARGIN;
const BOTTOM = PAGE.height - MARGIN - FOOTER_SPACE / 2;

type Rgb = [number, number, number];
const TEXT: Rgb = [31, 36, 41];
const MUTED: Rgb = [77, 85, 96];
const ACCENT: Rgb = [43, 90, 95];
const ACCENT_STRONG: Rgb = [29, 66, 70];
const ACCENT_SOFT: Rgb = [227, 238, 238];
const BORDER: Rgb = [201, 196, 184];

const SIZE = { title: 24, h2: 17, h3: 12.5, body: 10.5, small: 9, table: 9 };
const LINE = 1.35;

/** Lets the browser paint the progress bar between steps. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function toBase64(buffer: ArrayBuffer): string {
	const bytes = new Uint8Array(buffer);
	let binary = '';
	const chunk = 0x8000;
	for (let i = 0; i < bytes.length; i += chunk) {
		binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
	}
	return btoa(binary);
}

async function fetchFont(url: string): Promise<string> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`the font ${url} could not be loaded (${response.status})`);
	return toBase64(await response.arrayBuffer());
}

/** A white-background PNG of the element chart, drawn off-screen by Chart.js. */
async function chartImage(
	elements: readonly ReportElement[]
): Promise<{ data: string; width: number; height: number }> {
	const { Chart } = await import('./chart-runtime');
	const width = 900;
	const fontSize = 16;
	const config = elementChartConfig(elements, {
		colors: {
			bar: '#2b5a5f',
			barBorder: '#1d4246',
			text: '#1f2429',
			grid: '#c9c4b8',
			surface: '#ffffff'
		},
		reducedMotion: true,
		fontSize,
		lineWidth: labelLineWidth(width, fontSize)
	});
	const lines = Math.max(1, ...(config.data.labels ?? []).map((label) => label.length));
	const height = Math.round(
		elements.length * (lines * 1.3 * fontSize + 1.25 * fontSize) + 5 * fontSize
	);
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	canvas.style.width = `${width}px`;
	canvas.style.height = `${height}px`;
	const chart = new Chart(canvas, {
		...config,
		options: {
			...config.options,
			responsive: false,
			maintainAspectRatio: false,
			animation: false,
			devicePixelRatio: 2,
			events: []
		},
		plugins: [
			{
				id: 'white-background',
				beforeDraw: (c) => {
					const ctx = c.ctx;
					ctx.save();
					ctx.fillStyle = '#ffffff';
					ctx.fillRect(0, 0, c.width, c.height);
					ctx.restore();
				}
			}
		]
	});
	try {
		chart.draw();
		return { data: chart.toBase64Image(), width, height };
	} finally {
		chart.destroy();
	}
}

/** Writes the report into a jsPDF document, top to bottom, breaking pages as needed. */
class Writer {
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
			const lines = this.doc.splitTextToSize(
				`${row.number}. ${row.title}`,
				labelWidth - 8
			) as string[];
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

function drawCover(w: Writer, model: ReportModel) {
	const { cover } = model;
	const doc = w.doc;
	doc.setFillColor(...ACCENT);
	doc.rect(0, 0, PAGE.width, 10, 'F');
	w.y = MARGIN + 40;
	w.text(cover.title, { size: 13, color: ACCENT, after: 2 });
	w.text(cover.subtitle, { size: SIZE.body, color: MUTED, after: 28 });
	w.text(cover.organization, { size: SIZE.title, bold: true, after: 18 });
	for (const detail of cover.details) {
		w.font(SIZE.body, true, MUTED);
		doc.text(`${detail.label}:`, MARGIN, w.y + SIZE.body);
		w.text(detail.value, { indent: 110, after: 4 });
	}
	if (cover.isExample) {
		w.y += 6;
		w.text('This is the built-in example: a fictional organization.', { color: MUTED });
	}
	if (cover.roster.length > 0) {
		w.y += 18;
		w.text('Task force', { size: SIZE.h3, bold: true, after: 6 });
		w.list(cover.roster.map((member) => member.text));
	}
	if (cover.shareableNote) {
		w.y += 12;
		w.text(cover.shareableNote, { bold: true });
	}
}

function drawSummary(w: Writer, model: ReportModel) {
	const { summary } = model;
	w.heading('Executive summary', 2);
	w.text(summary.headline, { size: 15, bold: true, color: ACCENT_STRONG, after: 6 });
	w.text(summary.coverageSentence);
	if (summary.incompleteNote) w.text(summary.incompleteNote, { bold: true });
	if (summary.strongest) w.text(summary.strongest.sentence, { after: 3 });
	if (summary.weakest) w.text(summary.weakest.sentence);

	w.heading('First steps', 3);
	w.text(summary.firstActionsIntro, { color: MUTED });
	if (summary.firstActions.length === 0) {
		w.text('No first steps to show yet.');
	}
	summary.firstActions.forEach((action, index) => {
		w.ensure(60);
		w.text(action.title, { bold: true, indent: 16, prefix: `${index + 1}.`, after: 1 });
		w.text([action.when, action.detail].filter(Boolean).join(' · '), {
			size: SIZE.small,
			color: MUTED,
			indent: 16,
			after: 1
		});
		w.text(action.reason, { size: SIZE.small, indent: 16, after: 6 });
	});

	w.heading('Workforce risk profile', 3);
	w.table({
		head: [['Risk factor (the workforce as a whole)', 'Level']],
		body: summary.riskProfile.map((r) => [r.label, r.value]),
		columnStyles: { 1: { cellWidth: 120 } }
	});
}

async function drawElements(w: Writer, model: ReportModel) {
	w.heading('Element scores', 2);
	w.text(
		'Scores out of 100 for the six essential elements. The table below has the same numbers.',
		{
			color: MUTED
		}
	);
	let image: Awaited<ReturnType<typeof chartImage>> | null = null;
	try {
		image = await chartImage(model.elements);
	} catch {
		image = null;
	}
	if (image) {
		const height = (CONTENT_WIDTH * image.height) / image.width;
		w.ensure(height);
		w.doc.addImage(image.data, 'PNG', MARGIN, w.y, CONTENT_WIDTH, height, 'element-chart', 'FAST');
		w.y += height + 10;
	} else {
		w.bars(model.elements);
	}
	w.table({
		head: [['Element', 'Score', 'Band', 'Coverage']],
		body: model.elements.map((e) => [
			`${e.number}. ${e.title}`,
			e.scoreText,
			e.bandText,
			e.coverageText
		]),
		columnStyles: { 1: { cellWidth: 60 }, 2: { cellWidth: 70 }, 3: { cellWidth: 130 } }
	});
	w.text(
		'Bands are rules of thumb to guide the discussion, not validated cut-offs (see Methodology).',
		{
			size: SIZE.small,
			color: MUTED
		}
	);
}

async function drawItems(w: Writer, model: ReportModel, progress: ProgressCallback) {
	w.newPage();
	w.heading('Practices by element', 2);
	w.text(
		model.includeNotes
			? 'Every practice with the task force’s answer, notes and evidence.'
			: 'Every practice with the task force’s answer. Notes and evidence are left out of this copy.',
		{ color: MUTED }
	);
	const head = model.includeNotes
		? [['Practice', 'Score', 'How it counts', 'Notes', 'Evidence']]
		: [['Practice', 'Score', 'How it counts']];
	const columnStyles: UserOptions['columnStyles'] = model.includeNotes
		? {
				0: { cellWidth: 128 },
				1: { cellWidth: 72 },
				2: { cellWidth: 78 },
				3: { cellWidth: 'auto' },
				4: { cellWidth: 88 }
			}
		: { 0: { cellWidth: 240 }, 1: { cellWidth: 90 }, 2: { cellWidth: 'auto' } };
	for (const [index, section] of model.itemSections.entries()) {
		progress(0.45 + (0.35 * index) / model.itemSections.length, `Practices: ${section.heading}`);
		await breathe();
		w.heading(section.heading, 3);
		w.text(section.scoreLine, { size: SIZE.small, color: MUTED });
		const body: RowInput[] = section.items.map((row) =>
			model.includeNotes
				? [row.statement, row.scoreLabel, row.status, row.notes ?? '', row.evidence ?? '']
				: [row.statement, row.scoreLabel, row.status]
		);
		w.table({ head, body, columnStyles });
	}
}

function drawPlan(w: Writer, model: ReportModel) {
	w.newPage();
	w.heading('Action plan', 2);
	w.text(model.plan.intro, { color: MUTED });
	for (const group of model.plan.groups) {
		w.heading(group.heading, 3);
		if (group.actions.length === 0) {
			w.text('No actions in this time frame.', { color: MUTED });
			continue;
		}
		w.table({
			head: [['Action', 'Owner', 'Start', 'Due', 'Status', 'Success measure']],
			body: group.actions.map((a) => [
				a.title,
				a.owner,
				a.start,
				a.due,
				a.status,
				a.successMeasure
			]),
			columnStyles: {
				0: { cellWidth: 130, fontStyle: 'bold' },
				1: { cellWidth: 62 },
				2: { cellWidth: 54 },
				3: { cellWidth: 54 },
				4: { cellWidth: 54 },
				5: { cellWidth: 'auto' }
			}
		});
	}
}

function drawMethodology(w: Writer, model: ReportModel) {
	w.newPage();
	w.heading('Methodology', 2);
	for (const section of model.methodology) w.section(section, 3);
	w.y += 8;
	w.section(model.source, 2);
}

function drawFooters(doc: jsPDF, model: ReportModel) {
	const total = doc.getNumberOfPages();
	const label = [
		model.cover.organization,
		model.cover.details.find((d) => d.label === 'Cycle')?.value
	]
		.filter(Boolean)
		.join(' · ');
	for (let page = 1; page <= total; page++) {
		doc.setPage(page);
		doc.setFont(FONT, 'normal');
		doc.setFontSize(SIZE.small - 1);
		doc.setTextColor(...MUTED);
		const y = PAGE.height - MARGIN / 2 - 4;
		const number = `Page ${page} of ${total}`;
		const numberWidth = doc.getTextWidth(number);
		const short = doc.splitTextToSize(label, CONTENT_WIDTH - numberWidth - 24) as string[];
		doc.text(short[0] ?? '', MARGIN, y);
		doc.text(number, PAGE.width - MARGIN - numberWidth, y);
	}
}

/** Builds the report as a PDF and returns it as a Blob. */
export async function buildReportPdf(model: ReportModel, options: PdfOptions = {}): Promise<Blob> {
	const progress: ProgressCallback = options.onProgress ?? (() => undefined);
	const urls = options.fontUrls ?? {
		regular: '/fonts/DejaVuSans.ttf',
		bold: '/fonts/DejaVuSans-Bold.ttf'
	};

	progress(0.05, 'Loading the fonts');
	const [regular, bold] = await Promise.all([fetchFont(urls.regular), fetchFont(urls.bold)]);

	const doc = new jsPDF({ unit: 'pt', format: 'a4', compress: true });
	doc.addFileToVFS('DejaVuSans.ttf', regular);
	doc.addFont('DejaVuSans.ttf', FONT, 'normal');
	doc.addFileToVFS('DejaVuSans-Bold.ttf', bold);
	doc.addFont('DejaVuSans-Bold.ttf', FONT, 'bold');
	doc.setFont(FONT, 'normal');
	doc.setLanguage('en');
	doc.setProperties({
		title: `${model.cover.organization}: ${model.cover.title}`,
		subject: model.cover.subtitle,
		creator: 'STS Workbook'
	});
	const w = new Writer(doc);

	progress(0.2, 'Writing the cover and summary');
	await breathe();
	drawCover(w, model);
	w.newPage();
	drawSummary(w, model);

	progress(0.3, 'Drawing the chart');
	await breathe();
	w.newPage();
	await drawElements(w, model);

	await drawItems(w, model, progress);

	progress(0.82, 'Writing the plan');
	await breathe();
	drawPlan(w, model);

	progress(0.9, 'Writing the methodology');
	await breathe();
	drawMethodology(w, model);
	drawFooters(doc, model);

	progress(0.95, 'Finishing the file');
	await breathe();
	const blob = doc.output('blob');
	progress(1, 'Done');
	return blob;
}
