import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, test } from 'vitest';
import { builtinFramework } from '$lib/content';
import { exampleAssessment } from '$lib/content/example';
import { findOutText } from '$lib/content/plan-text';
import type { PlanAction } from '$lib/domain/assessment';
import type { Framework } from '$lib/domain/framework';
import { reconcilePlan } from '$lib/domain/plan';
import { prioritizeItems, suggestActions } from '$lib/domain/prioritize';
import { scoreAssessment } from '$lib/domain/scoring';
import { buildReportDocx, chartForDocx } from './docx';
import { buildReportModel } from './report-model';
import type { ReportModel, ReportOptions } from './report-types';
import { withEarlierCycle } from './since-last-time-fixtures';
import { reportInput, type TestResponse } from './test-fixtures';

// The Word report is read back the way a user's word processor would see it: mammoth turns it
// into text and HTML (headings by their Word style), fflate opens the zip for the raw XML.

interface ReadBack {
	text: string;
	html: string;
	files: Record<string, string>;
}

async function readBack(blob: Blob): Promise<ReadBack> {
	const buffer = Buffer.from(await blob.arrayBuffer());
	const [{ value: text }, { value: html }] = await Promise.all([
		mammoth.extractRawText({ buffer }),
		mammoth.convertToHtml({ buffer })
	]);
	const files = Object.fromEntries(
		Object.entries(unzipSync(new Uint8Array(buffer)))
			.filter(([name]) => name.endsWith('.xml'))
			.map(([name, bytes]) => [name, strFromU8(bytes)])
	);
	return { text, html, files };
}

const docx = async (model: ReportModel, chart: Parameters<typeof chartForDocx>[0] | null = null) =>
	readBack(await buildReportDocx(model, { chart: chart ? chartForDocx(chart) : null }));

/** The HTML between one heading and the next heading of the same or a higher level. */
function sectionOf(html: string, headingHtml: string): string {
	const start = html.indexOf(headingHtml);
	expect(start, `${headingHtml} is in the document`).toBeGreaterThanOrEqual(0);
	const level = Number(headingHtml[2]);
	const rest = html.slice(start + headingHtml.length);
	const next = rest.search(new RegExp(`<h[1-${level}]>`));
	return next === -1 ? rest : rest.slice(0, next);
}

/** The example's plan as stored, every suggestion untouched: then two adopted, in a new order. */
function examplePlanWithTwoAdopted(): PlanAction[] {
	const responses = new Map<string, TestResponse>(Object.entries(exampleAssessment.responses));
	const priorities = prioritizeItems(builtinFramework, responses, exampleAssessment.riskProfile);
	const plan = reconcilePlan(
		'example',
		[],
		suggestActions(builtinFramework, priorities, findOutText),
		new Date('2026-03-12T10:00:00Z')
	).puts;
	// The self-care group ranks above the caseload review as a suggestion; the team puts the
	// caseload review first.
	const adopted: Record<string, Partial<PlanAction>> = {
		'Review trauma caseloads each month': { order: 1, owner: 'Đặng Thị Hương' },
		'Start a workplace self-care group': { order: 2, owner: 'Zoë Łukasik' }
	};
	return plan.map((action) => {
		const patch = adopted[action.title];
		return patch ? { ...action, ...patch, status: 'accepted' } : action;
	});
}

function exampleModel(options: ReportOptions): ReportModel {
	const responses = new Map<string, TestResponse>(Object.entries(exampleAssessment.responses));
	return buildReportModel(
		{
			framework: builtinFramework as Framework,
			assessment: {
				...exampleAssessment,
				roster: exampleAssessment.roster.map((member, i) => ({ id: String(i), ...member })),
				isExample: true
			},
			responses,
			score: scoreAssessment(builtinFramework, responses),
			plan: examplePlanWithTwoAdopted()
		},
		options
	);
}

/** A 1 × 1 PNG, as a data URL like the one chartImage (pdf-assets.ts) returns. */
const TINY_PNG =
	'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

