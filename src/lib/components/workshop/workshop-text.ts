/**
 * Words of the facilitator's workshop screens: how a hand-in is named and where it came from, the
 * join link. Pure, so the exact words are unit-tested.
 */
import type { HandIn, HandInOrigin } from '$lib/domain/workshop/merge';
import { ROUND_LINK_KEY } from '$lib/domain/workshop/round-link';

export const originLabels: Record<HandInOrigin, string> = {
	code: 'Typed code',
	qr: 'Scanned QR code',
	file: 'Rater file',
	laptop: 'Pass the laptop'
};

/**
 * How a hand-in is named on the facilitator's screen: its label only when the facilitator chose to
 * show labels (and the rater gave one), else "Rater 3" by its place in the round.
 */
export function raterName(
	handIn: Pick<HandIn, 'label'>,
	position: number,
	revealLabels: boolean
): string {
	return revealLabels && handIn.label !== '' ? handIn.label : `Rater ${position}`;
}

/** The link a rater's phone opens: "<origin><base>/rate#join=<encoded>". */
export function joinLink(origin: string, ratePath: string, encoded: string): string {
	return `${origin}${ratePath}#${ROUND_LINK_KEY}=${encoded}`;
}
