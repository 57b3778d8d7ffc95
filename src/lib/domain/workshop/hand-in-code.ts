/**
 * The short code a rater types (or shows as a QR code) to hand in their answers without a server:
 *
 *   version (1 symbol) · round (4) · hand-in number (4) · answers (3 bits each) · check (1)
 *
 * in Crockford base 32, in blocks of 4. The round part is the first 20 bits of the round's id, so a
 * code typed into the wrong round is refused; the hand-in number (a random 20-bit "nonce") tells
 * two raters' codes apart and gives the hand-in its id, so the same code entered twice, or the same
 * hand-in sent as a code and as a file, counts once. Each answer is one of 8 states (blank, 0-4,
 * Don't know, Not applicable): exactly 3 bits. No notes and no Not applicable reason travel in a code.
 */
import type { Answer } from '../assessment';
import {
	checkHolds,
	checkSymbol,
	inBlocks,
	normalizeCode,
	symbolOf,
	symbolValue
} from './crockford';
import type { HandIn } from './merge';

/** The first symbol of every code of this format; a later format takes another. */
export const HAND_IN_CODE_VERSION = '1';
const NONCE_BITS = 20;
const ROUND_BITS = 20;
const ANSWER_BITS = 3;
/** A bound far above any framework, so a hostile itemCount cannot ask for a huge code. */
export const MAX_CODE_ITEMS = 200;

/** 0 blank, 1-5 the scores 0-4, 6 Don't know, 7 Not applicable. */
function stateOf(answer: Answer | null): number {
	if (!answer) return 0;
	if (answer.kind === 'score') return answer.value + 1;
	return answer.kind === 'dont-know' ? 6 : 7;
}

function answerOf(state: number): Answer | null {
	if (state === 0) return null;
	if (state === 6) return { kind: 'dont-know' };
	// The reason never travels in a code: the facilitator's screen decides what to do with "".
	if (state === 7) return { kind: 'not-applicable', reason: '' };
	return { kind: 'score', value: (state - 1) as 0 | 1 | 2 | 3 | 4 };
}

function hexOf(uuid: string): string {
	const hex = uuid.replace(/-/g, '').toLowerCase();
	if (!/^[0-9a-f]{32}$/.test(hex)) throw new RangeError('A round id must be a UUID.');
	return hex;
}

/** The round's short id: the first 20 bits of its UUID, as 4 Crockford symbols. */
export function roundShortId(roundId: string): string {
	return toSymbols(parseInt(hexOf(roundId).slice(0, 5), 16), ROUND_BITS);
}

/** A fresh random hand-in number (0 to 1,048,575). */
export function newHandInNonce(): number {
	return crypto.getRandomValues(new Uint32Array(1))[0]! >>> (32 - NONCE_BITS);
}

/**
 * The id of the hand-in a rater's device makes with `nonce`: a UUID (version 8, "custom") built
 * from the round's id and the nonce, so the facilitator's laptop, reading only the code, arrives at
 * the same id as the rater's file. Two raters in one round share an id only if they drew the same
 * nonce: about 1 in 16,000 for a room of 12.
 */
