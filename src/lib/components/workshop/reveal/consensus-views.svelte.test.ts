/**
 * The consensus screens, mounted for real (happy-dom): the one-at-a-time view the projector shows
 * for disputed practices, and "Confirm the N agreed items". What they hand to the store, what they
 * say, and where the keyboard is after each step.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { flushSync, mount, tick, unmount } from 'svelte';
import { frameworkV2 } from '$lib/content';
import type { Answer } from '$lib/domain/assessment';
import { walkOrder } from '$lib/domain/walk';
import type { HandIn } from '$lib/domain/workshop/merge';
import type { SaveResult } from '$lib/state/save-status.svelte';
import ConfirmAgreed from './ConfirmAgreed.svelte';
import DiscussOne from './DiscussOne.svelte';
import { revealItems, toConfirm, toDiscuss } from '$lib/report/reveal-model';

const s = (value: 0 | 1 | 2 | 3 | 4): Answer => ({ kind: 'score', value });
const DK: Answer = { kind: 'dont-know' };

const ids = walkOrder(frameworkV2)
	.slice(0, 4)
	.map((item) => item.id);
const [i11, i12, i13, i14] = ids as [string, string, string, string];

function handIn(label: string, answers: Record<string, Answer>, notes?: Record<string, string>) {
	return {
		handInId: crypto.randomUUID(),
		roundId: crypto.randomUUID(),
		assessmentId: crypto.randomUUID(),
		label,
		answers,
		...(notes ? { notes } : {}),
		origin: 'code',
		submittedAt: '2026-11-26T10:00:00.000Z'
	} satisfies HandIn;
}

// 1.1: 0, 4, 3 (split); 1.2: DK, DK, 2 (many Don't know); 1.3: 2, 2, 4 (discuss); 1.4: 2, 2, 3
// (agreed, median 2). Disputed, most disagreement first: 1.1, 1.3, 1.2.
const handIns = [
	handIn(
		'ZŁ',
		{ [i11]: s(0), [i12]: DK, [i13]: s(2), [i14]: s(2) },
		{ [i11]: 'Only the clinic team had it, in Łódź.' }
	),
	handIn('José', { [i11]: s(4), [i12]: DK, [i13]: s(2), [i14]: s(2) }),
	handIn('', { [i11]: s(3), [i12]: s(2), [i13]: s(4), [i14]: s(3) })
];
const items = revealItems(frameworkV2, ids, handIns);
const statement = (id: string) => items.find((item) => item.itemId === id)!.statement;

let view: ReturnType<typeof mount> | undefined;
afterEach(async () => {
	if (view) await unmount(view);
	view = undefined;
	document.body.innerHTML = '';
});

const text = (selector: string) =>
	document.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
/** Each row of a table body as its cells' texts. */
const cells = (selector: string) =>
	[...document.querySelectorAll(`${selector} tbody tr`)].map((row) =>
		[...row.children].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim())
	);
