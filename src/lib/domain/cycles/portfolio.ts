/**
 * A consultant's portfolio: the assessments on this device grouped by organization (latest cycle
 * first), searched, sorted and filtered; each organization's latest scores side by side; and
 * where one organization stands among the others on this device. A standing is a comparison
 * among this device's assessments only, never a norm.
 */
import type { Assessment } from '../assessment';
import type { Progress } from '../progress';
import type { AssessmentScore } from '../scoring';
import { cycleOrder } from './compare';

export interface PortfolioEntry {
	assessment: Pick<
		Assessment,
		| 'id'
		| 'organization'
		| 'unit'
		| 'cycleLabel'
		| 'date'
		| 'createdAt'
		| 'organizationId'
		| 'copyOf'
		| 'isExample'
	>;
	progress: Progress;
	score: AssessmentScore;
}

export interface OrganizationGroup<T extends PortfolioEntry = PortfolioEntry> {
	organizationId: string;
	/** Its latest cycle's organization name and unit (a name retyped there shows here). */
	name: string;
	unit: string;
	/** Latest first. */
	cycles: T[];
}

/** The organization an assessment belongs to; one from before organizations were records is its own. */
export function organizationKey(assessment: Pick<Assessment, 'id' | 'organizationId'>): string {
	return assessment.organizationId ?? assessment.id;
}

/** Names compare as people read them (accents and case aside); one collator, built once, is fast. */
const names = new Intl.Collator('en', { sensitivity: 'base' });
/** Organization ids compare by their code units: no locale needed. */
const plain = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Latest first: by date, the original before its copies, then the one made last (cycleOrder reversed). */
export function latestFirst(a: PortfolioEntry, b: PortfolioEntry): number {
	return cycleOrder(b, a);
}

/**
 * The cycle an organization is shown by in the portfolio and its standing: its newest cycle with
 * an overall score (a next cycle just started has none yet and would blank the organization),
 * else its newest. The row names the cycle, so the reader sees which one it is.
 */
export function latestScored<T extends PortfolioEntry>(group: OrganizationGroup<T>): T {
	return group.cycles.find((c) => c.score.overall !== null) ?? group.cycles[0]!;
}

export function groupByOrganization<T extends PortfolioEntry>(
	entries: readonly T[]
): OrganizationGroup<T>[] {
	const groups = new Map<string, T[]>();
	for (const entry of entries) {
		const key = organizationKey(entry.assessment);
		const list = groups.get(key);
		if (list) list.push(entry);
		else groups.set(key, [entry]);
	}
	return [...groups].map(([organizationId, cycles]) => {
		cycles.sort(latestFirst);
		const latest = cycles[0]!.assessment;
		return { organizationId, name: latest.organization, unit: latest.unit, cycles };
	});
}

/** Text as search compares it: no accents, no case, single spaces ("Zoë  Łukasik" → "zoe lukasik"). */
export function searchKey(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/ł/gi, 'l')
		.replace(/đ/gi, 'd')
		.replace(/ø/gi, 'o')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();
}

export const portfolioSorts = ['name', 'date', 'score', 'progress'] as const;
export type PortfolioSort = (typeof portfolioSorts)[number];

export const portfolioSortLabels: Record<PortfolioSort, string> = {
	name: 'Name (A to Z)',
	date: 'Latest cycle (newest first)',
	score: 'Overall score (highest first)',
	progress: 'Progress (least complete first)'
};

export interface PortfolioQuery {
	/** Matches the organization or unit name of any of its cycles (accents and case ignored). */
	search: string;
	sort: PortfolioSort;
	/** "2026", or "" for every year. */
	year: string;
	/** A cycle label exactly, or "" for every label. */
	cycleLabel: string;
}

export const emptyPortfolioQuery: PortfolioQuery = {
	search: '',
	sort: 'date',
	year: '',
	cycleLabel: ''
};

/** The years and cycle labels the filters offer: newest year first, labels A to Z. */
export function filterChoices(entries: readonly PortfolioEntry[]): {
	years: string[];
	cycleLabels: string[];
} {
	const years = new Set<string>();
	const labels = new Set<string>();
	for (const { assessment } of entries) {
		years.add(assessment.date.slice(0, 4));
		if (assessment.cycleLabel) labels.add(assessment.cycleLabel);
	}
	return {
		years: [...years].sort().reverse(),
		cycleLabels: [...labels].sort(names.compare)
	};
}

const byName = (a: OrganizationGroup, b: OrganizationGroup) =>
	names.compare(a.name, b.name) ||
	names.compare(a.unit, b.unit) ||
	plain(a.organizationId, b.organizationId);

/** A missing score sorts after every score. */
const descending = (x: number | null, y: number | null) =>
	x === null ? (y === null ? 0 : 1) : y === null ? -1 : y - x;

