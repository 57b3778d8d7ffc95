/**
 * The PDF report, drawn with jsPDF + jspdf-autotable from the report model (report-model.ts): this
 * file only lays out what the model says. Import it lazily (`await import('$lib/report/pdf')`):
 * jsPDF and Chart.js are large and only the Report screen needs them.
 *
 * Text is set in DejaVu Sans, embedded from the app's own /fonts (cached offline by the service
 * worker): the PDF's built-in fonts cover Latin-1 only, and names like "Zoë Łukasik" or "Đặng"
 * must print as written. jsPDF cannot tag a PDF; the HTML report is the accessible twin.
 */
import { newReportDocument, Writer } from './pdf-layout';
import { fetchFont } from './pdf-assets';
import {
	breathe,
	drawAgreement,
	drawAppendix,
	drawCover,
	drawElements,
	drawFooters,
	drawItems,
	drawMethodology,
	drawPlan,
	drawSinceLastTime,
	drawSummary,
	type ProgressCallback
} from './pdf-sections';
import type { ReportModel } from './report-types';

export type { ProgressCallback };

export interface PdfOptions {
	/** Where the two TTF files are served (same origin). */
	fontUrls?: { regular: string; bold: string };
	onProgress?: ProgressCallback;
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

	const doc = newReportDocument({ regular, bold });
	doc.setLanguage('en');
	doc.setProperties({
		title: `${model.cover.organization}: ${model.cover.title}`,
		subject: model.cover.subtitle,
		creator: 'STS Workbook'
	});
	const w = new Writer(doc);

	// The order a reader wants: where we stand (and what changed since the cycle before), then
	// what we decided to do about it, then the detail behind the numbers; the suggestions the
	// team has not adopted come last.
	progress(0.2, 'Writing the cover and summary');
	await breathe();
	drawCover(w, model);
	w.newPage();
	drawSummary(w, model);
	if (model.sinceLastTime) {
		progress(0.22, 'Writing what changed since last time');
		await breathe();
		drawSinceLastTime(w, model.sinceLastTime);
	}

	progress(0.25, 'Writing our plan');
	await breathe();
	drawPlan(w, model);

	progress(0.3, 'Drawing the chart');
	await breathe();
	w.newPage();
	await drawElements(w, model);

	await drawItems(w, model, progress);
	if (model.agreement) drawAgreement(w, model.agreement);

	progress(0.85, 'Writing the methodology');
	await breathe();
	drawMethodology(w, model);

	if (model.plan.appendix) {
		progress(0.9, 'Writing the appendix');
		await breathe();
		drawAppendix(w, model.plan.appendix);
	}
	drawFooters(doc, model);

	progress(0.95, 'Finishing the file');
	await breathe();
	const blob = doc.output('blob');
	progress(1, 'Done');
	return blob;
}
