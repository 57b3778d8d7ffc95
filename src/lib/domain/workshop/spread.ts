/**
 * How the raters of a round answered one item, before the room talks: counts per answer, the
 * median and range of the scores, and the flags that tell the facilitator where to spend time.
 * Don't know and Not applicable are counted but never scored, as everywhere else in the workbook.
 */
import type { Answer, PracticeScore } from '../assessment';

/**
 * "Many Don't know": at least a third of the raters who answered said Don't know. The source sets
 * no threshold; a third is the workbook's suggestion (kept as a fraction so the test is exact).
 */
export const MANY_DONT_KNOW_SHARE = { numerator: 1, denominator: 3 } as const;
export const MANY_DONT_KNOW_NOTE =
	"\"Many Don't know\" means at least a third of the raters who answered said Don't know. This threshold is the workbook's suggestion, not the source's.";

/** Discuss when fewer than 75% of the scores sit within one point of the median (3 of 4). */
export const WITHIN_ONE_SHARE = { numerator: 3, denominator: 4 } as const;
/** ... or when the scores span this many points or more. */
export const DISCUSS_RANGE = 3;

export interface SpreadFlags {
	/** Scores far apart: fewer than 75% within one point of the median, or a range of 3 or more. */
	discuss: boolean;
	/** Some scored 0-1 while others scored 3-4: the room sees the practice in two different ways. */
	split: boolean;
	/** At least a third of those who answered said Don't know: a finding of its own. */
	manyDontKnow: boolean;
	/**
	 * Some said Not applicable while others gave a score: the room first has to agree whether the
	 * practice applies. Not one of the flags, but it keeps such items out of "agreed".
	 */
	someNotApplicable: boolean;
	/**
	 * The room can confirm this item together, without taking it on its own:
	 * - at least 2 scores, and none of discuss, split, many Don't know or some Not applicable; or
	 * - at least 2 answers and every one of them Not applicable.
	 * One score alone is never "agreed": one voice is not a room's agreement.
	 */
	agreed: boolean;
}

export interface ItemSpread {
	/** Raters who handed in for the round (the "of 8" in "2 of 8 said 0"). */
	raters: number;
	/** Raters who gave any answer to this item. */
	answered: number;
	/** How many said 0, 1, 2, 3 and 4 (index = score). */
	scoreCounts: readonly [number, number, number, number, number];
	dontKnow: number;
	notApplicable: number;
	/** Raters who handed in without answering this item. */
	unanswered: number;
	/** Raters who gave a score (0-4). */
	scored: number;
	/** Median of the scores; with an even count the mean of the two middle ones (2.5 is possible). */
	median: number | null;
	min: PracticeScore | null;
	max: PracticeScore | null;
	range: number | null;
	/** Scores within one point of the median. */
	withinOne: number;
	/** Mean distance of the scores from the median: how spread out they are. */
	meanDeviation: number | null;
	flags: SpreadFlags;
	/** Higher means more to talk about; see `disagreementOf`. */
	disagreement: number;
}

const NO_SCORES = [0, 0, 0, 0, 0] as const;

