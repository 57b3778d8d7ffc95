/**
 * The Compare screen's sections, mounted for real (happy-dom) from a view built by compare-view
 * out of two small cycles on framework version 2: what a person reads, and what the "Show"
 * filter and the cycle checkboxes do.
 */
import { afterEach, expect, test } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import { frameworkV2 } from '$lib/content';
import type { Answer } from '$lib/domain/assessment';
import { compareCycles, type CycleInput } from '$lib/domain/cycles/compare';
import { longDate } from '$lib/domain/format';
import { compareView } from '$lib/report/compare-view';
import CycleChooser from './CycleChooser.svelte';
import PlanSince from './PlanSince.svelte';
import PracticeChanges from './PracticeChanges.svelte';
import ScoreComparison from './ScoreComparison.svelte';
import UncomparedPractices from './UncomparedPractices.svelte';

let mounted: ReturnType<typeof mount> | undefined;
afterEach(async () => {
	if (mounted) await unmount(mounted);
	mounted = undefined;
	document.body.innerHTML = '';
});

function cycle(id: string, cycleLabel: string, date: string, given: Record<string, number>) {
	const answers = new Map(
		Object.entries(given).map(([itemId, value]) => [
			itemId,
			{ answer: { kind: 'score', value } as Answer }
		])
	);
	const input: CycleInput = {
		assessment: {
			id,
			cycleLabel,
			date,
			createdAt: `${date}T09:00:00.000Z`,
			frameworkId: frameworkV2.id,
			frameworkVersion: frameworkV2.version
		},
		framework: frameworkV2,
		answers,
		plan: []
	};
	return input;
}

// Element 1: sts-basics 1 → 3 (improved), leaders-trained 2 → 1 (declined).
// Then (1 + 2) / 2 = 1.5 → 37.5, shown 38; now (3 + 1) / 2 = 2 → 50: +12.
const view = compareView(
	compareCycles([
		cycle('a', 'Baseline 2025', '2025-03-10', {
			'item2.sts-basics-for-everyone': 1,
			'item2.leaders-trained': 2
		}),
		cycle('b', 'Review 2026', '2026-03-12', {
			'item2.sts-basics-for-everyone': 3,
			'item2.leaders-trained': 1
		})
	]),
	{ formatDate: longDate }
);

const texts = (selector: string) =>
	[...document.querySelectorAll(selector)].map((node) =>
		node.textContent?.replace(/\s+/g, ' ').trim()
	);

test('the score table: a column per cycle, the change since the first, rows with th scope', () => {
	mounted = mount(ScoreComparison, {
		target: document.body,
		props: {
			columns: view.columns,
			rows: view.scoreRows,
			changeHeading: view.changeHeading,
			caption: 'Scores'
		}
	});
	expect(texts('caption')).toEqual(['Scores']);
	expect(texts('thead th')).toEqual([
		'Score',
		'Baseline 2025 10 March 2025',
		'Review 2026 12 March 2026',
		'Change since Baseline 2025'
	]);
	expect(texts('tbody tr:nth-child(2) > *')).toEqual([
		'1. Recognize the impact on the workforce',
		'38 2 of 6 items scored',
		'50 2 of 6 items scored',
		'+12'
	]);
	expect(document.querySelectorAll('tbody th[scope="row"]')).toHaveLength(7);
});

test('practice by practice: counts, then the Show filter narrows the tables', () => {
	mounted = mount(PracticeChanges, {
		target: document.body,
		props: {
			columns: view.columns,
			counts: view.changeCounts,
			groups: view.practiceGroups,
			changeHeading: view.changeHeading
		}
	});
	flushSync();
	expect(texts('.counts li')).toEqual([
		'1 improved',
		'1 declined',
		'0 unchanged',
		'0 newly known',
		'0 no longer known',
		'34 not scored'
	]);
	expect(document.querySelectorAll('table')).toHaveLength(6);

	const select = document.querySelector('select')!;
	expect(document.querySelector(`label[for="${select.id}"]`)?.textContent).toBe('Show');
	select.value = 'declined';
	select.dispatchEvent(new Event('change', { bubbles: true }));
	flushSync();
	expect(texts('caption')).toEqual(['1. Recognize the impact on the workforce']);
	expect(texts('tbody tr > *')).toEqual([
		'Leaders have had training on what STS is and how it shows up at work.',
		'2 (Partly in place)',
		'1 (Beginning)',
		'Declined'
	]);
	expect(texts('thead th')).toEqual([
		'Practice',
		'Baseline 2025',
		'Review 2026',
		'Change since Baseline 2025'
	]);

	select.value = 'unchanged';
	select.dispatchEvent(new Event('change', { bubbles: true }));
	flushSync();
	expect(document.querySelectorAll('table')).toHaveLength(0);
	expect(texts('p.muted')).toEqual(['No practices to show for “Unchanged”.']);
});

test('cannot be compared: says so when every practice could be', () => {
	mounted = mount(UncomparedPractices, {
		target: document.body,
		props: { newQuestions: view.newQuestions, noLongerAsked: view.noLongerAsked }
	});
	expect(document.body.textContent?.trim()).toBe('Every practice could be compared.');
});

test('the plan: each part with its count, "None." when empty', () => {
	mounted = mount(PlanSince, { target: document.body, props: { plan: view.plan } });
	expect(texts('h3')).toEqual([
		'Done since Baseline 2025 (0)',
		'Still open from Baseline 2025 (0)',
		'New in Review 2026 (0)',
		'Done in Baseline 2025 (0)'
	]);
});

test('choosing cycles: a box per cycle; fewer than two ticked says two are needed', () => {
	const state = $state({ chosen: ['a', 'b'] });
	mounted = mount(CycleChooser, {
		target: document.body,
		props: {
			choices: [
				{ id: 'a', text: 'Baseline 2025 · 10 March 2025', isThis: false },
				{ id: 'b', text: 'Review 2026 · 12 March 2026 (this assessment)', isThis: true }
			],
			get chosen() {
				return state.chosen;
			},
			onchange: (ids: string[]) => {
				state.chosen = ids;
			}
		}
	});
	flushSync();
	expect(texts('legend')).toEqual(['Cycles to compare']);
	expect(texts('label')).toEqual([
		'Baseline 2025 · 10 March 2025',
		'Review 2026 · 12 March 2026 (this assessment)'
	]);
	expect(texts('[role="status"]')).toEqual(['']);

	document.querySelector<HTMLInputElement>('input')!.click();
	flushSync();
	expect(state.chosen).toEqual(['b']);
	expect(texts('[role="status"]')).toEqual(['Tick at least two cycles to compare them.']);

	document.querySelector<HTMLInputElement>('input')!.click();
	flushSync();
	expect(state.chosen).toEqual(['a', 'b']);
	expect(texts('[role="status"]')).toEqual(['']);
});