const button = (name: string) =>
	[...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;

/** Lets the awaited store answer, the tick and the focus run. */
async function settle() {
	for (let n = 0; n < 5; n++) await tick();
	flushSync();
}

function choose(value: string) {
	const radio = document.querySelector<HTMLInputElement>(
		`input[name="room-answer"][value="${value}"]`
	)!;
	radio.checked = true;
	radio.dispatchEvent(new Event('change', { bubbles: true }));
	flushSync();
}

function submit() {
	document
		.querySelector('form')!
		.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
}

describe('DiscussOne', () => {
	function setup(answers: Map<string, Answer>, results: SaveResult<unknown>[] = []) {
		const saves: [string, Answer, string][] = [];
		let closed = 0;
		view = mount(DiscussOne, {
			target: document.body,
			props: {
				items: toDiscuss(items),
				handIns,
				showLabels: false,
				currentAnswer: (itemId: string) => answers.get(itemId) ?? null,
				onsave: async (itemId: string, answer: Answer, comment: string) => {
					saves.push([itemId, answer, comment]);
					return results.shift() ?? { ok: true, value: undefined };
				},
				onclose: () => (closed += 1)
			}
		});
		flushSync();
		return { saves, closed: () => closed };
	}

	test('shows the most disputed practice first: its spread, shared notes without labels, and the choices', async () => {
		setup(new Map());
		await settle();
		expect(text('.where')).toBe(
			'Practice 1 of 3 to discuss · Item 1.1 · 1. Recognize the impact on the workforce'
		);
		const heading = document.querySelector('h2')!;
		expect(heading.textContent).toBe(statement(i11));
		expect(document.activeElement).toBe(heading);
		expect([...document.querySelectorAll('.tag')].map((t) => t.textContent)).toEqual([
			'Split',
			'Discuss'
		]);
		// Every point of the scale, counts hand-computed above: one 0, one 3, one 4.
		expect(cells('.spread-bars')).toEqual([
			['0 · Not in place yet', '1'],
			['1 · Beginning', '0'],
			['2 · Partly in place', '0'],
			['3 · Mostly in place', '1'],
			['4 · Fully in place', '1']
		]);
		expect(text('.spread-bars caption')).toBe('How the 3 raters answered');
		expect(text('.spread-bars .numbers')).toBe('Median: 3 Range: 0 to 4 (4 points apart)');
		expect(text('.notes ul')).toBe('Note 1: Only the clinic team had it, in Łódź.');
		expect(text('legend')).toBe('The room’s answer');
		expect(document.querySelectorAll('input[name="room-answer"]')).toHaveLength(7);
	});

	test('asks for a choice first, then saves the answer with the comment and moves on', async () => {
		const { saves } = setup(new Map([[i13, s(2)]]));
		await settle();
		submit();
		await settle();
		expect(saves).toEqual([]);
		expect(text('.message')).toBe('Choose the room’s answer first.');
		expect(document.activeElement).toBe(document.querySelector('input[name="room-answer"]'));

		choose('3');
		const comment = document.querySelector<HTMLTextAreaElement>('#consensus-comment')!;
		comment.value = 'We checked the rota with José Núñez.';
		comment.dispatchEvent(new Event('input', { bubbles: true }));
		flushSync();
		submit();
		await settle();
		expect(saves).toEqual([[i11, s(3), 'We checked the rota with José Núñez.']]);
		expect(text('.message')).toBe('Saved: item 1.1 is 3 · Mostly in place, with the comment.');
		// The next practice, its stored answer (2) chosen, the comment cleared, focus on its heading.
		const heading = document.querySelector('h2')!;
		expect(heading.textContent).toBe(statement(i13));
		expect(document.activeElement).toBe(heading);
		expect(document.querySelector<HTMLInputElement>('input[value="2"]')!.checked).toBe(true);
		expect(comment.value).toBe('');
	});

	test('stays on the practice and says why when the answer is not saved', async () => {
		const { saves } = setup(new Map(), [{ ok: false, message: 'This browser’s storage is full.' }]);
		await settle();
		choose('not-applicable');
		submit();
		await settle();
		expect(saves).toEqual([[i11, { kind: 'not-applicable', reason: 'Agreed by the room' }, '']]);
		expect(text('.message')).toBe('Item 1.1 was not saved: This browser’s storage is full.');
		expect(document.querySelector('h2')!.textContent).toBe(statement(i11));
	});

	test('skips, goes back, and ends with a way back to the list', async () => {
		const { closed } = setup(new Map());
		await settle();
		button('Skip for now').click();
		await settle();
		expect(document.querySelector('h2')!.textContent).toBe(statement(i13));
		button('Previous').click();
		await settle();
		expect(document.querySelector('h2')!.textContent).toBe(statement(i11));
		for (let n = 0; n < 3; n++) {
			button('Skip for now').click();
			await settle();
		}
		const end = document.querySelector('h2')!;
		expect(end.textContent).toBe('That was the last one to discuss');
		expect(document.activeElement).toBe(end);
		button('Back to all practices').click();
		expect(closed()).toBe(1);
	});
});

describe('ConfirmAgreed', () => {
	// Only 1.4 is agreed (2, 2, 3: median 2); the room has no answer for it yet.
	const confirmation = toConfirm(items, new Map());

	function setup(results: SaveResult<unknown>[]) {
		const writes: [string, Answer][] = [];
		const pending = [
			...confirmation.pending,
			// A second, made by hand: the table's "None yet" and a Don't know proposal.
			{ itemId: i12, code: '1.2', statement: statement(i12), answer: DK, current: null }
		];
		view = mount(ConfirmAgreed, {
			target: document.body,
			props: {
				pending,
				confirmed: 0,
				agreed: 2,
				onconfirm: async (itemId: string, answer: Answer) => {
					writes.push([itemId, answer]);
					return results.shift() ?? { ok: true, value: undefined };
				}
			}
		});
		flushSync();
		return writes;
	}

	test('writes each proposal one after another and says "Confirmed" only at the end', async () => {
		const writes = setup([]);
		expect(cells('details table')).toEqual([
			[`1.4 ${statement(i14)}`, '2 · Partly in place', 'None yet'],
			[`1.2 ${statement(i12)}`, "Don't know", 'None yet']
		]);
		const confirm = button('Confirm the 2 agreed items');
		confirm.click();
		await settle();
		expect(writes).toEqual([
			[i14, s(2)],
			[i12, DK]
		]);
		expect(text('.message')).toBe('Confirmed 2 items.');
		expect(document.activeElement).toBe(document.querySelector('.message'));
	});

	test('stops at a failure and says what is kept', async () => {
		const writes = setup([
			{ ok: true, value: undefined },
			{ ok: false, message: 'Storage is full.' }
		]);
		button('Confirm the 2 agreed items').click();
		await settle();
		expect(writes).toHaveLength(2);
		expect(text('.message')).toBe(
			'Confirmed 1 of 2 items. Item 1.2 was not saved: Storage is full. The items confirmed before it are kept. Press the button again to confirm the rest.'
		);
	});
});
