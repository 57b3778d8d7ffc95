import { describe, expect, test } from 'vitest';
import { scoreAssessment } from '$lib/domain/scoring';
import { buildReportModel } from './report-model';
import {
	reportFramework as framework,
	reportInput as input,
	reportResponses as responses
} from './test-fixtures';

describe('elements and items', () => {
	const model = buildReportModel(input, { includeNotes: true });

	test('element rows for the chart and its table', () => {
		expect(model.elements.map((e) => [e.number, e.scoreText, e.bandText, e.coverageText])).toEqual([
			[1, '50', 'Developing', '2 of 2 items scored'],
			[2, '100', 'Strength', '1 of 1 items scored · 1 not applicable'],
			[3, 'No score yet', 'Not yet', '0 of 1 items scored · 1 Don’t know']
		]);
		expect(model.chartSummary).toBe(
			'Bar chart of the element scores, 0 to 100. 1. One: 50, developing; 2. Two: 100, strength; 3. Three: no score yet.'
		);
	});

	test('item rows by element, in walk order, with score number and word, status and notes', () => {
		expect(model.itemSections.map((s) => [s.heading, s.scoreLine])).toEqual([
			['1. One', '50 of 100 · Developing · 2 of 2 items scored'],
			['2. Two', '100 of 100 · Strength · 1 of 1 items scored · 1 not applicable'],
			['3. Three', 'No score yet · 0 of 1 items scored · 1 Don’t know']
		]);
		const [one, two, three] = model.itemSections;
		expect(one?.items).toEqual([
			{
				itemId: 'i1',
				statement: 'Supervisors talk about STS.',
				score: 1,
				scoreLabel: '1 · Beginning',
				status: 'Counted in the score · Flagged for discussion',
				notes: '=Only some teams',
				evidence: 'Sign-up list'
			},
			{
				itemId: 'i2',
				statement: 'Leaders are trained.',
				score: 3,
				scoreLabel: '3 · Mostly in place',
				status: 'Counted in the score',
				notes: '',
				evidence: ''
			}
		]);
		expect(two?.items.map((r) => [r.scoreLabel, r.status])).toEqual([
			['4 · Fully in place', 'Counted in the score'],
			['Not applicable', 'Left out of the score: No residential staff.']
		]);
		expect(three?.items.map((r) => [r.score, r.scoreLabel, r.status])).toEqual([
			[null, "Don't know", 'Left out of the score; a “find out” step']
		]);
	});

	test('an unanswered item says so', () => {
		const partial = new Map(responses);
		partial.delete('i5');
		const m = buildReportModel(
			{ ...input, responses: partial, score: scoreAssessment(framework, partial) },
			{ includeNotes: true }
		);
		expect(m.itemSections[2]?.items[0]).toMatchObject({
			scoreLabel: 'Not answered yet',
			status: 'Left out of the score: no answer yet'
		});
	});

	test('a shareable copy leaves notes and evidence out entirely', () => {
		const shareable = buildReportModel(input, { includeNotes: false });
		expect(shareable.includeNotes).toBe(false);
		for (const section of shareable.itemSections) {
			for (const row of section.items) {
				expect(row).not.toHaveProperty('notes');
				expect(row).not.toHaveProperty('evidence');
			}
		}
		expect(JSON.stringify(shareable)).not.toContain('Only some teams');
		expect(JSON.stringify(shareable)).not.toContain('Sign-up list');
		expect(JSON.stringify(shareable)).not.toContain('José Núñez');
		expect(JSON.stringify(shareable)).not.toContain('Zoë Łukasik');
		// A reason for "Not applicable" is part of the answer: it stays.
		expect(shareable.itemSections[1]?.items[1]?.status).toBe(
			'Left out of the score: No residential staff.'
		);
		// Plan notes are never in the report.
		expect(JSON.stringify(buildReportModel(input, { includeNotes: true }))).not.toContain(
			'private plan note'
		);
	});
});
