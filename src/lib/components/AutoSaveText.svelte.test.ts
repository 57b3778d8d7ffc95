/**
 * The self-saving text field, mounted for real (happy-dom): what it sends to the database while
 * someone types, and what it shows when a write fails or another tab changes the same text.
 */
import { afterEach, expect, test } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import type { SaveResult } from '$lib/state/save-status.svelte';
import AutoSaveText from './AutoSaveText.svelte';
import {
	CHANGED_ELSEWHERE_WHILE_TYPING,
	NOT_SAVED_YET,
	REPLACED_BY_OTHER_TAB
} from './auto-save-text';

type Write = { text: string; finish: (result: SaveResult<unknown>) => void };

let field: ReturnType<typeof mount> | undefined;
afterEach(async () => {
	if (field) await unmount(field);
	field = undefined;
	document.body.innerHTML = '';
});

/** Mounts the field with a store that answers each write only when the test says so. */
function setup(initial = '') {
	const writes: Write[] = [];
	const props = $state({ value: initial });
	field = mount(AutoSaveText, {
		target: document.body,
		props: {
			id: 'notes',
			label: 'Notes',
			get value() {
				return props.value;
			},
			onsave: (text: string) =>
				new Promise<SaveResult<unknown>>((resolve) => writes.push({ text, finish: resolve }))
		}
	});
	flushSync();
	const input = document.querySelector('textarea')!;
	const notice = () => document.querySelector('[role="status"]')!.textContent ?? '';
	const type = (text: string) => {
		input.value = text;
		input.dispatchEvent(new Event('input', { bubbles: true }));
		flushSync();
	};
	/** The store answers the oldest open write, and (when it worked) holds the text. */
	const answer = async (result: SaveResult<unknown>) => {
		const write = writes.find((w) => !('done' in w));
		if (!write) throw new Error('no write waiting');
		Object.assign(write, { done: true });
		if (result.ok) props.value = write.text;
		write.finish(result);
		await Promise.resolve();
		await Promise.resolve();
		flushSync();
	};
	return { writes, props, input, notice, type, answer };
}

const ok = { ok: true, value: undefined } as const;

test('one write at a time, and the newest text next: no queue of keystrokes', async () => {
	const { writes, type, answer, input } = setup();
	type('a');
	type('ab');
	type('abc');
	// "a" is on its way; "ab" was replaced by "abc" while it waited.
	expect(writes.map((w) => w.text)).toEqual(['a']);
	await answer(ok);
	expect(writes.map((w) => w.text)).toEqual(['a', 'abc']);
	await answer(ok);
	expect(writes).toHaveLength(2);
	expect(input.value).toBe('abc');
});

test('a failed write keeps the text on screen, says so, and goes again on blur', async () => {
	const { writes, type, answer, input, notice } = setup('stored');
	type('typed here');
	await answer({ ok: false, message: 'The disk is full.' });
	expect(input.value).toBe('typed here');
	expect(notice()).toBe(NOT_SAVED_YET);
	input.dispatchEvent(new Event('blur'));
	flushSync();
	expect(writes.map((w) => w.text)).toEqual(['typed here', 'typed here']);
	await answer(ok);
	expect(input.value).toBe('typed here');
});

test('once its text is stored and nobody types here, the field quietly follows another tab', async () => {
	const { type, answer, input, notice, props } = setup('first');
	expect(input.value).toBe('first');
	type('mine');
	await answer(ok);
	input.dispatchEvent(new Event('blur'));
	flushSync();
	props.value = 'from the other tab';
	flushSync();
	expect(input.value).toBe('from the other tab');
	expect(notice()).toBe('');
});

test('another tab’s text never splices into typing here; when it wins, the field says so', async () => {
	const { type, answer, input, notice, props } = setup('first');
	type('mine');
	props.value = 'from the other tab';
	flushSync();
	expect(input.value).toBe('mine');
	expect(notice()).toBe(CHANGED_ELSEWHERE_WHILE_TYPING);
	// Our write lands first, then the other tab's: it was written last, so it is the one kept.
	await answer(ok);
	props.value = 'from the other tab';
	input.dispatchEvent(new Event('blur'));
	flushSync();
	expect(input.value).toBe('from the other tab');
	expect(notice()).toBe(REPLACED_BY_OTHER_TAB);
});

test('leaving the page sends the waiting text at once, without waiting for the write ahead', () => {
	const { writes, type } = setup();
	type('a');
	type('ab');
	window.dispatchEvent(new Event('pagehide'));
	flushSync();
	expect(writes.map((w) => w.text)).toEqual(['a', 'ab']);
});
