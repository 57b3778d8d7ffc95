/**
 * The PDF report as a reader gets it: built in Node with jsPDF from the report model, then read
 * back page by page with pdfjs-dist (as the e2e tests read the downloaded file). The fonts come
 * from static/fonts, as the browser fetches them; with no canvas in Node the element chart falls
 * back to drawn bars, which does not change the text.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { currentFramework } from '$lib/content';
import { findOutText } from '$lib/content/plan-text';
import { exampleAssessmentV2 as example } from '$lib/content/v2/example';
import type { PlanAction } from '$lib/domain/assessment';
import { reconcilePlan } from '$lib/domain/plan';
import { suggestionsFor } from '$lib/domain/prioritize';
import { scoreAssessment } from '$lib/domain/scoring';
import { buildReportPdf } from './pdf';
import { BOTTOM, newReportDocument, Writer, type PdfFonts } from './pdf-layout';
import {
	drawAppendix,
	drawItemSection,
	drawPlanGroup,
	drawRiskProfile,
	drawSinceTable
} from './pdf-sections';
import { buildReportModel } from './report-model';
import type { ReportModel, ReportOptions } from './report-types';
import { withEarlierCycle } from './since-last-time-fixtures';
import { reportInput, testAction as action, type TestResponse } from './test-fixtures';

const fontFile = (name: string) => new URL(`../../../static/fonts/${name}`, import.meta.url);
const fonts: PdfFonts = {
	regular: readFileSync(fontFile('DejaVuSans.ttf')).toString('base64'),
	bold: readFileSync(fontFile('DejaVuSans-Bold.ttf')).toString('base64')
};

/** The text of each page, in reading order, spaces collapsed. */
async function pageTexts(data: Uint8Array): Promise<string[]> {
	const doc = await getDocument({ data, isEvalSupported: false, disableFontFace: true }).promise;
	const pages: string[] = [];
	for (let n = 1; n <= doc.numPages; n++) {
		const content = await (await doc.getPage(n)).getTextContent();
		const text = content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
		pages.push(text.normalize('NFC').replace(/\s+/g, ' ').trim());
	}
	await doc.destroy();
	return pages;
}

async function reportPages(model: ReportModel): Promise<string[]> {
	const blob = await buildReportPdf(model);
	return pageTexts(new Uint8Array(await blob.arrayBuffer()));
}

/** Each of `parts` found after the one before it: equal to `parts` when they come in that order. */
function inOrder(text: string, parts: readonly string[]): string[] {
	const found: string[] = [];
	let from = 0;
	for (const part of parts) {
		const at = text.indexOf(part, from);
		if (at < 0) break;
		found.push(part);
		from = at + part.length;
	}
	return found;
}

// buildReportPdf fetches the fonts from the app's /fonts: here they are read from static/.
beforeAll(() => {
	vi.stubGlobal(
		'fetch',
		async (url: string) => new Response(readFileSync(fontFile(url.replace('/fonts/', ''))))
	);
});
afterAll(() => {
	vi.unstubAllGlobals();
});

// Two adopted actions the team put in its own order: peer support first, though training has
// the higher priority. Two suggestions wait (one not decided, one set aside); one is dropped.
const plan: PlanAction[] = [
	action('train', 'now', 20, {
		title: 'Train supervisors to talk about STS',
		priority: 2.5,
		status: 'accepted',
		owner: 'HR lead'
	}),
	action('peer', 'now', 10, {
		title: 'Start a peer support group',
		priority: 1,
		status: 'in-progress',
		owner: 'Zoë Łukasik',
		startDate: '2026-04-01',
		dueDate: '2026-06-30',
		// Long enough to wrap to several lines: a tall first row.
		successMeasure:
			'A peer support group meets every month, and at least half of the staff who hear trauma stories come to one meeting in each quarter.'
	}),
	action('eap', 'now', 30, {
		title: 'Map the EAP referral path',
		priority: 2,
		priorityReason: 'Scored 1 of 4; heavy trauma caseloads reported.'
	}),
	action('caseload', 'next', 40, { title: 'Balance trauma caseloads', status: 'not-now' }),
	action('retreat', 'later', 50, { title: 'Plan a staff retreat', status: 'dropped' })
];
const model = (options: ReportOptions, actions: PlanAction[] = plan) =>
	buildReportModel({ ...reportInput, plan: actions }, options);