const comparers: Record<PortfolioSort, (a: OrganizationGroup, b: OrganizationGroup) => number> = {
	name: byName,
	date: (a, b) => latestFirst(a.cycles[0]!, b.cycles[0]!) || byName(a, b),
	// By the organization's latest score (a next cycle just started does not sink it).
	score: (a, b) =>
		descending(latestScored(a).score.overall, latestScored(b).score.overall) || byName(a, b),
	progress: (a, b) => a.cycles[0]!.progress.percent - b.cycles[0]!.progress.percent || byName(a, b)
};

/**
 * The groups a query shows: each with only its cycles that pass the filters (a group with none is
 * left out), sorted by its latest shown cycle.
 */
export function portfolioView<T extends PortfolioEntry>(
	groups: readonly OrganizationGroup<T>[],
	query: PortfolioQuery
): OrganizationGroup<T>[] {
	const words = searchKey(query.search).split(' ').filter(Boolean);
	const shown: OrganizationGroup<T>[] = [];
	for (const group of groups) {
		if (words.length > 0) {
			const names = searchKey(
				group.cycles.map((c) => `${c.assessment.organization} ${c.assessment.unit}`).join(' ')
			);
			if (!words.every((word) => names.includes(word))) continue;
		}
		const cycles =
			query.year || query.cycleLabel
				? group.cycles.filter(
						(c) =>
							(!query.year || c.assessment.date.startsWith(query.year)) &&
							(!query.cycleLabel || c.assessment.cycleLabel === query.cycleLabel)
					)
				: group.cycles;
		if (cycles.length > 0) shown.push(cycles === group.cycles ? group : { ...group, cycles });
	}
	return shown.sort(comparers[query.sort]);
}

export interface Standing {
	/** This organization's latest score as shown (whole number), or null without one. */
	score: number | null;
	/** 1 = highest; organizations with the same shown score share a rank. Null without a score. */
	rank: number | null;
	/** Another organization shares this rank (the same shown score): said as "Joint". */
	tied: boolean;
	/** Organizations on this device with a score here (this one included). */
	of: number;
	/** The middle of those scores (whole numbers; the mean of the two middle ones, rounded). */
	median: number | null;
}

export interface OrganizationStanding {
	overall: Standing;
	/** In the order of the scores' elements. */
	elements: (Standing & { elementId: string })[];
}

function standing(own: number | null, all: readonly (number | null)[]): Standing {
	const shown = all.filter((s): s is number => s !== null).map((s) => Math.round(s));
	const sorted = [...shown].sort((a, b) => a - b);
	const mid = sorted.length / 2;
	const median =
		sorted.length === 0
			? null
			: sorted.length % 2 === 1
				? sorted[Math.floor(mid)]!
				: Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
	if (own === null) return { score: null, rank: null, tied: false, of: shown.length, median };
	const score = Math.round(own);
	return {
		score,
		rank: 1 + shown.filter((s) => s > score).length,
		// Its own score is among `shown`, so a second one equal to it is another organization's.
		tied: shown.filter((s) => s === score).length > 1,
		of: shown.length,
		median
	};
}

/**
 * Where one organization's latest cycle stands among every organization's latest cycle on this
 * device, overall and per element. Examples are not counted (they are nobody's work).
 */
export function standingAmong<T extends PortfolioEntry>(
	groups: readonly OrganizationGroup<T>[],
	organizationId: string
): OrganizationStanding | null {
	const group = groups.find((g) => g.organizationId === organizationId);
	if (!group) return null;
	const own = latestScored(group);
	const latest = groups.map(latestScored).filter((c) => !c.assessment.isExample || c === own);
	return {
		overall: standing(
			own.score.overall,
			latest.map((c) => c.score.overall)
		),
		elements: own.score.elements.map((element) => ({
			elementId: element.elementId,
			...standing(
				element.score,
				latest.map(
					(c) => c.score.elements.find((e) => e.elementId === element.elementId)?.score ?? null
				)
			)
		}))
	};
}

/**
 * In words a board reads: "Highest of 5", "Joint highest of 5", "2nd highest of 5", "Joint 2nd
 * highest of 5" (another organization has the same shown score).
 */
export function standingText(standing: Standing): string {
	if (standing.rank === null) return 'No score yet';
	if (standing.of === 1) return 'The only one with a score';
	const { rank, of, tied } = standing;
	if (rank === 1) return tied ? `Joint highest of ${of}` : `Highest of ${of}`;
	const place = `${ordinal(rank)} highest of ${of}`;
	return tied ? `Joint ${place}` : place;
}

export function ordinal(n: number): string {
	const tens = n % 100;
	if (tens >= 11 && tens <= 13) return `${n}th`;
	return `${n}${{ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th'}`;
}
