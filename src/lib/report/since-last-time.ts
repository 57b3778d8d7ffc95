/**
 * "Since last time": this cycle beside the one before it, as the report, the PDF and the Word
 * file show it. Every number comes from compareCycles (domain/cycles/compare.ts) and every word
 * from format.ts, scale.ts and the cycle labels, so the section can never disagree with the
 * compare screen. Pure: the same cycles always give the same section.
 */
import { comparedAnswerLabel } from '$lib/content/scale';
import {
	changeText,
	compareCycles,
	previousCycleOf,
	type CycleComparison,
	type ItemRow,
	type ScoreRow
} from '$lib/domain/cycles/compare';
import { itemChangeLabels, type ItemChange } from '$lib/domain/cycles/answer-state';
import type { PlanAction } from '$lib/domain/assessment';
import type { Coverage } from '$lib/domain/scoring';
import { elementLabel, longDate, plural, scoredText, scoreText } from '$lib/domain/format';
import { walkOrder } from '$lib/domain/walk';
import type { ReportCycleInput, ReportSinceLastTime, ReportTable } from './report-types';

export const SINCE_LAST_TIME = 'Since last time';

/** The order the practice counts are listed in; "Not scored" only when some practice is. */
const CHANGE_ORDER: readonly ItemChange[] = [
	'improved',
	'declined',
	'unchanged',
	'newly-known',
	'no-longer-known'
];

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

/** "Overall score: 56 then, 61 now (+5)." in every case of a missing score. */
function headlineOf(overall: ScoreRow): string {
	const [then = null, now = null] = overall.values;
	if (then !== null && now !== null) {
		return `Overall score: ${scoreText(then)} then, ${scoreText(now)} now (${changeText(overall.change)}).`;
	}
	if (now !== null) {
		return `Overall score: ${scoreText(now)} now. There was no score last time to compare with.`;
	}
	if (then !== null) return `Overall score: ${scoreText(then)} last time, and no score yet now.`;
	return 'No overall score yet, then or now.';
}

/** "56\n25 of 27 items scored": the score as shown, and its coverage under it. */
function scoreCell(score: number | null, coverage: Coverage | null): string {
	return coverage ? `${scoreText(score)}\n${scoredText(coverage)}` : scoreText(score);
}

function scoreCells(label: string, row: ScoreRow): string[] {
	return [
		label,
		scoreCell(row.values[0] ?? null, row.coverage[0] ?? null),
		scoreCell(row.values[1] ?? null, row.coverage[1] ?? null),
		changeText(row.change)
	];
}

function scoresTable(comparison: CycleComparison, later: ReportCycleInput): ReportTable {
	const elements = new Map(later.framework.elements.map((e) => [e.id, e]));
	return {
		id: 'scores',
		heading: 'Scores then and now',
		intro:
			'Out of 100, with how many practices had a score. The change is the difference of the scores as shown.',
		head: ['Score', 'Then', 'Now', 'Change'],
		rows: [
			scoreCells('Overall', comparison.overall),
			...comparison.elements.map((row) => {
				const element = elements.get(row.elementId);
				return scoreCells(element ? elementLabel(element) : row.elementId, row);
			})
		]
	};
}

function changesTable(comparison: CycleComparison): ReportTable {
	const compared = comparison.items.length;
	const asked = compared + comparison.notComparable.newQuestions.length;
	const counts = comparison.changeCounts;
	const shown = counts['not-scored'] > 0 ? [...CHANGE_ORDER, 'not-scored' as const] : CHANGE_ORDER;
	return {
		id: 'changes',
		heading: 'What changed, practice by practice',
		intro:
			compared === asked
				? `All ${plural(asked, 'practice was', 'practices were')} asked both times.`
				: `${compared} of the ${plural(asked, 'practice', 'practices')} asked now ${compared === 1 ? 'was' : 'were'} also asked last time.`,
		head: ['What happened', 'Practices'],
		rows: shown.map((change) => [itemChangeLabels[change], String(counts[change])])
	};
}

function practicesTable(
	id: 'improved' | 'declined',
	heading: string,
	rows: readonly ItemRow[],
	statements: ReadonlyMap<string, string>
): ReportTable {
	return {
		id,
		heading,
		intro: '',
		head: ['Practice', 'Then', 'Now'],
		rows: rows.map((row) => [
			statements.get(row.itemId) ?? row.itemId,
			comparedAnswerLabel(row.answers[0] ?? { kind: 'unanswered' }),
			comparedAnswerLabel(row.answers.at(-1) ?? { kind: 'unanswered' })
		])
	};
}

/** Practices only one of the two cycles asked: listed with why, never silently left out. */
function notComparableTable(
	comparison: CycleComparison,
	earlier: ReportCycleInput,
	later: ReportCycleInput
): ReportTable | null {
	const { newQuestions, noLongerAsked } = comparison.notComparable;
	if (newQuestions.length === 0 && noLongerAsked.length === 0) return null;
	const statement = (cycle: ReportCycleInput, itemId: string) =>
		cycle.framework.items.find((item) => item.id === itemId)?.statement ?? itemId;
	return {
		id: 'not-comparable',
		heading: 'Practices that cannot be compared',
		intro: 'The framework changed between the two cycles: these practices were asked only once.',
		head: ['Practice', 'Why'],
		rows: [
			...newQuestions.map((q) => [
				statement(later, q.itemId),
				'New in this version of the framework: not asked last time.'
			]),
			...noLongerAsked.map((q) => [
				statement(earlier, q.itemId),
				'Asked last time: this version of the framework no longer asks it.'
			])
		]
	};
}

function planTable(comparison: CycleComparison): ReportTable {
	const { done, stillOpen, added } = comparison.plan;
	const row = (progress: string) => (action: PlanAction) => [action.title, progress];
	const rows = [
		...done.map(row('Done since last time')),
		...stillOpen.map(row('Still open from last time')),
		...added.map(row('New this time'))
	];
	return {
		id: 'plan',
		heading: 'Our plan since last time',
		intro:
			rows.length === 0
				? 'This cycle’s plan has no adopted actions yet.'
				: `${plural(done.length, 'action', 'actions')} done, ${stillOpen.length} still open from last time, ${added.length} new.`,
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
	const statements = new Map(later.framework.items.map((item) => [item.id, item.statement]));
	// Named practices in the walk's order, as the report's practices by element list them.
	const position = new Map(walkOrder(later.framework).map((item, index) => [item.id, index]));
	const changed = (change: ItemChange) =>
		comparison.items
			.filter((row) => row.change === change)
			.sort((a, b) => (position.get(a.itemId) ?? 0) - (position.get(b.itemId) ?? 0));
	const improved = changed('improved');
	const declined = changed('declined');
	const notComparable = notComparableTable(comparison, earlier, later);
	return {
		heading: SINCE_LAST_TIME,
		intro: introOf(earlier),
		versionNote: versionNoteOf(earlier, later),
		headline: headlineOf(comparison.overall),
		tables: [
			scoresTable(comparison, later),
			changesTable(comparison),
			...(improved.length > 0
				? [practicesTable('improved', 'Practices that improved', improved, statements)]
				: []),
			...(declined.length > 0
				? [practicesTable('declined', 'Practices that declined', declined, statements)]
				: []),
			...(notComparable ? [notComparable] : []),
			planTable(comparison)
		]
	};
}
