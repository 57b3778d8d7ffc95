/**
 * "How is this calculated?": the scoring and priority rules worked through with one assessment's
 * own numbers, as plain sentences. Pure: no Svelte, no DOM. Nothing here decides a score or a
 * priority; every result is read from `scoreAssessment` and `prioritizeItems`, only the sums that
 * lead to it are spelled out.
 */
import type { Response } from '$lib/domain/assessment';
import type { Framework } from '$lib/domain/framework';
import { DONT_KNOW_GAP, round2, type ItemPriority } from '$lib/domain/prioritize';
import { leftOutParts, listed, priorityText, scoreText } from '$lib/domain/format';
import type { AssessmentScore } from '$lib/domain/scoring';

export interface ElementExplanation {
	elementId: string;
	/** "Element 1: items scored 1, 2 and 4 → (1 + 2 + 4) ÷ 3 = 2.33 of 4 → 58 of 100." */
	text: string;
	/** "Left out: 1 Don’t know.", or '' when nothing was left out. */
	left: string;
}

export interface Explanation {
	elements: ElementExplanation[];
	/** "(58.33 + 75) ÷ 2 = 66.67 → 67 of 100." */
	overall: string;
	/** "25 ÷ 27 = 92%" */
	coverage: string;
	/** The highest priority item, worked through; null when no item has a gap. */
	top: { itemId: string; statement: string; line: string } | null;
}

/** At most two decimals, no trailing zeros: 2.33, 75, 93.75. */
function num(value: number): string {
	return String(round2(value));
}

type Responses = ReadonlyMap<string, Pick<Response, 'answer'>>;

function explainElements(
	framework: Pick<Framework, 'elements' | 'items'>,
	score: AssessmentScore,
	responses: Responses
): ElementExplanation[] {
	return framework.elements.map((element) => {
		const result = score.elements.find((e) => e.elementId === element.id);
		const values: number[] = [];
		for (const item of framework.items) {
			if (item.elementId !== element.id) continue;
			const answer = responses.get(item.id)?.answer;
			if (answer?.kind === 'score') values.push(answer.value);
		}
		let sum: string;
		if (values.length === 0 || !result || result.score === null) {
			sum = 'no item has a score yet, so there is no score';
		} else {
			// The element score is out of 100; the mean of its items is the same number out of 4.
			const mean = (result.score * 4) / 100;
			const items = values.length === 1 ? 'item scored' : 'items scored';
			sum = `${items} ${listed(values)} → (${values.join(' + ')}) ÷ ${values.length} = ${num(mean)} of 4 → ${scoreText(result.score)} of 100`;
		}
		const left = result ? leftOutParts(result.coverage) : [];
		return {
			elementId: element.id,
			text: `Element ${element.number}: ${sum}.`,
			left: left.length > 0 ? `Left out: ${listed(left)}.` : ''
		};
	});
}

function explainOverall(score: AssessmentScore): string {
	if (score.overall === null) return 'No element has a score yet, so there is no overall score.';
	const present = score.elements.map((e) => e.score).filter((s): s is number => s !== null);
	return `(${present.map(num).join(' + ')}) ÷ ${present.length} = ${num(score.overall)} → ${scoreText(score.overall)} of 100.`;
}

/** "scored 0 → gap (4 − 0) ÷ 4 = 1; impact 3; risk boost 1 + 0.25 (…) = 1.25; priority 1 × 3 × 1.25 = 3.75." */
function priorityLine(top: ItemPriority): string {
	const gap =
		top.kind === 'assess-first'
			? `Don’t know → gap ${DONT_KNOW_GAP}`
			: `scored ${top.score} → gap (4 − ${top.score}) ÷ 4 = ${num(top.gap)}`;
	const boost =
		top.risks.length === 0
			? 'risk boost 1 (no linked risk reported)'
			: `risk boost 1 + ${top.risks.map((r) => num(r.contribution)).join(' + ')} (${top.risks.map((r) => r.phrase).join('; ')}) = ${num(top.boost)}`;
	return `${gap}; impact ${top.impact}; ${boost}; priority ${num(top.gap)} × ${top.impact} × ${num(top.boost)} = ${priorityText(top.priority)}.`;
}

export function explain(
	framework: Pick<Framework, 'elements' | 'items'>,
	score: AssessmentScore,
	responses: Responses,
	priorities: readonly ItemPriority[]
): Explanation {
	const first = priorities[0];
	const item = first ? framework.items.find((i) => i.id === first.itemId) : undefined;
	const { scored, applicable, percent } = score.coverage;
	return {
		elements: explainElements(framework, score, responses),
		overall: explainOverall(score),
		coverage: `${scored} ÷ ${applicable} = ${percent}%`,
		top:
			first && item
				? { itemId: item.id, statement: item.statement, line: priorityLine(first) }
				: null
	};
}
