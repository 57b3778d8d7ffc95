/**
 * The Compare screen in words: which cycles can be chosen, and what compareCycles found, turned
 * into rows a person reads (element names, scores as shown, coverage, changes, practice
 * statements, answers). Pure: every number comes from the domain (compareCycles, scoring) and is
 * formatted by domain/format or content/scale, so the screen never computes a score itself.
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
		'id' | 'cycleLabel' | 'date' | 'createdAt' | 'copyOf' | 'frameworkVersion'
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
	const original = later.find((r) => r.assessment.id === (next.assessment.copyOf ?? next.assessment.id));
	return [thisId, (original ?? next).assessment.id];
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

export interface ScoreCell {
	score: string;
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

export interface ChangeCount {
	change: ItemChange;
	count: number;
	/** "5 improved". */
	text: string;
}

export interface PracticeRow {
	itemId: string;
	statement: string;
	/** One per cycle, oldest first: "2 (Partly in place)", "Don't know", … */
	answers: string[];
	change: ItemChange;
	changeLabel: string;
}

export interface PracticeGroup {
	elementId: string;
	label: string;
	rows: PracticeRow[];
}

export interface UncomparedPractice {
	itemId: string;
	statement: string;
	/** Why it cannot be compared: "New question in version 2.0.0: not asked in Baseline 2025". */
	why: string;
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
	done: PlanLine[];
	stillOpen: PlanLine[];
	added: PlanLine[];
	doneBefore: PlanLine[];
}

export interface CompareView {
	columns: CycleColumn[];
	/** "Change since Baseline 2025". */
	changeHeading: string;
	/** "Overall score: 56 in Baseline 2025, 63 in Review 2026. Change: +7." */
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

export const OVERALL = 'Overall';

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

function scoreViewRow(key: string, label: string, row: ScoreRow): ScoreViewRow {
	return {
		key,
		label,
		values: row.values,
		cells: row.values.map((value, i) => {
			const coverage = row.coverage[i];
			return {
				score: scoreText(value),
				coverage: coverage ? coverageText(coverage) : 'Not in this version'
			};
		}),
		change: changeText(row.change)
	};
}

function statementOf(itemId: string): string {
	return getItem(itemId)?.statement ?? itemId;
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

/**
 * "Overall score: 56 in Baseline 2025, 63 in Review 2026. Change: +7." When the first or the last
 * cycle has no score yet, it says there is no change to show rather than "Not comparable".
 */
function overallSentence(
	names: readonly string[],
	row: ScoreViewRow,
	change: number | null
): string {
	const parts = names.map((name, i) => {
		const shown = row.cells[i]!.score;
		return `${row.values[i] === null ? shown.toLowerCase() : shown} in ${name}`;
	});
	const after = change === null ? 'No change to show yet.' : `Change: ${row.change}.`;
	return `Overall score: ${parts.join(', ')}. ${after}`;
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

	const elementText = (id: string) => {
		const element = getElement(id);
		return element ? elementLabel(element) : id;
	};
	const overall = scoreViewRow('overall', OVERALL, comparison.overall);
	const scoreRows = [
		overall,
		...comparison.elements.map((e) => scoreViewRow(e.elementId, elementText(e.elementId), e))
	];

	const changeCounts = (Object.keys(itemChangeLabels) as ItemChange[]).map((change) => ({
		change,
		count: comparison.changeCounts[change],
		text: `${comparison.changeCounts[change]} ${itemChangeLabels[change].toLowerCase()}`
	}));

	const practiceGroups = comparison.elements
		.map((e) => ({
			elementId: e.elementId,
			label: elementText(e.elementId),
			rows: comparison.items
				.filter((row) => row.elementId === e.elementId)
				.map((row) => ({
					itemId: row.itemId,
					statement: statementOf(row.itemId),
					answers: row.answers.map(comparedAnswerLabel),
					change: row.change,
					changeLabel: itemChangeLabels[row.change]
				}))
		}))
		.filter((group) => group.rows.length > 0);

	const latest = cycles.at(-1)!;
	const newQuestions = comparison.notComparable.newQuestions.map(({ itemId, missingIn }) => ({
		itemId,
		statement: statementOf(itemId),
		why: `New question in version ${latest.frameworkVersion}: not asked in ${listed(missingIn.map(name))}`
	}));
	// One entry per practice, naming every chosen cycle that asked it.
	const askedIn = new Map<string, string[]>();
	for (const { itemId, cycleId } of comparison.notComparable.noLongerAsked) {
		askedIn.set(itemId, [...(askedIn.get(itemId) ?? []), cycleId]);
	}
	const noLongerAsked = [...askedIn].map(([itemId, cycleIds]) => {
		const version = cycles.find((c) => c.id === cycleIds[0])?.frameworkVersion ?? '';
		return {
			itemId,
			statement: statementOf(itemId),
			why: `Asked in ${listed(cycleIds.map(name))} (version ${version}); version ${latest.frameworkVersion} no longer asks it`
		};
	});

	const line = (action: PlanAction) => planLine(action, formatDate);
	const { plan } = comparison;
	return {
		columns,
		changeHeading: `Change since ${names[0]}`,
		overallSentence: overallSentence(names, overall, comparison.overall.change),
		scoreRows,
		changeCounts,
		practiceGroups,
		newQuestions,
		noLongerAsked,
		plan: {
			earlierName: names.at(-2) ?? names[0]!,
			laterName: names.at(-1)!,
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
		{ value: 'all', text: `All practices (${total})` },
		...view.changeCounts.map((c) => ({
			value: c.change,
			text: `${itemChangeLabels[c.change]} (${c.count})`
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