/** The spread of one item's answers across the raters who handed in (null: left blank). */
export function itemSpread(answers: readonly (Answer | null)[]): ItemSpread {
	const scoreCounts: [number, number, number, number, number] = [...NO_SCORES];
	let dontKnow = 0;
	let notApplicable = 0;
	let unanswered = 0;
	const scores: PracticeScore[] = [];
	for (const answer of answers) {
		if (!answer) unanswered += 1;
		else if (answer.kind === 'dont-know') dontKnow += 1;
		else if (answer.kind === 'not-applicable') notApplicable += 1;
		else {
			scoreCounts[answer.value] += 1;
			scores.push(answer.value);
		}
	}
	scores.sort((a, b) => a - b);

	const raters = answers.length;
	const answered = raters - unanswered;
	const scored = scores.length;
	const median = medianOf(scores);
	const min = scores[0] ?? null;
	const max = scores.at(-1) ?? null;
	const range = min === null || max === null ? null : max - min;
	const withinOne = median === null ? 0 : scores.filter((s) => Math.abs(s - median) <= 1).length;
	const meanDeviation =
		median === null
			? null
			: scores.reduce<number>((sum, s) => sum + Math.abs(s - median), 0) / scored;

	const discuss =
		scored >= 2 &&
		(withinOne * WITHIN_ONE_SHARE.denominator < scored * WITHIN_ONE_SHARE.numerator ||
			(range ?? 0) >= DISCUSS_RANGE);
	const split = scores.some((s) => s <= 1) && scores.some((s) => s >= 3);
	const manyDontKnow =
		dontKnow > 0 &&
		dontKnow * MANY_DONT_KNOW_SHARE.denominator >= answered * MANY_DONT_KNOW_SHARE.numerator;
	const someNotApplicable = notApplicable > 0 && scored > 0;
	const allNotApplicable = answered >= 2 && notApplicable === answered;
	const agreed =
		allNotApplicable || (scored >= 2 && !discuss && !split && !manyDontKnow && !someNotApplicable);

	const flags: SpreadFlags = { discuss, split, manyDontKnow, someNotApplicable, agreed };
	return {
		raters,
		answered,
		scoreCounts,
		dontKnow,
		notApplicable,
		unanswered,
		scored,
		median,
		min,
		max,
		range,
		withinOne,
		meanDeviation,
		flags,
		disagreement: disagreementOf({ flags, range, meanDeviation })
	};
}

function medianOf(sorted: readonly number[]): number | null {
	if (sorted.length === 0) return null;
	const middle = Math.floor(sorted.length / 2);
	const upper = sorted[middle] ?? 0;
	return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

/**
 * One number to sort by, in tiers that never overlap: split (1000), then discuss (100), then the
 * range (0-4, times 10), then the mean distance from the median (always below 10: at most 2).
 * Many Don't know is a finding, not a disagreement, so it does not move an item up.
 */
export function disagreementOf(
	spread: Pick<ItemSpread, 'flags' | 'range' | 'meanDeviation'>
): number {
	return (
		(spread.flags.split ? 1000 : 0) +
		(spread.flags.discuss ? 100 : 0) +
		(spread.range ?? 0) * 10 +
		(spread.meanDeviation ?? 0)
	);
}

/** Most disagreement first; equal ones keep the order they came in (the walk order). */
export function sortByDisagreement<T extends { spread: Pick<ItemSpread, 'disagreement'> }>(
	items: readonly T[]
): T[] {
	return items
		.map((item, index) => ({ item, index }))
		.sort((a, b) => b.item.spread.disagreement - a.item.spread.disagreement || a.index - b.index)
		.map(({ item }) => item);
}

/** The spread of every item of a round, in the round's order, from the hand-ins' answers. */
export function roundSpreads(
	itemIds: readonly string[],
	handIns: readonly { answers: Readonly<Record<string, Answer>> }[]
): { itemId: string; spread: ItemSpread }[] {
	return itemIds.map((itemId) => ({
		itemId,
		spread: itemSpread(handIns.map((handIn) => answerOf(handIn.answers, itemId)))
	}));
}

/** An own property only: a hand-in's answers came from outside and never reach the prototype. */
function answerOf(answers: Readonly<Record<string, Answer>>, itemId: string): Answer | null {
	return Object.hasOwn(answers, itemId) ? (answers[itemId] ?? null) : null;
}

/**
 * The counts in words, in scale order, only those above zero:
 * ["2 of 8 said 0", "1 of 8 said Don't know", "1 of 8 did not answer"].
 */
export function countWords(spread: ItemSpread): string[] {
	const of = (count: number) => `${count} of ${spread.raters}`;
	const words: string[] = [];
	spread.scoreCounts.forEach((count, score) => {
		if (count > 0) words.push(`${of(count)} said ${score}`);
	});
	if (spread.dontKnow > 0) words.push(`${of(spread.dontKnow)} said Don't know`);
	if (spread.notApplicable > 0) words.push(`${of(spread.notApplicable)} said Not applicable`);
	if (spread.unanswered > 0) words.push(`${of(spread.unanswered)} did not answer`);
	return words;
}
