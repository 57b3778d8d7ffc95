/**
 * The rater's round, mounted for real (happy-dom): what the rater reads, that an answer is kept
 * on this device before "Saved on this device" shows, and that the code shown on hand-in is the
 * code of the answers given.
 */
import { afterEach, expect, test } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import { frameworkV2 } from '$lib/content';
import { walkOrder } from '$lib/domain/walk';
import { decodeHandIn } from '$lib/domain/workshop/hand-in-code';
import type { RoundLink } from '$lib/domain/workshop/round-link';
import { RaterDraft, draftKey } from '$lib/state/rater-draft.svelte';
import RaterRound from './RaterRound.svelte';

const walk = walkOrder(frameworkV2);
const round: RoundLink = {
	roundId: '0f8b6c52-8c1e-4d1a-9a3e-2b7c9d4e5f60',
	assessmentId: 'c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f',
	frameworkVersion: '2.0.0',
	itemIds: walk.slice(0, 9).map((item) => item.id),
	organization: 'Núñez & Łukasik Family Services'
};

let view: ReturnType<typeof mount> | undefined;
afterEach(async () => {
	if (view) await unmount(view);
	view = undefined;
	document.body.innerHTML = '';
	localStorage.clear();
	sessionStorage.clear();
});

function setup() {
	const draft = new RaterDraft(round);
	view = mount(RaterRound, { target: document.body, props: { draft, onrestart: () => {} } });
	flushSync();
	const text = () => (document.body.textContent ?? '').replace(/\s+/g, ' ');
	const card = (n: number) => document.querySelector<HTMLElement>(`[data-position="${n}"]`)!;
	const choose = (n: number, value: string) => {
		const radio = card(n).querySelector<HTMLInputElement>(`input[value="${value}"]`)!;
		radio.checked = true;
		radio.dispatchEvent(new Event('change', { bubbles: true }));
		flushSync();
	};
	const button = (name: string) =>
		[...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;
	return { draft, text, card, choose, button };
}

test('says whom the rater rates for, how many practices, and that nothing leaves the device', () => {
	const { text } = setup();
	expect(document.querySelector('h1')?.textContent?.trim()).toBe(
		'You are rating for Núñez & Łukasik Family Services'
	);
	expect(text()).toContain('9 practices.');
	expect(text()).toContain(
		'Your answers stay on this device. Nothing is sent anywhere: at the end you hand them in yourself, by showing a code or sending a file. No name needed.'
	);
	expect(text()).toContain('0 of 9 answered');
	expect(document.querySelectorAll('h3')[0]?.textContent?.trim()).toBe(walk[0]!.statement);
	expect(document.querySelector('h2')?.textContent).toContain('1.');
});

test('an answer is kept on this device, then "Saved on this device" shows', async () => {
	const { choose, text, card } = setup();
	expect(document.querySelector('.save-indicator')?.getAttribute('data-state')).toBe('idle');
	choose(1, '3');
	choose(2, 'dont-know');
	choose(3, 'not-applicable');
	expect(localStorage.getItem(draftKey(round.roundId))).toContain('"dont-know"');
	expect(document.querySelector('.save-indicator')?.getAttribute('data-state')).toBe('saved');
	expect(text()).toContain('Saved on this device');
	expect(text()).toContain('3 of 9 answered');
	expect(card(1).textContent).toContain('Answered');
	expect(card(4).textContent).toContain('Not answered yet');
	// Not applicable opens an optional reason; a reason typed is kept.
	const reason = card(3).querySelector<HTMLTextAreaElement>('textarea')!;
	expect(card(3).querySelector(`label[for="${reason.id}"]`)?.textContent).toBe(
		'Why does this not apply? (optional)'
	);
	reason.value = 'No night shift here.';
	reason.dispatchEvent(new Event('input', { bubbles: true }));
	flushSync();
	expect(localStorage.getItem(draftKey(round.roundId))).toContain('No night shift here.');
	await Promise.resolve();
});

test('hand in: says how many are left, and shows the code of the answers given', async () => {
	const { choose, text, button, draft } = setup();
	choose(1, '0');
	choose(2, '4');
	expect(text()).toContain('7 practices are not answered yet. You can hand in now');
	button('Hand in now').click();
	flushSync();
	const shown = document.querySelector('.hand-in-code')!.textContent!.replace(/\s+/g, '');
	expect(shown).toBe(draft.code);
	const decoded = decodeHandIn(shown, { roundId: round.roundId, itemCount: 9 });
	expect(decoded.ok && decoded.value.answers.slice(0, 3)).toEqual([
		{ kind: 'score', value: 0 },
		{ kind: 'score', value: 4 },
		null
	]);
	expect(decoded.ok && decoded.value.handInId).toBe(draft.handInId);
	// The hand-in number is now kept: a reload shows the same code.
	expect(new RaterDraft(round).code).toBe(draft.code);
	expect(document.activeElement?.textContent?.trim()).toBe('Your hand-in is ready');
	const notes = document.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
	expect(notes.checked).toBe(false);
	// The QR code arrives once its encoder has loaded.
	await expect
		.poll(() => document.querySelector('svg[role="img"]')?.getAttribute('data-code'))
		.toBe(draft.code);
});

test('erase asks first, then removes the answers from this device and says so', async () => {
	const { choose, button, text } = setup();
	choose(1, '2');
	button('Erase my answers from this device').click();
	flushSync();
	expect(document.querySelector('dialog h2')?.textContent).toBe(
		'Erase your answers from this device?'
	);
	expect(localStorage.getItem(draftKey(round.roundId))).not.toBeNull();
	button('Erase my answers').click();
	flushSync();
	expect(localStorage.getItem(draftKey(round.roundId))).toBeNull();
	expect(document.activeElement?.textContent?.trim()).toBe(
		'Your answers are erased from this device'
	);
	expect(text()).toContain('Nothing of this round is kept on this device any more');
	await Promise.resolve();
});
