/**
 * Framework versions: an assessment is read with the framework it was made with, ids never clash
 * across versions, and a stored version 1 assessment scores and plans exactly as it did.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { consensusResponses } from '$lib/domain/assessment';
import { readWorkbookFile } from '$lib/domain/file-format';
import { suggestionsFor } from '$lib/domain/prioritize';
import { scoreAssessment } from '$lib/domain/scoring';
import { findOutText } from './plan-text';
import { builtinFramework, currentFramework, frameworkOf, frameworks } from './index';

test('an assessment is read with the framework it names; an unknown one with the newest', () => {
	expect(frameworkOf({ frameworkId: 'nctsn-sts-essentials', frameworkVersion: '1.0.0' })).toBe(
		builtinFramework
	);
	expect(frameworkOf({ frameworkId: 'nctsn-sts-essentials', frameworkVersion: '9.0.0' })).toBe(
		currentFramework
	);
	expect(frameworkOf(undefined)).toBe(currentFramework);
});

test('item and action ids are never reused across versions; shared content is the same', () => {
	for (const kind of ['items', 'actions'] as const) {
		const ids = frameworks.flatMap((f) => f[kind].map((entry) => entry.id));
		expect(new Set(ids).size, kind).toBe(ids.length);
	}
	for (const kind of ['elements', 'passages', 'riskFactors'] as const) {
		const byId = new Map<string, unknown>();
		const entries: { id: string }[] = frameworks.flatMap((f) => f[kind] as { id: string }[]);
		for (const entry of entries) {
			const seen = byId.get(entry.id);
			if (seen) expect(entry, `${kind} ${entry.id}`).toEqual(seen);
			byId.set(entry.id, entry);
		}
	}
});

test('the stored version 1 fixture scores and plans as it always has', () => {
	const read = readWorkbookFile(readFileSync('src/lib/domain/fixtures/workbook-v1.json', 'utf8'));
	if (!read.ok) throw new Error(read.message);
	const bundle = read.file.assessments[0]!;
	const framework = frameworkOf(bundle.assessment);
	expect([framework.id, framework.version]).toEqual(['nctsn-sts-essentials', '1.0.0']);
	const responses = consensusResponses(bundle.responseSets, bundle.responses);
	const score = scoreAssessment(framework, responses);
	const plan = suggestionsFor(framework, responses, bundle.assessment.riskProfile, findOutText);
	// Recorded from version 1 before version 2 existed: any change here changes old reports.
	expect({
		overall: score.overall,
		elements: score.elements.map((e) => [e.elementId, e.score]),
		suggestions: plan.length,
		first: plan.slice(0, 5).map((s) => s.key)
	}).toMatchInlineSnapshot(`
		{
		  "elements": [
		    [
		      "recognize-impact",
		      25,
		    ],
		    [
		      "risk-of-the-job",
		      62.5,
		    ],
		    [
		      "organizational-culture",
		      31.25,
		    ],
		    [
		      "protect-client-care",
		      41.66666666666667,
		    ],
		    [
		      "knowledge-into-action",
		      58.333333333333336,
		    ],
		    [
		      "integrate-sts",
		      40,
		    ],
		  ],
		  "first": [
		    "action.annual-reassessment",
		    "action.self-care-group",
		    "action.self-report-checks",
		    "action.mindfulness-practice",
		    "action.caseload-relief",
		  ],
		  "overall": 43.125,
		  "suggestions": 35,
		}
	`);
});
