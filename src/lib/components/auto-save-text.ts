/**
 * The rule of a self-saving text field when the stored value changes under it: follow it,
 * keep the local text, or say that another tab's text won. Kept apart from the component so
 * it can be tested as a table.
 */
export interface TextSync {
	/** Texts this field has sent, oldest first, since it last matched the store. */
	sent: string[];
	/** Writes on their way. */
	pending: number;
	/** The user is in this field (focus has not left it): another tab's text waits until it does. */
	typing: boolean;
	/** Another tab wrote this field while the user typed here, and has not been shown yet. */
	conflict?: boolean;
	/** The last write failed: the text on screen is not stored, so nothing may replace it. */
	failed?: boolean;
}

export interface FollowOutcome {
	/** The text the field should now show, when it changes. */
	draft?: string;
	notice?: string;
}

export const CHANGED_ELSEWHERE_WHILE_TYPING =
	'This text is also being changed in another tab. The text typed last is the one kept.';
export const REPLACED_BY_OTHER_TAB =
	'Another tab saved a different text after yours. This field now shows it.';

export const NOT_SAVED_YET =
	'Not saved yet: your text is still here and is saved with your next change, or when you leave the field.';

export function followStoredText(sync: TextSync, draft: string, stored: string): FollowOutcome {
	// Never replace text that is not stored yet with what is.
	if (sync.failed) return {};
	const own = sync.sent.lastIndexOf(stored);
	// IndexedDB commits our writes in order: texts sent before the one stored cannot come back.
	if (own > 0) {
		sync.sent.splice(0, own);
		return followStoredText(sync, draft, stored);
	}
	if (sync.typing || sync.pending > 0) {
		// One of our own writes coming back, or the same text: nothing to do while typing.
		if (own >= 0 || stored === draft) return {};
		// Only text this tab has sent can be lost; a field merely clicked into just follows later.
		if (sync.sent.length > 0) sync.conflict = true;
		return { notice: CHANGED_ELSEWHERE_WHILE_TYPING };
	}
	if (stored === draft) {
		sync.sent = [];
		return {};
	}
	// An older text of ours, still on its way back from the database: wait for the newest.
	if (own === 0 && sync.sent.length > 1) return {};
	// Another tab's text, written after ours: it won. Say so if this tab's text was lost.
	const lostHere = sync.sent.length > 0 || sync.conflict === true;
	sync.sent = [];
	sync.conflict = false;
	return lostHere ? { draft: stored, notice: REPLACED_BY_OTHER_TAB } : { draft: stored };
}
