/**
 * The join details of a round, carried in the link's fragment (after "#", which browsers never
 * send to a server): which round and assessment, which framework version and items, and the
 * organization's name so the rater sees they joined the right room. A link is read like any file
 * from outside: size-limited, parsed in try/catch, checked by zod, and anything else is refused.
 *
 * The items travel as ranges of positions in the framework's walk order ("0-8,18-26"), so a round
 * of all 36 items costs 4 characters, not 36 ids.
 */
import { z } from 'zod/mini';
import { isoDateTime, uuid } from '../assessment';

/** The key in the fragment: "#join=...". */
export const ROUND_LINK_KEY = 'join';
/** Nothing the workbook makes comes near this; a longer link is refused before it is read. */
export const MAX_ROUND_LINK_LENGTH = 2048;
/** The organization's name is shortened to this many characters in a link. */
export const MAX_LINK_ORGANIZATION = 60;
const LINK_FORMAT = 1;

export interface RoundLink {
	roundId: string;
	assessmentId: string;
	frameworkVersion: string;
	/** The round's items, in walk order. */
	itemIds: string[];
	/** Short: shown to raters as they join ("You are rating for …"). */
	organization: string;
	/** ISO date-time after which the link no longer opens the round. */
	expires?: string;
}

const RANGES = /^\d{1,4}(?:-\d{1,4})?(?:,\d{1,4}(?:-\d{1,4})?)*$/;

/** What travels, with short keys. Strict: an unknown key (a "__proto__" among them) is refused. */
const LinkPayload = z.strictObject({
	v: z.literal(LINK_FORMAT),
	r: uuid,
	a: uuid,
	f: z.string().check(z.regex(/^\d{1,4}\.\d{1,4}\.\d{1,4}$/)),
	i: z.string().check(z.maxLength(1000), z.regex(RANGES)),
	// Up to 2 UTF-16 units per character (zod counts units; `shorten` counts characters).
	o: z.string().check(z.maxLength(MAX_LINK_ORGANIZATION * 2)),
	e: z.optional(isoDateTime)
});

export const ROUND_LINK_MESSAGES = {
	damaged: 'This join link is damaged. Ask the facilitator to show it again.',
	tooLong:
		'This join link is too long to be one the workbook made. Ask the facilitator to show it again.',
	otherVersion:
		'This join link was made by another version of the workbook. Reload the page to update it, then try again.',
	unknownFramework:
		'This round uses a version of the practices this copy of the workbook does not have. Reload the page to update it, then try again.',
	expired: 'This join link has expired. Ask the facilitator for a new one.'
} as const;

/**
 * The text after "#join=". `walkOrderIds`: the item ids of the framework version in walk order
 * (the caller has the content). Throws on an item not in that order: a bug, not a user's mistake.
 */
export function encodeRoundLink(link: RoundLink, walkOrderIds: readonly string[]): string {
	if (link.itemIds.length === 0) throw new RangeError('A round has at least one item.');
	const position = new Map(walkOrderIds.map((id, index) => [id, index]));
	const indexes = [...new Set(link.itemIds)].map((id) => {
		const index = position.get(id);
		if (index === undefined) throw new RangeError(`Item ${id} is not in the walk order.`);
		return index;
	});
	const payload: z.infer<typeof LinkPayload> = {
		v: LINK_FORMAT,
		r: link.roundId,
		a: link.assessmentId,
		f: link.frameworkVersion,
		i: toRanges(indexes),
		o: shorten(link.organization.trim(), MAX_LINK_ORGANIZATION),
		...(link.expires ? { e: link.expires } : {})
	};
	return toBase64Url(JSON.stringify(payload));
}

export type RoundLinkResult = { ok: true; value: RoundLink } | { ok: false; message: string };

/**
 * Reads a link's details: the whole link, its fragment ("#join=..."), or the encoded text alone.
 * `walkOrderOf` gives the item ids of a framework version in walk order, or undefined when this
 * copy of the workbook does not carry that version.
 */
export function decodeRoundLink(
	text: string,
	walkOrderOf: (frameworkVersion: string) => readonly string[] | undefined,
	now: Date = new Date()
): RoundLinkResult {
	const fail = (message: string): RoundLinkResult => ({ ok: false, message });
	if (text.length > MAX_ROUND_LINK_LENGTH) return fail(ROUND_LINK_MESSAGES.tooLong);
	const encoded = text.slice(text.indexOf('#') + 1).replace(new RegExp(`^${ROUND_LINK_KEY}=`), '');

	let raw: unknown;
	try {
		raw = JSON.parse(fromBase64Url(encoded));
	} catch {
		return fail(ROUND_LINK_MESSAGES.damaged);
	}
	if (isObject(raw) && typeof raw.v === 'number' && raw.v > LINK_FORMAT)
		return fail(ROUND_LINK_MESSAGES.otherVersion);
	const parsed = LinkPayload.safeParse(raw);
	if (!parsed.success) return fail(ROUND_LINK_MESSAGES.damaged);
	const payload = parsed.data;

	if (payload.e && Date.parse(payload.e) <= now.getTime()) return fail(ROUND_LINK_MESSAGES.expired);
	const walk = walkOrderOf(payload.f);
	if (!walk) return fail(ROUND_LINK_MESSAGES.unknownFramework);
	const indexes = fromRanges(payload.i, walk.length);
	if (!indexes) return fail(ROUND_LINK_MESSAGES.damaged);

	return {
		ok: true,
		value: {
			roundId: payload.r,
			assessmentId: payload.a,
			frameworkVersion: payload.f,
			itemIds: indexes.map((index) => walk[index]!),
			organization: payload.o,
			...(payload.e ? { expires: payload.e } : {})
		}
	};
}

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

function shorten(text: string, max: number): string {
	const characters = [...text];
	return characters.length <= max
		? text
		: `${characters
				.slice(0, max - 1)
				.join('')
				.trimEnd()}…`;
}

/** [0,1,2,3,7,9,10] -> "0-3,7,9-10". */
export function toRanges(indexes: readonly number[]): string {
	const sorted = [...new Set(indexes)].sort((a, b) => a - b);
	const parts: string[] = [];
	for (let start = 0; start < sorted.length;) {
		let end = start;
		while (end + 1 < sorted.length && sorted[end + 1] === sorted[end]! + 1) end += 1;
		parts.push(end === start ? `${sorted[start]}` : `${sorted[start]}-${sorted[end]}`);
		start = end + 1;
	}
	return parts.join(',');
}

/** "0-3,7" -> [0,1,2,3,7]; null unless the ranges rise, never overlap and stay below `count`. */
export function fromRanges(ranges: string, count: number): number[] | null {
	if (!RANGES.test(ranges)) return null;
	const indexes: number[] = [];
	for (const part of ranges.split(',')) {
		const [first, last = first] = part.split('-').map(Number);
		if (first === undefined || last === undefined || last < first || last >= count) return null;
		if (indexes.length > 0 && first <= indexes.at(-1)!) return null;
		for (let index = first; index <= last; index += 1) indexes.push(index);
	}
	return indexes;
}

function toBase64Url(text: string): string {
	let binary = '';
	for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Throws on anything that is not base64url of UTF-8 text. */
function fromBase64Url(encoded: string): string {
	if (!/^[A-Za-z0-9_-]+$/.test(encoded) || encoded.length % 4 === 1)
		throw new SyntaxError('Not base64url.');
	const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
	const bytes = Uint8Array.from(binary, (character) => character.charCodeAt(0));
	return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