describe('the Word report of the example, with two actions adopted and reordered', async () => {
	const model = exampleModel({ includeNotes: true });
	const { text, html, files } = await docx(model);
	const document = files['word/document.xml'] ?? '';

	test('the cover: title, organization, details, the example note and the named task force', () => {
		expect(html).toContain('<h1>Protecting staff from secondary traumatic stress</h1>');
		expect(text).toContain('Maple Hollow Child & Family Services (example)');
		expect(document).toMatch(
			/<w:pStyle w:val="Title"\/><\/w:pPr><w:r><w:t xml:space="preserve">Maple Hollow Child &amp; Family Services \(example\)<\/w:t>/
		);
		expect(text).toContain('Cycle: Baseline 2026');
		expect(text).toContain('This is the built-in example: a fictional organization.');
		expect(html).toContain('<li>Program manager: José Núñez</li>');
		expect(html).toContain('<li>Casework supervisor: Zoë Łukasik</li>');
		expect(html).toContain('<li>Executive leader: Margit Sørensen</li>');
	});

	test('the report’s parts in order: summary, our plan, element scores, practices, methodology, appendix', () => {
		const h2 = [...html.matchAll(/<h2>(.*?)<\/h2>/g)].map((match) => match[1]);
		expect(h2).toEqual([
			'Executive summary',
			'Our plan',
			'Element scores',
			'Practices by element',
			'Methodology',
			model.source.heading,
			'Appendix: suggestions not yet adopted'
		]);
	});

	test('the summary leads with the headline and the first steps of the team’s plan, numbered', () => {
		const summary = sectionOf(html, '<h2>Executive summary</h2>');
		expect(summary).toContain(model.summary.headline);
		expect(model.summary.firstActionsKind).toBe('plan');
		expect(summary).toContain(`<h3>${model.summary.firstActionsHeading}</h3>`);
		const steps = sectionOf(html, `<h3>${model.summary.firstActionsHeading}</h3>`);
		expect(steps).toMatch(
			/<ol><li><strong>Review trauma caseloads each month<\/strong><br \/>Now · 0-3 months · Owner: Đặng Thị Hương · Accepted<br \/>.+?<\/li><li><strong>Start a workplace self-care group<\/strong>/
		);
		expect(html).toContain('<h3>Workforce risk profile</h3>');
		expect(sectionOf(html, '<h3>Workforce risk profile</h3>')).toContain(
			'<th><p><strong>Risk factor (the workforce as a whole)</strong></p></th>'
		);
	});

	test('our plan lists the two adopted actions in the team’s order, with owners and measures', () => {
		const plan = sectionOf(html, '<h2>Our plan</h2>');
		expect(plan).toContain(model.plan.intro);
		expect(plan).toContain('<h3>Now (0-3 months)</h3>');
		const caseloads = plan.indexOf('Review trauma caseloads each month');
		const selfCare = plan.indexOf('Start a workplace self-care group');
		expect(caseloads).toBeGreaterThan(0);
		expect(selfCare).toBeGreaterThan(caseloads);
		expect(plan).toContain('<p>Đặng Thị Hương</p>');
		expect(plan).toContain('<p>Zoë Łukasik</p>');
		expect(plan).toContain(
			'Each team reviews trauma caseloads monthly for 3 months, and no one is above the agreed level for more than one month.'
		);
		// Nothing the team has not adopted is in its plan.
		expect(plan).not.toContain('Repeat this assessment every year');
		for (const header of ['Action', 'Owner', 'Start', 'Due', 'Status', 'Success measure']) {
			expect(plan).toContain(`<th><p><strong>${header}</strong></p></th>`);
		}
	});

	test('element scores: the table has every number, and says so when the chart is not there', () => {
		const scores = sectionOf(html, '<h2>Element scores</h2>');
		expect(scores).toContain(
			'Scores out of 100 for each essential element. The table below has every number the chart would show.'
		);
		expect(scores).not.toContain('<img');
		for (const element of model.elements) {
			expect(scores).toContain(element.coverageText);
		}
		expect(scores).toContain(`<p>${model.elements[0]?.scoreText}</p>`);
	});

	test('practices by element: one heading and table per element, with notes and evidence', () => {
		const practices = sectionOf(html, '<h2>Practices by element</h2>');
		expect(practices.match(/<h3>/g)).toHaveLength(model.itemSections.length);
		const first = model.itemSections[0];
		expect(practices).toContain(`<h3>${first?.heading}</h3>`);
		expect(practices).toContain(first?.scoreLine);
		for (const header of ['Practice', 'Answer', 'How it counts', 'Notes', 'Evidence']) {
			expect(practices).toContain(`<th><p><strong>${header}</strong></p></th>`);
		}
		const noted = model.itemSections.flatMap((s) => s.items).find((row) => row.notes);
		expect(text).toContain(noted?.notes?.split('\n')[0]);
	});

	test('the appendix lists the suggestions not adopted, with their reasons', () => {
		const appendix = sectionOf(html, '<h2>Appendix: suggestions not yet adopted</h2>');
		expect(appendix).toContain('Repeat this assessment every year');
		expect(appendix).not.toContain('Review trauma caseloads each month');
		for (const header of ['Suggestion', 'When', 'Priority', 'Why', 'Status']) {
			expect(appendix).toContain(`<th><p><strong>${header}</strong></p></th>`);
		}
		expect(model.plan.appendix?.rows.length).toBeGreaterThan(20);
		expect(appendix.match(/<tr>/g)).toHaveLength((model.plan.appendix?.rows.length ?? 0) + 1);
	});

	test('tables repeat their header row and keep each row on one page; headings keep with the next', () => {
		expect(document).toContain('<w:tblHeader/>');
		expect(document).toContain('<w:cantSplit/>');
		const rows = document.match(/<w:tr>/g)?.length ?? 0;
		expect(document.match(/<w:cantSplit\/>/g)).toHaveLength(rows);
		expect(document.match(/<w:tblHeader\/>/g)).toHaveLength(
			document.match(/<w:tbl>/g)?.length ?? 0
		);
		expect(document).toMatch(/<w:pStyle w:val="Heading2"\/><w:keepNext\/>/);
	});

	test('document properties name the app, not a person, and the language is English', () => {
		const core = files['docProps/core.xml'] ?? '';
		expect(core).toContain('<dc:creator>STS Workbook</dc:creator>');
		expect(core).toContain('<cp:lastModifiedBy>STS Workbook</cp:lastModifiedBy>');
		expect(core).toContain(
			'<dc:title>Protecting staff from secondary traumatic stress: Maple Hollow Child &amp; Family Services (example)</dc:title>'
		);
		expect(files['word/styles.xml']).toContain('<w:lang w:val="en-US"/>');
	});

	test('the footer names the organization and cycle, and numbers the pages', () => {
		const footer = Object.entries(files).find(([name]) => name.startsWith('word/footer'))?.[1];
		expect(footer).toContain('Maple Hollow Child &amp; Family Services (example) · Baseline 2026');
		expect(footer).toContain('PAGE');
		expect(footer).toContain('NUMPAGES');
	});
});

