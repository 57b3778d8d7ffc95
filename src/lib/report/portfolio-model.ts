/**
 * The portfolio view as plain data: each organization's latest scored cycle on one row (its
 * newest cycle with an overall score, so a next cycle just started does not blank it; the row
 * names the cycle), its overall and element scores side by side, and where one organization
 * stands among the others on this device.
 * Every number comes from lib/domain (the scores kept with each assessment, portfolio standing) and
 * reads as lib/domain/format writes it, so this view never disagrees with Results or home.
 *
 * Rows are built a page at a time (portfolioRow), never for every organization up front: with
 * 5,000 organizations the screen groups once and formats only what it shows.
 */
import {
	latestScored,
	portfolioView,
	standingAmong,
	standingText,
	type OrganizationGroup,
	type PortfolioEntry,
	type PortfolioSort,
	type Standing
} from '$lib/domain/cycles/portfolio';
import { countText, elementLabel, scoredText, scoreText } from '$lib/domain/format';
import type { Element } from '$lib/domain/framework';
import type { Coverage } from '$lib/domain/scoring';

/** One element column: "1" in the header, the whole label for those who need it. */
export interface PortfolioColumn {
	elementId: string;
	number: number;
	/** "1. Recognize the impact on the workforce". */
	label: string;
}

/**
 * The element columns, in element order. Elements are shared by every framework version, so the
 * elements of all of them (each once) cover every assessment on this device.
 */
export function portfolioColumns(
	elements: readonly Pick<Element, 'id' | 'number' | 'title'>[]
): PortfolioColumn[] {
	const byId = new Map<string, PortfolioColumn>();
	for (const element of elements) {
		if (byId.has(element.id)) continue;
		byId.set(element.id, {
			elementId: element.id,
			number: element.number,
			label: elementLabel(element)
		});
	}
	return [...byId.values()].sort((a, b) => a.number - b.number);
}

/** The orders the view offers (the same rules as home's). Name first: the default. */
export const portfolioTableSorts = [
	'name',
	'score',
	'date'
] as const satisfies readonly PortfolioSort[];
export type PortfolioTableSort = (typeof portfolioTableSorts)[number];

export interface PortfolioOrder {
	search: string;
	sort: PortfolioTableSort;
}

/**
 * The organizations the table, chart and CSV show, in the chosen order: home's search (any of
 * their cycles' organization or unit names, accents and case ignored) and sort, no filters.
 */
export function portfolioOrder<T extends PortfolioEntry>(
	groups: readonly OrganizationGroup<T>[],
	{ search, sort }: PortfolioOrder
): OrganizationGroup<T>[] {
	return portfolioView(groups, { search, sort, year: '', cycleLabel: '' });
}

/** An element score in a row: the unrounded score for sorting and bars, the words to show. */
export interface PortfolioCell {
	elementId: string;
	score: number | null;
	/** "58" or "No score yet". */
	text: string;
}

export interface PortfolioRow {
	organizationId: string;
	/** The cycle shown (latestScored): the row's name links to it. */
	assessmentId: string;
	name: string;
	unit: string;
	isExample: boolean;
	/** The name as the chart and the CSV write it: "Harbor Family Services (example)". */
	label: string;
	/** The shown cycle's label and date, so the reader sees which cycle the scores are from. */
	cycleLabel: string;
	/** "2026-03-12". */
	date: string;
	overall: number | null;
	/** "58" or "No score yet". */
	overallText: string;
	coverage: Coverage;
	/** "27 of 36 items scored". */
	coverageText: string;
	/** One per column, in column order; null score where the assessment lacks the element. */
	elements: PortfolioCell[];
}

/** " (example)": how an example is marked wherever a row's name is written out. */
export const EXAMPLE_MARK = ' (example)';

