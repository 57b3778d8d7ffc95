import { describe, expect, test } from 'vitest';
import { builtinFramework, frameworkV2 } from '$lib/content';
import { walkOrder } from '../walk';
import {
	MAX_ROUND_LINK_LENGTH,
	ROUND_LINK_MESSAGES,
	decodeRoundLink,
	encodeRoundLink,
	fromRanges,
	toRanges,
	type RoundLink
} from './round-link';

const walks: Record<string, string[]> = {
	'1.0.0': walkOrder(builtinFramework).map((item) => item.id),
	'2.0.0': walkOrder(frameworkV2).map((item) => item.id)
};
const walkOrderOf = (version: string) => walks[version];
const v2 = walks['2.0.0']!;
const NOW = new Date('2026-03-12T10:00:00Z');

const link: RoundLink = {
	roundId: '0f8b6c52-8c1e-4d1a-9a3e-2b7c9d4e5f60',
	assessmentId: 'c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f',
	frameworkVersion: '2.0.0',
	itemIds: v2,
	organization: 'Núñez & Łukasik Family Services'
};

/** base64url of any text, written out here so hostile payloads can be built by hand. */
const encode = (text: string) =>
	btoa(String.fromCharCode(...new TextEncoder().encode(text)))
		.replace(/\+/g, '-')
		.replace(/\//g, '_')
		.replace(/=+$/, '');
const payload = (fields: Record<string, unknown>) =>
	encode(
		JSON.stringify({
			v: 1,
			r: link.roundId,
			a: link.assessmentId,
			f: '2.0.0',
			i: '0-35',
			o: 'Núñez',
			...fields
		})
	);

describe('ranges of walk positions', () => {
	test.each([
		[[0, 1, 2, 3, 7, 9, 10], '0-3,7,9-10'],
		[[5], '5'],
		[[10, 2, 3, 2], '2-3,10']
	])('%j -> %s', (indexes, ranges) => {
		expect(toRanges(indexes)).toBe(ranges);
	});

	test.each([
		['0-3,7,9-10', 36, [0, 1, 2, 3, 7, 9, 10]],
		['35', 36, [35]],
		['36', 36, null], // past the end
		['3-1', 36, null], // backwards
		['0-3,2-5', 36, null], // overlapping
		['7,3', 36, null], // falling
		['', 36, null],
		['0-9999', 36, null],
		['1;2', 36, null]
	])('%s of %i -> %j', (ranges, count, indexes) => {
		expect(fromRanges(ranges, count)).toEqual(indexes);
	});
});

describe('round links', () => {
	test('a round of all 36 items, read back, with every name exactly right', () => {
		const encoded = encodeRoundLink(link, v2);
		expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(encoded.length).toBeLessThan(300);
		expect(decodeRoundLink(encoded, walkOrderOf, NOW)).toEqual({ ok: true, value: link });
	});

	test('chosen elements of version 1, with an expiry; read from a whole URL', () => {
		const chosen: RoundLink = {
			...link,
			frameworkVersion: '1.0.0',
			itemIds: [...walks['1.0.0']!.slice(0, 4), ...walks['1.0.0']!.slice(20, 23)],
			organization: 'Đặng Community Clinic',
			expires: '2026-03-12T18:00:00Z'
		};
		const encoded = encodeRoundLink(chosen, walks['1.0.0']!);
		expect(JSON.parse(new TextDecoder().decode(base64UrlBytes(encoded)))).toMatchObject({
			i: '0-3,20-22'
		});
		const url = `https://workbook.example.org/join#join=${encoded}`;
		expect(decodeRoundLink(url, walkOrderOf, NOW)).toEqual({ ok: true, value: chosen });
	});

	test('items given out of order come back in walk order, once each', () => {
		const shuffled = { ...link, itemIds: [v2[5]!, v2[2]!, v2[5]!, v2[3]!] };
		const result = decodeRoundLink(encodeRoundLink(shuffled, v2), walkOrderOf, NOW);
		expect(result.ok && result.value.itemIds).toEqual([v2[2], v2[3], v2[5]]);
	});

	test('a long organization name is shortened to 60 characters', () => {
		const long = { ...link, organization: 'Zoë Łukasik '.repeat(10) };
		const result = decodeRoundLink(encodeRoundLink(long, v2), walkOrderOf, NOW);
		expect(result.ok && result.value.organization).toBe(
			'Zoë Łukasik Zoë Łukasik Zoë Łukasik Zoë Łukasik Zoë Łukasik…'
		);
		expect(result.ok && [...result.value.organization].length).toBe(60);
	});

	test('an item that is not in the walk order is a bug, not a link', () => {
		expect(() => encodeRoundLink({ ...link, itemIds: ['item.nowhere'] }, v2)).toThrow(RangeError);
		expect(() => encodeRoundLink({ ...link, itemIds: [] }, v2)).toThrow(RangeError);
	});
});

describe('hostile links are refused with a message', () => {
	test.each([
		['empty', '', ROUND_LINK_MESSAGES.damaged],
		['garbage', 'not a link at all!', ROUND_LINK_MESSAGES.damaged],
		['base64url of garbage', encode('{{{'), ROUND_LINK_MESSAGES.damaged],
		['bytes that are not UTF-8', 'gICA', ROUND_LINK_MESSAGES.damaged],
		['a list', encode('[1,2,3]'), ROUND_LINK_MESSAGES.damaged],
		['a string', encode('"join"'), ROUND_LINK_MESSAGES.damaged],
		['null', encode('null'), ROUND_LINK_MESSAGES.damaged],
		['too long', 'A'.repeat(MAX_ROUND_LINK_LENGTH + 1), ROUND_LINK_MESSAGES.tooLong],
		['a round id that is not a UUID', payload({ r: 'round-1' }), ROUND_LINK_MESSAGES.damaged],
		['items as a list', payload({ i: [0, 1, 2] }), ROUND_LINK_MESSAGES.damaged],
		['items past the end', payload({ i: '0-36' }), ROUND_LINK_MESSAGES.damaged],
		['a number for the organization', payload({ o: 42 }), ROUND_LINK_MESSAGES.damaged],
		[
			'a script for the organization',
			payload({ o: '<script>'.repeat(40) }),
			ROUND_LINK_MESSAGES.damaged
		],
		['an extra key', payload({ x: 1 }), ROUND_LINK_MESSAGES.damaged],
		[
			'a __proto__ key',
			encode(
				`{"v":1,"r":"${link.roundId}","a":"${link.assessmentId}","f":"2.0.0","i":"0-35","o":"N","__proto__":{"polluted":true}}`
			),
			ROUND_LINK_MESSAGES.damaged
		],
		['a newer link format', payload({ v: 2 }), ROUND_LINK_MESSAGES.otherVersion],
		['format 0', payload({ v: 0 }), ROUND_LINK_MESSAGES.damaged],
		[
			'a framework version we do not carry',
			payload({ f: '3.0.0' }),
			ROUND_LINK_MESSAGES.unknownFramework
		],
		['expired', payload({ e: '2026-03-12T09:59:59Z' }), ROUND_LINK_MESSAGES.expired],
		['an expiry that is not a date', payload({ e: 'tomorrow' }), ROUND_LINK_MESSAGES.damaged]
	])('%s', (_case, text, message) => {
		expect(decodeRoundLink(text, walkOrderOf, NOW)).toEqual({ ok: false, message });
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	test('the messages in plain words', () => {
		expect(ROUND_LINK_MESSAGES.damaged).toBe(
			'This join link is damaged. Ask the facilitator to show it again.'
		);
		expect(ROUND_LINK_MESSAGES.expired).toBe(
			'This join link has expired. Ask the facilitator for a new one.'
		);
	});

	test('an expiry still ahead opens the round', () => {
		expect(decodeRoundLink(payload({ e: '2026-03-12T10:00:01Z' }), walkOrderOf, NOW).ok).toBe(true);
	});
});

function base64UrlBytes(encoded: string): Uint8Array {
	const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
	return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
