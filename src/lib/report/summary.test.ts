import { describe, expect, test } from 'vitest';
import type { Coverage } from '$lib/domain/scoring';
import type { ElementRow } from './element-chart';
import {
	elementHighlights,
	firstActions,
	HORIZONS,
	horizonLine,
	riskProfileSummary
} from './summary';
import { horizonHeading } from '$lib/content/plan-text';
import { testAction as action, testItem, testRiskFactors } from './test-fixtures';

describe('time frames', () => {
	test('as a heading and beside a step', () => {
		expect(HORIZONS.map(horizonHeading)).toEqual([
			'Now (0-3 months)',
			'Next (3-6 months)',
			'Later (6-12 months)'
		]);
		expect(HORIZONS.map(horizonLine)).toEqual([
			'Now · 0-3 months',
			'Next · 3-6 months',
			'Later · 6-12 months'
		]);
	});
});

describe('firstActions', () => {
	// i1 has impact 3 (the triad); i2 impact 1.
	const framework = { items: [testItem('i1', 'e1', 3), testItem('i2', 'e1', 1)] };

	test('with adopted actions: the team plan in its order, labelled as our plan', () => {
		// Adopted and open: b (now, 20), f (next, 5), a (now, 10) -> a, b, then f. c is done, d
		// dropped, e a suggestion nobody decided: none of them is a first step of our plan.
		const plan = [
			action('a', 'now', 10, {
				linkedItemIds: ['i2'],
				owner: 'Zoë Łukasik',
				dueDate: '2026-05-01',
				status: 'accepted'
			}),
			action('b', 'now', 20, { linkedItemIds: ['i1'], status: 'accepted' }),
			action('c', 'now', 0, { status: 'done' }),
			action('d', 'now', 1, { status: 'dropped' }),
			action('e', 'now', 5, { linkedItemIds: ['i1'] }),
			action('f', 'next', 5, { status: 'in-progress' }),
			action('g', 'later', 0)
		];
		const result = firstActions(plan, framework);
		expect(result.actions).toEqual([
			{
				key: 'a',
				title: 'Plan a',
				when: 'Now · 0-3 months',
				reason: 'Why a.',
				detail: 'Owner: Zoë Łukasik · Due 1 May 2026 · Accepted'
			},
			{ key: 'b', title: 'Plan b', when: 'Now · 0-3 months', reason: 'Why b.', detail: 'Accepted' },
			{
				key: 'f',
				title: 'Plan f',
				when: 'Next · 3-6 months',
				reason: 'Why f.',
				detail: 'In progress'
			}
		]);
		expect(result.kind).toBe('plan');
		expect(result.heading).toBe('First steps of our plan');
		expect(result.intro).toBe(
			'The first open actions of the plan the team adopted, in the team’s order: Now, then Next, then later.'
		);
	});

	test('nothing adopted: top suggestions, triad first, topped up from Next, labelled as such', () => {
		const plan = [
			action('a', 'now', 10, { linkedItemIds: ['i2'] }),
			action('b', 'now', 20, { linkedItemIds: ['i1'] }),
			action('d', 'now', 1, { status: 'not-now' }),
			action('e', 'next', 10),
			action('g', 'later', 0)
		];
		const result = firstActions(plan, framework);
		expect(result.actions.map((a) => [a.key, a.detail])).toEqual([
			['b', 'Not decided'],
			['a', 'Not decided'],
			['e', 'Not decided']
		]);
		expect(result.kind).toBe('suggestions');
		expect(result.heading).toBe('Top suggestions (not yet adopted)');
		expect(result.intro).toBe(
			'The team has not adopted any actions yet. These are the workbook’s top suggestions: Now first, topped up from Next to reach three. Steps that strengthen psychoeducation, skills training and supervision, the most important prevention triad, come first. Accept them on the Plan screen to make them the team’s.'
		);
	});

	test('no steps: an empty plan, or nothing open and nothing waiting in Now or Next', () => {
		expect(firstActions([], framework)).toEqual({
			kind: 'suggestions',
			heading: 'Top suggestions (not yet adopted)',
			intro:
				'The plan has no actions yet. Once the answers show a gap or a Don’t know, the workbook suggests steps, and the team can add its own on the Plan screen.',
			actions: []
		});
		const later = [action('l', 'later', 0), action('n', 'now', 0, { status: 'done' })];
		expect(firstActions(later, framework)).toEqual({
			kind: 'suggestions',
			heading: 'Top suggestions (not yet adopted)',
			intro:
				'No open action is waiting: nothing adopted is still open, and no suggestion waits in Now or Next.',
			actions: []
		});
	});
});

describe('riskProfileSummary', () => {
	test('every factor in the framework’s order, answered ones counted', () => {
		expect(riskProfileSummary(testRiskFactors, { isolation: 'unknown' })).toEqual({
			factors: [
				{ label: 'Heavy trauma caseloads', value: 'Not answered yet' },
				{ label: 'Isolation', value: "Don't know" }
			],
			answered: 1,
			answeredText: '1 of 2 factors answered.'
		});
	});

	test('a level for a factor the framework no longer has is not counted', () => {
		const summary = riskProfileSummary(testRiskFactors, {
			caseloads: 'high',
			isolation: 'moderate',
			retired: 'low'
		});
		expect(summary.factors.map((f) => f.value)).toEqual(['High', 'Moderate']);
		expect(summary.answeredText).toBe('2 of 2 factors answered.');
		expect(riskProfileSummary(testRiskFactors.slice(0, 1), {}).answeredText).toBe(
			'0 of 1 factor answered.'
		);
	});
});

describe('elementHighlights', () => {
	const coverage: Coverage = {
		scored: 1,
		applicable: 1,
		dontKnow: 0,
		notApplicable: 0,
		unanswered: 0,
		percent: 100
	};
	const row = (number: number, score: number | null): ElementRow => ({
		elementId: `e${number}`,
		number,
		title: `Element ${number}`,
		score,
		rounded: score === null ? null : Math.round(score),
		band: null,
		coverage
	});

	test('highest and lowest score, the first in the walk on a tie, no score left out', () => {
		// 74.6 shows as 75, a strength; 49.5 shows as 50, developing.
		const { strongest, weakest } = elementHighlights([
			row(1, 49.5),
			row(2, 74.6),
			row(3, null),
			row(4, 74.6),
			row(5, 49.5)
		]);
		expect(strongest).toEqual({
			elementId: 'e2',
			text: '2. Element 2: 75 of 100 (Strength)',
			sentence: 'Strongest element: 2. Element 2: 75 of 100 (Strength).'
		});
		expect(weakest?.sentence).toBe('Most room to grow: 1. Element 1: 50 of 100 (Developing).');
	});

	test('no weakest when the highest and lowest show the same number', () => {
		// 58.33 and 57.9 both show as 58.
		const same = elementHighlights([row(1, 175 / 3), row(2, 57.9)]);
		expect(same.strongest?.text).toBe('1. Element 1: 58 of 100 (Developing)');
		expect(same.weakest).toBeNull();
		expect(elementHighlights([row(1, null)])).toEqual({ strongest: null, weakest: null });
	});
});
