/**
 * A choice shows at once and gives way to what is stored: when the live query brings back its
 * write (or a later one), or at once when the write fails. A screen re-renders as it changes.
 */
import { expect, test } from 'vitest';
import { flushSync } from 'svelte';
import type { Answer, Response } from '$lib/domain/assessment';
import { PendingAnswers } from './pending-answers.svelte';

const ITEM = 'item.leaders-trained';
const score = (value: 0 | 1 | 2 | 3 | 4): Answer => ({ kind: 'score', value });

/** A stored response for ITEM with `answer`, written at `updatedAt`. */
function stored(answer: Answer | null, updatedAt: string): Response {
	return {
		id: 'r1',
		assessmentId: 'a1',
		responseSetId: 's1',
		itemId: ITEM,
		answer,
		notes: '',
		evidence: '',
		discuss: false,
		updatedAt
	};
}

const T1 = '2026-03-31T10:00:00.000Z';
const T2 = '2026-03-31T10:00:00.020Z';
const T3 = '2026-03-31T10:00:00.045Z';

test('nothing pending: the stored answer, or none', () => {
	const pending = new PendingAnswers();
	expect(pending.shown(ITEM, undefined)).toBeNull();
	expect(pending.shown(ITEM, stored(score(2), T1))).toEqual(score(2));
});

test('a choice shows at once and stays until the live query brings its write back', () => {
	const pending = new PendingAnswers();
	const choice = pending.choose(ITEM, score(4));
	expect(pending.shown(ITEM, stored(score(2), T1))).toEqual(score(4));
	// Committed at T2, but the screen still has the read from T1: the choice stays.
	choice.settle(T2);
	expect(pending.shown(ITEM, stored(score(2), T1))).toEqual(score(4));
	// The re-read brings T2 back: from now on the screen shows what is stored.
	expect(pending.shown(ITEM, stored(score(4), T2))).toEqual(score(4));
	// A later change from another tab is shown as it is stored.
	expect(pending.shown(ITEM, stored(score(0), T3))).toEqual(score(0));
});

test('a failed write puts the stored answer back at once', () => {
	const pending = new PendingAnswers();
	const choice = pending.choose(ITEM, score(4));
	choice.settle(undefined);
	expect(pending.shown(ITEM, stored(score(2), T1))).toEqual(score(2));
	expect(pending.shown(ITEM, undefined)).toBeNull();
});

test('a later choice on the item outlives how the earlier one ends', () => {
	const pending = new PendingAnswers();
	const first = pending.choose(ITEM, score(1));
	const second = pending.choose(ITEM, score(3));
	first.settle(undefined);
	expect(pending.shown(ITEM, stored(score(2), T1))).toEqual(score(3));
	first.settle(T2);
	expect(pending.shown(ITEM, stored(score(1), T2))).toEqual(score(3));
	second.settle(T3);
	expect(pending.shown(ITEM, stored(score(3), T3))).toEqual(score(3));
	second.settle(undefined);
	// Settling twice changes nothing once the store has it.
	expect(pending.shown(ITEM, stored(score(3), T3))).toEqual(score(3));
});

test('other items are not touched by a choice', () => {
	const pending = new PendingAnswers();
	pending.choose(ITEM, score(4));
	expect(pending.shown('item.other', stored(score(2), T1))).toEqual(score(2));
});

test('a screen showing the item re-renders when the choice is made and when it fails', () => {
	const pending = new PendingAnswers();
	const shown: (Answer | null)[] = [];
	const destroy = $effect.root(() => {
		$effect(() => {
			shown.push(pending.shown(ITEM, stored(score(2), T1)));
		});
	});
	flushSync();
	const choice = pending.choose(ITEM, score(4));
	flushSync();
	choice.settle(undefined);
	flushSync();
	destroy();
	expect(shown).toEqual([score(2), score(4), score(2)]);
});
