/**
 * Home's search over ready-made strings finds exactly the organizations portfolioView's own
 * search finds, in the order the sort gave, with accents and case ignored.
 */
import { expect, test } from 'vitest';
import {
	emptyPortfolioQuery,
	groupByOrganization,
	portfolioView,
	type PortfolioEntry
} from '$lib/domain/cycles/portfolio';
import type { AssessmentScore } from '$lib/domain/scoring';
import { matchingGroups, searchIndex, searchWords } from './portfolio-search';

const score: AssessmentScore = {
	overall: null,
	elements: [],
	coverage: { scored: 0, applicable: 0, dontKnow: 0, notApplicable: 0, unanswered: 0, percent: 0 }
};

function entry(
	id: string,
	organizationId: string,
	organization: string,
	unit: string,
	date: string
): PortfolioEntry {
	return {
		assessment: {
			id,
			organizationId,
			organization,
			unit,
			cycleLabel: '',
			date,
			createdAt: `${date}T09:00:00.000Z`,
			isExample: false
		},
		progress: { complete: 0, total: 36, percent: 0 },
		score
	};
}

// "Old name" was the organization's name at its first cycle: search still finds it by that name.
const entries = [
	entry('a1', 'org-a', 'José Núñez Counseling', 'Foster care', '2026-03-01'),
	entry('b1', 'org-b', 'Zoë Łukasik Trust', '', '2026-02-01'),
	entry('c1', 'org-c', 'Đặng Family Services', 'Crisis line', '2026-01-15'),
	entry('c0', 'org-c', 'Old name Services', 'Crisis line', '2025-01-15'),
	entry('d1', 'org-d', 'Maple Hollow', 'Youth services', '2025-06-01')
];
const groups = groupByOrganization(entries);
const index = searchIndex(groups);

const ids = (list: readonly { organizationId: string }[]) => list.map((g) => g.organizationId);

test.each([
	// search typed             organizations found (newest latest cycle first)
	['', ['org-a', 'org-b', 'org-c', 'org-d']],
	['   ', ['org-a', 'org-b', 'org-c', 'org-d']],
	['jose nunez', ['org-a']],
	['NÚÑEZ', ['org-a']],
	['zoe lukasik', ['org-b']],
	['Zoë  Łukasik', ['org-b']],
	['dang', ['org-c']],
	['old name', ['org-c']],
	['services', ['org-c', 'org-d']],
	['youth maple', ['org-d']],
	['foster', ['org-a']],
	['crisis hollow', []],
	['xyz', []]
])('search “%s” finds %j', (search, expected) => {
	const found = matchingGroups(groups, index, searchWords(search));
	expect(ids(found)).toEqual(expected);
	// The same as portfolioView's own search, with the same sort.
	expect(ids(portfolioView(groups, { ...emptyPortfolioQuery, search }))).toEqual(expected);
});

test('keeps the order it is given (the sort already applied)', () => {
	const byName = portfolioView(groups, { ...emptyPortfolioQuery, sort: 'name' });
	expect(ids(byName)).toEqual(['org-c', 'org-a', 'org-d', 'org-b']);
	expect(ids(matchingGroups(byName, index, searchWords('services')))).toEqual(['org-c', 'org-d']);
});

test('with no words, hands back the same list (no copy on every keystroke)', () => {
	expect(matchingGroups(groups, index, [])).toBe(groups);
});
