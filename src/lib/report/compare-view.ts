/**
 * The Compare screen in words: which cycles can be chosen, and what compareCycles found, turned
 * into rows a person reads (element names, scores as shown, coverage, changes, practice
 * statements, answers). Pure: every number comes from the domain (compareCycles, scoring) and is
 * formatted by domain/format or content/scale, so the screen never computes a score itself.
 * The report's "Since last time" (since-last-time.ts) builds its rows from the shared functions
 * below, so both say the same words for the same numbers.
 */
import { getElement, getItem } from '$lib/content';
import { comparedAnswerLabel } from '$lib/content/scale';
import type { Assessment, PlanAction } from '$lib/domain/assessment';
import { itemChangeLabels, type ItemChange } from '$lib/domain/cycles/answer-state';
import {
	changeText,
	cycleOrder,
	previousCycleOf,
	sameCycle,
	type ComparedCycle,
	type CycleComparison,
	type ItemRow,
	type ScoreRow
} from '$lib/domain/cycles/compare';
import {
	countText,
	elementLabel,
	formatCalendarDate,
	listed,
	plural,
	scoredText,
	scoreText
} from '$lib/domain/format';
import { dueDateText } from '$lib/domain/plan-parts';
import type { Coverage } from '$lib/domain/scoring';

/** How a calendar date reads on screen; tests pass a fixed one (longDate). */
export type DateFormat = (date: string) => string;

type ChoosableRecord = {
	assessment: Pick<
		Assessment,
		'id' | 'cycleLabel' | 'date' | 'createdAt' | 'copyOf' | 'previousCycleId' | 'frameworkVersion'
	>;
};

// --- Choosing the cycles -------------------------------------------------------------------------

export interface CycleChoice {
	id: string;
	/** The checkbox's words: "Baseline 2025 · 10 March 2025 · framework version 1.0.0 (copy)". */
	text: string;
	/** The assessment the screen was opened from. */
	isThis: boolean;
}

/** Every cycle of the organization as a checkbox, oldest first. */
export function cycleChoices(
	records: readonly ChoosableRecord[],
	thisId: string,
	formatDate: DateFormat = formatCalendarDate
): CycleChoice[] {
	const versions = new Set(records.map((r) => r.assessment.frameworkVersion));
	return [...records].sort(cycleOrder).map(({ assessment: a }) => {
		const parts = a.cycleLabel ? [a.cycleLabel, formatDate(a.date)] : [formatDate(a.date)];
		if (versions.size > 1) parts.push(`framework version ${a.frameworkVersion}`);
		const notes = [a.copyOf ? '(copy)' : '', a.id === thisId ? '(this assessment)' : ''];
		return {
			id: a.id,
			text: [parts.join(' · '), ...notes.filter(Boolean)].join(' '),
			isThis: a.id === thisId
		};
	});
}

/**
 * The cycles ticked at first: this assessment and the one before it. The first cycle of an
 * organization is compared with the one after it instead.
 */
export function defaultChoice(records: readonly ChoosableRecord[], thisId: string): string[] {
	const self = records.find((r) => r.assessment.id === thisId);
	if (!self) return [];
	const previous = previousCycleOf(records, thisId);
	if (previous) return [previous.assessment.id, thisId];
	const ordered = [...records].sort(cycleOrder);
	const later = ordered
		.slice(ordered.indexOf(self) + 1)
		.filter((r) => !sameCycle(r.assessment, self.assessment));
	const next = later[0];
	if (!next) return [thisId];
	// The next cycle's own record rather than a copy of it (copies sort first on their date).
	const original = later.find(
		(r) => r.assessment.id === (next.assessment.copyOf ?? next.assessment.id)
	);
	return [thisId, (original ?? next).assessment.id];
}

// --- Words shared with the report's "Since last time" ---------------------------------------------
// The Compare screen names each cycle ("in Baseline 2025"); the report's section, always two
// cycles, says "then" and "now", "last time" and "this time". Everything else is one rule here,
// so the screen and the report say the same words for the same numbers.

/** How the words refer to one cycle. */
export interface CycleWords {
	/** After "since" or "from": "Baseline 2025", "last time". */
	name: string;
	/** On its own, saying when: "in Baseline 2025", "this time". */
	when: string;
}

/** A cycle referred to by its name: "since Baseline 2025", "in Baseline 2025". */
export function namedCycle(name: string): CycleWords {
	return { name, when: `in ${name}` };
}

