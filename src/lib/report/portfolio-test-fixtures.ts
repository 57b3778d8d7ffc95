/**
 * A small portfolio for the portfolio view's tests (model, chart, CSV): four organizations, one
 * of them the example, with scores worked out by hand below.
 */
import {
	groupByOrganization,
	type OrganizationGroup,
	type PortfolioEntry
} from '$lib/domain/cycles/portfolio';
import type { AssessmentScore, Coverage } from '$lib/domain/scoring';

export function coverage(partial: Partial<Coverage>): Coverage {
	return {
		scored: 0,
		applicable: 36,
		dontKnow: 0,
		notApplicable: 0,
		unanswered: 0,
		percent: 0,
		...partial
	};
}

/** Two elements, listed out of order and one twice (as the frameworks' lists together are). */
export const testElements = [
	{ id: 'risk-of-the-job', number: 2, title: 'Treat trauma exposure as a risk of the job' },
	{ id: 'recognize-impact', number: 1, title: 'Recognize the impact on the workforce' },
	{ id: 'risk-of-the-job', number: 2, title: 'Treat trauma exposure as a risk of the job' }
];

export function entry(
	assessment: Partial<PortfolioEntry['assessment']> &
		Pick<PortfolioEntry['assessment'], 'id' | 'date' | 'organization'>,
	score: {
		overall: number | null;
		elements: Record<string, number | null>;
		coverage: Coverage;
	}
): PortfolioEntry {
	const elementScores: AssessmentScore['elements'] = Object.entries(score.elements).map(
		([elementId, value]) => ({ elementId, score: value, coverage: score.coverage })
	);
	return {
		assessment: {
			unit: '',
			cycleLabel: '',
			createdAt: `${assessment.date}T09:00:00.000Z`,
			isExample: false,
			...assessment
		},
		progress: { complete: 0, total: 36, percent: 0 },
		score: { overall: score.overall, elements: elementScores, coverage: score.coverage }
	};
}

// Zoë's latest cycle: element 1 from items 1, 2, 4 -> 7/3/4*100 = 58.33 (shown 58); element 2
// 62.5 (shown 63); overall the mean, 60.42 (shown 60). 25 of 27 applicable scored: 92%.
export const zoeLatest = entry(
	{
		id: 'zoe-2026',
		organizationId: 'org-zoe',
		organization: 'Zoë Łukasik Counselling',
		unit: 'Child services',
		cycleLabel: 'Follow-up 2026',
		date: '2026-03-10'
	},
	{
		overall: (175 / 3 + 62.5) / 2,
		elements: { 'recognize-impact': 175 / 3, 'risk-of-the-job': 62.5 },
		coverage: coverage({ scored: 25, applicable: 27, notApplicable: 9, unanswered: 2, percent: 92 })
	}
);

/** Zoë's earlier cycle, under the name the organization had then (search still finds it). */
export const zoeEarlier = entry(
	{
		id: 'zoe-2025',
		organizationId: 'org-zoe',
		organization: 'Lukasik Counseling Old Name',
		unit: 'Child services',
		cycleLabel: 'Baseline 2025',
		date: '2025-03-01'
	},
	{
		overall: 40,
		elements: { 'recognize-impact': 40, 'risk-of-the-job': 40 },
		coverage: coverage({ scored: 27, applicable: 27, percent: 100 })
	}
);

/** Nothing scored yet. */
export const jose = entry(
	{
		id: 'jose-2026',
		organizationId: 'org-jose',
		organization: 'José Núñez Clinic',
		cycleLabel: 'Baseline 2026',
		date: '2026-01-15'
	},
	{
		overall: null,
		elements: { 'recognize-impact': null, 'risk-of-the-job': null },
		coverage: coverage({ unanswered: 36 })
	}
);

/** The example: only element 1 in its scores (element 2 shows "No score yet"). */
export const dangExample = entry(
	{
		id: 'dang-example',
		organizationId: 'org-dang',
		organization: 'Đặng Family Services',
		cycleLabel: 'Example',
		date: '2026-02-01',
		isExample: true
	},
	{
		overall: 75,
		elements: { 'recognize-impact': 75 },
		coverage: coverage({ scored: 18, percent: 50 })
	}
);

/** A hostile name: a spreadsheet would run it as a formula. Element 1 100, element 2 50. */
export const formula = entry(
	{
		id: 'cmd-2025',
		organizationId: 'org-cmd',
		organization: '=cmd',
		unit: '+unit',
		cycleLabel: '-1',
		date: '2025-12-01'
	},
	{
		overall: 75,
		elements: { 'recognize-impact': 100, 'risk-of-the-job': 50 },
		coverage: coverage({ scored: 36, percent: 100 })
	}
);

export function testGroups(): OrganizationGroup[] {
	return groupByOrganization([zoeEarlier, jose, dangExample, zoeLatest, formula]);
}
