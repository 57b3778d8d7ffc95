/**
 * The report as an editable Word document: the same report model as the PDF and the printable
 * view, in the report's order (cover, summary, since last time when there is an earlier cycle,
 * our plan, element scores, practices, methodology, then the appendix of suggestions). It lays
 * the model out and decides no words of its own beyond headings, table heads and the short notes
 * the PDF has too. Loaded lazily by the report toolbar, so `docx` is only fetched when someone
 * asks for a Word file.
 */
import {
	AlignmentType,
	Document,
	HeadingLevel,
	ImageRun,
	Packer,
	Paragraph,
	type FileChild
} from 'docx';
import { elementLabel } from '$lib/domain/format';
import {
	bullet,
	cellWithNote,
	CONTENT_WIDTH_PX,
	footer,
	gap,
	heading,
	headline,
	labelled,
	numbered,
	numbering,
	PAGE,
	para,
	runs,
	styles,
	table
} from './docx-parts';
import type { ReportModel, ReportSection, ReportTable } from './report-types';
import { xmlSafeDeep } from './xml-text';

/** The element chart as image bytes, with its drawn size in pixels. */
export interface DocxChart {
	data: Uint8Array;
	width: number;
	height: number;
	type: 'jpg' | 'png';
}

export interface DocxOptions {
	/** Null or absent when the chart could not be drawn: the table has every number anyway. */
	chart?: DocxChart | null;
}

/** The chart as chartImage (pdf-assets.ts) draws it, a data URL, turned into bytes for Word. */
export function chartForDocx(image: { data: string; width: number; height: number }): DocxChart {
	const comma = image.data.indexOf(',');
	const binary = atob(image.data.slice(comma + 1));
	const data = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) data[i] = binary.charCodeAt(i);
	const type = image.data.startsWith('data:image/png') ? 'png' : 'jpg';
	return { data, width: image.width, height: image.height, type };
}

function cover(model: ReportModel): FileChild[] {
	const { cover } = model;
	const parts: FileChild[] = [
		heading(cover.title, 1),
		para(cover.subtitle, { muted: true }),
		new Paragraph({ text: cover.organization, heading: HeadingLevel.TITLE }),
		...cover.details.map((detail) => labelled(detail.label, detail.value))
	];
	if (cover.isExample) {
		parts.push(para('This is the built-in example: a fictional organization.', { muted: true }));
	}
	if (cover.roster.length > 0) {
		parts.push(
			new Paragraph({ children: runs('Task force', { bold: true }), keepNext: true }),
			...cover.roster.map((member) => bullet(member.text))
		);
	}
	if (cover.shareableNote) parts.push(para(cover.shareableNote, { bold: true }));
	return parts;
}

function summary(model: ReportModel): FileChild[] {
	const { summary } = model;
	const parts: FileChild[] = [
		heading('Executive summary', 2, { pageBreakBefore: true }),
		headline(summary.headline),
		para(summary.coverageSentence)
	];
	if (summary.incompleteNote) parts.push(para(summary.incompleteNote, { bold: true }));
	if (summary.strongest) parts.push(para(summary.strongest.sentence));
	if (summary.weakest) parts.push(para(summary.weakest.sentence));

	parts.push(
		heading(summary.firstActionsHeading, 3),
		para(summary.firstActionsIntro, { muted: true })
	);
	if (summary.firstActions.length === 0) parts.push(para('No first steps to show yet.'));
	for (const action of summary.firstActions) {
		const when = [action.when, action.detail].filter(Boolean).join(' · ');
		parts.push(
			numbered([
				...runs(action.title, { bold: true }),
				...runs(`\n${when}`, { small: true, muted: true }),
				...runs(`\n${action.reason}`, { small: true })
			])
		);
	}

	parts.push(
		heading('Workforce risk profile', 3),
		table(
			[
				{ header: 'Risk factor (the workforce as a whole)', share: 0.7 },
				{ header: 'Level', share: 0.3 }
			],
			summary.riskProfile.map((factor) => [factor.label, factor.value])
		)
	);
	return parts;
}