export interface ScoreCell {
	score: string;
	/** "27 of 36 items scored", or "Not asked in this version" where the cycle lacks the element. */
	coverage: string;
}

export interface ScoreViewRow {
	/** "overall" or the element id. */
	key: string;
	label: string;
	/** The unrounded scores, for the chart (which rounds nothing: the bars show the value). */
	values: (number | null)[];
	cells: ScoreCell[];
	change: string;
}

export const OVERALL = 'Overall';

/** A score as shown and the coverage it rests on. */
export function scoreCell(score: number | null, coverage: Coverage | null): ScoreCell {
	return {
		score: scoreText(score),
		coverage: coverage ? scoredText(coverage) : comparedAnswerLabel({ kind: 'not-asked' })
	};
}

function scoreViewRow(key: string, label: string, row: ScoreRow): ScoreViewRow {
	return {
		key,
		label,
		values: row.values,
		cells: row.values.map((value, i) => scoreCell(value, row.coverage[i] ?? null)),
		change: changeText(row.change)
	};
}

/** Overall first, then each element in walk order; `elementName` names an element by its id. */
export function scoreViewRows(
	comparison: Pick<CycleComparison, 'overall' | 'elements'>,
	elementName: (elementId: string) => string
): ScoreViewRow[] {
	return [
		scoreViewRow('overall', OVERALL, comparison.overall),
		...comparison.elements.map((e) => scoreViewRow(e.elementId, elementName(e.elementId), e))
	];
}

/**
 * "Overall score: 56 in Baseline 2025, 63 in Review 2026 (+7)." (the report: "56 then, 63 now
 * (+7)"). With more than two cycles the change says it runs from the first to the last. When
 * the first or the last cycle has no score yet, there is no change to show rather than "Not
 * comparable".
 */
export function overallSentence(overall: ScoreRow, when: readonly string[]): string {
	if (overall.values.every((value) => value === null)) return 'No overall score yet.';
	const parts = overall.values.map(
		(value, i) => `${value === null ? 'no score' : scoreText(value)} ${when[i] ?? ''}`
	);
	const listedScores = `Overall score: ${parts.join(', ')}`;
	if (overall.change === null) return `${listedScores}. No change to show yet.`;
	const span = overall.values.length > 2 ? ' from the first to the last' : '';
	return `${listedScores} (${changeText(overall.change)}${span}).`;
}

export interface ChangeCount {
	change: ItemChange;
	/** "Improved". */
	label: string;
	count: number;
	/** "5 improved". */
	text: string;
}

/** The kinds of change always counted, in this order; "Not scored" only when some practice is. */
const COUNTED: readonly ItemChange[] = [
	'improved',
	'declined',
	'unchanged',
	'newly-known',
	'no-longer-known'
];

/** How many practices fall in each kind of change, in words. */
export function changeCounts(counts: Readonly<Record<ItemChange, number>>): ChangeCount[] {
	const kinds = counts['not-scored'] > 0 ? [...COUNTED, 'not-scored' as const] : COUNTED;
	return kinds.map((change) => {
		const label = itemChangeLabels[change];
		const count = counts[change];
		return { change, label, count, text: `${countText(count)} ${label.toLowerCase()}` };
	});
}

export interface PracticeRow {
	itemId: string;
	statement: string;
	/** One per cycle, oldest first: "2 (Partly in place)", "Don't know", … */
	answers: string[];
	change: ItemChange;
	changeLabel: string;
}

export function practiceRow(row: ItemRow, statement: string): PracticeRow {
	return {
		itemId: row.itemId,
		statement,
		answers: row.answers.map(comparedAnswerLabel),
		change: row.change,
		changeLabel: itemChangeLabels[row.change]
	};
}

export interface UncomparedPractice {
	itemId: string;
	statement: string;
	/** Why it cannot be compared: "New question in version 2.0.0: not asked in Baseline 2025." */
	why: string;
}

/**
 * The practices the chosen cycles cannot compare, each with why: new questions (those the
 * latest cycle asks and an earlier one did not), then those the latest cycle no longer asks,
 * once each, naming every cycle that asked it. `when` says the cycles a practice is missing in
 * or was asked in ("in Baseline 2025 and Review 2026", "last time").
 */
