/**
 * The portfolio view, mounted for real (happy-dom) on a stand-in for the workbook module: the
 * table a page at a time, search and sort, the chart's text and note, where one organization
 * stands (examples left out), the CSV download, and the empty state.
 */
import { afterEach, expect, test, vi } from 'vitest';
import { flushSync, mount, tick, unmount } from 'svelte';
import type { PortfolioEntry } from '$lib/domain/cycles/portfolio';
import { downloadFile } from '$lib/report/download';
import {
	dangExample,
	entry,
	coverage,
	formula,
	jose,
	zoeEarlier,
	zoeLatest
} from '$lib/report/portfolio-test-fixtures';
import type { AssessmentList } from '$lib/state/workbook';
import PortfolioView from './PortfolioView.svelte';

vi.mock('$lib/report/download', () => ({ downloadFile: vi.fn() }));

let view: ReturnType<typeof mount> | undefined;
afterEach(async () => {
	if (view) await unmount(view);
	view = undefined;
	document.body.innerHTML = '';
	vi.useRealTimers();
	vi.mocked(downloadFile).mockClear();
});

const text = (el: Element | null | undefined) =>
	(el?.textContent ?? '').replace(/\s+/g, ' ').trim();

function show(entries: PortfolioEntry[]) {
	const list = {
		summaries: entries,
		damaged: 0,
		stored: entries.length,
		more: 0,
		recomputed: []
	} as unknown as AssessmentList;
	const workbook = {
		portfolioList: () => ({ current: list, error: undefined, loaded: true }),
		keepListSummaries: vi.fn()
	} as unknown as typeof import('$lib/state/workbook');
	view = mount(PortfolioView, { target: document.body, props: { workbook } });
	flushSync();
	const table = () =>
		[...document.querySelectorAll('table')].find((t) =>
			text(t.querySelector('caption')).startsWith('Latest scores')
		);
	const rows = () =>
		[...(table()?.querySelectorAll('tbody tr') ?? [])].map((tr) =>
			[...tr.children].map((cell) => text(cell))
		);
	const names = () => rows().map((cells) => cells[0]);
	const field = (label: string) => {
		const id = [...document.querySelectorAll('label')].find((l) => text(l) === label)?.htmlFor;
		return document.getElementById(id ?? '') as HTMLInputElement & HTMLSelectElement;
	};
	const type = (value: string) => {
		const box = field('Find an organization');
		box.value = value;
		box.dispatchEvent(new Event('input', { bubbles: true }));
		flushSync();
	};
	const choose = (label: string, value: string) => {
		const select = field(label);
		select.value = value;
		select.dispatchEvent(new Event('change', { bubbles: true }));
		flushSync();
	};
	const button = (name: string) =>
		[...document.querySelectorAll('button')].find((b) => text(b) === name);
	const count = () => text(document.querySelector('.count'));
	const chart = () => document.querySelector('canvas')?.getAttribute('aria-label') ?? '';
	return { table, rows, names, field, type, choose, button, count, chart };
}

const four = () => [zoeEarlier, jose, dangExample, zoeLatest, formula];

test('puts each organization’s latest scores side by side, by name', () => {
	const page = show(four());
	const table = page.table()!;
	expect(text(table.querySelector('caption'))).toBe(
		'Latest scores of each organization on this device'
	);
	const headers = [...table.querySelectorAll('thead th')];
	expect(headers.map((th) => th.getAttribute('scope'))).toEqual(Array(12).fill('col'));
	expect(headers.slice(0, 6).map((th) => text(th))).toEqual([
		'Organization',
		'Unit',
		'Cycle',
		'Date',
		'Overall',
		'Coverage'
	]);
	// The number shows; the whole title is in the header for a screen reader (and on hover).
	expect(headers[6]!.querySelector('abbr')?.getAttribute('title')).toBe(
		'1. Recognize the impact on the workforce'
	);
	expect(text(headers[6]!.querySelector('.visually-hidden'))).toBe(
		'1. Recognize the impact on the workforce'
	);
	expect(page.names()).toEqual([
		'=cmd',
		'Đặng Family Services (example)',
		'José Núñez Clinic',
		'Zoë Łukasik Counselling'
	]);
	const zoe = page.rows()[3]!;
	expect([zoe[1], zoe[2], zoe[4], zoe[5], zoe[6], zoe[7], zoe[8]]).toEqual([
		'Child services',
		'Follow-up 2026',
		'60',
		'25 of 27 items scored',
		'58',
		'63',
		'No score yet'
	]);
	expect(page.rows()[2]!.slice(4, 7)).toEqual([
		'No score yet',
		'0 of 36 items scored',
		'No score yet'
	]);
	// Each name is a row header linking to the organization's latest assessment.
	const zoeHeader = table.querySelectorAll('tbody tr')[3]!.querySelector('th[scope="row"] a');
	expect(zoeHeader?.getAttribute('href')).toMatch(/\/assessments\/zoe-2026$/);
	expect(page.count()).toBe('4 organizations');
	expect(page.chart()).toBe(
		'Bar chart of the latest overall scores, 0 to 100, for 4 organizations. =cmd, +unit: 75; ' +
			'Đặng Family Services (example): 75; José Núñez Clinic: no score yet; ' +
			'Zoë Łukasik Counselling, Child services: 60.'
	);
	expect(document.body.textContent).not.toContain('Showing the first');
});

