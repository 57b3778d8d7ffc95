/**
 * Keyboard scoring in the walk-through. Pure: the page tells us the key and what has focus, we
 * say what it means. Typing in a text field is never taken over: there, Esc is the one key we
 * read (it types nothing), and it goes back to the scale.
 */
import type { Answer } from './assessment';

/** What has focus. A `panel` is a box that scrolls on its own (guidance on a projector). */
export type FocusKind = 'text' | 'radio' | 'checkbox' | 'button' | 'panel' | 'other';

export interface KeyPress {
	key: string;
	ctrlKey: boolean;
	altKey: boolean;
	metaKey: boolean;
	focus: FocusKind;
	/** An input method (say, for accents or Chinese) is still composing: the key is its own. */
	composing?: boolean;
}

export type Shortcut =
	| { kind: 'answer'; answer: Answer }
	| { kind: 'next' }
	| { kind: 'previous' }
	| { kind: 'help' }
	/** Leave a text box of the item (its reason, notes or evidence) for its scale. */
	| { kind: 'scale' };

/** The key that leaves a text box for the scale, as the overlay and the fields name it. */
export const BACK_TO_SCALE_KEY = 'Esc';

/** What the shortcut overlay lists, in order. */
export const shortcutList: readonly { keys: string[]; does: string }[] = [
	{ keys: ['0', '1', '2', '3', '4'], does: 'Score the current item on the practice scale' },
	{ keys: ['D'], does: "Don't know" },
	{ keys: ['N'], does: 'Not applicable (then type the reason)' },
	{
		keys: [BACK_TO_SCALE_KEY],
		does: 'From the reason, the notes or the evidence: back to the scale (what you typed is saved)'
	},
	{ keys: ['Enter', 'J', '↓'], does: 'Next item' },
	{ keys: ['K', '↑'], does: 'Previous item' },
	{ keys: ['←', '→'], does: 'Move along the scale of the current item' },
	{ keys: ['Tab'], does: 'Reach notes, evidence and the discussion flag' },
	{ keys: ['?'], does: 'Show these shortcuts' }
];

export function shortcutFor(press: KeyPress): Shortcut | undefined {
	if (press.ctrlKey || press.altKey || press.metaKey || press.composing) return undefined;
	if (press.focus === 'text') return press.key === 'Escape' ? { kind: 'scale' } : undefined;
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
	// Arrows and Enter keep their usual meaning on buttons, links, checkboxes and panels that scroll.
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
	editable = false,
	/** A landmark region made focusable so its content can be scrolled by keyboard. */
	region = false
): FocusKind {
	if (editable) return 'text';
	if (region) return 'panel';
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

/**
 * After "Not applicable" by key, whether focus goes on into the reason field. Only when there is
 * a reason to type (none is stored) and focus has stayed on that choice since the key: a reason
 * already written, or a key pressed meanwhile (say, J to move on), keeps focus where it is, so
 * the next key can never land in a text box the group did not choose.
 */
export function reasonFieldNext(
	stored: Answer | null | undefined,
	focusStayedOnChoice: boolean
): boolean {
	return (
		focusStayedOnChoice && stored?.kind === 'not-applicable' && stored.reason.trim().length === 0
	);
}
