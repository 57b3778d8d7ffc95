/**
 * Last cycle's answer for each practice of this cycle, for the walk's quiet hint (shown only when
 * the facilitator turned it on). Across framework versions a practice reads the earlier practices
 * it replaces (domain/cycles/item-mapping), as a comparison does.
 */
import type { Response } from '../assessment';
import { combinedAnswer, type ComparedAnswer } from './answer-state';
import { mapItems, type MappedFramework } from './item-mapping';

export function previousAnswers(
	previous: { framework: MappedFramework; answers: ReadonlyMap<string, Pick<Response, 'answer'>> },
	current: MappedFramework
): Map<string, ComparedAnswer> {
	const mapping = mapItems(previous.framework, current);
	const hints = new Map<string, ComparedAnswer>();
	for (const pair of mapping.pairs) {
		const answer = combinedAnswer(pair.earlierIds.map((id) => previous.answers.get(id)?.answer));
		if (answer.kind !== 'unanswered') hints.set(pair.laterId, answer);
	}
	return hints;
}