/** Column shares of the "Since last time" tables, by table id (the first column names the row). */
const SINCE_SHARES: Record<string, readonly number[]> = {
	scores: [0.4, 0.22, 0.22, 0.16],
	changes: [0.7, 0.3],
	improved: [0.5, 0.25, 0.25],
	declined: [0.5, 0.25, 0.25],
	'not-comparable': [0.55, 0.45],
	plan: [0.65, 0.35]
};

function sinceTable(part: ReportTable): FileChild[] {
	const heading3 = heading(part.heading, 3);
	// No rows: no table, and the line under the heading says why.
	if (part.rows.length === 0) return [heading3, para(part.intro)];
	const shares = SINCE_SHARES[part.id];
	return [
		heading3,
		...(part.intro ? [para(part.intro, { keepNext: true })] : []),
		table(
			part.head.map((header, index) => ({
				header,
				share: shares?.[index] ?? 1 / part.head.length
			})),
			part.rows,
			{ boldFirstColumn: true }
		),
		gap()
	];
}

function sinceLastTime(model: ReportModel): FileChild[] {
	const since = model.sinceLastTime;
	if (!since) return [];
	return [
		heading(since.heading, 2, { pageBreakBefore: true }),
		para(since.intro, { muted: true }),
		...(since.versionNote ? [para(since.versionNote)] : []),
		headline(since.headline),
		...since.tables.flatMap(sinceTable)
	];
}

function plan(model: ReportModel): FileChild[] {
	const { plan } = model;
	const parts: FileChild[] = [
		heading(plan.heading, 2, { pageBreakBefore: true }),
		para(plan.intro, { muted: true })
	];
	for (const group of plan.groups) {
		parts.push(
			heading(group.heading, 3),
			table(
				[
					{ header: 'Action', share: 0.25 },
					{ header: 'Owner', share: 0.13 },
					{ header: 'Start', share: 0.11 },
					{ header: 'Due', share: 0.11 },
					{ header: 'Status', share: 0.11 },
					{ header: 'Success measure', share: 0.29 }
				],
				group.actions.map((action) => [
					action.title,
					action.owner,
					action.start,
					action.due,
					action.status,
					cellWithNote(
						action.successMeasure,
						action.suggested ? `Suggested: ${action.suggested}` : undefined
					)
				]),
				{ boldFirstColumn: true }
			)
		);
	}
	return parts;
}

function chartPicture(model: ReportModel, chart: DocxChart): Paragraph {
	const width = Math.min(CONTENT_WIDTH_PX, chart.width);
	return new Paragraph({
		alignment: AlignmentType.CENTER,
		keepNext: true,
		children: [
			new ImageRun({
				type: chart.type,
				data: chart.data,
				transformation: { width, height: Math.round((width * chart.height) / chart.width) },
				altText: {
					name: 'Element scores chart',
					title: 'Element scores',
					description: model.chartSummary
				}
			})
		]
	});
}

function elements(model: ReportModel, chart: DocxChart | null): FileChild[] {
	return [
		heading('Element scores', 2, { pageBreakBefore: true }),
		para(
			chart
				? 'Scores out of 100 for each essential element. The table below the chart has the same numbers.'
				: 'Scores out of 100 for each essential element. The table below has every number the chart would show.',
			{ muted: true, keepNext: true }
		),
		...(chart ? [chartPicture(model, chart)] : []),
		table(
			[
				{ header: 'Element', share: 0.46 },
				{ header: 'Score', share: 0.12 },
				{ header: 'Band', share: 0.16 },
				{ header: 'Coverage', share: 0.26 }
			],
			model.elements.map((element) => [
				elementLabel(element),
				element.scoreText,
				element.bandText,
				element.coverageText
			])
		),
		gap(),
		para(
			'Bands are rules of thumb to guide the discussion, not validated cut-offs (see Methodology).',
			{ small: true, muted: true }
		)
	];
}

