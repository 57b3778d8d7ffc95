import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { builtinFramework, frameworkV2 } from '$lib/content';
import { uuid, type Answer } from '../assessment';
import { walkOrder } from '../walk';
import { CROCKFORD } from './crockford';
import {
	CODE_MESSAGES,
	codeLength,
	decodeHandIn,
	encodeHandIn,
	handInFromCode,
	handInIdFor,
	newHandInNonce,
	roundShortId
} from './hand-in-code';
import { mergeHandIns } from './merge';

const ROUND = '0f8b6c52-8c1e-4d1a-9a3e-2b7c9d4e5f60';
const OTHER_ROUND = '5a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const ASSESSMENT = 'c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f';

const s = (value: 0 | 1 | 2 | 3 | 4): Answer => ({ kind: 'score', value });
const DK: Answer = { kind: 'dont-know' };
const NA: Answer = { kind: 'not-applicable', reason: 'No clinicians' };
const NA_IN_CODE: Answer = { kind: 'not-applicable', reason: '' };

/** A full round of 36 answers using every state. */
const full: (Answer | null)[] = Array.from(
	{ length: 36 },
	(_, i) => [s(0), s(1), s(2), s(3), s(4), DK, NA, null][(i * 5) % 8]!
);

describe('roundShortId', () => {
	test('worked by hand: 0f8b6 = 00001 11110 00101 10110 = 1, 30, 5, 22 = "1Y5P"', () => {
		expect(roundShortId(ROUND)).toBe('1Y5P');
		expect(roundShortId(ROUND.toUpperCase())).toBe('1Y5P');
	});
});

describe('encodeHandIn', () => {
	test('worked by hand for three items: 0, Don’t know, blank', () => {
		// version 1 · round 1Y5P · nonce 1 = 0001 · states 1, 6, 0 = 001 110 000 (+0) = 00111 00000 = 7 0
		// · check A (crockford.test.ts)
		expect(encodeHandIn({ roundId: ROUND, nonce: 1, answers: [s(0), DK, null] })).toBe(
			'11Y5-P000-170A'
		);
	});

	test.each([
		['framework version 2', () => walkOrder(frameworkV2).length, 36, 32, 39],
		['framework version 1', () => walkOrder(builtinFramework).length, 27, 27, 33]
	])('%s: %i items give %i symbols, %i with dashes', (_name, items, count, symbols, typed) => {
		expect(items()).toBe(count);
		expect(codeLength(count)).toBe(symbols);
		const code = encodeHandIn({
			roundId: ROUND,
			nonce: 0xfffff,
			answers: full.slice(0, count)
		});
		expect(code).toHaveLength(typed);
		expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{1,4})+$/);
	});

	test('refuses a nonce outside 20 bits', () => {
		expect(() => encodeHandIn({ roundId: ROUND, nonce: 2 ** 20, answers: [] })).toThrow(RangeError);
		expect(() => encodeHandIn({ roundId: ROUND, nonce: -1, answers: [] })).toThrow(RangeError);
	});
});