export function handInIdFor(roundId: string, nonce: number): string {
	checkNonce(nonce);
	const round = hexOf(roundId);
	const n = nonce.toString(16).padStart(5, '0');
	const hex = `${round.slice(0, 12)}8${n.slice(0, 3)}8${n.slice(3)}${round.slice(19)}`;
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function checkNonce(nonce: number) {
	if (!Number.isInteger(nonce) || nonce < 0 || nonce >= 2 ** NONCE_BITS)
		throw new RangeError('A hand-in nonce is a whole number from 0 to 1,048,575.');
}

/** How many symbols a code has for a round of `itemCount` items, check included, dashes not. */
export function codeLength(itemCount: number): number {
	return 1 + ROUND_BITS / 5 + NONCE_BITS / 5 + Math.ceil((itemCount * ANSWER_BITS) / 5) + 1;
}

export interface HandInCodeInput {
	roundId: string;
	nonce: number;
	/** The answers of the round's items, in the round's order; null for blank. */
	answers: readonly (Answer | null)[];
}

/** "1ABC-D0EF-...": the code a rater's device shows. */
export function encodeHandIn(input: HandInCodeInput): string {
	checkNonce(input.nonce);
	const bits: number[] = [];
	for (const answer of input.answers) pushBits(bits, stateOf(answer), ANSWER_BITS);
	while (bits.length % 5 !== 0) bits.push(0);
	const body =
		HAND_IN_CODE_VERSION +
		roundShortId(input.roundId) +
		toSymbols(input.nonce, NONCE_BITS) +
		bitsToSymbols(bits);
	return inBlocks(body + checkSymbol(body));
}

export interface DecodedHandIn {
	roundShortId: string;
	nonce: number;
	/** The hand-in's id, as the rater's device made it (`handInIdFor`). */
	handInId: string;
	answers: (Answer | null)[];
}

export type DecodeResult = { ok: true; value: DecodedHandIn } | { ok: false; message: string };

export const CODE_MESSAGES = {
	empty: "Type the code shown on the rater's screen.",
	notComplete: 'This code is not complete. Check that no block of it is missing.',
	tooLong: 'This code is too long: check it and type it again.',
	typingMistake: 'This code has a typing mistake: check it and type it again.',
	otherVersion:
		'This code was made by another version of the workbook. Ask the rater to hand in a file instead.',
	otherRound: 'This code is for a different round.',
	otherItems:
		"This code does not fit this round's practices. Ask the rater to hand in a file instead."
} as const;

/** The character people most often mistype, quoted back in the message. */
const badCharacterMessage = (character: string) =>
	`This code has a character codes never use (“${character}”): check it and type it again.`;

/**
 * Reads a typed or scanned code. Forgiving about how it was typed (lower case, spaces, dashes
 * missing or extra, O for 0, I or L for 1); strict about what it says: a code with a wrong symbol,
 * two symbols swapped, a block missing, or made for another round is refused with a message.
 */
export function decodeHandIn(
	code: string,
	expected: { roundId: string; itemCount: number }
): DecodeResult {
	const fail = (message: string): DecodeResult => ({ ok: false, message });
	if (!Number.isInteger(expected.itemCount) || expected.itemCount < 1)
		throw new RangeError('A round has at least one item.');
	if (expected.itemCount > MAX_CODE_ITEMS) throw new RangeError('Too many items for a code.');

	const normalized = normalizeCode(code.slice(0, 4 * codeLength(MAX_CODE_ITEMS)));
	if (!normalized.ok) return fail(badCharacterMessage(normalized.badCharacter));
	const symbols = normalized.symbols;
	if (symbols.length === 0) return fail(CODE_MESSAGES.empty);
	const length = codeLength(expected.itemCount);
	// A whole code of another round (of another size, too) is named as that, not as a typing slip.
	if (
		symbols.length !== length &&
		symbols.length >= codeLength(1) &&
		symbols[0] === HAND_IN_CODE_VERSION &&
		checkHolds(symbols) &&
		symbols.slice(1, 5) !== roundShortId(expected.roundId)
	)
		return fail(CODE_MESSAGES.otherRound);
	if (symbols.length < length) return fail(CODE_MESSAGES.notComplete);
	if (symbols.length > length) return fail(CODE_MESSAGES.tooLong);
	if (!checkHolds(symbols)) return fail(CODE_MESSAGES.typingMistake);
	if (symbols[0] !== HAND_IN_CODE_VERSION) return fail(CODE_MESSAGES.otherVersion);

	const round = symbols.slice(1, 5);
	if (round !== roundShortId(expected.roundId)) return fail(CODE_MESSAGES.otherRound);
	const nonce = fromSymbols(symbols.slice(5, 9));
	const bits = symbolsToBits(symbols.slice(9, -1));
	const used = expected.itemCount * ANSWER_BITS;
	if (bits.slice(used).some((bit) => bit !== 0)) return fail(CODE_MESSAGES.otherItems);
	const answers: (Answer | null)[] = [];
	for (let start = 0; start < used; start += ANSWER_BITS) {
		answers.push(answerOf(bitsToNumber(bits.slice(start, start + ANSWER_BITS))));
	}
	return {
		ok: true,
		value: { roundShortId: round, nonce, handInId: handInIdFor(expected.roundId, nonce), answers }
	};
}

/**
 * A decoded code as a hand-in of the round, ready for `mergeHandIns`: no label (a code carries
 * none), blank items left out, Not applicable with an empty reason.
 */
export function handInFromCode(
	value: DecodedHandIn,
	round: { id: string; assessmentId: string; itemIds: readonly string[] },
	received: { origin: 'code' | 'qr'; submittedAt: string }
): HandIn {
	const answers: Record<string, Answer> = {};
	round.itemIds.forEach((itemId, index) => {
		const answer = value.answers[index];
		if (answer) answers[itemId] = answer;
	});
	return {
		handInId: value.handInId,
		roundId: round.id,
		assessmentId: round.assessmentId,
		label: '',
		answers,
		origin: received.origin,
		submittedAt: received.submittedAt
	};
}

function pushBits(bits: number[], value: number, count: number) {
	for (let bit = count - 1; bit >= 0; bit -= 1) bits.push((value >> bit) & 1);
}

function bitsToNumber(bits: readonly number[]): number {
	return bits.reduce((value, bit) => value * 2 + bit, 0);
}

function bitsToSymbols(bits: readonly number[]): string {
	let symbols = '';
	for (let start = 0; start < bits.length; start += 5)
		symbols += symbolOf(bitsToNumber(bits.slice(start, start + 5)));
	return symbols;
}

function symbolsToBits(symbols: string): number[] {
	const bits: number[] = [];
	for (const symbol of symbols) pushBits(bits, symbolValue(symbol), 5);
	return bits;
}

function toSymbols(value: number, bitCount: number): string {
	const bits: number[] = [];
	pushBits(bits, value, bitCount);
	return bitsToSymbols(bits);
}

function fromSymbols(symbols: string): number {
	return bitsToNumber(symbolsToBits(symbols));
}
