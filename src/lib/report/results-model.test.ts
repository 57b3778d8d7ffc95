import { describe, expect, test } from 'vitest';
import type { Response } from '$lib/domain/assessment';
import { scoreAssessment } from '$lib/domain/scoring';
import { buildReportModel } from './report-model';
import { buildResultsModel, type ResultsInput } from './results-model';
import { testAction as action, testElements, testItem, testRiskFactors } from './test-fixtures';

const framework: ResultsInput['framework'] = {
	elements: testElements,
	items: [
		testItem('i1', 'e1', 3),
		testItem('i3', 'e2', 2),
		testItem('i2', 'e1', 1),
		testItem('i4', 'e2', 2),
		testItem('i5', 'e3', 1)
	],
	riskFactors: testRiskFactors
};

type R = Pick<Response, 'answer' | 'discuss'>;
const scored = (value: 0 | 1 | 2 | 3 | 4, discuss = false): R => ({
	answer: { kind: 'score', value },
	discuss
});
const dontKnow: R = { answer: { kind: 'dont-know' }, discuss: false };

// Walk order: i1, i2 (element 1), i3, i4 (element 2), i5 (element 3).
// Element 1: (1 + 3) / 2 / 4 = 50, developing. Element 2: 4 / 1 / 4 = 100, a strength (i4 not
// applicable). Element 3: only a Don't know, no score. Overall (50 + 100) / 2 = 75.
// Coverage: 5 items, 1 not applicable -> 4 apply, 3 scored, 1 Don't know, 0 unanswered.
const responses = new Map<string, R>([
	['i1', scored(1, true)],
	['i2', scored(3)],
	['i3', scored(4)],
	['i4', { answer: { kind: 'not-applicable', reason: 'None here.' }, discuss: false }],
	['i5', dontKnow]
]);

const plan = [
	action('n1', 'now', 10, { linkedItemIds: ['i2'] }),
	action('n2', 'now', 20, { linkedItemIds: ['i1'] }),
	action('x1', 'next', 0)
];

function resultsFor(answers: Map<string, R>, riskProfile: ResultsInput['riskProfile'] = {}) {
	const score = scoreAssessment(framework, answers);
	return buildResultsModel({ framework, riskProfile, responses: answers, score, plan });
}

describe('buildResultsModel', () => {
	const results = resultsFor(responses, { caseloads: 'high' });

	test('the overall score, what it rests on and what it leaves out', () => {
		expect(results.hasScores).toBe(true);
		expect(results.overall).toEqual({
			scoreText: '75',
			coverageText: '3 of 4 items scored',
			notApplicableNote: '1 not applicable practice is left out.',
			incompleteNote:
				'This picture is not complete yet: 1 of 4 practices has no score (1 Don’t know).'
		});
		expect(results.rows.map((r) => [r.number, r.rounded, r.band])).toEqual([
			[1, 50, 'developing'],
			[2, 100, 'strength'],
			[3, null, null]
		]);
	});

	test('strengths and growth areas: elements by band, practices by score, in walk order', () => {
		const [strengths, growth] = results.groups;
		expect(strengths?.title).toBe('Strengths');
		expect(strengths?.elementsHint).toBe('Elements scoring 75 or more');
		expect(strengths?.elements).toEqual([{ elementId: 'e2', text: '2. Two: 100' }]);
		expect(strengths?.itemsHint).toBe('Practices mostly or fully in place (scored 3 or 4)');
		expect(strengths?.items.map((r) => [r.item.id, r.note])).toEqual([
			['i2', 'Scored 3 · Mostly in place'],
			['i3', 'Scored 4 · Fully in place']
		]);
		expect(growth?.title).toBe('Growth areas');
		expect(growth?.elementsHint).toBe('Elements scoring under 50');
		// Element 1 at 50 is developing, not a growth area.
		expect(growth?.elements).toEqual([]);
		expect(growth?.itemsHint).toBe('Practices not in place yet or just beginning (scored 0 or 1)');
		expect(growth?.items.map((r) => [r.item.id, r.note])).toEqual([['i1', 'Scored 1 · Beginning']]);
		expect(growth?.none).toBe('No practice scored 0 or 1.');
	});

	test('Don’t know and flagged practices, each with its element', () => {
		expect(results.dontKnow.map((r) => [r.item.id, r.note])).toEqual([['i5', '(3. Three)']]);
		expect(results.flagged.map((r) => [r.item.id, r.note])).toEqual([['i1', '(1. One)']]);
	});

	test('the risk profile and the first steps are the report’s own', () => {
		expect(results.risk.answeredText).toBe('1 of 2 factors answered.');
		// n2 strengthens i1 (impact 3, the triad), so it leads; two Now steps, x1 tops up.
		expect(results.start.actions.map((a) => [a.key, a.when])).toEqual([
			['n2', 'Now · 0-3 months'],
			['n1', 'Now · 0-3 months'],
			['x1', 'Next · 3-6 months']
		]);
		const report = buildReportModel(
			{
				framework: {
					...framework,
					title: 't',
					version: '1',
					source: { title: 's', publisher: 'p', note: 'n' }
				},
				assessment: {
					organization: 'o',
					unit: '',
					cycleLabel: '',
					date: '2026-03-12',
					facilitator: '',
					roster: [],
					riskProfile: { caseloads: 'high' },
					isExample: false
				},
				responses: new Map(
					[...responses].map(([id, r]) => [id, { ...r, notes: '', evidence: '' }])
				),
				score: scoreAssessment(framework, responses),
				plan
			},
			{ includeNotes: true }
		);
		expect(results.start.actions).toEqual(report.summary.firstActions);
		expect(results.start.intro).toBe(report.summary.firstActionsIntro);
		expect(results.risk.factors).toEqual(report.summary.riskProfile);
	});
});

describe('before any score', () => {
	test('nothing answered: start the walk', () => {
		const empty = resultsFor(new Map());
		expect(empty.hasScores).toBe(false);
		expect(empty.dontKnowSoFar).toBeNull();
		expect(empty.walkLabel).toBe('Start the walk-through');
		expect(empty.overall.scoreText).toBe('No score yet');
		expect(empty.overall.notApplicableNote).toBeNull();
	});

	test('only Don’t know answers: they count for something, and the walk continues', () => {
		const one = resultsFor(new Map([['i1', dontKnow]]));
		expect(one.hasScores).toBe(false);
		expect(one.dontKnowSoFar).toBe(
			'So far one practice is marked Don’t know. That is useful too: each one becomes a “find out” step.'
		);
		expect(one.walkLabel).toBe('Continue the walk-through');
		const two = resultsFor(
			new Map([
				['i1', dontKnow],
				['i2', dontKnow]
			])
		);
		expect(two.dontKnowSoFar).toMatch(/^So far 2 practices are marked Don’t know\./);
		expect(two.dontKnow.map((r) => r.item.id)).toEqual(['i1', 'i2']);
	});

	test('only a Not applicable answer: the walk continues', () => {
		const na = resultsFor(
			new Map([['i1', { answer: { kind: 'not-applicable', reason: 'x' }, discuss: false }]])
		);
		expect(na.walkLabel).toBe('Continue the walk-through');
		expect(na.overall.notApplicableNote).toBe('1 not applicable practice is left out.');
	});

	test('every practice that applies scored: no incomplete note', () => {
		const full = resultsFor(new Map(framework.items.map((i): [string, R] => [i.id, scored(2)])));
		expect(full.overall.incompleteNote).toBeNull();
		expect(full.overall.coverageText).toBe('5 of 5 items scored');
	});
});
