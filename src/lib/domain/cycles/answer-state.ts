/**
 * One practice's answer as a cycle comparison reads it. Where a newer practice stands for several
 * older ones, their answers are read together: the mean of those scored, otherwise Don't know if
 * any said so, otherwise Not applicable if all said so.
 */
import type { Answer } from '../assessment';

export type ComparedAnswer =
	| { kind: 'score'; value: number; /** How many practices the value is the mean of. */ of: number }
	| { kind: 'dont-know' }
	| { kind: 'not-applicable' }
	| { kind: 'unanswered' }
	/** The cycle's framework version did not ask this practice (nothing it replaces either). */
	| { kind: 'not-asked' };

export function combinedAnswer(answers: readonly (Answer | null | undefined)[]): ComparedAnswer {
	const scores = answers.flatMap((a): number[] => (a?.kind === 'score' ? [a.value] : []));
	if (scores.length > 0) {
		return {
			kind: 'score',
			value: scores.reduce((s, v) => s + v, 0) / scores.length,
			of: scores.length
		};
	}
	if (answers.some((a) => a?.kind === 'dont-know')) return { kind: 'dont-know' };
	if (answers.length > 0 && answers.every((a) => a?.kind === 'not-applicable')) {
		return { kind: 'not-applicable' };
	}
	return { kind: 'unanswered' };
}

/** What happened to one practice between two cycles. */
export type ItemChange =
	| 'improved'
	| 'declined'
	| 'unchanged'
	/** Scored now; unknown (Don't know, unanswered or not applicable) before. */
	| 'newly-known'
	/** Scored before; unknown now. */
	| 'no-longer-known'
	/** Scored in neither. */
	| 'not-scored';

export function itemChange(earlier: ComparedAnswer, later: ComparedAnswer): ItemChange {
	if (earlier.kind === 'score' && later.kind === 'score') {
		if (later.value > earlier.value) return 'improved';
		if (later.value < earlier.value) return 'declined';
		return 'unchanged';
	}
	if (later.kind === 'score') return 'newly-known';
	if (earlier.kind === 'score') return 'no-longer-known';
	return 'not-scored';
}

export const itemChangeLabels: Record<ItemChange, string> = {
	improved: 'Improved',
	declined: 'Declined',
	unchanged: 'Unchanged',
	'newly-known': 'Newly known',
	'no-longer-known': 'No longer known',
	'not-scored': 'Not scored'
};
