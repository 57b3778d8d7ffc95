/**
 * The printable report (the PDF's accessible twin), mounted for real (happy-dom): its sections in
 * the PDF's order, our plan by time frame in the team's order, and the appendix of suggestions as
 * its own labelled section, only when the model has one.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import type { PlanAction } from '$lib/domain/assessment';
import { buildReportModel } from '$lib/report/report-model';
import type { ReportOptions } from '$lib/report/report-types';
import { withEarlierCycle } from '$lib/report/since-last-time-fixtures';
import { reportInput, testAction as action } from '$lib/report/test-fixtures';
import ReportDocument from './ReportDocument.svelte';

// Two adopted actions in the team's own order (peer support first, though training has the
// higher priority), one suggestion not decided, one set aside, one dropped.
const plan: PlanAction[] = [
	action('train', 'now', 20, {
		title: 'Train supervisors to talk about STS',
		priority: 2.5,
		status: 'accepted'
	}),
	action('peer', 'now', 10, {
		title: 'Start a peer support group',
		status: 'in-progress',
		owner: 'Zoë Łukasik'
	}),
	action('eap', 'now', 30, { title: 'Map the EAP referral path', priority: 2 }),
	action('caseload', 'next', 40, { title: 'Balance trauma caseloads', status: 'not-now' }),
	action('retreat', 'later', 50, { title: 'Plan a staff retreat', status: 'dropped' })
];

let report: ReturnType<typeof mount> | undefined;
afterEach(async () => {
	if (report) await unmount(report);
	report = undefined;
	document.body.innerHTML = '';
});

function show(options: ReportOptions, actions: PlanAction[] = plan, earlierCycle = false) {
	const input = { ...reportInput, plan: actions };
	report = mount(ReportDocument, {
		target: document.body,
		props: { report: buildReportModel(earlierCycle ? withEarlierCycle(input) : input, options) }
	});
	flushSync();
}

const texts = (selector: string, root: ParentNode = document) =>
	[...root.querySelectorAll(selector)].map((el) => el.textContent?.replace(/\s+/g, ' ').trim());

/** The cells of each body row, as a reader meets them. */
const rows = (root: ParentNode) =>
	[...root.querySelectorAll('tbody tr')].map((tr) => texts(':is(th, td)', tr));

/** The region a heading names through aria-labelledby. */
function region(name: string): HTMLElement {
	const heading = [...document.querySelectorAll('h2, h3')].find((h) => h.textContent === name);
	const found = heading && document.querySelector<HTMLElement>(`[aria-labelledby="${heading.id}"]`);
	if (!found) throw new Error(`no region labelled “${name}”`);
	return found;
}

describe('the printable report', () => {
	test('sections in the PDF’s order: summary, our plan, scores, practices, method, appendix', () => {
		show({ includeNotes: true });
		expect(texts('h2')).toEqual([
			'Núñez & Łukasik Family Services',
			'Executive summary',
			'Our plan',
			'Element scores',
			'Practices by element',
			'Methodology',
			'Source',
			'Appendix: suggestions not yet adopted'
		]);
		// The first steps under the model's own heading.
		expect(texts('h3', region('Executive summary'))[0]).toBe('First steps of our plan');
	});

	test('our plan: a time frame per h3, the team’s order, column heads with their scope', () => {
		show({ includeNotes: true });
		const ours = region('Our plan');
		expect(ours.tagName).toBe('SECTION');
		expect(texts('h3', ours)).toEqual(['Now (0-3 months)']);
		const now = region('Now (0-3 months)');
		expect(texts('thead th[scope="col"]', now)).toEqual([
			'Action',
			'Owner',
			'Start',
			'Due',
			'Status',
			'Success measure'
		]);
		expect(texts('tbody th[scope="row"]', now)).toEqual([
			'Start a peer support group',
			'Train supervisors to talk about STS'
		]);
		expect(rows(now)[0]).toEqual([
			'Start a peer support group',
			'Zoë Łukasik',
			'Not set',
			'Not set',
			'In progress',
			'Measure peer'
		]);
		expect(ours.textContent).not.toContain('Map the EAP referral path');
		expect(document.body.textContent).not.toContain('Plan a staff retreat');
	});

	test('the appendix: its own section, named by its heading, suggestions most urgent first', () => {
		show({ includeNotes: true });
		const appendix = region('Appendix: suggestions not yet adopted');
		expect(appendix.tagName).toBe('SECTION');
		expect(texts('thead th[scope="col"]', appendix)).toEqual([
			'Suggestion',
			'When',
			'Priority',
			'Why',
			'Status'
		]);
		expect(rows(appendix)).toEqual([
			['Map the EAP referral path', 'Now (0-3 months)', '2.00', 'Why eap.', 'Not decided'],
			['Balance trauma caseloads', 'Next (3-6 months)', '1.00', 'Why caseload.', 'Not now']
		]);
	});

	test('a copy without suggestions has no appendix', () => {
		show({ includeNotes: false, includeSuggestions: false });
		expect(texts('h2')).not.toContain('Appendix: suggestions not yet adopted');
		expect(document.body.textContent).not.toContain('Map the EAP referral path');
		expect(texts('p', region('Our plan'))).toEqual([
			'The 2 actions the team adopted, by time frame, in the team’s order. 2 suggestions not adopted are left out of this copy. 1 dropped action is left out.'
		]);
	});

	test('nothing adopted: top suggestions in the summary, and our plan is its intro alone', () => {
		show(
			{ includeNotes: true },
			plan.map((a) => ({ ...a, status: 'proposed' as const }))
		);
		expect(texts('h3', region('Executive summary'))[0]).toBe('Top suggestions (not yet adopted)');
		const ours = region('Our plan');
		expect(ours.querySelectorAll('table, h3')).toHaveLength(0);
		expect(texts('p', ours)).toEqual([
			'The team has not adopted any actions yet. 5 suggestions not adopted are listed in the appendix.'
		]);
	});

	test('since last time: after the summary, before our plan, each part a labelled table', () => {
		show({ includeNotes: true }, plan, true);
		expect(texts('h2').slice(1, 4)).toEqual(['Executive summary', 'Since last time', 'Our plan']);
		const since = region('Since last time');
		expect(since.tagName).toBe('SECTION');
		expect(texts('p', since).slice(0, 2)).toEqual([
			'Compared with Baseline 2025 (12 March 2025).',
			// 75 − 42 = +33 (since-last-time-fixtures.ts)
			'Overall score: 42 then, 75 now (+33).'
		]);
		const scores = region('Scores then and now');
		expect(texts('thead th[scope="col"]', scores)).toEqual(['Score', 'Then', 'Now', 'Change']);
		expect(texts('tbody th[scope="row"]', scores)).toEqual([
			'Overall',
			'1. One',
			'2. Two',
			'3. Three'
		]);
		// The score and its coverage on two lines of one cell.
		expect(
			[...scores.querySelectorAll('tbody tr:first-child td')].map((td) => td.textContent)
		).toEqual(['42\n4 of 4 items scored', '75\n3 of 4 items scored', '+33']);
		expect(rows(region('Practices that improved'))).toEqual([
			['Leaders are trained.', '1 (Beginning)', '3 (Mostly in place)'],
			['Caseloads are balanced.', '2 (Partly in place)', '4 (Fully in place)']
		]);
		expect(rows(region('Our plan since last time'))).toEqual([
			['Start a peer support group', 'New this time'],
			['Train supervisors to talk about STS', 'New this time']
		]);
	});

	test('no earlier cycle: no since-last-time section', () => {
		show({ includeNotes: true });
		expect(texts('h2')).not.toContain('Since last time');
	});
});