describe('the PDF leads with our plan, and lists the suggestions in an appendix', () => {
	test('summary, our plan in the team’s order, the scores and practices, then the appendix', async () => {
		const pages = await reportPages(model({ includeNotes: true }));
		const text = pages.join(' ');

		const sequence = [
			'Executive summary',
			'First steps of our plan',
			'1. Start a peer support group',
			'2. Train supervisors to talk about STS',
			'Workforce risk profile',
			'Our plan',
			'Now (0-3 months)',
			'Action Owner Start Due Status Success measure',
			'Start a peer support group Zoë Łukasik 1 April 2026 30 June 2026 In progress A peer support group meets every month,',
			'Train supervisors to talk about STS HR lead Not set Not set Accepted Measure train',
			'Element scores',
			'Practices by element',
			'Methodology',
			'Source',
			'Appendix: suggestions not yet adopted',
			'Suggestion When Priority Why Status',
			'Map the EAP referral path Now (0-3 months) 2.00 Scored 1 of 4; heavy trauma caseloads reported. Not decided',
			'Balance trauma caseloads Next (3-6 months) 1.00 Why caseload. Not now'
		];
		expect(inOrder(text, sequence)).toEqual(sequence);
		// Our plan comes before the scores, not after the practices as it used to.
		expect(text.indexOf('Our plan')).toBeLessThan(text.indexOf('Element scores'));
		// The suggestions appear only in the appendix, after its heading.
		const appendixAt = text.indexOf('Appendix: suggestions not yet adopted');
		expect(text.indexOf('Map the EAP referral path')).toBeGreaterThan(appendixAt);
		expect(text.indexOf('Balance trauma caseloads')).toBeGreaterThan(appendixAt);
		expect(text).not.toContain('Plan a staff retreat');
		// Our plan starts a page, and the appendix is the last page.
		expect(pages.find((page) => page.startsWith('Our plan'))).toContain(
			'The 2 actions the team adopted, by time frame, in the team’s order. 2 suggestions not adopted are listed in the appendix. 1 dropped action is left out.'
		);
		expect(pages.at(-1)).toMatch(/^Appendix: suggestions not yet adopted /);
	});

	test('without suggestions, no appendix: the plan says they are left out of this copy', async () => {
		const text = (
			await reportPages(model({ includeNotes: false, includeSuggestions: false }))
		).join(' ');
		expect(text).toContain(
			'The 2 actions the team adopted, by time frame, in the team’s order. 2 suggestions not adopted are left out of this copy. 1 dropped action is left out.'
		);
		const ours = ['Our plan', 'Start a peer support group', 'Train supervisors to talk about STS'];
		expect(inOrder(text, ours)).toEqual(ours);
		expect(text).not.toContain('Appendix');
		expect(text).not.toContain('Map the EAP referral path');
		expect(text).not.toContain('Balance trauma caseloads');
	});

	test('nothing adopted: top suggestions first, and our plan is its intro alone', async () => {
		const undecided = plan.map((a) => ({ ...a, status: 'proposed' as const }));
		const pages = await reportPages(model({ includeNotes: true }, undecided));
		const text = pages.join(' ');
		expect(text).toContain('Top suggestions (not yet adopted)');
		expect(text).not.toContain('First steps of our plan');
		const planPage = pages.find((page) => page.startsWith('Our plan'));
		expect(planPage).toBe(
			'Our plan The team has not adopted any actions yet. 5 suggestions not adopted are listed in the appendix. Núñez & Łukasik Family Services · Baseline 2026 Page 3 of 8'
		);
		// No empty plan table anywhere.
		expect(text).not.toContain('Success measure');
		expect(text).toContain('Suggestion When Priority Why Status');
	});
});

