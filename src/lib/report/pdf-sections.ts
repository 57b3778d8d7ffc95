/**
 * The sections of the PDF report, in order: cover, executive summary (with the first steps), since
 * last time (from the second cycle on), our plan, element scores, practices by element, methodology and source, the appendix of
 * suggestions not adopted, and the page footers. Each lays out its part of the report model
 * (report-model.ts) and decides no words of its own beyond fixed section headings and table heads.
 * Every heading that introduces a table goes through Writer.tableBlock, so no heading or table
 * head is left alone at the foot of a page.
 */
import type { jsPDF } from 'jspdf';
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
	type TableOptions,
	type Writer
} from './pdf-layout';
import { chartImage } from './pdf-assets';
import type {
	LabelledValue,
	ReportItemSection,
	ReportModel,
	ReportPlanGroup,
	ReportSinceLastTime,
	ReportSuggestionAppendix,
	ReportTable
} from './report-types';

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

	// "First steps of our plan", or "Top suggestions (not yet adopted)": the model says which.
	w.heading(summary.firstActionsHeading, 3);
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

	drawRiskProfile(w, summary.riskProfile);
}

export function drawRiskProfile(w: Writer, factors: readonly LabelledValue[]) {
	w.tableBlock({
		heading: { text: 'Workforce risk profile', level: 3 },
		table: {
			head: [['Risk factor (the workforce as a whole)', 'Level']],
			body: factors.map((r) => [r.label, r.value]),
			columnStyles: { 1: { cellWidth: 120 } }
		}
	});
}

/** Column widths of the "Since last time" tables, by table id; the first column takes the rest. */
const SINCE_COLUMNS: Record<string, TableOptions['columnStyles']> = {
	scores: { 1: { cellWidth: 112 }, 2: { cellWidth: 112 }, 3: { cellWidth: 72 } },
	changes: { 1: { cellWidth: 90 } },
	improved: { 1: { cellWidth: 120 }, 2: { cellWidth: 120 } },
	declined: { 1: { cellWidth: 120 }, 2: { cellWidth: 120 } },
	'not-comparable': { 1: { cellWidth: 200 } },
	plan: { 1: { cellWidth: 150 } }
};

/** One part of "Since last time": its heading and line kept with the start of its table. */
export function drawSinceTable(w: Writer, part: ReportTable) {
	if (part.rows.length === 0) {
		// No table to keep the heading with: the line under it says why.
		w.heading(part.heading, 3);
		w.text(part.intro);
		return;
	}
	w.tableBlock({
		heading: { text: part.heading, level: 3 },
		lead: part.intro ? [{ text: part.intro }] : [],
		table: {
			head: [part.head],
			body: part.rows,
			columnStyles: { 0: { fontStyle: 'bold' }, ...SINCE_COLUMNS[part.id] }
		}
	});
}

/** "Since last time", on its own page between the summary and our plan. */
export function drawSinceLastTime(w: Writer, since: ReportSinceLastTime) {
	w.newPage();
	w.heading(since.heading, 2);
	w.text(since.intro, { color: MUTED });
	if (since.versionNote) w.text(since.versionNote);
	w.text(since.headline, { size: 15, bold: true, color: ACCENT_STRONG, after: 6 });
	for (const part of since.tables) drawSinceTable(w, part);
}

/** Our plan: what the team adopted, by time frame, on its own page right after the summary. */
export function drawPlan(w: Writer, model: ReportModel) {
	w.newPage();
	w.heading(model.plan.heading, 2);
	w.text(model.plan.intro, { color: MUTED });
	// Nothing adopted: there is no group, and the intro alone says so (no empty table).
	for (const group of model.plan.groups) drawPlanGroup(w, group);
}

export function drawPlanGroup(w: Writer, group: ReportPlanGroup) {
	w.tableBlock({
		heading: { text: group.heading, level: 3 },
		table: {
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
		}
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
	for (const [index, section] of model.itemSections.entries()) {
		progress(0.45 + (0.35 * index) / model.itemSections.length, `Practices: ${section.heading}`);
		await breathe();
		drawItemSection(w, section, model.includeNotes);
	}
}

/** One element's practices: its heading and score line stay with the start of its table. */
export function drawItemSection(w: Writer, section: ReportItemSection, includeNotes: boolean) {
	const table: TableOptions = includeNotes
		? {
				head: [['Practice', 'Score', 'How it counts', 'Notes', 'Evidence']],
				body: section.items.map((row) => [
					row.statement,
					row.scoreLabel,
					row.status,
					row.notes ?? '',
					row.evidence ?? ''
				]),
				columnStyles: {
					0: { cellWidth: 128 },
					1: { cellWidth: 72 },
					2: { cellWidth: 78 },
					3: { cellWidth: 'auto' },
					4: { cellWidth: 88 }
				}
			}
		: {
				head: [['Practice', 'Score', 'How it counts']],
				body: section.items.map((row) => [row.statement, row.scoreLabel, row.status]),
				columnStyles: { 0: { cellWidth: 240 }, 1: { cellWidth: 90 }, 2: { cellWidth: 'auto' } }
			};
	w.tableBlock({
		heading: { text: section.heading, level: 3 },
		lead: [{ text: section.scoreLine, style: { size: SIZE.small, color: MUTED } }],
		table
	});
}

/** The workshop's agreement per element, after the practices it summarizes. */
export function drawAgreement(w: Writer, agreement: NonNullable<ReportModel['agreement']>) {
	w.y += 12;
	w.tableBlock({
		heading: { text: agreement.heading, level: 2 },
		lead: [{ text: agreement.intro, style: { color: MUTED } }],
		table: { head: [agreement.head], body: agreement.rows }
	});
}

export function drawMethodology(w: Writer, model: ReportModel) {
	w.newPage();
	w.heading('Methodology', 2);
	for (const section of model.methodology) w.section(section, 3);
	w.y += 8;
	w.section(model.source, 2);
}

/**
 * The suggestions the team has not adopted, last and on a page of their own: a board reads the
 * plan first, and the workbook's reasons stay at hand for the team's next sitting.
 */
export function drawAppendix(w: Writer, appendix: ReportSuggestionAppendix) {
	w.newPage();
	w.tableBlock({
		heading: { text: appendix.heading, level: 2 },
		lead: [{ text: appendix.intro, style: { color: MUTED } }],
		table: {
			head: [['Suggestion', 'When', 'Priority', 'Why', 'Status']],
			body: appendix.rows.map((r) => [r.title, r.when, r.priority, r.reason, r.status]),
			columnStyles: {
				0: { cellWidth: 140, fontStyle: 'bold' },
				1: { cellWidth: 68 },
				2: { cellWidth: 46 },
				3: { cellWidth: 'auto' },
				4: { cellWidth: 58 }
			}
		}
	});
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
