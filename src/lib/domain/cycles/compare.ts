/**
 * Two or more cycles of one organization side by side: overall and element scores with their
 * coverage and the change, each practice's answers and what happened to it, the practices that
 * cannot be compared, and the plan's progress. Scores are the same rule as every other screen
 * (domain/scoring); a change is the difference of the scores as shown (whole numbers), so the
 * table never shows 54 → 61 as "+6".
 */
import type { Assessment, Response } from '../assessment';
import type { Framework } from '../framework';
import { scoreAssessment, type AssessmentScore, type Coverage } from '../scoring';
import type { PlanAction } from '../assessment';
import { combinedAnswer, itemChange, type ComparedAnswer, type ItemChange } from './answer-state';
import { mapItems } from './item-mapping';
import { planProgress, type PlanProgress } from './plan-progress';

export type ComparedFramework = Pick<Framework, 'id' | 'version' | 'elements' | 'items'>;

export interface CycleInput {
	assessment: Pick<
		Assessment,
		'id' | 'cycleLabel' | 'date' | 'createdAt' | 'frameworkId' | 'frameworkVersion'
	>;
	framework: ComparedFramework;
	/** The consensus answers by practice id. */
	answers: ReadonlyMap<string, Pick<Response, 'answer'>>;
	plan: readonly PlanAction[];
}

export interface ComparedCycle {
	id: string;
	/** The cycle label, or its date when it has none. */
	label: string;
	date: string;
	frameworkVersion: string;
	score: AssessmentScore;
}

export interface ScoreRow {
	/** One per cycle, oldest first: null where the cycle has no score yet. */
	values: (number | null)[];
	coverage: (Coverage | null)[];
	/** Last shown score minus first shown score (whole numbers); null unless both exist. */
	change: number | null;
}

export interface ElementRow extends ScoreRow {
	elementId: string;
}

export interface ItemRow {
	/** The practice as the latest cycle asks it. */
	itemId: string;
	elementId: string;
	/**
	 * Per cycle, oldest first; in an older version, the practices it stands for read together
	 * ("not-asked" where that version has nothing to compare with).
	 */
	answers: ComparedAnswer[];
	/** Per cycle, the practice ids the answer was read from (the same id on the same version). */
	readFrom: string[][];
	/** From the first cycle that asked it to the last. */
	change: ItemChange;
}

export interface NotComparable {
	/** Practices of the latest cycle that an earlier cycle did not ask, with the cycles lacking them. */
	newQuestions: { itemId: string; missingIn: string[] }[];
	/** Practices of an earlier cycle that the latest cycle no longer asks. */
	noLongerAsked: { itemId: string; cycleId: string }[];
}

export interface CycleComparison {
	cycles: ComparedCycle[];
	overall: ScoreRow;
	elements: ElementRow[];
	items: ItemRow[];
	/** How many practices of `items` fall in each change. */
	changeCounts: Record<ItemChange, number>;
	notComparable: NotComparable;
	/** Between the last two cycles. */
	plan: PlanProgress;
}

/** ISO dates and ids compare by their code units: no locale needed (and fast for thousands). */
const plain = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Oldest first: by date; on one date, copies before the original (the original counts as the
 * later, real record of that cycle), then by when each was made. Home's latest-first order is
 * exactly this one reversed (portfolio latestFirst).
 */
export function cycleOrder<
	T extends { assessment: Pick<Assessment, 'date' | 'createdAt' | 'id'> & { copyOf?: string } }
>(a: T, b: T): number {
	const x = a.assessment;
	const y = b.assessment;
	return (
		plain(x.date, y.date) ||
		Number(y.copyOf !== undefined) - Number(x.copyOf !== undefined) ||
		plain(x.createdAt, y.createdAt) ||
		plain(x.id, y.id)
	);
}

/** The change between two scores as shown: whole numbers, so it matches what the reader sees. */
export function scoreChange(earlier: number | null, later: number | null): number | null {
	if (earlier === null || later === null) return null;
	return Math.round(later) - Math.round(earlier);
}

/** "+7", "−3" (a true minus sign), "0", or "Not comparable" when a score is missing. */
export function changeText(change: number | null): string {
	if (change === null) return 'Not comparable';
	if (change > 0) return `+${change}`;
	if (change < 0) return `\u2212${Math.abs(change)}`;
	return '0';
}

function scoreRow(values: (number | null)[], coverage: (Coverage | null)[]): ScoreRow {
	return { values, coverage, change: scoreChange(values[0] ?? null, values.at(-1) ?? null) };
}