describe('since last time, when the organization has an earlier cycle', () => {
	const since = (options: ReportOptions) =>
		buildReportModel(withEarlierCycle({ ...reportInput, plan }), options);

	test('on its own page between the summary and our plan, with the hand-computed changes', async () => {
		const pages = await reportPages(since({ includeNotes: true }));
		const text = pages.join(' ');
		// Baseline 2025 against this cycle (since-last-time-fixtures.ts): overall 42 → 75, +33;
		// element 1 25 → 50, +25; element 2 50 → 100, +50; element 3 50 → no score.
		const sequence = [
			'Executive summary',
			'Workforce risk profile',
			'Since last time',
			'Compared with Baseline 2025 (12 March 2025).',
			'Overall score: 42 then, 75 now (+33).',
			'Scores then and now',
			'Score Then Now Change',
			'Overall 42 4 of 4 items scored 75 3 of 4 items scored +33',
			'1. One 25 2 of 2 items scored 50 2 of 2 items scored +25',
			'2. Two 50 1 of 1 items scored 100 1 of 1 items scored +50',
			'3. Three 50 1 of 1 items scored No score yet 0 of 1 items scored Not comparable',
			'What changed, practice by practice',
			'What happened Practices',
			'Improved 2 Declined 0 Unchanged 1 Newly known 0 No longer known 1 Not scored 1',
			'Practices that improved',
			'Practice Then Now',
			'Leaders are trained. 1 (Beginning) 3 (Mostly in place)',
			'Caseloads are balanced. 2 (Partly in place) 4 (Fully in place)',
			'Our plan since last time',
			'0 actions done, 0 still open from last time, 2 new.',
			'Action Where it stands',
			'Start a peer support group New this time',
			'Train supervisors to talk about STS New this time',
			'Our plan',
			'Element scores'
		];
		expect(inOrder(text, sequence)).toEqual(sequence);
		expect(pages.find((page) => page.startsWith('Since last time'))).toBeDefined();
		expect(pages.find((page) => page.startsWith('Our plan '))).toBeDefined();
	});

	test('without an earlier cycle, no such section', async () => {
		const text = (await reportPages(model({ includeNotes: true }))).join(' ');
		expect(text).not.toContain('Since last time');
	});
});

describe('no heading or table head is left alone at the foot of a page', () => {
	const full = model({ includeNotes: true });
	const group = full.plan.groups[0];
	const appendix = full.plan.appendix;
	const section = full.itemSections[0];
	const sinceScores = buildReportModel(withEarlierCycle(reportInput), {
		includeNotes: true
	}).sinceLastTime?.tables[0];
	if (!group || !appendix || !section || !sinceScores) {
		throw new Error('the fixture lost a part of the report');
	}

	const longFactor =
		'Recent critical incidents or community violence that affected many staff at once, such as the death of a client, a disaster, or violence in the neighborhood the team serves';

	/**
	 * Each table with what introduces it: the heading, the table head and the first row's text
	 * (enough of it to know the row, also when its cells wrap).
	 */
	const blocks = [
		{
			name: 'a plan time frame',
			draw: (w: Writer) => drawPlanGroup(w, group),
			heading: 'Now (0-3 months)',
			head: 'Action Owner Start Due Status Success measure',
			firstRow: 'Start a peer support group Zoë Łukasik'
		},
		{
			name: 'an element’s practices',
			draw: (w: Writer) => drawItemSection(w, section, true),
			heading: '1. One 50 of 100 · Developing · 2 of 2 items scored',
			head: 'Practice Score How it counts Notes Evidence',
			firstRow: 'Supervisors talk about STS. 1 · Beginning'
		},
		{
			name: 'the workforce risk profile',
			// A consultant's framework may word a factor at length: a first row of several lines.
			draw: (w: Writer) =>
				drawRiskProfile(w, [{ label: longFactor, value: 'High' }, ...full.summary.riskProfile]),
			heading: 'Workforce risk profile',
			head: 'Risk factor (the workforce as a whole) Level',
			firstRow: `${longFactor} High`
		},
		{
			name: 'since last time’s scores',
			draw: (w: Writer) => drawSinceTable(w, sinceScores),
			heading: 'Scores then and now',
			head: 'Score Then Now Change',
			firstRow: 'Overall 42 4 of 4 items scored 75 3 of 4 items scored +33'
		},
		{
			name: 'the appendix',
			draw: (w: Writer) => drawAppendix(w, appendix),
			heading: 'Appendix: suggestions not yet adopted',
			head: 'Suggestion When Priority Why Status',
			firstRow: 'Map the EAP referral path'
		}
	];

	/** Draws a block with `room` points left on the first page; returns the text of each page. */
	async function drawnWithRoom(draw: (w: Writer) => void, room: number): Promise<string[]> {
		const w = new Writer(newReportDocument(fonts));
		w.text('Text that fills the page above.');
		w.y = BOTTOM - room;
		draw(w);
		return pageTexts(new Uint8Array(w.doc.output('arraybuffer')));
	}

	// Every position from a sliver of room to a comfortable amount, 6 points apart: somewhere in
	// there the heading and the head used to fit while the first row did not. Then room for a
	// short table (kept whole) to stay on its page.
	const rooms = [...Array.from({ length: 30 }, (_, i) => 12 + i * 6), 300, 420];

	test.each(blocks)('$name: heading, table head and first row share a page', async (block) => {
		const pagesOfHeading: number[] = [];
		for (const room of rooms) {
			const pages = await drawnWithRoom(block.draw, room);
			const page = pages.findIndex((text) => text.includes(block.heading));
			expect(page, `room ${room}: the heading is drawn`).toBeGreaterThanOrEqual(0);
			expect(
				inOrder(pages[page] ?? '', [block.heading, block.head, block.firstRow]),
				`room ${room}: page ${page + 1} reads ${pages[page]}`
			).toEqual([block.heading, block.head, block.firstRow]);
			// Nothing of the block is left on a page before the heading's.
			for (const before of pages.slice(0, page)) {
				expect(before).toBe('Text that fills the page above.');
			}
			pagesOfHeading.push(page);
		}
		// The appendix always starts its own page; the others move only when they must.
		if (block.name === 'the appendix') expect(new Set(pagesOfHeading)).toEqual(new Set([1]));
		else expect(new Set(pagesOfHeading)).toEqual(new Set([0, 1]));
	});

	test('a short table is kept whole: its last row never goes to a page of its own', async () => {
		const last = full.summary.riskProfile.at(-1)!;
		const lastRow = `${last.label} ${last.value}`;
		for (const room of rooms) {
			const pages = await drawnWithRoom((w) => drawRiskProfile(w, full.summary.riskProfile), room);
			const page = pages.findIndex((text) => text.includes('Workforce risk profile'));
			expect(pages[page], `room ${room}`).toContain(lastRow);
		}
	});

	test('a block that fits stays on the page it starts on, right below the text above', async () => {
		const pages = await drawnWithRoom((w) => drawPlanGroup(w, group), 300);
		expect(pages).toHaveLength(1);
		expect(pages[0]).toMatch(/^Text that fills the page above\. Now \(0-3 months\) Action Owner/);
	});
});

