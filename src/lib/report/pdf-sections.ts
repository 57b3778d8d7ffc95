/**
 * The sections of the PDF report, in order: cover, executive summary, element scores, practices
 * by element, action plan, methodology and the page footers. Each lays out its part of the report
 * model (report-model.ts) and decides no words of its own beyond headings and table heads.
 */
import type { jsPDF } from 'jspdf';
import type { RowInput, UserOptions } from 'jspdf-autotable';
import { elementLabel } from '$lib/domain/format';
import {
	ACCENT,
	ACCENT_STRONG,
	CONTENT_WIDTH,
	FONT,
	MARGIN,
	MUTED,
	PAGE,
	SIZE,
	type Writer
} from './pdf-layout';
import { chartImage } from './pdf-assets';
import type { ReportModel } from './report-types';

export type ProgressCallback = (fraction: number, label: string) => void;

/** Lets the browser paint the progress bar between steps. */
export const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function drawCover(w: Writer, model: ReportModel) {
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

export function drawSummary(w: Writer, model: ReportModel) {
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

export async function drawElements(w: Writer, model: ReportModel) {
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
		w.doc.addImage(image.data, 'JPEG', MARGIN, w.y, CONTENT_WIDTH, height, 'element-chart');
		w.y += height + 10;
	} else {
		w.bars(model.elements);
	}
	w.table({
		head: [['Element', 'Score', 'Band', 'Coverage']],
		body: model.elements.map((e) => [elementLabel(e), e.scoreText, e.bandText, e.coverageText]),
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

export async function drawItems(w: Writer, model: ReportModel, progress: ProgressCallback) {
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

export function drawPlan(w: Writer, model: ReportModel) {
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
				a.suggested ? `${a.successMeasure}\nSuggested: ${a.suggested}` : a.successMeasure
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

export function drawMethodology(w: Writer, model: ReportModel) {
	w.newPage();
	w.heading('Methodology', 2);
	for (const section of model.methodology) w.section(section, 3);
	w.y += 8;
	w.section(model.source, 2);
}

export function drawFooters(doc: jsPDF, model: ReportModel) {
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