describe('the Word report of the small fixture', () => {
	// The fixture's task force, and one more member whose name needs more than Latin-1.
	const withDang = {
		...reportInput,
		assessment: {
			...reportInput.assessment,
			roster: [
				...reportInput.assessment.roster,
				{ id: '4', role: 'other' as const, roleOther: 'Peer support lead', name: 'Đặng Thị Hương' }
			]
		}
	};

	test('names come out exactly as typed', async () => {
		const { text, files } = await docx(buildReportModel(withDang, { includeNotes: true }));
		expect(text).toContain('Núñez & Łukasik Family Services');
		expect(text).toContain('Program manager: José Núñez');
		expect(text).toContain('Casework supervisor: Zoë Łukasik');
		expect(text).toContain('Peer support lead: Đặng Thị Hương');
		expect(files['word/document.xml']).toContain('Núñez &amp; Łukasik Family Services');
	});

	test('a shareable copy leaves out notes, evidence and names, and says so', async () => {
		const model = buildReportModel(withDang, { includeNotes: false });
		const { text, html } = await docx(model);
		expect(text).toContain(
			'Shareable copy: the team’s notes, evidence and task-force names are left out.'
		);
		expect(text).toContain(
			'Every practice with the task force’s answer, including reasons for “Not applicable”. Notes and evidence are left out of this copy.'
		);
		for (const hidden of [
			'=Only some teams',
			'Sign-up list',
			'Weekly review',
			'private plan note'
		]) {
			expect(text).not.toContain(hidden);
		}
		for (const name of ['José Núñez', 'Zoë Łukasik', 'Đặng']) expect(text).not.toContain(name);
		expect(html).not.toContain('<strong>Notes</strong>');
		expect(html).not.toContain('<strong>Evidence</strong>');
		// The reason for "Not applicable" is part of the answer: it stays.
		expect(text).toContain('Left out of the score: No residential staff.');
	});

	test('a board copy can leave the appendix of suggestions out', async () => {
		const full = await docx(buildReportModel(reportInput, { includeNotes: true }));
		expect(full.html).toContain('<h2>Appendix: suggestions not yet adopted</h2>');
		expect(sectionOf(full.html, '<h2>Our plan</h2>')).toContain('Plan n1');
		expect(full.html.indexOf('<h2>Our plan</h2>')).toBeLessThan(
			full.html.indexOf('<h2>Practices by element</h2>')
		);

		const boardCopy = buildReportModel(reportInput, {
			includeNotes: true,
			includeSuggestions: false
		});
		const board = await docx(boardCopy);
		expect(board.text).not.toContain('Appendix');
		expect(board.text).toContain(boardCopy.plan.intro);
		// Undecided suggestions are nowhere in a board copy.
		expect(sectionOf(board.html, '<h2>Our plan</h2>')).not.toContain('Plan n3');
	});

	test('a measure with figures the workbook suggested says so under the measure', async () => {
		// No built-in action marks its figures yet (content/plan-text suggestedNote): the note is
		// set on the model here, as buildReportModel would.
		const model = buildReportModel(reportInput, { includeNotes: true });
		const suggested = 'the 3 months are the workbook’s suggestion.';
		const withNote: ReportModel = {
			...model,
			plan: {
				...model.plan,
				groups: model.plan.groups.map((group) => ({
					...group,
					actions: group.actions.map((a) => (a.key === 'n1' ? { ...a, suggested } : a))
				}))
			}
		};
		const { html } = await docx(withNote);
		expect(sectionOf(html, '<h2>Our plan</h2>')).toContain(
			`<td><p>Measure n1</p><p>Suggested: ${suggested}</p></td>`
		);
		expect(sectionOf((await docx(model)).html, '<h2>Our plan</h2>')).not.toContain('Suggested:');
	});

	test('the chart goes in as a picture whose alt text reads out every number', async () => {
		const model = buildReportModel(reportInput, { includeNotes: true });
		const chart = chartForDocx({ data: TINY_PNG, width: 900, height: 450 });
		expect(chart.type).toBe('png');
		expect([...chart.data.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);

		const { html, files } = await docx(model, { data: TINY_PNG, width: 900, height: 450 });
		expect(sectionOf(html, '<h2>Element scores</h2>')).toContain(
			'Scores out of 100 for each essential element. The table below the chart has the same numbers.'
		);
		expect(html).toContain(`alt="${model.chartSummary}"`);
		expect(files['word/document.xml']).toContain(`descr="${model.chartSummary}"`);
	});
});

describe('since last time, when the organization has an earlier cycle', async () => {
	const model = buildReportModel(withEarlierCycle(reportInput), { includeNotes: true });
	const { text, html, files } = await docx(model);

	test('a real heading between the summary and our plan, on a page of its own', () => {
		const h2 = [...html.matchAll(/<h2>(.*?)<\/h2>/g)].map((match) => match[1]);
		expect(h2.slice(0, 3)).toEqual(['Executive summary', 'Since last time', 'Our plan']);
		expect(files['word/document.xml']).toMatch(
			/<w:pStyle w:val="Heading2"\/><w:keepNext\/><w:keepLines\/><w:pageBreakBefore\/><\/w:pPr><w:r><w:t xml:space="preserve">Since last time<\/w:t>/
		);
	});

	test('what it compares with, the overall change and the scores table, computed by hand', () => {
		const since = sectionOf(html, '<h2>Since last time</h2>');
		expect(since).toContain('Compared with Baseline 2025 (12 March 2025).');
		// 75 − 42 = +33 (since-last-time-fixtures.ts)
		expect(since).toContain('Overall score: 42 then, 75 now (+33).');
		const h3 = [...since.matchAll(/<h3>(.*?)<\/h3>/g)].map((match) => match[1]);
		expect(h3).toEqual([
			'Scores then and now',
			'What changed, practice by practice',
			'Practices that improved',
			'Our plan since last time'
		]);
		const scores = sectionOf(html, '<h3>Scores then and now</h3>');
		for (const header of ['Score', 'Then', 'Now', 'Change']) {
			expect(scores).toContain(`<th><p><strong>${header}</strong></p></th>`);
		}
		// A score and its coverage on two lines of one cell; the row named in bold.
		expect(scores).toContain(
			'<tr><td><p><strong>Overall</strong></p></td><td><p>42<br />4 of 4 items scored</p></td><td><p>75<br />3 of 4 items scored</p></td><td><p>+33</p></td></tr>'
		);
		expect(scores).toContain('<td><p>Not comparable</p></td>');
		expect(text).toContain('Leaders are trained.');
		expect(text).toContain('4 (Fully in place)');
	});

	test('every table of the section repeats its header row', () => {
		const document = files['word/document.xml'] ?? '';
		expect(document.match(/<w:tblHeader\/>/g)).toHaveLength(
			document.match(/<w:tbl>/g)?.length ?? 0
		);
	});

	test('without an earlier cycle, no such section', async () => {
		const alone = await docx(buildReportModel(reportInput, { includeNotes: true }));
		expect(alone.text).not.toContain('Since last time');
	});
});

describe('text Word cannot hold', () => {
	test('control characters pasted into a note are left out, and the file still opens', async () => {
		const input = {
			...reportInput,
			plan: reportInput.plan.map((a, i) =>
				i === 0 ? { ...a, title: 'Vertical\u000Btab in a title', status: 'accepted' as const } : a
			)
		};
		const model = buildReportModel(input, { includeNotes: true });
		const blob = await buildReportDocx(model, { chart: null });
		const xml = strFromU8(
			unzipSync(new Uint8Array(await blob.arrayBuffer()))['word/document.xml']!
		);
		expect(xml).not.toContain('\u000B');
		const { value } = await mammoth.extractRawText({
			buffer: Buffer.from(await blob.arrayBuffer())
		});
		expect(value).toContain('Verticaltab in a title');
	});
});
