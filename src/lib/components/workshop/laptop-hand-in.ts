/**
 * The hand-in of one turn of "Pass the laptop": the answers chosen on this screen, the optional
 * label, and notes only when the rater chose to share them. Built in one go when they press
 * "Hand in", so nothing half-finished is ever stored.
 */
import type { Answer } from '$lib/domain/assessment';
import { handInIdFor } from '$lib/domain/workshop/hand-in-code';
import type { HandIn } from '$lib/domain/workshop/merge';

export interface LaptopTurn {
	label: string;
	/** item id -> answer; items left blank are absent. */
	answers: Readonly<Record<string, Answer>>;
	/** item id -> note, as typed. */
	notes: Readonly<Record<string, string>>;
	shareNotes: boolean;
}

export function laptopHandIn(
	turn: LaptopTurn,
	round: { id: string; assessmentId: string; itemIds: readonly string[] },
	nonce: number,
	now: Date
): HandIn {
	const inRound = (itemId: string) => round.itemIds.includes(itemId);
	const answers = Object.fromEntries(
		Object.entries(turn.answers).filter(([itemId]) => inRound(itemId))
	);
	const notes = Object.fromEntries(
		Object.entries(turn.notes)
			.map(([itemId, note]) => [itemId, note.trim()] as const)
			.filter(([itemId, note]) => note !== '' && inRound(itemId))
	);
	return {
		handInId: handInIdFor(round.id, nonce),
		roundId: round.id,
		assessmentId: round.assessmentId,
		label: turn.label.trim(),
		answers,
		...(turn.shareNotes && Object.keys(notes).length > 0 ? { notes } : {}),
		origin: 'laptop',
		submittedAt: now.toISOString()
	};
}
