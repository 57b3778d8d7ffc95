/**
 * Which round the rater's page opens, from the address's fragment ("#join=..."). Kept apart from
 * the page so the rules can be tested as a table.
 */
import { frameworks } from '$lib/content';
import type { Framework } from '$lib/domain/framework';
import { walkOrder } from '$lib/domain/walk';
import {
	ROUND_LINK_KEY,
	ROUND_LINK_MESSAGES,
	decodeRoundLink,
	type RoundLink
} from '$lib/domain/workshop/round-link';

export type Joined =
	/** A round to rate; `note` says something the rater should know about how it was opened. */
	| { kind: 'round'; round: RoundLink; note?: string }
	| { kind: 'refused'; message: string }
	/** No join link in the address (none at all, or another fragment such as "#main"). */
	| { kind: 'none' };

export const EXPIRED_BUT_KEPT =
	'This join link has expired, but your answers for this round are still on this device: you can finish them and hand them in.';

/** The framework of a version this copy of the workbook carries. */
export function frameworkOfVersion(version: string): Framework | undefined {
	return frameworks.find((framework) => framework.version === version);
}

/** The item ids of a framework version in walk order, or undefined for a version not carried. */
export function walkOrderOf(version: string): readonly string[] | undefined {
	const framework = frameworkOfVersion(version);
	return framework ? walkOrder(framework).map((item) => item.id) : undefined;
}

/**
 * Reads the fragment. An expired link still opens its round when this device holds answers for
 * it (`storedRound`): a rater who joined in time may finish and hand in.
 */
export function joinFromHash(
	hash: string,
	options: {
		now: Date;
		storedRound: (roundId: string) => RoundLink | undefined;
		walkOrderOf?: (version: string) => readonly string[] | undefined;
	}
): Joined {
	const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
	if (!fragment.startsWith(`${ROUND_LINK_KEY}=`)) return { kind: 'none' };
	const walk = options.walkOrderOf ?? walkOrderOf;
	const decoded = decodeRoundLink(fragment, walk, options.now);
	if (decoded.ok) return { kind: 'round', round: decoded.value };
	if (decoded.message === ROUND_LINK_MESSAGES.expired) {
		// The same link read as if before its expiry: only to learn which round it was.
		const earlier = decodeRoundLink(fragment, walk, new Date(0));
		const kept = earlier.ok ? options.storedRound(earlier.value.roundId) : undefined;
		if (earlier.ok && kept) return { kind: 'round', round: earlier.value, note: EXPIRED_BUT_KEPT };
	}
	return { kind: 'refused', message: decoded.message };
}
