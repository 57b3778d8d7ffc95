/**
 * Home's portfolio, mounted for real (happy-dom) on a stand-in for the workbook module: one list
 * item per organization with its latest cycle, earlier cycles behind a disclosure, copies
 * marked, search as you type with its status line, filters, and paging by organization.
 */
import { afterEach, expect, test, vi } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import type { Assessment } from '$lib/domain/assessment';
import type { AssessmentScore } from '$lib/domain/scoring';
import type { AssessmentList as StoredList, AssessmentSummary } from '$lib/state/workbook';
import * as portfolioRules from '$lib/domain/cycles/portfolio';
import AssessmentList from './AssessmentList.svelte';

// The rules themselves, watched: how often the screen runs them is what keeps typing fast.
vi.mock('$lib/domain/cycles/portfolio', async (original) => {
	const rules = await original<typeof import('$lib/domain/cycles/portfolio')>();
	return {
		...rules,
		groupByOrganization: vi.fn(rules.groupByOrganization),
		portfolioView: vi.fn(rules.portfolioView)
	};
});

const coverage = {
	scored: 0,
	applicable: 36,
	dontKnow: 0,
	notApplicable: 0,
	unanswered: 36,
	percent: 0
};

let serial = 0;
function summary(
	fields: Partial<Assessment> & Pick<Assessment, 'organization' | 'date'>,
	overall: number | null = null,
	complete = 0
): AssessmentSummary {
	serial += 1;
	const id = `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`;
	const score: AssessmentScore = { overall, elements: [], coverage };
	return {
		assessment: {
			id,
			frameworkId: 'sts-org',
			frameworkVersion: '2.0.0',
			unit: '',
			cycleLabel: '',
			facilitator: '',
			roster: [],
			riskProfile: {},
			isExample: false,
			organizationId: `org-${id}`,
			createdAt: `${fields.date}T09:00:00.000Z`,
			updatedAt: `${fields.date}T09:00:00.000Z`,
			...fields
		},
		progress: { complete, total: 36, percent: Math.floor((complete / 36) * 100) },
		score
	};
}

let view: ReturnType<typeof mount> | undefined;
afterEach(async () => {
	if (view) await unmount(view);
	view = undefined;
	document.body.innerHTML = '';
});

