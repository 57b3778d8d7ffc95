import { describe, expect, test } from 'vitest';
import { frameworkV2 } from '$lib/content';
import { walkOrder } from '$lib/domain/walk';
import {
	ROUND_LINK_MESSAGES,
	encodeRoundLink,
	type RoundLink
} from '$lib/domain/workshop/round-link';
import { EXPIRED_BUT_KEPT, joinFromHash, walkOrderOf } from './join';

const walk = walkOrder(frameworkV2).map((item) => item.id);
const NOW = new Date('2026-03-12T10:00:00Z');
const round: RoundLink = {
	roundId: '0f8b6c52-8c1e-4d1a-9a3e-2b7c9d4e5f60',
	assessmentId: 'c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f',
	frameworkVersion: '2.0.0',
	itemIds: walk.slice(0, 9),
	organization: 'Núñez & Łukasik Family Services'
};
const hashOf = (link: RoundLink) => `#join=${encodeRoundLink(link, walk)}`;
const nothingKept = () => undefined;

describe('joinFromHash', () => {
	test('a join link opens its round, with the items of the framework version in walk order', () => {
		expect(joinFromHash(hashOf(round), { now: NOW, storedRound: nothingKept })).toEqual({
			kind: 'round',
			round
		});
		expect(walkOrderOf('2.0.0')).toEqual(walk);
		expect(walkOrderOf('9.9.9')).toBeUndefined();
	});

	test.each(['', '#', '#main', '#item-1', 'join'])('no join link in %j', (hash) => {
		expect(joinFromHash(hash, { now: NOW, storedRound: nothingKept })).toEqual({ kind: 'none' });
	});

	test('a damaged link is refused with the words of the link rules', () => {
		expect(joinFromHash('#join=abc!', { now: NOW, storedRound: nothingKept })).toEqual({
			kind: 'refused',
			message: ROUND_LINK_MESSAGES.damaged
		});
	});

	test('an expired link is refused, unless this device holds answers for its round', () => {
		const expired = hashOf({ ...round, expires: '2026-03-12T09:00:00Z' });
		expect(joinFromHash(expired, { now: NOW, storedRound: nothingKept })).toEqual({
			kind: 'refused',
			message: ROUND_LINK_MESSAGES.expired
		});
		const kept = (roundId: string) => (roundId === round.roundId ? round : undefined);
		expect(joinFromHash(expired, { now: NOW, storedRound: kept })).toEqual({
			kind: 'round',
			round: { ...round, expires: '2026-03-12T09:00:00Z' },
			note: EXPIRED_BUT_KEPT
		});
	});

	test('a link for a framework version this copy does not carry is refused', () => {
		const other = `#join=${encodeRoundLink({ ...round, frameworkVersion: '9.0.0' }, walk)}`;
		expect(joinFromHash(other, { now: NOW, storedRound: nothingKept })).toEqual({
			kind: 'refused',
			message: ROUND_LINK_MESSAGES.unknownFramework
		});
	});
});
