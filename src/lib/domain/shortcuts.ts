/**
 * Keyboard scoring in the walk-through. Pure: the page tells us the key and what has focus, we
 * say what it means. Typing in a text field is never taken over.
 */
import type { Answer } from './assessment';

export type FocusKind = 'text' | 'radio' | 'checkbox' | 'button' | 'other';

export interface KeyPress {
	key: string;
	ctrlKey: boolean;
	altKey: boolean;
	metaKey: boolean;
	focus: FocusKind;
}

export type Shortcut =
	{ kind: 'answer'; answer: Answer } | { kind: 'next' } | { kind: 'previous' } | { kind: 'help' };

/** What the shortcut overlay lists, in order. */
export const shortcutList: readonly { keys: string[]; does: string }[] = [
	{ keys: ['0', '1', '2', '3', '4'], does: 'Score the current item on the practice scale' },
	{ keys: ['D'], does: "Don't know" },
	{ keys: ['N'], does: 'Not applicable (then type the reason)' },
	{ keys: ['Enter', 'J', '↓'], does: 'Next item' },
	{ keys: ['K', '↑'], does: 'Previous item' },
	{ keys: ['←', '→'], does: 'Move along the scale of the current item' },
	{ keys: ['Tab'], does: 'Reach notes, evidence and the discussion flag' },
	{ keys: ['?'], does: 'Show these shortcuts' }
];

export function shortcutFor(press: KeyPress): Shortcut | undefined {
	if (press.ctrlKey || press.altKey || press.metaKey) return undefined;
	if (press.focus === 'text') return undefined;
	const key = press.key;
	if (key === '?') return { kind: 'help' };
	if (/^[0-4]$/.test(key)) {
		return { kind: 'answer', answer: { kind: 'score', value: Number(key) as 0 | 1 | 2 | 3 | 4 } };
	}
	switch (key.toLowerCase()) {
		case 'd':
			return { kind: 'answer', answer: { kind: 'dont-know' } };
		case 'n':
			// The reason is kept by the caller if one was given before.
			return { kind: 'answer', answer: { kind: 'not-applicable', reason: '' } };
		case 'j':
			return { kind: 'next' };
		case 'k':
			return { kind: 'previous' };
	}
	// Arrows and Enter keep their usual meaning on buttons, links and checkboxes.
	if (press.focus === 'radio' || press.focus === 'other') {
		if (key === 'ArrowDown') return { kind: 'next' };
		if (key === 'ArrowUp') return { kind: 'previous' };
		if (key === 'Enter') return { kind: 'next' };
	}
	return undefined;
}

/** Classifies what has focus, from the element's tag and type. */
export function focusKindOf(
	tag: string | undefined,
	type: string | undefined,
	editable = false
): FocusKind {
	if (editable) return 'text';
	switch (tag?.toLowerCase()) {
		case 'textarea':
		case 'select':
			return 'text';
		case 'input':
			if (type === 'radio') return 'radio';
			if (type === 'checkbox') return 'checkbox';
			if (type === 'button' || type === 'submit' || type === 'reset') return 'button';
			return 'text';
		case 'button':
		case 'a':
		case 'summary':
			return 'button';
		default:
			return 'other';
	}
}