export function uncomparedPractices(
	comparison: Pick<CycleComparison, 'cycles' | 'notComparable'>,
	when: (cycleIds: readonly string[]) => string,
	statementOf: (itemId: string) => string
): { newQuestions: UncomparedPractice[]; noLongerAsked: UncomparedPractice[] } {
	const { cycles, notComparable } = comparison;
	const latest = cycles.at(-1)!.frameworkVersion;
	const newQuestions = notComparable.newQuestions.map(({ itemId, missingIn }) => ({
		itemId,
		statement: statementOf(itemId),
		why: `New question in version ${latest}: not asked ${when(missingIn)}.`
	}));
	const askedIn = new Map<string, string[]>();
	for (const { itemId, cycleId } of notComparable.noLongerAsked) {
		askedIn.set(itemId, [...(askedIn.get(itemId) ?? []), cycleId]);
	}
	const noLongerAsked = [...askedIn].map(([itemId, cycleIds]) => {
		const version = cycles.find((c) => c.id === cycleIds[0])?.frameworkVersion ?? '';
		return {
			itemId,
			statement: statementOf(itemId),
			why: `Asked ${when(cycleIds)} (version ${version}); version ${latest} no longer asks it.`
		};
	});
	return { newQuestions, noLongerAsked };
}

/** The plan's parts between the last two cycles, as headings and labels. */
export interface PlanHeadings {
	/** "Done since Baseline 2025", "Done since last time". */
	done: string;
	/** "Still open from Baseline 2025": carried over and not done. */
	stillOpen: string;
	/** "New in Review 2026", "New this time". */
	added: string;
	/** "Done in Baseline 2025": the earlier cycle's own history. */
	doneBefore: string;
}

export function planHeadings(earlier: CycleWords, later: CycleWords): PlanHeadings {
	return {
		done: `Done since ${earlier.name}`,
		stillOpen: `Still open from ${earlier.name}`,
		added: `New ${later.when}`,
		doneBefore: `Done ${earlier.when}`
	};
}

/** "1 action done, 2 still open from Baseline 2025, 3 new." */
export function planCountsText(
	plan: Pick<CycleComparison['plan'], 'done' | 'stillOpen' | 'added'>,
	earlier: CycleWords
): string {
	const { done, stillOpen, added } = plan;
	return `${plural(done.length, 'action', 'actions')} done, ${stillOpen.length} still open from ${earlier.name}, ${added.length} new.`;
}

// --- The comparison ------------------------------------------------------------------------------

export interface CycleColumn {
	id: string;
	/** The cycle's label (its date when it has none), made unique among the chosen cycles. */
	name: string;
	dateText: string;
	/** "Framework version 2.0.0", when the chosen cycles were made on different versions. */
	versionNote: string | null;
}

export interface PracticeGroup {
	elementId: string;
	label: string;
	rows: PracticeRow[];
}

export interface PlanLine {
	id: string;
	title: string;
	/** "Owner: José Núñez · Due 12 March 2026", or "No owner yet · No due date". */
	details: string;
}

export interface PlanSinceView {
	earlierName: string;
	laterName: string;
	headings: PlanHeadings;
	done: PlanLine[];
	stillOpen: PlanLine[];
	added: PlanLine[];
	doneBefore: PlanLine[];
}

export interface CompareView {
	columns: CycleColumn[];
	/** "Change since Baseline 2025". */
	changeHeading: string;
	/** "Overall score: 56 in Baseline 2025, 63 in Review 2026 (+7)." */
	overallSentence: string;
	/** Overall first, then each element in walk order. */
	scoreRows: ScoreViewRow[];
	changeCounts: ChangeCount[];
	practiceGroups: PracticeGroup[];
	newQuestions: UncomparedPractice[];
	noLongerAsked: UncomparedPractice[];
	plan: PlanSinceView;
}

export interface CompareViewOptions {
	formatDate?: DateFormat;
	/** Ids of the chosen cycles that were imported as copies (to tell two same-named apart). */
	copies?: ReadonlySet<string>;
}

/**
 * Cycle names, unique among the chosen cycles: a shared label gets its date (when the dates
 * differ) and "copy" (for an imported copy), and a number if that still does not tell them apart.
 */
