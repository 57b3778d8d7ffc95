import { afterEach, expect, test } from 'vitest';
import { flushSync } from 'svelte';
import { FocusRequest, focusKey } from './focus-request.svelte';

let cleanup: (() => void) | undefined;
afterEach(() => {
	cleanup?.();
	document.body.innerHTML = '';
});

function setup() {
	const root = document.createElement('div');
	document.body.append(root);
	let focus!: FocusRequest;
	cleanup = $effect.root(() => {
		focus = new FocusRequest(() => root);
	});
	return { root, focus };
}

function button(root: HTMLElement, key: string, disabled = false): HTMLButtonElement {
	const el = document.createElement('button');
	el.dataset.focusKey = key;
	el.disabled = disabled;
	root.append(el);
	return el;
}

test('focuses the target once its data says the change arrived, not before', () => {
	const { root, focus } = setup();
	const data = $state({ status: 'proposed' });
	const target = button(root, focusKey('card', 'a'));
	focus.request(focusKey('card', 'a'), () => data.status === 'accepted');
	flushSync();
	expect(document.activeElement).not.toBe(target);
	expect(focus.pending).toBe(true);

	data.status = 'accepted';
	flushSync();
	expect(document.activeElement).toBe(target);
	expect(focus.pending).toBe(false);
});

test('waits for a target that is not on the page yet', () => {
	const { root, focus } = setup();
	const data = $state({ shown: false });
	focus.request('reason:x', () => data.shown);
	data.shown = true;
	flushSync();
	// The condition holds but the field is not there: nothing is focused, the request waits.
	expect(focus.pending).toBe(true);
	const field = button(root, 'reason:x');
	data.shown = false;
	flushSync();
	data.shown = true;
	flushSync();
	expect(document.activeElement).toBe(field);
});

test('takes the first enabled key: the other move button when one reached the end', () => {
	const { root, focus } = setup();
	button(root, 'move-up:a', true);
	const down = button(root, 'move-down:a');
	focus.request(['move-up:a', 'move-down:a']);
	flushSync();
	expect(document.activeElement).toBe(down);
});

test('a newer request replaces an older one that never came true', () => {
	const { root, focus } = setup();
	const first = button(root, 'a');
	const second = button(root, 'b');
	focus.request('a', () => false);
	focus.request('b');
	flushSync();
	expect(document.activeElement).toBe(second);
	expect(document.activeElement).not.toBe(first);
});
