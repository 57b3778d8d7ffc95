/**
 * The words home's portfolio says: names that tell one cycle from another for a screen reader,
 * and the counts of what is shown. Numbers are the portfolio's own (domain/cycles/portfolio);
 * these only put them in words.
 */
import type { Assessment } from '$lib/domain/assessment';
import { countText, formatCalendarDate, NO_SCORE_YET, scoreText } from '$lib/domain/format';
import type { PortfolioQuery } from '$lib/domain/cycles/portfolio';

/** "1,234 organizations", "1 organization". */
function counted(n: number, one: string, many: string): string {
	return `${countText(n)} ${n === 1 ? one : many}`;
}

/**
 * "Maple Hollow, Review 2026": what Open, Delete and the progress bar of one cycle are named
 * after. A cycle without a label is told apart by its date.
 */
export function cycleName(
	assessment: Pick<Assessment, 'organization' | 'cycleLabel' | 'date'>
): string {
	return `${assessment.organization}, ${assessment.cycleLabel || formatCalendarDate(assessment.date)}`;
}

/** "Overall 58 of 100", or "No score yet". */
export function overallText(overall: number | null): string {
	return overall === null ? NO_SCORE_YET : `Overall ${scoreText(overall)} of 100`;
}

/** The disclosure of an organization's other cycles: "1 earlier cycle", "2 earlier cycles". */
export function earlierCyclesText(n: number): string {
	return counted(n, 'earlier cycle', 'earlier cycles');
}

/** A search word or a filter is set: the list shows only what matches. */
export function isFiltering(query: PortfolioQuery): boolean {
	return query.search.trim() !== '' || query.year !== '' || query.cycleLabel !== '';
}

/**
 * The search's status line: "12 organizations match", "No organization matches “xyz”."; empty
 * while nothing is searched or filtered.
 */
export function matchText(matches: number, query: PortfolioQuery): string {
	if (!isFiltering(query)) return '';
	if (matches > 0)
		return `${counted(matches, 'organization', 'organizations')} ${matches === 1 ? 'matches' : 'match'}`;
	const search = query.search.trim();
	const filtered = query.year !== '' || query.cycleLabel !== '';
	if (!search) return 'No organization matches these filters.';
	return filtered
		? `No organization matches “${search}” with these filters.`
		: `No organization matches “${search}”.`;
}

/** "Showing 50 of 60 organizations (75 assessments)". */
export function showingText(shown: number, organizations: number, assessments: number): string {
	return `Showing ${countText(shown)} of ${counted(organizations, 'organization', 'organizations')} (${counted(assessments, 'assessment', 'assessments')})`;
}

/** "Show 10 more organizations". */
export function showMoreText(n: number): string {
	return `Show ${counted(n, 'more organization', 'more organizations')}`;
}