function distinctNames(
	cycles: readonly ComparedCycle[],
	formatDate: DateFormat,
	copies: ReadonlySet<string>
): string[] {
	const base = cycles.map((c) => (c.label === c.date ? formatDate(c.date) : c.label));
	const told = base.map((name, i) => {
		const peers = cycles.filter((_, j) => base[j] === name);
		if (peers.length === 1) return name;
		const cycle = cycles[i]!;
		const extras = [
			new Set(peers.map((c) => c.date)).size > 1 ? formatDate(cycle.date) : '',
			copies.has(cycle.id) ? 'copy' : ''
		].filter(Boolean);
		return extras.length > 0 ? `${name} (${extras.join(', ')})` : name;
	});
	return told.map((name, i) => {
		if (told.filter((n) => n === name).length === 1) return name;
		return `${name} (${told.slice(0, i + 1).filter((n) => n === name).length})`;
	});
}

function statementOf(itemId: string): string {
	return getItem(itemId)?.statement ?? itemId;
}

function elementText(elementId: string): string {
	const element = getElement(elementId);
	return element ? elementLabel(element) : elementId;
}

function planLine(action: PlanAction, formatDate: DateFormat): PlanLine {
	const owner = action.owner ? `Owner: ${action.owner}` : 'No owner yet';
	const due = dueDateText(action, formatDate);
	return {
		id: action.id,
		title: action.title,
		details: `${owner} · ${due ? `Due ${due}` : 'No due date'}`
	};
}

/** The whole screen's words from one comparison (two or more cycles). */
export function compareView(
	comparison: CycleComparison,
	{ formatDate = formatCalendarDate, copies = new Set() }: CompareViewOptions = {}
): CompareView {
	const { cycles } = comparison;
	const names = distinctNames(cycles, formatDate, copies);
	const name = (cycleId: string) => names[cycles.findIndex((c) => c.id === cycleId)] ?? cycleId;
	const versions = new Set(cycles.map((c) => c.frameworkVersion));
	const columns = cycles.map((c, i) => ({
		id: c.id,
		name: names[i]!,
		dateText: formatDate(c.date),
		versionNote: versions.size > 1 ? `Framework version ${c.frameworkVersion}` : null
	}));

	const practiceGroups = comparison.elements
		.map((e) => ({
			elementId: e.elementId,
			label: elementText(e.elementId),
			rows: comparison.items
				.filter((row) => row.elementId === e.elementId)
				.map((row) => practiceRow(row, statementOf(row.itemId)))
		}))
		.filter((group) => group.rows.length > 0);

	const { newQuestions, noLongerAsked } = uncomparedPractices(
		comparison,
		(cycleIds) => `in ${listed(cycleIds.map(name))}`,
		statementOf
	);

	const line = (action: PlanAction) => planLine(action, formatDate);
	const { plan } = comparison;
	const earlierName = names.at(-2) ?? names[0]!;
	const laterName = names.at(-1)!;
	return {
		columns,
		changeHeading: `Change since ${names[0]}`,
		overallSentence: overallSentence(
			comparison.overall,
			names.map((n) => namedCycle(n).when)
		),
		scoreRows: scoreViewRows(comparison, elementText),
		changeCounts: changeCounts(comparison.changeCounts),
		practiceGroups,
		newQuestions,
		noLongerAsked,
		plan: {
			earlierName,
			laterName,
			headings: planHeadings(namedCycle(earlierName), namedCycle(laterName)),
			done: plan.done.map(line),
			stillOpen: plan.stillOpen.map(line),
			added: plan.added.map(line),
			doneBefore: plan.doneBefore.map(line)
		}
	};
}

// --- The "Show" filter of the practice table ----------------------------------------------------

export type PracticeFilter = 'all' | ItemChange;

export interface FilterChoice {
	value: PracticeFilter;
	/** "Improved (5)". */
	text: string;
}

export function practiceFilterChoices(view: Pick<CompareView, 'changeCounts'>): FilterChoice[] {
	const total = view.changeCounts.reduce((sum, c) => sum + c.count, 0);
	return [
		{ value: 'all', text: `All practices (${countText(total)})` },
		...view.changeCounts.map((c) => ({
			value: c.change,
			text: `${c.label} (${countText(c.count)})`
		}))
	];
}

/** The groups with only the practices the filter shows; a group left empty is left out. */
export function filterPractices(
	groups: readonly PracticeGroup[],
	show: PracticeFilter
): PracticeGroup[] {
	if (show === 'all') return [...groups];
	return groups
		.map((group) => ({ ...group, rows: group.rows.filter((row) => row.change === show) }))
		.filter((group) => group.rows.length > 0);
}
