/**
 * The Compare screen mounted for real (happy-dom), with the organization's cycles handed in the
 * way lib/state hands them (a live query's current value): the first cycle's kind empty state,
 * the default choice (this cycle and the one before), and unticking down to one.
 */
import { afterEach, expect, test, vi } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import { frameworkV2 } from '$lib/content';
import type { Answer } from '$lib/domain/assessment';
import { formatCalendarDate as day } from '$lib/domain/format';
import type { CycleRecord } from '$lib/state/cycles';
import Page from './+page.svelte';

const given = vi.hoisted(() => ({
	records: [] as unknown[],
	thisId: ''
}));

vi.mock('$lib/state/cycles', () => ({
	organizationCycles: () => ({ current: given.records, loaded: true, error: undefined })
}));

vi.mock('$lib/state/assessment-context', () => ({
	useAssessment: () => () => {
		const self = (given.records as CycleRecord[]).find((r) => r.assessment.id === given.thisId);
		return { id: given.thisId, assessment: self?.assessment };
	}
}));

function record(
	id: string,
	cycleLabel: string,
	date: string,
	scores: Record<string, number>
): CycleRecord {
	const answers = new Map(
		Object.entries(scores).map(([itemId, value]) => [
			itemId,
			{ answer: { kind: 'score', value } as Answer }
		])
	);
	return {
		assessment: {
			id,
			organization: 'Zoë Łukasik Counseling',
			organizationId: 'org-1',
			cycleLabel,
			date,
			createdAt: `${date}T09:00:00.000Z`,
			frameworkId: frameworkV2.id,
			frameworkVersion: frameworkV2.version
		},
		framework: frameworkV2,
		answers,
		plan: []
	} as unknown as CycleRecord;
}

let page: ReturnType<typeof mount> | undefined;
afterEach(async () => {
	if (page) await unmount(page);
	page = undefined;
	document.body.innerHTML = '';
});

function open(records: CycleRecord[], thisId: string) {
	given.records = records;
	given.thisId = thisId;
	page = mount(Page, { target: document.body });
	flushSync();
}

const text = (node: Element | null | undefined) =>
	(node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const headings = () => [...document.querySelectorAll('h1, h2')].map(text);

test('the first cycle of an organization: nothing to compare yet, and a way to start the next', () => {
	open([record('a', 'Baseline 2025', '2025-03-10', {})], 'a');
	expect(headings()).toEqual(['Compare cycles']);
	expect(text(document.querySelector('.card p'))).toBe(
		'This is the first cycle of Zoë Łukasik Counseling. Start the next cycle to compare how ' +
			'things have changed: the new cycle keeps this one’s details and carries the open actions ' +
			'of its plan forward.'
	);
	expect(document.querySelector('a.button')?.getAttribute('href')).toMatch(
		/\/assessments\/a\/next-cycle$/
	);
});

test('opened from the latest of three: it and the one before are ticked and compared', () => {
	open(
		[
			record('c', 'Review 2026', '2026-03-12', { 'item2.sts-basics-for-everyone': 4 }),
			record('a', 'Baseline 2024', '2024-03-01', { 'item2.sts-basics-for-everyone': 1 }),
			record('b', 'Review 2025', '2025-03-10', { 'item2.sts-basics-for-everyone': 2 })
		],
		'c'
	);
	expect(headings()).toEqual([
		'Compare cycles',
		'Overall and elements',
		'Practice by practice',
		'Cannot be compared',
		'The plan since last time'
	]);
	const boxes = [...document.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
	expect(boxes.map((box) => [text(box.parentElement), box.checked])).toEqual([
		[`Baseline 2024 · ${day('2024-03-01')}`, false],
		[`Review 2025 · ${day('2025-03-10')}`, true],
		[`Review 2026 · ${day('2026-03-12')} (this assessment)`, true]
	]);
	// Element 1 alone has a score: 2 → 50, then 4 → 100.
	expect(text(document.querySelector('#scores-heading + p'))).toBe(
		'Overall score: 50 in Review 2025, 100 in Review 2026 (+50).'
	);
	expect(text(document.querySelector('.counts li'))).toBe('1 improved');

	// Untick one: two are needed, and the comparison steps aside until there are.
	boxes[1]!.click();
	flushSync();
	expect(text(document.querySelector('[role="status"]'))).toBe(
		'Tick at least two cycles to compare them.'
	);
	expect(headings()).toEqual(['Compare cycles']);

	// Tick the oldest: three columns now, the change since the first.
	boxes[0]!.click();
	flushSync();
	expect(
		[...document.querySelectorAll('table')[0]!.querySelectorAll('thead th')].map(text)
	).toEqual([
		'Score',
		`Baseline 2024 ${day('2024-03-01')}`,
		`Review 2026 ${day('2026-03-12')}`,
		'Change since Baseline 2024'
	]);
});
