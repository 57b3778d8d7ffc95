import { describe, expect, test } from 'vitest';
import {
	focusKindOf,
	reasonFieldNext,
	shortcutFor,
	shortcutList,
	type FocusKind
} from './shortcuts';

const press = (key: string, focus: FocusKind = 'radio', mods = {}) =>
	shortcutFor({ key, ctrlKey: false, altKey: false, metaKey: false, focus, ...mods });

describe('shortcutFor', () => {
	test.each([
		['0', { kind: 'answer', answer: { kind: 'score', value: 0 } }],
		['4', { kind: 'answer', answer: { kind: 'score', value: 4 } }],
		['5', undefined],
		['d', { kind: 'answer', answer: { kind: 'dont-know' } }],
		['D', { kind: 'answer', answer: { kind: 'dont-know' } }],
		['n', { kind: 'answer', answer: { kind: 'not-applicable', reason: '' } }],
		['j', { kind: 'next' }],
		['K', { kind: 'previous' }],
		['Enter', { kind: 'next' }],
		['ArrowDown', { kind: 'next' }],
		['ArrowUp', { kind: 'previous' }],
		['ArrowLeft', undefined],
		['?', { kind: 'help' }]
	])('%s on a scale choice -> %j', (key, expected) => {
		expect(press(key)).toEqual(expected);
	});

	test('typing in a text field is never taken over', () => {
		for (const key of ['1', 'd', 'D', 'n', 'j', 'k', 'K', 'Enter', 'ArrowUp', 'Tab', ' ', '?'])
			expect(press(key, 'text')).toBeUndefined();
	});

	test('Esc in a text field goes back to the scale; elsewhere it does nothing', () => {
		expect(press('Escape', 'text')).toEqual({ kind: 'scale' });
		expect(press('Escape', 'radio')).toBeUndefined();
		expect(press('Escape', 'button')).toBeUndefined();
		expect(press('Escape', 'text', { ctrlKey: true })).toBeUndefined();
	});

	test('a key that belongs to an input method still composing is never a shortcut', () => {
		expect(press('Escape', 'text', { composing: true })).toBeUndefined();
		expect(press('d', 'radio', { composing: true })).toBeUndefined();
	});

	test('Enter and arrows keep their meaning on buttons, links, checkboxes and scrolling panels', () => {
		expect(press('Enter', 'button')).toBeUndefined();
		expect(press('ArrowDown', 'checkbox')).toBeUndefined();
		expect(press('ArrowDown', 'panel')).toBeUndefined();
		expect(press('ArrowUp', 'panel')).toBeUndefined();
		expect(press('Enter', 'panel')).toBeUndefined();
		expect(press('4', 'panel')).toEqual({ kind: 'answer', answer: { kind: 'score', value: 4 } });
		expect(press('k', 'panel')).toEqual({ kind: 'previous' });
		expect(press('3', 'button')).toEqual({ kind: 'answer', answer: { kind: 'score', value: 3 } });
	});

	test('with Ctrl, Alt or Cmd the browser keeps the key (Ctrl+0 resets zoom)', () => {
		expect(press('0', 'radio', { ctrlKey: true })).toBeUndefined();
		expect(press('d', 'radio', { metaKey: true })).toBeUndefined();
		expect(press('j', 'radio', { altKey: true })).toBeUndefined();
	});
});

describe('focusKindOf', () => {
	test.each([
		['TEXTAREA', undefined, false, 'text'],
		['INPUT', 'text', false, 'text'],
		['INPUT', 'date', false, 'text'],
		['INPUT', 'radio', false, 'radio'],
		['INPUT', 'checkbox', false, 'checkbox'],
		['BUTTON', undefined, false, 'button'],
		['SUMMARY', undefined, false, 'button'],
		['DIV', undefined, true, 'text'],
		['BODY', undefined, false, 'other']
	] as const)('%s %s -> %s', (tag, type, editable, expected) => {
		expect(focusKindOf(tag, type, editable)).toBe(expected);
	});

	test('a focusable region (a panel that scrolls) is a panel', () => {
		expect(focusKindOf('DIV', undefined, false, true)).toBe('panel');
		expect(focusKindOf('DIV', undefined, false, false)).toBe('other');
	});
});

describe('reasonFieldNext: after N, focus goes into the reason only when there is one to type', () => {
	const na = (reason: string) => ({ kind: 'not-applicable', reason }) as const;
	test.each([
		['no reason yet, focus still on the choice', na(''), true, true],
		['only spaces so far', na('   '), true, true],
		['a reason is written already', na('We have no clinical staff'), true, false],
		['a key moved focus away meanwhile', na(''), false, false],
		[
			'the stored answer is not "Not applicable"',
			{ kind: 'score', value: 2 } as const,
			true,
			false
		],
		['nothing stored', undefined, true, false]
	])('%s', (_case, stored, stayed, expected) => {
		expect(reasonFieldNext(stored, stayed)).toBe(expected);
	});
});

describe('shortcutList', () => {
	test('names the key that goes back from a text box to the scale', () => {
		expect(shortcutList.find((row) => row.keys.includes('Esc'))?.does).toBe(
			'From the reason, the notes or the evidence: back to the scale (what you typed is saved)'
		);
	});
});
