/**
 * "Since last time": this cycle beside the one before it, as the report, the PDF and the Word
 * file show it. Every number comes from compareCycles (domain/cycles/compare.ts) and every row is
 * worded by the Compare screen's own functions (compare-view.ts), with "then" and "now", "last
 * time" and "this time" where the screen names the cycles, so the section can never disagree
 * with the compare screen. Pure: the same cycles always give the same section.
 */
import {
	compareCycles,
	previousCycleOf,
	type CycleComparison,
	type ItemRow
} from '$lib/domain/cycles/compare';
import type { ItemChange } from '$lib/domain/cycles/answer-state';
import type { PlanAction } from '$lib/domain/assessment';
import { countText, elementLabel, longDate, plural } from '$lib/domain/format';
import { walkOrder } from '$lib/domain/walk';
import {
	changeCounts,
	overallSentence,
	planCountsText,
	planHeadings,
	practiceRow,
	scoreViewRows,
	uncomparedPractices,
	type CycleWords,
	type ScoreViewRow
} from './compare-view';
import type { ReportCycleInput, ReportSinceLastTime, ReportTable } from './report-types';

export const SINCE_LAST_TIME = 'Since last time';

/** The two cycles as the section refers to them. */
const LAST_TIME: CycleWords = { name: 'last time', when: 'last time' };
const THIS_TIME: CycleWords = { name: 'this time', when: 'this time' };
/** Beside the overall scores: "56 then, 61 now". */
const THEN_AND_NOW = ['then', 'now'];

/** "Compared with Baseline 2025 (12 March 2025)." A cycle with no label is named by its date. */
function introOf(earlier: ReportCycleInput): string {
	const label = earlier.assessment.cycleLabel.trim();
	const date = longDate(earlier.assessment.date);
	return label ? `Compared with ${label} (${date}).` : `Compared with the assessment of ${date}.`;
}

function versionNoteOf(earlier: ReportCycleInput, later: ReportCycleInput): string | null {
	const then = earlier.assessment.frameworkVersion;
	const now = later.assessment.frameworkVersion;
	if (then === now) return null;
	return `Last time used version ${then} of the framework, and this time version ${now}. Each practice is compared with the earlier practices it replaces.`;
}

/** "56\n25 of 27 items scored": the score as shown, and its coverage under it. */
function scoreCells(row: ScoreViewRow): string[] {
	return [row.label, ...row.cells.map((cell) => `${cell.score}\n${cell.coverage}`), row.change];
}

function scoresTable(comparison: CycleComparison, later: ReportCycleInput): ReportTable {
	const elements = new Map(later.framework.elements.map((e) => [e.id, e]));
	const elementName = (id: string) => {
		const element = elements.get(id);
		return element ? elementLabel(element) : id;
	};
	return {
		id: 'scores',
		heading: 'Scores then and now',
		intro:
			'Out of 100, with how many practices had a score. The change is the difference of the scores as shown.',
		head: ['Score', 'Then', 'Now', 'Change'],
		rows: scoreViewRows(comparison, elementName).map(scoreCells)
	};
}

function changesTable(comparison: CycleComparison): ReportTable {
	const compared = comparison.items.length;
	const asked = compared + comparison.notComparable.newQuestions.length;
	return {
		id: 'changes',
		heading: 'What changed, practice by practice',
		intro:
			compared === asked
				? `All ${plural(asked, 'practice was', 'practices were')} asked both times.`
				: `${compared} of the ${plural(asked, 'practice', 'practices')} asked now ${compared === 1 ? 'was' : 'were'} also asked last time.`,
		head: ['What happened', 'Practices'],
		rows: changeCounts(comparison.changeCounts).map((c) => [c.label, countText(c.count)])
	};
}

function practicesTable(
	id: 'improved' | 'declined',
	heading: string,
	rows: readonly ItemRow[],
	statementOf: (itemId: string) => string
): ReportTable {
	return {
		id,
		heading,
		intro: '',
		head: ['Practice', 'Then', 'Now'],
		rows: rows.map((row) => {
			const { statement, answers } = practiceRow(row, statementOf(row.itemId));
			return [statement, ...answers];
		})
	};
}

/** Practices only one of the two cycles asked: listed with why, never silently left out. */
function notComparableTable(
	comparison: CycleComparison,
	statementOf: (itemId: string) => string
): ReportTable | null {
	const { newQuestions, noLongerAsked } = uncomparedPractices(
		comparison,
		() => LAST_TIME.when,
		statementOf
	);
	if (newQuestions.length === 0 && noLongerAsked.length === 0) return null;
	return {
		id: 'not-comparable',
		heading: 'Practices that cannot be compared',
		intro: 'The framework changed between the two cycles: these practices were asked only once.',
		head: ['Practice', 'Why'],
		rows: [...newQuestions, ...noLongerAsked].map((practice) => [practice.statement, practice.why])
	};
}

function planTable(comparison: CycleComparison): ReportTable {
	const { plan } = comparison;
	const headings = planHeadings(LAST_TIME, THIS_TIME);
	const row = (progress: string) => (action: PlanAction) => [action.title, progress];
	const rows = [
		...plan.done.map(row(headings.done)),
		...plan.stillOpen.map(row(headings.stillOpen)),
		...plan.added.map(row(headings.added))
	];
	return {
		id: 'plan',
		heading: 'Our plan since last time',
		intro:
			rows.length === 0
				? 'This cycle’s plan has no adopted actions yet.'
				: planCountsText(plan, LAST_TIME),
		head: ['Action', 'Where it stands'],
		rows
	};
}

/**
 * The section for the cycle `thisId` among its organization's cycles, or null when there is no
 * earlier cycle to compare with (a first assessment, or only copies of this one).
 */
export function sinceLastTime(
	cycles: readonly ReportCycleInput[],
	thisId: string
): ReportSinceLastTime | null {
	const later = cycles.find((c) => c.assessment.id === thisId);
	const earlier = previousCycleOf(cycles, thisId);
	if (!later || !earlier) return null;
	const comparison = compareCycles([earlier, later]);
	// A practice as this cycle asks it; one it no longer asks, as last time asked it.
	const statements = new Map(
		[...earlier.framework.items, ...later.framework.items].map((item) => [item.id, item.statement])
	);
	const statementOf = (itemId: string) => statements.get(itemId) ?? itemId;
	// Named practices in the walk's order, as the report's practices by element list them.
	const position = new Map(walkOrder(later.framework).map((item, index) => [item.id, index]));
	const changed = (change: ItemChange) =>
		comparison.items
			.filter((row) => row.change === change)
			.sort((a, b) => (position.get(a.itemId) ?? 0) - (position.get(b.itemId) ?? 0));
	const improved = changed('improved');
	const declined = changed('declined');
	const notComparable = notComparableTable(comparison, statementOf);
	return {
		heading: SINCE_LAST_TIME,
		intro: introOf(earlier),
		versionNote: versionNoteOf(earlier, later),
		headline: overallSentence(comparison.overall, THEN_AND_NOW),
		tables: [
			scoresTable(comparison, later),
			changesTable(comparison),
			...(improved.length > 0
				? [practicesTable('improved', 'Practices that improved', improved, statementOf)]
				: []),
			...(declined.length > 0
				? [practicesTable('declined', 'Practices that declined', declined, statementOf)]
				: []),
			...(notComparable ? [notComparable] : []),
			planTable(comparison)
		]
	};
}
