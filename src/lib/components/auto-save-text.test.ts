import { describe, expect, it } from 'vitest';
import {
	CHANGED_ELSEWHERE_WHILE_TYPING,
	followStoredText,
	REPLACED_BY_OTHER_TAB,
	type TextSync
} from './auto-save-text';

const state = (sent: string[], pending: number, typing: boolean): TextSync => ({
	sent,
	pending,
	typing
});

describe('followStoredText', () => {
	it('follows the store when nothing was typed here', () => {
		expect(followStoredText(state([], 0, false), 'old', 'new from elsewhere')).toEqual({
			draft: 'new from elsewhere'
		});
	});

	it('ignores its own writes coming back while typing (no splice)', () => {
		const sync = state(['a', 'ab', 'abc'], 2, true);
		expect(followStoredText(sync, 'abc', 'ab')).toEqual({});
		expect(sync.sent).toEqual(['ab', 'abc']);
	});

	it('keeps the typed text and says so when another tab writes while typing', () => {
		const sync = state(['a', 'ab'], 1, true);
		expect(followStoredText(sync, 'ab', 'typed-in-B')).toEqual({
			notice: CHANGED_ELSEWHERE_WHILE_TYPING
		});
	});

	it('waits for the newest own write rather than showing an older one', () => {
		const sync = state(['a', 'ab', 'abc'], 0, false);
		expect(followStoredText(sync, 'abc', 'ab')).toEqual({});
		expect(sync.sent).toEqual(['ab', 'abc']);
	});

	it('is settled when the store holds what was typed last', () => {
		const sync = state(['a', 'ab'], 0, false);
		expect(followStoredText(sync, 'ab', 'ab')).toEqual({});
		expect(sync.sent).toEqual([]);
	});

	it('shows the later text of another tab, whole, and tells the user', () => {
		const sync = state(['both-A'], 0, false);
		expect(followStoredText(sync, 'both-A', 'both-B')).toEqual({
			draft: 'both-B',
			notice: REPLACED_BY_OTHER_TAB
		});
		expect(sync.sent).toEqual([]);
	});

	it('tells a tab that settled first when the other tab’s later text replaces its own', () => {
		const sync = state(['A'], 1, true);
		expect(followStoredText(sync, 'A', 'B')).toEqual({ notice: CHANGED_ELSEWHERE_WHILE_TYPING });
		sync.pending = 0;
		sync.typing = false;
		expect(followStoredText(sync, 'A', 'A')).toEqual({}); // our text landed last, for now
		expect(followStoredText(sync, 'A', 'B-final')).toEqual({
			draft: 'B-final',
			notice: REPLACED_BY_OTHER_TAB
		});
		// Later changes from elsewhere are simply followed.
		expect(followStoredText(sync, 'B-final', 'C')).toEqual({ draft: 'C' });
	});

	it('keeps text whose write failed, whatever the store says', () => {
		const sync: TextSync = { sent: ['typed'], pending: 0, typing: false, failed: true };
		expect(followStoredText(sync, 'typed', 'older stored text')).toEqual({});
	});
});

it('a field clicked into but not typed in: another tab’s text waits for the blur, and nothing is said lost', () => {
	const sync: TextSync = { sent: [], pending: 0, typing: true };
	expect(followStoredText(sync, '', 'b')).toEqual({ notice: CHANGED_ELSEWHERE_WHILE_TYPING });
	sync.typing = false;
	expect(followStoredText(sync, '', 'both')).toEqual({ draft: 'both' });
});