describe('the example report, full and shareable', () => {
	// The built-in example with its plan as the Plan screen stores it, every third suggestion
	// adopted: plan tables, practices and the appendix run over many pages.
	const responses = new Map<string, TestResponse>(Object.entries(example.responses));
	const suggested = reconcilePlan(
		'example',
		[],
		suggestionsFor(currentFramework, responses, example.riskProfile, findOutText),
		new Date('2026-03-12T10:00:00Z')
	).puts;
	const examplePlan = suggested.map((a, index) =>
		index % 3 === 0 ? { ...a, status: 'accepted' as const, owner: 'Zoë Łukasik' } : a
	);
	const exampleModel = (includeNotes: boolean) =>
		buildReportModel(
			{
				framework: currentFramework,
				assessment: {
					...example,
					roster: example.roster.map((member, index) => ({ id: String(index), ...member })),
					isExample: true
				},
				responses,
				score: scoreAssessment(currentFramework, responses),
				plan: examplePlan
			},
			{ includeNotes }
		);

	test.each([true, false])('notes %s: no page ends on a heading or a table head', async (notes) => {
		const report = exampleModel(notes);
		const { plan } = report;
		// What introduces a table: section and time-frame headings, lead lines and table heads.
		const introducers = [
			'Workforce risk profile',
			'Risk factor (the workforce as a whole) Level',
			...plan.groups.map((g) => g.heading),
			'Action Owner Start Due Status Success measure',
			...report.itemSections.flatMap((s) => [s.heading, s.scoreLine]),
			notes ? 'Practice Score How it counts Notes Evidence' : 'Practice Score How it counts',
			...(plan.appendix ? [plan.appendix.heading, plan.appendix.intro] : []),
			'Suggestion When Priority Why Status'
		];
		const pages = await reportPages(report);
		expect(pages.length).toBeGreaterThan(10);
		const footer = `${report.cover.organization} · Baseline 2026`;
		const endings = pages.map((page, index) => {
			const body = page.replace(`${footer} Page ${index + 1} of ${pages.length}`, '').trim();
			return introducers.find((words) => body.endsWith(words)) ?? '';
		});
		expect(endings).toEqual(pages.map(() => ''));
		// The plan runs onto more than one page, and each page it runs onto repeats the head.
		const planPages = pages.filter((page) => page.includes('Success measure'));
		expect(planPages.length).toBeGreaterThan(1);
		for (const page of planPages) expect(page).toContain('Action Owner Start Due Status');
	});
});
