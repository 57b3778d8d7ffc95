import { afterEach, describe, expect, test } from 'vitest';
import { decodeHandIn } from '$lib/domain/workshop/hand-in-code';
import type { RoundLink } from '$lib/domain/workshop/round-link';
import {
	RATER_DRAFT_MESSAGES,
	RaterDraft,
	currentRound,
	draftKey,
	eraseStoredDraft,
	storedRaterDrafts,
	storedRound
} from './rater-draft.svelte';

const ROUND = '0f8b6c52-8c1e-4d1a-9a3e-2b7c9d4e5f60';
const OTHER_ROUND = '5a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const round: RoundLink = {
	roundId: ROUND,
	assessmentId: 'c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f',
	frameworkVersion: '2.0.0',
	itemIds: ['item2.a', 'item2.b', 'item2.c', 'item2.d'],
	organization: 'Núñez & Łukasik Family Services'
};
const NOW = new Date('2026-03-12T10:30:00Z');
const now = () => NOW;

/** A Storage whose writes fail with the given error name, as a full or locked-down browser's do. */
class FailingStorage implements Storage {
	readonly #items = new Map<string, string>();
	constructor(public failure: string | undefined) {}
	get length() {
		return this.#items.size;
	}
	key(index: number) {
		return [...this.#items.keys()][index] ?? null;
	}
	getItem(key: string) {
		return this.#items.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		if (this.failure) throw new DOMException('No.', this.failure);
		this.#items.set(key, value);
	}
	removeItem(key: string) {
		this.#items.delete(key);
	}
	clear() {
		this.#items.clear();
	}
}

afterEach(() => {
	localStorage.clear();
	sessionStorage.clear();
});

describe('RaterDraft: kept on this device', () => {
	test('nothing is written before the first change; then every change at once, under the round id', () => {
		const draft = new RaterDraft(round, { now });
		expect(localStorage.getItem(draftKey(ROUND))).toBeNull();
		expect(draft.status).toBe('idle');

		expect(draft.setAnswer('item2.a', { kind: 'score', value: 3 })).toEqual({
			ok: true,
			value: undefined
		});
		expect(draft.status).toBe('saved');
		const stored = JSON.parse(localStorage.getItem('sts-workbook:rate:' + ROUND)!) as {
			answers: unknown;
			round: RoundLink;
		};
		expect(stored.answers).toEqual({ 'item2.a': { kind: 'score', value: 3 } });
		expect(stored.round).toEqual(round);
	});

	test('a reload finds the answers, notes, label and the same hand-in number', () => {
		const first = new RaterDraft(round, { now });
		first.setLabel('ZŁ');
		first.setAnswer('item2.a', { kind: 'score', value: 3 });
		first.setAnswer('item2.b', { kind: 'dont-know' });
		first.setAnswer('item2.c', { kind: 'not-applicable', reason: '' });
		first.setReason('item2.c', 'No night shift here, says Đặng.');
		first.setNote('item2.a', 'José Núñez runs the peer group.');

		const again = new RaterDraft(round, { now });
		expect(again.restored).toBe(3);
		expect(again.label).toBe('ZŁ');
		expect(again.answer('item2.a')).toEqual({ kind: 'score', value: 3 });
		expect(again.answer('item2.b')).toEqual({ kind: 'dont-know' });
		expect(again.answer('item2.c')).toEqual({
			kind: 'not-applicable',
			reason: 'No night shift here, says Đặng.'
		});
		expect(again.answer('item2.d')).toBeNull();
		expect(again.note('item2.a')).toBe('José Núñez runs the peer group.');
		expect(again.handInId).toBe(first.handInId);
		expect(again.code).toBe(first.code);
		expect([again.answered, again.total]).toEqual([3, 4]);
	});

	test('the hand-in number is kept even when the hand-in is shown before any answer', () => {
		const first = new RaterDraft(round, { now });
		first.keep();
		expect(new RaterDraft(round, { now }).handInId).toBe(first.handInId);
	});

	test('a draft that cannot be read is said so, and the rater starts afresh', () => {
		localStorage.setItem(draftKey(ROUND), '{"version":1,"answers":');
		const draft = new RaterDraft(round, { now });
		expect(draft.notice).toBe(RATER_DRAFT_MESSAGES.unreadable);
		expect(draft.answered).toBe(0);
	});

	test('answers kept for practices outside the round are left out', () => {
		const draft = new RaterDraft(round, { now });
		draft.setAnswer('item2.a', { kind: 'score', value: 1 });
		const smaller = new RaterDraft({ ...round, itemIds: ['item2.b'] }, { now });
		expect(smaller.answered).toBe(0);
		expect(smaller.answer('item2.a')).toBeNull();
	});

	test('choosing Not applicable again brings back the reason typed before', () => {
		const draft = new RaterDraft(round, { now });
		draft.setAnswer('item2.c', { kind: 'not-applicable', reason: '' });
		draft.setReason('item2.c', 'We have no night shift.');
		draft.setAnswer('item2.c', { kind: 'score', value: 2 });
		draft.setReason('item2.c', 'ignored: not a Not applicable answer');
		expect(draft.answer('item2.c')).toEqual({ kind: 'score', value: 2 });
		draft.setAnswer('item2.c', { kind: 'not-applicable', reason: '' });
		expect(draft.answer('item2.c')).toEqual({
			kind: 'not-applicable',
			reason: 'We have no night shift.'
		});
	});
});

describe('RaterDraft: what is handed in', () => {
	function answered() {
		const draft = new RaterDraft(round, { now });
		draft.setLabel('  Zoë Łukasik ');
		draft.setAnswer('item2.a', { kind: 'score', value: 4 });
		draft.setAnswer('item2.c', { kind: 'not-applicable', reason: '' });
		draft.setReason('item2.c', ' Not our service. ');
		draft.setNote('item2.a', ' José Núñez runs it. ');
		draft.setNote('item2.b', '   ');
		return draft;
	}

	test('the code carries the answers in the round order, blanks as blanks', () => {
		const draft = answered();
		const decoded = decodeHandIn(draft.code, { roundId: ROUND, itemCount: 4 });
		expect(decoded).toEqual({
			ok: true,
			value: expect.objectContaining({
				handInId: draft.handInId,
				answers: [{ kind: 'score', value: 4 }, null, { kind: 'not-applicable', reason: '' }, null]
			}) as unknown
		});
	});

	test('the file hand-in: notes only when chosen, texts trimmed, blanks left out', () => {
		const draft = answered();
		const without = draft.handIn({ includeNotes: false });
		expect(without).toEqual({
			handInId: draft.handInId,
			roundId: ROUND,
			assessmentId: round.assessmentId,
			label: 'Zoë Łukasik',
			answers: {
				'item2.a': { kind: 'score', value: 4 },
				'item2.c': { kind: 'not-applicable', reason: 'Not our service.' }
			},
			origin: 'file',
			submittedAt: '2026-03-12T10:30:00.000Z'
		});
		expect(draft.handIn({ includeNotes: true }).notes).toEqual({
			'item2.a': 'José Núñez runs it.'
		});
	});
});

describe('RaterDraft: when the device will not keep it', () => {
	test.each([
		['QuotaExceededError', RATER_DRAFT_MESSAGES.full],
		['SecurityError', RATER_DRAFT_MESSAGES.blocked],
		['UnknownError', RATER_DRAFT_MESSAGES.other]
	])('a write failing with %s is said in words; the answer stays on screen', (name, message) => {
		const storage = new FailingStorage(name);
		const draft = new RaterDraft(round, { storage, now });
		expect(draft.setAnswer('item2.a', { kind: 'score', value: 2 })).toEqual({
			ok: false,
			message
		});
		expect(draft.status).toBe('error');
		expect(draft.problem).toBe(message);
		expect(draft.answer('item2.a')).toEqual({ kind: 'score', value: 2 });

		storage.failure = undefined;
		draft.setAnswer('item2.b', { kind: 'dont-know' });
		expect([draft.status, draft.problem]).toEqual(['saved', '']);
		expect(new RaterDraft(round, { storage, now }).answered).toBe(2);
	});

	test('no storage at all: said at once, and every change says it is not kept', () => {
		const draft = new RaterDraft(round, { storage: null, now });
		expect(draft.problem).toBe(RATER_DRAFT_MESSAGES.blocked);
		expect(draft.setAnswer('item2.a', { kind: 'score', value: 0 })).toEqual({
			ok: false,
			message: RATER_DRAFT_MESSAGES.blocked
		});
		expect(draft.answered).toBe(1);
	});
});

describe('erasing', () => {
	test('erase removes the draft from this device and the answers from the screen', () => {
		const draft = new RaterDraft(round, { now });
		draft.setAnswer('item2.a', { kind: 'score', value: 1 });
		expect(draft.erase()).toEqual({ ok: true, value: undefined });
		expect(localStorage.getItem(draftKey(ROUND))).toBeNull();
		expect([draft.erased, draft.answered, draft.label]).toEqual([true, 0, '']);
		// A change arriving after the erase is never written back.
		draft.setAnswer('item2.b', { kind: 'score', value: 1 });
		expect(localStorage.getItem(draftKey(ROUND))).toBeNull();
		expect(currentRound()).toBeUndefined();
	});

	test('another tab erasing or changing the same draft is followed', () => {
		const here = new RaterDraft(round, { now });
		here.setAnswer('item2.a', { kind: 'score', value: 1 });
		const there = new RaterDraft(round, { now });
		there.setAnswer('item2.b', { kind: 'score', value: 4 });
		here.storageChanged({ key: draftKey(ROUND), newValue: localStorage.getItem(draftKey(ROUND)) });
		expect(here.answer('item2.b')).toEqual({ kind: 'score', value: 4 });
		here.storageChanged({ key: draftKey(OTHER_ROUND), newValue: null });
		expect(here.erased).toBe(false);
		there.erase();
		here.storageChanged({ key: draftKey(ROUND), newValue: null });
		expect(here.erased).toBe(true);
		expect(here.notice).toBe(RATER_DRAFT_MESSAGES.erasedElsewhere);
	});
});

describe('drafts on this device', () => {
	test('listed newest first, with their rounds; erased one by one', () => {
		const older = new RaterDraft(round, { now: () => new Date('2026-03-01T09:00:00Z') });
		older.setAnswer('item2.a', { kind: 'score', value: 1 });
		const newer = new RaterDraft(
			{ ...round, roundId: OTHER_ROUND, organization: 'Đặng Clinic' },
			{ now }
		);
		newer.setAnswer('item2.a', { kind: 'score', value: 2 });
		newer.setAnswer('item2.b', { kind: 'score', value: 3 });
		localStorage.setItem('sts-workbook:presentation', 'on');

		expect(
			storedRaterDrafts().map((d) => [d.round?.organization, d.answered, d.updatedAt])
		).toEqual([
			['Đặng Clinic', 2, '2026-03-12T10:30:00.000Z'],
			['Núñez & Łukasik Family Services', 1, '2026-03-01T09:00:00.000Z']
		]);
		expect(storedRound(OTHER_ROUND)?.organization).toBe('Đặng Clinic');
		// The tab remembers the round it opened last.
		expect(currentRound()?.roundId).toBe(OTHER_ROUND);

		expect(eraseStoredDraft(OTHER_ROUND)).toEqual({ ok: true, value: undefined });
		expect(storedRaterDrafts().map((d) => d.roundId)).toEqual([ROUND]);
		expect(currentRound()).toBeUndefined();
	});

	test('an unreadable draft is listed, so it can be erased', () => {
		localStorage.setItem(draftKey(ROUND), 'not json');
		expect(storedRaterDrafts()).toEqual([{ roundId: ROUND, answered: 0 }]);
	});
});
