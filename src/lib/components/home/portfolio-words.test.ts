/** The words of home's portfolio: names of cycles, and counts in singular and plural. */
import { expect, test } from 'vitest';
import { emptyPortfolioQuery, type PortfolioQuery } from '$lib/domain/cycles/portfolio';
import { formatCalendarDate } from '$lib/domain/format';
import {
	cycleName,
	earlierCyclesText,
	matchText,
	overallText,
	showingText,
	showMoreText
} from './portfolio-words';

test('a cycle is named by organization and label, or by date without a label', () => {
	expect(
		cycleName({ organization: 'Maple Hollow', cycleLabel: 'Review 2026', date: '2026-03-12' })
	).toBe('Maple Hollow, Review 2026');
	expect(cycleName({ organization: 'Đặng House', cycleLabel: '', date: '2026-03-12' })).toBe(
		`Đặng House, ${formatCalendarDate('2026-03-12')}`
	);
});

test.each([
	[58.333, 'Overall 58 of 100'],
	[0, 'Overall 0 of 100'],
	[99.5, 'Overall 100 of 100'],
	[null, 'No score yet']
])('overall %s reads “%s”', (overall, text) => {
	expect(overallText(overall)).toBe(text);
});

test.each([
	[1, '1 earlier cycle'],
	[2, '2 earlier cycles']
])('%i earlier: “%s”', (n, text) => expect(earlierCyclesText(n)).toBe(text));

const query = (change: Partial<PortfolioQuery>): PortfolioQuery => ({
	...emptyPortfolioQuery,
	...change
});

test.each([
	[12, {}, ''],
	[0, { sort: 'name' as const }, ''],
	[12, { search: 'ma' }, '12 organizations match'],
	[1, { search: 'ma' }, '1 organization matches'],
	[1_200, { year: '2026' }, '1,200 organizations match'],
	[0, { search: '  xyz ' }, 'No organization matches “xyz”.'],
	[0, { year: '2024' }, 'No organization matches these filters.'],
	[
		0,
		{ search: 'xyz', cycleLabel: 'Baseline' },
		'No organization matches “xyz” with these filters.'
	],
	[0, { search: '   ' }, '']
])('%i matching %j says “%s”', (matches, change, text) => {
	expect(matchText(matches, query(change))).toBe(text);
});

test.each([
	[50, 60, 75, 'Showing 50 of 60 organizations (75 assessments)'],
	[50, 5_000, 5_000, 'Showing 50 of 5,000 organizations (5,000 assessments)'],
	[1, 1, 1, 'Showing 1 of 1 organization (1 assessment)']
])('showing %i of %i (%i)', (shown, of, assessments, text) => {
	expect(showingText(shown, of, assessments)).toBe(text);
});

test.each([
	[10, 'Show 10 more organizations'],
	[1, 'Show 1 more organization']
])('show %i more', (n, text) => expect(showMoreText(n)).toBe(text));
