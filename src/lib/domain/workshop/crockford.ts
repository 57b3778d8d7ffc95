/**
 * Crockford's base 32: digits and upper-case letters without I, L, O and U, so a code read aloud
 * or copied by hand has no 1/I/L or 0/O to mix up. Used by hand-in codes (typed, or carried by a
 * QR code: these symbols and "-" all fit the QR code's compact alphanumeric mode).
 */
export const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const VALUES = new Map([...CROCKFORD].map((symbol, value) => [symbol, value]));
/** Letters people type for the digits they look like. */
const LOOK_ALIKES: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1' };

/** Spaces and dashes of any kind, which only group a code for reading. */
const SEPARATORS = /[\s\-\u2010-\u2015\u2212]/g;

/**
 * The symbols of a typed code: upper case, without spaces or dashes, look-alike letters read as
 * digits. Returns the first character codes never use when there is one.
 */
export function normalizeCode(
	typed: string
): { ok: true; symbols: string } | { ok: false; badCharacter: string } {
	let symbols = '';
	for (const character of typed.toUpperCase().replace(SEPARATORS, '')) {
		const symbol = LOOK_ALIKES[character] ?? character;
		if (!VALUES.has(symbol)) return { ok: false, badCharacter: character };
		symbols += symbol;
	}
	return { ok: true, symbols };
}

export function symbolValue(symbol: string): number {
	const value = VALUES.get(symbol);
	if (value === undefined) throw new RangeError(`Not a Crockford base 32 symbol: ${symbol}`);
	return value;
}

export function symbolOf(value: number): string {
	const symbol = CROCKFORD[value];
	if (symbol === undefined) throw new RangeError(`Not a 5-bit value: ${value}`);
	return symbol;
}

/** x times the field's generator (x) in GF(32), built on the primitive polynomial x^5 + x^2 + 1. */
function timesX(value: number): number {
	const shifted = value << 1;
	return shifted & 0b100000 ? shifted ^ 0b100101 : shifted;
}

function fold(symbols: string): number {
	let sum = 0;
	for (const symbol of symbols) sum = timesX(sum) ^ symbolValue(symbol);
	return sum;
}

/**
 * The check symbol: a sum of the symbols weighted by powers of x in the field of 32 elements
 * (Damm's construction of a check digit). Unlike a weighted sum mod 32, it catches every single
 * wrong symbol (the weights are never 0) and every swap of two neighbours (two neighbouring
 * weights always differ), and its check is one of the same 32 symbols, with no extra * or ~.
 */
export function checkSymbol(symbols: string): string {
	return symbolOf(timesX(fold(symbols)));
}

/** True when the last symbol is the right check symbol for the ones before it. */
export function checkHolds(symbolsWithCheck: string): boolean {
	return symbolsWithCheck.length > 0 && fold(symbolsWithCheck) === 0;
}

/** "ABCD-EFGH-J": blocks of 4 for reading and typing. */
export function inBlocks(symbols: string, size = 4): string {
	return (symbols.match(new RegExp(`.{1,${size}}`, 'g')) ?? []).join('-');
}
