/**
 * Framework version 2 through the scoring rule, with the example's answers (src/lib/content/v2/
 * example.ts), every number worked out by hand. Element score = mean of the scored items ÷ 4 × 100
 * (Don't know and Not applicable left out); overall = mean of the element scores.
 */
import { expect, test } from 'vitest';
import { scoreAssessment } from '$lib/domain/scoring';
import { exampleAssessmentV2 } from './example';
import { frameworkV2 } from './index';

test('the version 2 example scores as computed by hand', () => {
	const responses = new Map(
		Object.entries(exampleAssessmentV2.responses).map(([itemId, r]) => [
			itemId,
			{ answer: r.answer }
		])
	);
	const score = scoreAssessment(frameworkV2, responses);
	//   1 Recognize the impact:   2, 1, 1, 0, 0, 1       → 5 ÷ 6 = 0.8333 ÷ 4 → 20.83
	//   2 Risk of the job:        DK, 0, 2, 2, 1, 4      → 9 ÷ 5 = 1.8 ÷ 4    → 45
	//   3 Culture:                2, 1, 2, 1, 3, 2       → 11 ÷ 6 = 1.8333    → 45.83
	//   4 Protect client care:    1, 2, 1, 2, N/A, 1     → 7 ÷ 5 = 1.4        → 35
	//   5 Knowledge into action:  1, 3, DK, 4, 3, 2      → 13 ÷ 5 = 2.6       → 65
	//   6 Integrate STS:          1, N/A, 1, 1, DK, 3    → 6 ÷ 4 = 1.5        → 37.5
	//   Overall: (20.83 + 45 + 45.83 + 35 + 65 + 37.5) ÷ 6 = 249.17 ÷ 6 = 41.53
	expect(score.elements.map((e) => [e.elementId, e.score])).toEqual([
		['recognize-impact', (5 / 6 / 4) * 100],
		['risk-of-the-job', 45],
		['organizational-culture', (11 / 6 / 4) * 100],
		['protect-client-care', 35],
		['knowledge-into-action', 65],
		['integrate-sts', 37.5]
	]);
	expect(score.overall).toBeCloseTo(249.1666 / 6, 3);
});
