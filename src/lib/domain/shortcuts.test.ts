import { describe, expect, test } from 'vitest';
import { focusKindOf, shortcutFor, type FocusKind } from './shortcuts';

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
		for (const key of ['1', 'd', 'n', 'j', 'Enter', '?'])
			expect(press(key, 'text')).toBeUndefined();
	});

	test('Enter and arrows keep their meaning on buttons, links and checkboxes', () => {
		expect(press('Enter', 'button')).toBeUndefined();
		expect(press('ArrowDown', 'checkbox')).toBeUndefined();
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
});