/** One organization's row: its latest scored cycle (latestScored) and that cycle's scores. */
export function portfolioRow(
	group: OrganizationGroup,
	columns: readonly PortfolioColumn[]
): PortfolioRow {
	const { assessment, score } = latestScored(group);
	const isExample = assessment.isExample;
	const scores = new Map(score.elements.map((e) => [e.elementId, e.score]));
	return {
		organizationId: group.organizationId,
		assessmentId: assessment.id,
		name: group.name,
		unit: group.unit,
		isExample,
		label: isExample ? `${group.name}${EXAMPLE_MARK}` : group.name,
		cycleLabel: assessment.cycleLabel,
		date: assessment.date,
		overall: score.overall,
		overallText: scoreText(score.overall),
		coverage: score.coverage,
		coverageText: scoredText(score.coverage),
		elements: columns.map(({ elementId }) => {
			const value = scores.get(elementId) ?? null;
			return { elementId, score: value, text: scoreText(value) };
		})
	};
}

/**
 * The line above the table, announced as it changes: "Showing 100 of 5,000 organizations",
 * "3 organizations match “łukasik”", "No organization matches “zzz”".
 */
export function tableCountText(shown: number, matching: number, search: string): string {
	const term = search.trim();
	if (term && matching === 0) return `No organization matches “${term}”.`;
	const noun = matching === 1 ? 'organization' : 'organizations';
	if (shown < matching) return `Showing ${countText(shown)} of ${countText(matching)} ${noun}`;
	if (term)
		return `${countText(matching)} ${noun} ${matching === 1 ? 'matches' : 'match'} “${term}”`;
	return `${countText(matching)} ${noun}`;
}

/** An organization the standing can be asked for: the select's option. */
export interface StandingChoice {
	organizationId: string;
	/** The organization's name, as the standing table's caption says it. */
	name: string;
	/** "Harbor Family Services, Child services" (the unit tells apart two of the same name). */
	label: string;
}

/**
 * The organizations whose standing can be shown, by name: every one whose shown cycle is not an
 * example (examples are nobody's work, so standingAmong leaves them out of the comparison too).
 */
export function standingChoices(groups: readonly OrganizationGroup[]): StandingChoice[] {
	const own = groups.filter((g) => !latestScored(g).assessment.isExample);
	return portfolioOrder(own, { search: '', sort: 'name' }).map((g) => ({
		organizationId: g.organizationId,
		name: g.name,
		label: g.unit ? `${g.name}, ${g.unit}` : g.name
	}));
}

/** One line of the standing table: Overall, then each element. */
export interface StandingRow {
	key: string;
	/** "Overall" or "1. Recognize the impact on the workforce". */
	label: string;
	/** "58" or "No score yet". */
	scoreText: string;
	/** What the score rests on, in the same cycle: "27 of 36 items scored". */
	coverageText: string;
	/** "2nd highest of 5". */
	standingText: string;
	/** The middle score on this device: "61" or "No score yet". */
	medianText: string;
}

/**
 * The standing table of one organization among `groups` (standingAmong), with each score's
 * coverage from the same cycle the standing took it from (latestScored). Empty when the
 * organization is not among them.
 */
export function standingRows(
	groups: readonly OrganizationGroup[],
	organizationId: string,
	columns: readonly PortfolioColumn[]
): StandingRow[] {
	const group = groups.find((g) => g.organizationId === organizationId);
	const standing = standingAmong(groups, organizationId);
	if (!group || !standing) return [];
	const labels = new Map(columns.map((c) => [c.elementId, c.label]));
	const { score } = latestScored(group);
	const coverage = new Map(score.elements.map((e) => [e.elementId, e.coverage]));
	const row = (key: string, label: string, s: Standing, covered: Coverage | undefined) => ({
		key,
		label,
		scoreText: scoreText(s.score),
		coverageText: covered ? scoredText(covered) : '',
		standingText: standingText(s),
		medianText: scoreText(s.median)
	});
	return [
		row('overall', 'Overall', standing.overall, score.coverage),
		...standing.elements.map((e) =>
			row(e.elementId, labels.get(e.elementId) ?? e.elementId, e, coverage.get(e.elementId))
		)
	];
}
