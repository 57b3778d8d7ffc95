/** Scoring and prioritizing the full built-in framework: runs on every answer in the UI. */
import { bench, describe } from 'vitest';
import { builtinFramework } from '$lib/content';
import { exampleAssessment } from '$lib/content/example';
import { findOutText } from '$lib/content/plan-text';
import { prioritizeItems, suggestActions } from './prioritize';
import { scoreAssessment } from './scoring';

const responses = new Map(
	Object.entries(exampleAssessment.responses).map(([id, r]) => [id, { answer: r.answer }])
);

describe('example assessment (27 items, 7 risk factors, 42 actions)', () => {
	bench('score', () => {
		scoreAssessment(builtinFramework, responses);
	});
	bench('prioritize and suggest', () => {
		suggestActions(
			builtinFramework,
			prioritizeItems(builtinFramework, responses, exampleAssessment.riskProfile),
			findOutText
		);
	});
});