function practices(model: ReportModel): FileChild[] {
	const { includeNotes } = model;
	const columns = includeNotes
		? [
				{ header: 'Practice', share: 0.27 },
				{ header: 'Answer', share: 0.14 },
				{ header: 'How it counts', share: 0.17 },
				{ header: 'Notes', share: 0.24 },
				{ header: 'Evidence', share: 0.18 }
			]
		: [
				{ header: 'Practice', share: 0.5 },
				{ header: 'Answer', share: 0.2 },
				{ header: 'How it counts', share: 0.3 }
			];
	const parts: FileChild[] = [
		heading('Practices by element', 2, { pageBreakBefore: true }),
		para(
			includeNotes
				? 'Every practice with the task force’s answer, notes and evidence.'
				: 'Every practice with the task force’s answer, including reasons for “Not applicable”. Notes and evidence are left out of this copy.',
			{ muted: true }
		)
	];
	for (const section of model.itemSections) {
		parts.push(
			heading(section.heading, 3),
			para(section.scoreLine, { small: true, muted: true, keepNext: true }),
			table(
				columns,
				section.items.map((row) =>
					includeNotes
						? [row.statement, row.scoreLabel, row.status, row.notes ?? '', row.evidence ?? '']
						: [row.statement, row.scoreLabel, row.status]
				)
			)
		);
	}
	return parts;
}

function section(part: ReportSection, level: 2 | 3): FileChild[] {
	return [
		heading(part.heading, level),
		...part.paragraphs.map((text) => para(text)),
		...(part.list ?? []).map(bullet)
	];
}

function methodology(model: ReportModel): FileChild[] {
	return [
		heading('Methodology', 2, { pageBreakBefore: true }),
		...model.methodology.flatMap((part) => section(part, 3)),
		...section(model.source, 2)
	];
}

function appendix(model: ReportModel): FileChild[] {
	const { appendix } = model.plan;
	if (!appendix) return [];
	return [
		heading(appendix.heading, 2, { pageBreakBefore: true }),
		para(appendix.intro, { muted: true, keepNext: true }),
		table(
			[
				{ header: 'Suggestion', share: 0.28 },
				{ header: 'When', share: 0.15 },
				{ header: 'Priority', share: 0.1 },
				{ header: 'Why', share: 0.33 },
				{ header: 'Status', share: 0.14 }
			],
			appendix.rows.map((row) => [row.title, row.when, row.priority, row.reason, row.status]),
			{ boldFirstColumn: true }
		)
	];
}

/** The Word file of the report, ready to download (`.docx`). */
export async function buildReportDocx(
	reportModel: ReportModel,
	options: DocxOptions
): Promise<Blob> {
	// The docx package writes text as given: a control character pasted into a note would make
	// the file unreadable in Word.
	const model = xmlSafeDeep(reportModel);
	const { cover: front } = model;
	const footerLabel = [front.organization, front.details.find((d) => d.label === 'Cycle')?.value]
		.filter(Boolean)
		.join(' · ');
	const document = new Document({
		title: `${front.title}: ${front.organization}`,
		subject: front.subtitle,
		// The app's name, never a person's: the file may be shared beyond the task force.
		creator: 'STS Workbook',
		lastModifiedBy: 'STS Workbook',
		styles,
		numbering,
		sections: [
			{
				properties: {
					page: {
						size: { width: PAGE.width, height: PAGE.height },
						margin: {
							top: PAGE.margin,
							right: PAGE.margin,
							bottom: PAGE.margin,
							left: PAGE.margin
						}
					}
				},
				footers: { default: footer(footerLabel) },
				children: [
					...cover(model),
					...summary(model),
					...sinceLastTime(model),
					...plan(model),
					...elements(model, options.chart ?? null),
					...practices(model),
					...methodology(model),
					...appendix(model)
				]
			}
		]
	});
	return Packer.toBlob(document);
}