const emptyCounts = (): Record<ItemChange, number> => ({
	improved: 0,
	declined: 0,
	unchanged: 0,
	'newly-known': 0,
	'no-longer-known': 0,
	'not-scored': 0
});

/** Compares cycles (any order given; compared oldest first). Needs at least one. */
export function compareCycles(input: readonly CycleInput[]): CycleComparison {
	const ordered = [...input].sort(cycleOrder);
	const latest = ordered.at(-1);
	if (!latest) throw new Error('compareCycles needs at least one cycle.');
	const cycles: ComparedCycle[] = ordered.map((c) => ({
		id: c.assessment.id,
		label: c.assessment.cycleLabel || c.assessment.date,
		date: c.assessment.date,
		frameworkVersion: c.assessment.frameworkVersion,
		score: scoreAssessment(c.framework, c.answers)
	}));

	const overall = scoreRow(
		cycles.map((c) => c.score.overall),
		cycles.map((c) => c.score.coverage)
	);
	const elements = [...latest.framework.elements]
		.sort((a, b) => a.number - b.number)
		.map((element) => {
			const found = cycles.map((c) => c.score.elements.find((e) => e.elementId === element.id));
			return {
				elementId: element.id,
				...scoreRow(
					found.map((e) => e?.score ?? null),
					found.map((e) => e?.coverage ?? null)
				)
			};
		});

	// Each earlier cycle mapped onto the latest cycle's practices.
	const mappings = ordered.map((c) => mapItems(c.framework, latest.framework));
	const items: ItemRow[] = [];
	const newQuestions: NotComparable['newQuestions'] = [];
	for (const item of latest.framework.items) {
		const readFrom = mappings.map(
			(m) => m.pairs.find((p) => p.laterId === item.id)?.earlierIds ?? []
		);
		const missingIn = ordered
			.filter((_, i) => readFrom[i]!.length === 0)
			.map((c) => c.assessment.id);
		if (missingIn.length > 0) newQuestions.push({ itemId: item.id, missingIn });
		const answers: ComparedAnswer[] = ordered.map((c, i) =>
			readFrom[i]!.length === 0
				? { kind: 'not-asked' }
				: combinedAnswer(readFrom[i]!.map((id) => c.answers.get(id)?.answer))
		);
		// A practice with a row is asked by at least two cycles; its change runs from the first
		// cycle that asked it to the latest. Asked by the latest alone, it is only listed.
		const firstAsked = answers.findIndex((a) => a.kind !== 'not-asked');
		if (firstAsked === answers.length - 1) continue;
		items.push({
			itemId: item.id,
			elementId: item.elementId,
			answers,
			readFrom,
			change: itemChange(answers[firstAsked]!, answers.at(-1)!)
		});
	}
	const noLongerAsked = ordered.flatMap((c, i) =>
		mappings[i]!.onlyEarlier.map((itemId) => ({ itemId, cycleId: c.assessment.id }))
	);
	const changeCounts = emptyCounts();
	for (const row of items) changeCounts[row.change] += 1;

	const previous = ordered.at(-2);
	return {
		cycles,
		overall,
		elements,
		items,
		changeCounts,
		notComparable: { newQuestions, noLongerAsked },
		plan: planProgress(previous?.plan ?? [], latest.plan)
	};
}

/**
 * Two records of one cycle: an assessment and a copy of it imported later, or two copies of the
 * same one. A copy is never "the cycle before" its original.
 */
export function sameCycle(
	a: Pick<Assessment, 'id' | 'copyOf'>,
	b: Pick<Assessment, 'id' | 'copyOf'>
): boolean {
	const origin = (x: Pick<Assessment, 'id' | 'copyOf'>) => x.copyOf ?? x.id;
	return origin(a) === origin(b);
}

/**
 * The cycle just before `id` among an organization's cycles: the one "Since last time" and
 * Compare start from. The cycle it was started from, when that is still here; otherwise the
 * latest cycle before it by date (an original before its copies), never a record of the same
 * cycle.
 */
export function previousCycleOf<
	T extends {
		assessment: Pick<Assessment, 'id' | 'date' | 'createdAt' | 'copyOf' | 'previousCycleId'>;
	}
>(cycles: readonly T[], id: string): T | undefined {
	const self = cycles.find((c) => c.assessment.id === id);
	if (!self) return undefined;
	const startedFrom = self.assessment.previousCycleId;
	const named = startedFrom ? cycles.find((c) => c.assessment.id === startedFrom) : undefined;
	if (named) return named;
	const ordered = [...cycles].sort(cycleOrder);
	return ordered
		.slice(0, ordered.indexOf(self))
		.filter((c) => !sameCycle(c.assessment, self.assessment))
		.at(-1);
}