describe('decodeHandIn', () => {
	const code = encodeHandIn({ roundId: ROUND, nonce: 0x2b3c4, answers: full });
	const expected = { roundId: ROUND, itemCount: 36 };

	test('reads back every answer; Not applicable arrives without its reason', () => {
		const result = decodeHandIn(code, expected);
		expect(result).toEqual({
			ok: true,
			value: {
				roundShortId: '1Y5P',
				nonce: 0x2b3c4,
				handInId: handInIdFor(ROUND, 0x2b3c4),
				answers: full.map((answer) => (answer?.kind === 'not-applicable' ? NA_IN_CODE : answer))
			}
		});
	});

	test('forgiving about how it was typed', () => {
		const typed = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
		expect(decodeHandIn(` ${typed} `, expected).ok).toBe(true);
		expect(decodeHandIn(code.replace(/-/g, ''), expected).ok).toBe(true);
		expect(decodeHandIn(code.replace(/-/g, '--'), expected).ok).toBe(true);
	});

	test.each([
		['empty', '', CODE_MESSAGES.empty],
		['only dashes and spaces', ' - - ', CODE_MESSAGES.empty],
		['a block missing', () => code.slice(0, -5), CODE_MESSAGES.notComplete],
		['one symbol missing', () => code.slice(0, 10) + code.slice(11), CODE_MESSAGES.notComplete],
		['one symbol too many', () => code + '7', CODE_MESSAGES.tooLong],
		[
			'a U, which codes never use',
			() => 'U' + code.slice(1),
			'This code has a character codes never use (“U”): check it and type it again.'
		],
		[
			'made for another round',
			() => encodeHandIn({ roundId: OTHER_ROUND, nonce: 9, answers: full }),
			'This code is for a different round.'
		],
		[
			// An earlier round of all 36 practices; the one open now has 12 (a shorter code).
			'made for another round of another size',
			() => encodeHandIn({ roundId: OTHER_ROUND, nonce: 9, answers: full.slice(0, 12) }),
			'This code is for a different round.'
		],
		[
			'another version of the format (check symbol right)',
			() => {
				const body = '2' + code.replace(/-/g, '').slice(1, -1);
				return body + checkFor(body);
			},
			CODE_MESSAGES.otherVersion
		]
	])('%s', (_case, typed, message) => {
		const text = typeof typed === 'function' ? typed() : typed;
		expect(decodeHandIn(text, expected)).toEqual({ ok: false, message });
	});

	test('the messages in plain words', () => {
		expect(CODE_MESSAGES.typingMistake).toBe(
			'This code has a typing mistake: check it and type it again.'
		);
		expect(CODE_MESSAGES.notComplete).toBe(
			'This code is not complete. Check that no block of it is missing.'
		);
	});

	test('every single wrong symbol and every swap of neighbours is a typing mistake (36 items)', () => {
		const symbols = code.replace(/-/g, '');
		let tried = 0;
		for (let position = 0; position < symbols.length; position += 1) {
			for (const symbol of CROCKFORD) {
				if (symbol === symbols[position]) continue;
				const wrong = symbols.slice(0, position) + symbol + symbols.slice(position + 1);
				expect(decodeHandIn(wrong, expected)).toEqual({
					ok: false,
					message: CODE_MESSAGES.typingMistake
				});
				tried += 1;
			}
			const next = symbols[position + 1];
			if (next !== undefined && next !== symbols[position]) {
				const swapped =
					symbols.slice(0, position) + next + symbols[position] + symbols.slice(position + 2);
				expect(decodeHandIn(swapped, expected)).toEqual({
					ok: false,
					message: CODE_MESSAGES.typingMistake
				});
				tried += 1;
			}
		}
		expect(tried).toBeGreaterThanOrEqual(32 * 31);
	});

	test('answers beyond the round’s items (a code for more practices, same length) are refused', () => {
		// 34 items use 102 bits in 21 symbols (3 spare bits); 35 items fill 105 bits in the same 21.
		const longer = encodeHandIn({ roundId: ROUND, nonce: 5, answers: [...full.slice(0, 34), DK] });
		expect(decodeHandIn(longer, { roundId: ROUND, itemCount: 34 })).toEqual({
			ok: false,
			message: CODE_MESSAGES.otherItems
		});
	});

	test('any answers, any nonce, any round size: what goes in comes out', () => {
		const answer = fc.constantFrom<Answer | null>(
			s(0),
			s(1),
			s(2),
			s(3),
			s(4),
			DK,
			NA_IN_CODE,
			null
		);
		fc.assert(
			fc.property(
				fc.array(answer, { minLength: 1, maxLength: 80 }),
				fc.integer({ min: 0, max: 2 ** 20 - 1 }),
				fc.uuid(),
				(answers, nonce, roundId) => {
					const typed = encodeHandIn({ roundId, nonce, answers });
					const result = decodeHandIn(typed, { roundId, itemCount: answers.length });
					expect(result).toEqual({
						ok: true,
						value: {
							roundShortId: roundShortId(roundId),
							nonce,
							handInId: handInIdFor(roundId, nonce),
							answers
						}
					});
				}
			)
		);
	});
});

describe('hand-in ids and the merge', () => {
	test('the id is a UUID made from the round and the nonce, the same every time', () => {
		const id = handInIdFor(ROUND, 0x2b3c4);
		expect(id).toBe('0f8b6c52-8c1e-82b3-8c4e-2b7c9d4e5f60');
		expect(uuid.safeParse(id).success).toBe(true);
		expect(handInIdFor(ROUND, 0x2b3c5)).not.toBe(id);
	});

	test('a fresh nonce is a whole number in 20 bits', () => {
		for (let i = 0; i < 100; i += 1) {
			const nonce = newHandInNonce();
			expect(Number.isInteger(nonce) && nonce >= 0 && nonce < 2 ** 20).toBe(true);
		}
	});

	test('a typed code merges; the same hand-in as a file counts once and keeps its notes', () => {
		const itemIds = ['item2.a', 'item2.b', 'item2.c'];
		const round = { id: ROUND, assessmentId: ASSESSMENT, itemIds };
		const nonce = 777;
		const code = encodeHandIn({ roundId: ROUND, nonce, answers: [s(3), null, NA] });
		const decoded = decodeHandIn(code, { roundId: ROUND, itemCount: 3 });
		if (!decoded.ok) throw new Error(decoded.message);
		const fromCode = handInFromCode(decoded.value, round, {
			origin: 'code',
			submittedAt: '2026-03-12T10:40:00Z'
		});
		expect(fromCode).toEqual({
			handInId: handInIdFor(ROUND, nonce),
			roundId: ROUND,
			assessmentId: ASSESSMENT,
			label: '',
			answers: { 'item2.a': s(3), 'item2.c': NA_IN_CODE },
			origin: 'code',
			submittedAt: '2026-03-12T10:40:00Z'
		});
		const fromFile = {
			...fromCode,
			label: 'Zoë Łukasik',
			answers: { 'item2.a': s(3), 'item2.c': NA },
			notes: { 'item2.a': 'Monthly, in the north office' },
			origin: 'file' as const,
			submittedAt: '2026-03-12T10:35:00Z'
		};
		const result = mergeHandIns([fromCode], [fromFile], round);
		expect(result.merged).toEqual([fromFile]);
		expect(result.problems).toEqual([]);
		expect(result.duplicates.map((d) => d.message)).toEqual([
			'This hand-in was already here. It counts once.'
		]);
	});
});

/** The check symbol, for building codes that pass the check but are wrong in another way. */
function checkFor(body: string): string {
	const values = new Map([...CROCKFORD].map((c, i) => [c, i]));
	const timesX = (v: number) => ((v << 1) & 32 ? (v << 1) ^ 0b100101 : v << 1);
	let sum = 0;
	for (const c of body) sum = timesX(sum) ^ values.get(c)!;
	return CROCKFORD[timesX(sum)]!;
}