test('sorts by score or date, and search finds an organization without accents', () => {
	const page = show(four());
	page.choose('Sort by', 'score');
	expect(page.names()).toEqual([
		'=cmd',
		'Đặng Family Services (example)',
		'Zoë Łukasik Counselling',
		'José Núñez Clinic'
	]);
	page.choose('Sort by', 'date');
	expect(page.names()[0]).toBe('Zoë Łukasik Counselling');

	page.type('nunez');
	expect(page.names()).toEqual(['José Núñez Clinic']);
	expect(page.count()).toBe('1 organization matches “nunez”');
	expect(page.chart()).toContain('for 1 organization. José Núñez Clinic: no score yet.');

	page.type('zzz');
	expect(page.table()).toBeUndefined();
	expect(page.count()).toBe('No organization matches “zzz”.');
});

test('shows 100 rows at a time, the chart the first 20', async () => {
	const many = Array.from({ length: 250 }, (_, i) =>
		entry(
			{
				id: `a-${i}`,
				organizationId: `org-${i}`,
				organization: `Agency ${String(i).padStart(3, '0')}`,
				date: '2026-01-01'
			},
			{ overall: i % 101, elements: {}, coverage: coverage({}) }
		)
	);
	const page = show(many);
	expect(page.rows()).toHaveLength(100);
	expect(page.count()).toBe('Showing 100 of 250 organizations');
	expect(document.body.textContent).toContain(
		'Showing the first 20 of 250 organizations in the chart; the table has all.'
	);
	expect(page.chart()).toContain('for the first 20 of 250 organizations. Agency 000: 0;');

	page.button('Show 100 more')!.click();
	flushSync();
	await tick();
	expect(page.rows()).toHaveLength(200);
	expect(page.count()).toBe('Showing 200 of 250 organizations');
	// Focus moves to the first row it added.
	expect(text(document.activeElement)).toBe('Agency 100');

	page.button('Show 50 more')!.click();
	flushSync();
	expect(page.rows()).toHaveLength(250);
	expect(page.count()).toBe('250 organizations');
	expect(page.button('Show 50 more')).toBeUndefined();

	// A new search starts again from the first page.
	page.type('agency');
	expect(page.count()).toBe('Showing 100 of 250 organizations');
});

test('shows where one organization stands, examples left out, said to be no norm', async () => {
	const page = show(four());
	// It comes once the table has been painted.
	expect(page.field('Organization')).toBeNull();
	await vi.waitFor(() => expect(page.field('Organization')).not.toBeNull());
	expect(document.body.textContent).toContain(
		'This compares the latest assessments stored on this device. It is not a norm or a benchmark.'
	);
	const select = page.field('Organization');
	expect([...select.options].map((o) => o.text)).toEqual([
		'=cmd, +unit',
		'José Núñez Clinic',
		'Zoë Łukasik Counselling, Child services'
	]);
	const standing = () => {
		const table = [...document.querySelectorAll('table')].find((t) =>
			text(t.querySelector('caption')).startsWith('Where')
		)!;
		return {
			caption: text(table.querySelector('caption')),
			rows: [...table.querySelectorAll('tbody tr')].map((tr) =>
				[...tr.children].map((cell) => text(cell))
			)
		};
	};
	expect(standing().caption).toBe('Where =cmd stands among this device’s assessments');

	page.choose('Organization', 'org-zoe');
	// Zoë 60 against =cmd 75 (José has no score, the example is left out): middle 67.5 -> 68.
	// One row per element of Zoë's own scores (the fixture scores two), each with its coverage.
	expect(standing()).toEqual({
		caption: 'Where Zoë Łukasik Counselling stands among this device’s assessments',
		rows: [
			['Overall', '60', '25 of 27 items scored', '2nd highest of 2', '68'],
			[
				'1. Recognize the impact on the workforce',
				'58',
				'25 of 27 items scored',
				'2nd highest of 2',
				'79'
			],
			[
				'2. Treat trauma exposure as a risk of the job',
				'63',
				'25 of 27 items scored',
				'Highest of 2',
				'57'
			]
		]
	});
	const table = [...document.querySelectorAll('table')].find((t) =>
		text(t.querySelector('caption')).startsWith('Where')
	)!;
	expect([...table.querySelectorAll('thead th')].map((th) => text(th))).toEqual([
		'Element',
		'Score',
		'Coverage',
		'Place on this device',
		'Middle score on this device'
	]);
});

