/**
 * Home's search, split from portfolioView so that typing stays cheap with thousands of
 * organizations: each organization's search text is built once, when the list is read, and a
 * keystroke only checks `includes` on those ready-made strings. The groups it filters are already
 * sorted and filtered by portfolioView (which runs again only when the sort or a filter changes),
 * so the order is kept. It matches exactly what portfolioView's own search matches.
 */
import {
	searchKey,
	type OrganizationGroup,
	type PortfolioEntry
} from '$lib/domain/cycles/portfolio';

/** Organization id -> the names and units of all its cycles, as search compares them. */
export type SearchIndex = ReadonlyMap<string, string>;

/** Built once per list: the same text portfolioView searches (every cycle, not only those shown). */
export function searchIndex(groups: readonly OrganizationGroup[]): SearchIndex {
	return new Map(
		groups.map((group) => [
			group.organizationId,
			searchKey(
				group.cycles.map((c) => `${c.assessment.organization} ${c.assessment.unit}`).join(' ')
			)
		])
	);
}

/** The words typed, as search compares them ("  Zoë  " -> ["zoe"]). */
export function searchWords(search: string): string[] {
	return searchKey(search).split(' ').filter(Boolean);
}

/** The groups whose names hold every word, in the order given. */
export function matchingGroups<T extends PortfolioEntry>(
	groups: readonly OrganizationGroup<T>[],
	index: SearchIndex,
	words: readonly string[]
): readonly OrganizationGroup<T>[] {
	if (words.length === 0) return groups;
	return groups.filter((group) => {
		const names = index.get(group.organizationId) ?? '';
		return words.every((word) => names.includes(word));
	});
}
