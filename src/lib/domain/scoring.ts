/**
 * Scores, as the README ("How scores and priorities are computed") and the About page state them.
 * Element score = mean of the scored items / 4, as 0-100. Overall = mean of the element scores.
 * "Not applicable" leaves the denominator (a perfect score stays possible); "Don't know" is left
 * out of the score and counted as an information gap. Coverage (scored / applicable) always
 * travels with a score.
 */
import type { Response } from './assessment';
import type { Framework } from './framework';

export interface Coverage {
	/** Items with a 0-4 score. */
	scored: number;
	/** Items that apply: all items minus "Not applicable". */
	applicable: number;
	dontKnow: number;
	notApplicable: number;
	unanswered: number;
	/** scored / applicable as 0-100, rounded down (a half-done walk never shows 100). */
	percent: number;
}

export interface ElementScore {
	elementId: string;
	/** 0-100, or null when no item of the element has a score yet. */
	score: number | null;
	coverage: Coverage;
}

export interface AssessmentScore {
	elements: ElementScore[];
	/** Mean of the element scores that exist; null when none does. */
	overall: number | null;
	coverage: Coverage;
}

type Responses = ReadonlyMap<string, Pick<Response, 'answer'>>;

function coverageOf(itemIds: readonly string[], responses: Responses): Coverage & { sum: number } {
	let scored = 0;
	let sum = 0;
	let dontKnow = 0;
	let notApplicable = 0;
	let unanswered = 0;
	for (const id of itemIds) {
		const answer = responses.get(id)?.answer;
		if (!answer) unanswered += 1;
		else if (answer.kind === 'score') {
			scored += 1;
			sum += answer.value;
		} else if (answer.kind === 'dont-know') dontKnow += 1;
		else notApplicable += 1;
	}
	const applicable = itemIds.length - notApplicable;
	const percent = applicable === 0 ? 0 : Math.floor((scored / applicable) * 100);
	return { scored, applicable, dontKnow, notApplicable, unanswered, percent, sum };
}

export function scoreAssessment(
	framework: Pick<Framework, 'elements' | 'items'>,
	responses: Responses
): AssessmentScore {
	const elements = [...framework.elements]
		.sort((a, b) => a.number - b.number)
		.map((element) => {
			const ids = framework.items.filter((i) => i.elementId === element.id).map((i) => i.id);
			const { sum, ...coverage } = coverageOf(ids, responses);
			const score = coverage.scored === 0 ? null : (sum / coverage.scored / 4) * 100;
			return { elementId: element.id, score, coverage };
		});
	const present = elements.map((e) => e.score).filter((s): s is number => s !== null);
	const overall = present.length === 0 ? null : present.reduce((a, b) => a + b, 0) / present.length;
	const { scored, applicable, dontKnow, notApplicable, unanswered, percent } = coverageOf(
		framework.items.map((i) => i.id),
		responses
	);
	return {
		elements,
		overall,
		coverage: { scored, applicable, dontKnow, notApplicable, unanswered, percent }
	};
}

/** Rules of thumb, not validated cut-offs: said so wherever they are shown. */
export const STRENGTH_AT = 75;
export const GROWTH_BELOW = 50;

export type Band = 'strength' | 'developing' | 'growth-area';

/**
 * The band of the score as it is shown: the whole number, so 74.6 shows "75" and is a strength,
 * and 49.5 shows "50" and is developing. A band never contradicts the number beside it.
 */
export function bandOf(score: number): Band {
	const shown = Math.round(score);
	if (shown >= STRENGTH_AT) return 'strength';
	if (shown < GROWTH_BELOW) return 'growth-area';
	return 'developing';
}

/** Item scores (0-4) that make a practice a strength or a growth area on the Results screen. */
export const ITEM_STRENGTH = { low: 3, high: 4 } as const;
export const ITEM_GROWTH = { low: 0, high: 1 } as const;

/** Practices whose score lies in low..high (both included), in the order given (the walk). */
export function itemsScoredBetween<T extends { id: string }>(
	order: readonly T[],
	responses: Responses,
	low: number,
	high: number
): { item: T; value: number }[] {
	const found: { item: T; value: number }[] = [];
	for (const item of order) {
		const answer = responses.get(item.id)?.answer;
		if (answer?.kind === 'score' && answer.value >= low && answer.value <= high) {
			found.push({ item, value: answer.value });
		}
	}
	return found;
}
