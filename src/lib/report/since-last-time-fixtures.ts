/**
 * An earlier cycle of the report fixture's organization (test-fixtures.ts), for the tests of
 * "Since last time" in the report model, the page, the PDF and the Word file.
 * Test-only: nothing in the app imports this file.
 */
import type { Answer } from '$lib/domain/assessment';
import type { ComparedFramework } from '$lib/domain/cycles/compare';
import type { ReportCyclesInput, ReportInput } from './report-types';
import { reportFramework } from './test-fixtures';

const framework: ComparedFramework = { ...reportFramework, id: 'test-fw' };

const answers = (given: Record<string, Answer>) =>
	new Map(Object.entries(given).map(([id, answer]) => [id, { answer }]));

/**
 * Baseline 2025: i1 = 1, i2 = 1 → element 1 = 25; i3 = 2 (i4 not applicable) → element 2 = 50;
 * i5 = 2 → element 3 = 50; overall (25 + 50 + 50) / 3 = 41.67, shown 42; 4 of 4 scored.
 * Against the fixture's answers (elements 50, 100 and no score; overall 75, 3 of 4 scored):
 * overall +33, element 1 +25, element 2 +50, element 3 not comparable; i2 1 → 3 and i3 2 → 4
 * improved, i1 unchanged, i5 2 → Don't know no longer known, i4 not scored either time.
 */
export const earlierAnswers = answers({
	i1: { kind: 'score', value: 1 },
	i2: { kind: 'score', value: 1 },
	i3: { kind: 'score', value: 2 },
	i4: { kind: 'not-applicable', reason: 'No residential staff.' },
	i5: { kind: 'score', value: 2 }
});

/**
 * The fixture's organization with its baseline a year before. This cycle's stored answers are
 * left empty on purpose: the report reads this cycle from its own input, never from here.
 */
export function withEarlierCycle(input: ReportInput): ReportInput {
	const cycles: ReportCyclesInput = {
		thisId: 'this',
		all: [
			{
				assessment: {
					id: 'this',
					cycleLabel: input.assessment.cycleLabel,
					date: input.assessment.date,
					createdAt: `${input.assessment.date}T09:00:00.000Z`,
					frameworkId: framework.id,
					frameworkVersion: framework.version
				},
				framework,
				answers: new Map(),
				plan: []
			},
			{
				assessment: {
					id: 'earlier',
					cycleLabel: 'Baseline 2025',
					date: '2025-03-12',
					createdAt: '2025-03-12T09:00:00.000Z',
					frameworkId: framework.id,
					frameworkVersion: framework.version
				},
				framework,
				answers: earlierAnswers,
				plan: []
			}
		]
	};
	return { ...input, cycles };
}