function show(summaries: AssessmentSummary[]) {
	const list: StoredList = {
		summaries,
		damaged: 0,
		stored: summaries.length,
		more: 0,
		recomputed: []
	};
	const workbook = {
		portfolioList: () => ({ current: list, error: undefined, loaded: true }),
		damagedAssessmentCount: () => ({ current: 0, error: undefined, loaded: true }),
		keepListSummaries: vi.fn()
	} as unknown as typeof import('$lib/state/workbook');
	const ondelete = vi.fn();
	document.body.innerHTML = '<h1 id="assessments-heading">Assessments</h1>';
	view = mount(AssessmentList, { target: document.body, props: { workbook, ondelete } });
	flushSync();
	const text = (el: Element | null | undefined) =>
		(el?.textContent ?? '').replace(/\s+/g, ' ').trim();
	const top = () => [...document.querySelectorAll('ul.assessments > li')];
	const headings = () => top().map((li) => text(li.querySelector('h2')));
	const status = () => text(document.querySelector('search [role="status"]'));
	const count = () => text(document.querySelector('.count'));
	const button = (name: string) =>
		[...document.querySelectorAll('button, a')].find((b) => text(b) === name) as HTMLElement;
	const field = (label: string) => {
		const id = [...document.querySelectorAll('label')].find((l) => text(l) === label)?.htmlFor;
		return document.getElementById(id ?? '') as HTMLInputElement & HTMLSelectElement;
	};
	const type = (value: string) => {
		const box = field('Search by name');
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
	return { ondelete, text, top, headings, status, count, button, field, type, choose };
}

const maple = 'org-maple';
function portfolio() {
	return [
		summary(
			{
				organization: 'Maple Hollow',
				unit: 'Youth services',
				cycleLabel: 'Review 2026',
				date: '2026-03-12',
				organizationId: maple
			},
			58.4,
			36
		),
		summary(
			{
				organization: 'Maple Hollow',
				unit: 'Youth services',
				cycleLabel: 'Baseline 2025',
				date: '2025-03-10',
				organizationId: maple
			},
			41,
			36
		),
		summary(
			{
				organization: 'Maple Hollow',
				unit: 'Youth services',
				cycleLabel: 'Baseline 2025',
				date: '2025-03-10',
				organizationId: maple,
				copyOf: '00000000-0000-4000-8000-999999999999'
			},
			41,
			36
		),
		summary(
			{ organization: 'José Núñez Counseling', cycleLabel: 'Baseline 2026', date: '2026-01-20' },
			null,
			4
		),
		summary(
			{
				organization: 'Riverbend (example)',
				cycleLabel: 'Baseline 2026',
				date: '2025-11-02',
				isExample: true
			},
			63,
			36
		)
	];
}

test('one list item per organization, latest cycle first, with its earlier cycles behind a disclosure', () => {
	const items = portfolio();
	const home = show(items);
	expect(home.headings()).toEqual([
		'Maple Hollow, Youth services',
		'José Núñez Counseling',
		'Riverbend (example)'
	]);
	const [mapleItem, joseItem, exampleItem] = home.top();
	expect(home.text(mapleItem)).toContain('Cycle Review 2026');
	expect(home.text(mapleItem)).toContain('36 of 36 items');
	expect(home.text(mapleItem)).toContain('Overall 58 of 100');
	expect(home.text(joseItem)).toContain('No score yet');
	expect(home.text(joseItem)).toContain('4 of 36 items');
	expect(home.text(exampleItem)).toContain('Example');

	// Open and Delete say which organization and which cycle.
	expect(home.button('Open Maple Hollow, Review 2026').getAttribute('href')).toBe(
		`/assessments/${items[0]!.assessment.id}`
	);
	expect(mapleItem!.querySelector('h2 a')?.getAttribute('href')).toBe(
		`/assessments/${items[0]!.assessment.id}`
	);
	expect(home.button('Delete José Núñez Counseling, Baseline 2026')).toBeTruthy();

	// Two earlier cycles, rendered only once opened; the imported copy is marked as one.
	const details = mapleItem!.querySelector('details')!;
	expect(home.text(details.querySelector('summary'))).toBe('2 earlier cycles');
	expect(details.querySelectorAll('li')).toHaveLength(0);
	details.open = true;
	details.dispatchEvent(new Event('toggle'));
	flushSync();
	const earlier = [...details.querySelectorAll('li')].map((li) => home.text(li));
	expect(earlier).toHaveLength(2);
	expect(earlier[0]).toContain('Baseline 2025');
	expect(earlier[0]).toContain('Overall 41 of 100');
	expect(earlier[0]).not.toContain('Copy');
	expect(earlier[1]).toContain('Copy: imported copy of another assessment');
	expect(details.querySelector('.tag[title]')?.getAttribute('title')).toBe(
		'Imported copy of another assessment'
	);
	expect(joseItem!.querySelector('details')).toBeNull();

	// Compare only where there are two or more cycles; the portfolio view once there are two organizations.
	expect(mapleItem!.querySelector('.compare a')?.getAttribute('href')).toBe(
		`/assessments/${items[0]!.assessment.id}/compare`
	);
	expect(home.text(mapleItem!.querySelector('.compare a'))).toBe('Compare cycles of Maple Hollow');
	expect(joseItem!.querySelector('.compare')).toBeNull();
	expect(home.button('Portfolio view').getAttribute('href')).toBe('/portfolio');
	// Nothing searched yet: no status words, no count line, no Clear.
	expect(home.status()).toBe('');
	expect(document.querySelector('.count')).toBeNull();
	expect(home.button('Clear')).toBeUndefined();
});

test('search filters as you type, says how many match, and Clear puts everything back', () => {
	const home = show(portfolio());
	home.type('nunez');
	expect(home.headings()).toEqual(['José Núñez Counseling']);
	expect(home.status()).toBe('1 organization matches');
	expect(home.count()).toBe('Showing 1 of 1 organization (1 assessment)');

	home.type('BASELINE');
	expect(home.status()).toBe('No organization matches “BASELINE”.');
	expect(document.querySelector('ul.assessments')).toBeNull();
	expect(document.querySelector('.count')).toBeNull();

	home.type('hollow youth');
	expect(home.headings()).toEqual(['Maple Hollow, Youth services']);
	expect(home.count()).toBe('Showing 1 of 1 organization (3 assessments)');

	home.button('Clear').click();
	flushSync();
	expect(home.headings()).toHaveLength(3);
	expect(home.status()).toBe('');
	expect(home.field('Search by name').value).toBe('');
	expect(document.activeElement).toBe(home.field('Search by name'));
	expect(home.button('Clear')).toBeUndefined();
});

test('filters by year and cycle label keep only the cycles that pass, and sort reorders', () => {
	const home = show(portfolio());
	const options = (label: string) =>
		[...home.field(label).querySelectorAll('option')].map((o) => home.text(o));
	expect(options('Year')).toEqual(['All years', '2026', '2025']);
	expect(options('Cycle label')).toEqual([
		'All cycle labels',
		'Baseline 2025',
		'Baseline 2026',
		'Review 2026'
	]);
	expect(options('Sort by')).toEqual([
		'Name (A to Z)',
		'Latest cycle (newest first)',
		'Overall score (highest first)',
		'Progress (least complete first)'
	]);
	expect(home.field('Sort by').value).toBe('date');

	home.choose('Year', '2025');
	// Maple Hollow's 2025 cycles (the original and its copy); the example is from 2025 as well.
	expect(home.headings()).toEqual(['Riverbend (example)', 'Maple Hollow, Youth services']);
	expect(home.status()).toBe('2 organizations match');
	expect(home.count()).toBe('Showing 2 of 2 organizations (3 assessments)');
	const maple = home.top()[1]!;
	expect(home.text(maple)).toContain('Cycle Baseline 2025');
	expect(home.text(maple.querySelector('summary'))).toBe('1 earlier cycle');
	// All four of its cycles count for "Compare cycles", shown or not.
	expect(maple.querySelector('.compare a')).not.toBeNull();

	home.choose('Year', '');
	home.choose('Cycle label', 'Baseline 2026');
	expect(home.headings()).toEqual(['José Núñez Counseling', 'Riverbend (example)']);

	home.choose('Cycle label', '');
	home.choose('Sort by', 'score');
	// Overall 63, 58, then no score.
	expect(home.headings()).toEqual([
		'Riverbend (example)',
		'Maple Hollow, Youth services',
		'José Núñez Counseling'
	]);
	// A sort alone filters nothing: no status words, no count line, but Clear is offered.
	expect(home.status()).toBe('');
	expect(document.querySelector('.count')).toBeNull();
	expect(home.button('Clear')).toBeTruthy();
});

test('typing never groups or sorts again; a new sort or filter sorts once, never groups', () => {
	const home = show(portfolio());
	const grouped = vi.mocked(portfolioRules.groupByOrganization);
	const viewed = vi.mocked(portfolioRules.portfolioView);
	grouped.mockClear();
	viewed.mockClear();
	for (const typed of ['m', 'ma', 'map', 'mapl']) home.type(typed);
	expect(home.headings()).toEqual(['Maple Hollow, Youth services']);
	expect(grouped).not.toHaveBeenCalled();
	expect(viewed).not.toHaveBeenCalled();
	home.choose('Sort by', 'name');
	home.choose('Year', '2026');
	expect(grouped).not.toHaveBeenCalled();
	expect(viewed).toHaveBeenCalledTimes(2);
});

test('Delete hands over the cycle it names', () => {
	const items = portfolio();
	const home = show(items);
	home.button('Delete Maple Hollow, Review 2026').click();
	expect(home.ondelete).toHaveBeenCalledWith(items[0]);
});

test('a single organization needs no search, and no portfolio view', () => {
	const home = show([summary({ organization: 'Zoë Łukasik Trust', date: '2026-02-01' })]);
	expect(home.headings()).toEqual(['Zoë Łukasik Trust']);
	expect(document.querySelector('search')).toBeNull();
	expect(home.button('Portfolio view')).toBeUndefined();
});

test('many organizations: a page of 50, then the rest, focus on the first one added', () => {
	// 60 organizations, 75 assessments: the first 15 have two cycles each.
	const many: AssessmentSummary[] = [];
	for (let n = 1; n <= 60; n++) {
		const day = `2026-01-${String(1 + (n % 28)).padStart(2, '0')}`;
		const organizationId = `org-${n}`;
		many.push(summary({ organization: `Agency ${n}`, date: day, organizationId }));
		if (n <= 15)
			many.push(summary({ organization: `Agency ${n}`, date: '2025-01-01', organizationId }));
	}
	const home = show(many);
	expect(home.top()).toHaveLength(50);
	expect(home.count()).toBe('Showing 50 of 60 organizations (75 assessments)');
	const more = home.button('Show 10 more organizations');
	more.click();
	flushSync();
	expect(home.top()).toHaveLength(60);
	expect(home.count()).toBe('Showing 60 of 60 organizations (75 assessments)');
	expect(document.activeElement).toBe(home.top()[50]!.querySelector('h2 a'));
	expect(home.button('Show 10 more organizations')).toBeUndefined();

	// A new search starts again from its first page.
	home.type('agency');
	expect(home.top()).toHaveLength(50);
	expect(home.status()).toBe('60 organizations match');
	expect(home.count()).toBe('Showing 50 of 60 organizations (75 assessments)');
});

test('5,000 assessments: only a page of organizations is rendered, and search still finds one', () => {
	const many: AssessmentSummary[] = [];
	for (let n = 1; n <= 2_500; n++) {
		const organizationId = `org-${n}`;
		many.push(summary({ organization: `Agency ${n}`, date: '2026-02-01', organizationId }));
		many.push(summary({ organization: `Agency ${n}`, date: '2025-02-01', organizationId }));
	}
	const home = show(many);
	expect(home.top()).toHaveLength(50);
	expect(home.count()).toBe('Showing 50 of 2,500 organizations (5,000 assessments)');
	home.type('agency 2499');
	expect(home.headings()).toEqual(['Agency 2499']);
	expect(home.count()).toBe('Showing 1 of 1 organization (2 assessments)');
});
