import { describe, expect, test } from 'vitest';
import { CROCKFORD, checkHolds, checkSymbol, inBlocks, normalizeCode } from './crockford';

describe('normalizeCode', () => {
	test.each([
		['1y5p-0001 70a', '1Y5P000170A'],
		['  1Y5P--0001-70A ', '1Y5P000170A'],
		['1y5p\u20130001\u201470a', '1Y5P000170A'], // en and em dashes from a word processor
		['oOiIlL', '001111']
	])('%s reads as %s', (typed, symbols) => {
		expect(normalizeCode(typed)).toEqual({ ok: true, symbols });
	});

	test.each([
		['1Y5U', 'U'],
		['1Y5P*', '*'],
		['1Y5P ñ', 'Ñ']
	])('%s has a character codes never use', (typed, badCharacter) => {
		expect(normalizeCode(typed)).toEqual({ ok: false, badCharacter });
	});

	test('the alphabet has 32 symbols and no I, L, O or U', () => {
		expect(CROCKFORD).toHaveLength(32);
		expect(CROCKFORD).not.toMatch(/[ILOU]/);
	});
});

describe('checkSymbol', () => {
	test('worked by hand: "10" folds 0 -> 1 -> 2, and 2 times x is 4', () => {
		expect(checkSymbol('10')).toBe('4');
		expect(checkHolds('104')).toBe(true);
		expect(checkHolds('105')).toBe(false);
	});

	test('matches a separate implementation (Python) for a longer code', () => {
		expect(checkSymbol('11Y5P000170')).toBe('A');
	});

	test('catches every single wrong symbol and every swap of neighbours, at every length to 40', () => {
		let checked = 0;
		for (let length = 1; length <= 40; length += 1) {
			// A different mix of symbols at each length.
			const body = Array.from({ length }, (_, i) => CROCKFORD[(i * 7 + length * 13) % 32]!).join(
				''
			);
			const code = body + checkSymbol(body);
			expect(checkHolds(code)).toBe(true);
			for (let position = 0; position < code.length; position += 1) {
				for (const symbol of CROCKFORD) {
					if (symbol === code[position]) continue;
					const wrong = code.slice(0, position) + symbol + code.slice(position + 1);
					expect(checkHolds(wrong), wrong).toBe(false);
					checked += 1;
				}
				const next = code[position + 1];
				if (next !== undefined && next !== code[position]) {
					const swapped =
						code.slice(0, position) + next + code[position] + code.slice(position + 2);
					expect(checkHolds(swapped), swapped).toBe(false);
					checked += 1;
				}
			}
		}
		expect(checked).toBeGreaterThan(26_000);
	});
});

describe('inBlocks', () => {
	test.each([
		['', ''],
		['ABC', 'ABC'],
		['ABCD', 'ABCD'],
		['ABCDE', 'ABCD-E'],
		['ABCDEFGHJ', 'ABCD-EFGH-J']
	])('%s -> %s', (symbols, blocks) => {
		expect(inBlocks(symbols)).toBe(blocks);
	});
});