test('an organization that has just started its next cycle keeps its latest score everywhere', async () => {
	// Zoë's next cycle: started, nothing answered. Table, chart, CSV and standing all show
	// Follow-up 2026 (60) and say so, rather than turning Zoë into "No score yet".
	const started = entry(
		{
			id: 'zoe-2027',
			organizationId: 'org-zoe',
			organization: 'Zoë Łukasik Counselling',
			unit: 'Child services',
			cycleLabel: 'Review 2027',
			date: '2027-03-01'
		},
		{ overall: null, elements: {}, coverage: coverage({ applicable: 27, unanswered: 27 }) }
	);
	const page = show([...four(), started]);
	const zoe = page.rows()[3]!;
	expect(zoe.slice(0, 6)).toEqual([
		'Zoë Łukasik Counselling',
		'Child services',
		'Follow-up 2026',
		expect.any(String),
		'60',
		'25 of 27 items scored'
	]);
	expect(page.chart()).toContain('Zoë Łukasik Counselling, Child services: 60.');

	page.button('Download CSV')!.click();
	flushSync();
	const content = String(vi.mocked(downloadFile).mock.calls[0]![1]);
	// Its coverage column is the percent, 25 of 27 scored: 92.
	expect(content).toContain(
		'Zoë Łukasik Counselling,Child services,Follow-up 2026,2026-03-10,60,92,58,63'
	);

	await vi.waitFor(() => expect(page.field('Organization')).not.toBeNull());
	page.choose('Organization', 'org-zoe');
	const standing = [...document.querySelectorAll('table')].find((t) =>
		text(t.querySelector('caption')).startsWith('Where')
	)!;
	expect([...standing.querySelectorAll('tbody tr')[0]!.children].map((cell) => text(cell))).toEqual(
		['Overall', '60', '25 of 27 items scored', '2nd highest of 2', '68']
	);
});

test('downloads every organization as CSV, in the chosen order, whatever the search', async () => {
	vi.useFakeTimers({ toFake: ['Date'] });
	vi.setSystemTime(new Date(2026, 10, 26, 12));
	const page = show(four());
	page.choose('Sort by', 'score');
	page.type('nunez');
	page.button('Download CSV')!.click();
	flushSync();
	const [name, content, type] = vi.mocked(downloadFile).mock.calls[0]!;
	expect(name).toBe('sts-workbook-portfolio-2026-11-26.csv');
	expect(type).toBe('text/csv;charset=utf-8');
	const lines = String(content).split('\r\n');
	expect(lines[0]!.startsWith('\uFEFFOrganization,Unit,Cycle,Date,Overall,Coverage %,1. ')).toBe(
		true
	);
	expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual([
		"'=cmd",
		'Đặng Family Services (example)',
		'Zoë Łukasik Counselling',
		'José Núñez Clinic'
	]);
	await tick();
	expect(text(document.querySelector('.download [role="status"]'))).toBe(
		'CSV downloaded: sts-workbook-portfolio-2026-11-26.csv.'
	);
});

test('says kindly that it needs two organizations, with a way back', () => {
	show([zoeEarlier, zoeLatest]);
	expect(document.querySelector('table')).toBeNull();
	expect(text(document.querySelector('h2'))).toBe('Nothing to put side by side yet');
	expect(document.body.textContent).toContain(
		'This device holds assessments of one organization so far.'
	);
	const back = [...document.querySelectorAll('a')].find((a) => text(a) === 'Back to Assessments');
	expect(back?.getAttribute('href')).toBe('/');
});
