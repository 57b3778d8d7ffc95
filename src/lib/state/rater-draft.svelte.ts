/**
 * A rater's answers for one round, on the rater's own device. No assessment lives on that device,
 * so the answers are kept in localStorage under the round's id (small, synchronous: a reload or a
 * closed tab a moment after an answer loses nothing), until the rater erases them.
 *
 * The hand-in number ("nonce") is drawn once per draft and kept with it, so the typed code, the
 * result QR code and the rater file all carry the same hand-in id: the facilitator's laptop counts
 * a rater once however many ways they hand in.
 */
import { z } from 'zod/mini';
import { Answer, MAX_LONG_TEXT, MAX_SHORT_TEXT, isoDateTime, uuid } from '$lib/domain/assessment';
import { contentId } from '$lib/domain/framework';
import { encodeHandIn, handInIdFor, newHandInNonce } from '$lib/domain/workshop/hand-in-code';
import type { HandIn } from '$lib/domain/workshop/merge';
import type { RoundLink } from '$lib/domain/workshop/round-link';
import type { SaveResult } from './save-status.svelte';

export const RATER_DRAFT_PREFIX = 'sts-workbook:rate:';
/** In sessionStorage: the round this tab rates, so a reload without the link (say, after the
 * "Skip to content" link replaced the address's fragment) comes back to it. */
const CURRENT_ROUND_KEY = 'sts-workbook:rate-current';
const DRAFT_VERSION = 1;
/** The label is a few initials; the limit keeps it well inside a hand-in's. */
export const MAX_RATER_LABEL = 40;

export const RATER_DRAFT_MESSAGES = {
	blocked:
		'This browser does not let the workbook keep your answers on this device (a private window can block it). You can still answer and hand in, but closing or reloading this page loses your answers.',
	full: 'This device is out of storage space, so your last change is not kept on it. It is still on screen: hand in now, or free some space and change the answer again.',
	other:
		'This browser would not keep your last change on this device. It is still on screen: hand in before you close or reload this page.',
	unreadable:
		'The answers kept on this device for this round could not be read, so you start afresh here.',
	eraseFailed:
		'Your answers could not be erased from this device just now. Try again; closing the browser does not erase them.',
	erasedElsewhere: 'Your answers for this round were erased from this device in another tab.'
} as const;

const StoredRound = z.object({
	roundId: uuid,
	assessmentId: uuid,
	frameworkVersion: z.string(),
	itemIds: z.array(contentId).check(z.maxLength(500)),
	organization: z.string(),
	expires: z.optional(isoDateTime)
});

const StoredDraft = z.object({
	version: z.literal(DRAFT_VERSION),
	round: StoredRound,
	nonce: z.number().check(z.int(), z.gte(0), z.lt(2 ** 20)),
	label: z.string(),
	answers: z.record(contentId, Answer),
	notes: z.record(contentId, z.string()),
	updatedAt: isoDateTime
});
type StoredDraft = z.infer<typeof StoredDraft>;

export type DraftStatus = 'idle' | 'saved' | 'error';

/** localStorage, or null where the browser refuses it (reading the property itself can throw). */
export function deviceStorage(): Storage | null {
	try {
		return globalThis.localStorage ?? null;
	} catch {
		return null;
	}
}

function tabStorage(): Storage | null {
	try {
		return globalThis.sessionStorage ?? null;
	} catch {
		return null;
	}
}

export const draftKey = (roundId: string) => `${RATER_DRAFT_PREFIX}${roundId}`;

function readDraft(storage: Storage | null, key: string): StoredDraft | 'none' | 'unreadable' {
	let text: string | null;
	try {
		text = storage ? storage.getItem(key) : null;
	} catch {
		return 'none';
	}
	if (text === null) return 'none';
	try {
		const parsed = StoredDraft.safeParse(JSON.parse(text));
		return parsed.success ? parsed.data : 'unreadable';
	} catch {
		return 'unreadable';
	}
}

function failureMessage(error: unknown): string {
	const name =
		typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : '';
	if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED')
		return RATER_DRAFT_MESSAGES.full;
	if (name === 'SecurityError') return RATER_DRAFT_MESSAGES.blocked;
	return RATER_DRAFT_MESSAGES.other;
}

// Times and id lookups here are values of the moment, never shown as state: plain ones will do.
const systemNow = () => new Date();
const idSet = (ids: readonly string[]): ReadonlySet<string> => new Set(ids);

/** Only what belongs to the round's items: a stored draft is kept, never trusted beyond that. */
function within<T>(record: Record<string, T>, itemIds: ReadonlySet<string>): Record<string, T> {
	return Object.fromEntries(Object.entries(record).filter(([itemId]) => itemIds.has(itemId)));
}

export interface RaterDraftOptions {
	/** Where the draft is kept; null when the browser refuses storage. Default: localStorage. */
	storage?: Storage | null;
	now?: () => Date;
}

export class RaterDraft {
	readonly round: RoundLink;
	readonly key: string;
	readonly #storage: Storage | null;
	readonly #now: () => Date;
	readonly #itemIds: ReadonlySet<string>;
	#nonce: number;
	#label = $state('');
	#answers = $state.raw<Record<string, Answer>>({});
	#notes = $state.raw<Record<string, string>>({});
	/** Reasons of answers changed away from Not applicable, brought back if it is chosen again. */
	#earlierReasons: Record<string, string> = {};
	#status = $state<DraftStatus>('idle');
	#problem = $state('');
	#notice = $state('');
	#restored = $state(0);
	#erased = $state(false);

	constructor(round: RoundLink, options: RaterDraftOptions = {}) {
		this.round = round;
		this.key = draftKey(round.roundId);
		this.#storage = options.storage === undefined ? deviceStorage() : options.storage;
		this.#now = options.now ?? systemNow;
		this.#itemIds = idSet(round.itemIds);
		this.#nonce = newHandInNonce();
		if (!this.#storage) {
			this.#status = 'error';
			this.#problem = RATER_DRAFT_MESSAGES.blocked;
			return;
		}
		this.#load();
		rememberCurrentRound(round.roundId);
	}

	#load() {
		const stored = readDraft(this.#storage, this.key);
		if (stored === 'none') return;
		if (stored === 'unreadable' || stored.round.roundId !== this.round.roundId) {
			this.#notice = RATER_DRAFT_MESSAGES.unreadable;
			return;
		}
		this.#nonce = stored.nonce;
		this.#label = stored.label;
		this.#answers = within(stored.answers, this.#itemIds);
		this.#notes = within(stored.notes, this.#itemIds);
		this.#restored = Object.keys(this.#answers).length;
	}

	get label(): string {
		return this.#label;
	}
	/** The hand-in's id, the same in the code, the QR code and the file. */
	get handInId(): string {
		return handInIdFor(this.round.roundId, this.#nonce);
	}
	/** 'saved' only once the last change is written on this device. */
	get status(): DraftStatus {
		return this.#status;
	}
	/** Why the last change is not kept (or cannot be), in words; '' when all is well. */
	get problem(): string {
		return this.#problem;
	}
	/** Something to say once, on opening (a draft that could not be read). */
	get notice(): string {
		return this.#notice;
	}
	/** How many answers were found on this device when the draft opened. */
	get restored(): number {
		return this.#restored;
	}
	get erased(): boolean {
		return this.#erased;
	}
	get total(): number {
		return this.round.itemIds.length;
	}
	get answered(): number {
		return this.round.itemIds.filter((itemId) => this.#answers[itemId]).length;
	}

	answer(itemId: string): Answer | null {
		return this.#answers[itemId] ?? null;
	}

	note(itemId: string): string {
		return this.#notes[itemId] ?? '';
	}

	/** A choice on the scale. "Not applicable" brings back the reason typed for it before. */
	setAnswer(itemId: string, answer: Answer): SaveResult<void> {
		if (!this.#itemIds.has(itemId)) throw new RangeError(`${itemId} is not in this round.`);
		const previous = this.#answers[itemId];
		if (previous?.kind === 'not-applicable') this.#earlierReasons[itemId] = previous.reason;
		const chosen: Answer =
			answer.kind === 'not-applicable' && answer.reason === ''
				? { kind: 'not-applicable', reason: this.#earlierReasons[itemId] ?? '' }
				: answer;
		this.#answers = { ...this.#answers, [itemId]: chosen };
		return this.#write();
	}

	/** The optional reason of a "Not applicable" answer; nothing to do for any other answer. */
	setReason(itemId: string, reason: string): SaveResult<void> {
		const current = this.#answers[itemId];
		if (current?.kind !== 'not-applicable') return { ok: true, value: undefined };
		const text = reason.slice(0, MAX_LONG_TEXT);
		this.#answers = { ...this.#answers, [itemId]: { kind: 'not-applicable', reason: text } };
		return this.#write();
	}

	setNote(itemId: string, text: string): SaveResult<void> {
		if (!this.#itemIds.has(itemId)) throw new RangeError(`${itemId} is not in this round.`);
		const notes = { ...this.#notes, [itemId]: text.slice(0, MAX_LONG_TEXT) };
		if (notes[itemId] === '') delete notes[itemId];
		this.#notes = notes;
		return this.#write();
	}

	setLabel(text: string): SaveResult<void> {
		this.#label = text.slice(0, MAX_RATER_LABEL);
		return this.#write();
	}

	/** Writes the draft now (the hand-in number included), so a hand-in shown is kept as shown. */
	keep(): SaveResult<void> {
		return this.#write();
	}

	/** The typed code, and the text of the result QR code: answers only, in the round's order. */
	get code(): string {
		return encodeHandIn({
			roundId: this.round.roundId,
			nonce: this.#nonce,
			answers: this.round.itemIds.map((itemId) => this.#answers[itemId] ?? null)
		});
	}

	/**
	 * The hand-in a rater file carries: blank items left out, texts trimmed, notes only when the
	 * rater chose to include them (and only those that say something).
	 */
	handIn(options: { includeNotes: boolean }): HandIn {
		const answers: Record<string, Answer> = {};
		const notes: Record<string, string> = {};
		for (const itemId of this.round.itemIds) {
			const answer = this.#answers[itemId];
			if (answer)
				answers[itemId] =
					answer.kind === 'not-applicable'
						? { kind: 'not-applicable', reason: answer.reason.trim() }
						: answer;
			const note = this.#notes[itemId]?.trim();
			if (options.includeNotes && note) notes[itemId] = note;
		}
		return {
			handInId: this.handInId,
			roundId: this.round.roundId,
			assessmentId: this.round.assessmentId,
			label: this.#label.trim().slice(0, MAX_SHORT_TEXT),
			answers,
			...(Object.keys(notes).length > 0 ? { notes } : {}),
			origin: 'file',
			submittedAt: this.#now().toISOString()
		};
	}

	/** Removes the draft from this device. On success the answers are gone from the screen too. */
	erase(): SaveResult<void> {
		const erased = eraseStoredDraft(this.round.roundId, this.#storage);
		if (!erased.ok) return erased;
		this.#forget();
		return erased;
	}

	/** Another tab of this browser changed or erased the same draft: follow it. */
	storageChanged(event: Pick<StorageEvent, 'key' | 'newValue'>): void {
		if (this.#erased || (event.key !== null && event.key !== this.key)) return;
		if (event.newValue === null) {
			this.#forget();
			this.#notice = RATER_DRAFT_MESSAGES.erasedElsewhere;
			return;
		}
		const stored = readDraft(this.#storage, this.key);
		if (typeof stored === 'string' || stored.round.roundId !== this.round.roundId) return;
		this.#nonce = stored.nonce;
		this.#label = stored.label;
		this.#answers = within(stored.answers, this.#itemIds);
		this.#notes = within(stored.notes, this.#itemIds);
	}

	#forget() {
		this.#answers = {};
		this.#notes = {};
		this.#label = '';
		this.#earlierReasons = {};
		this.#erased = true;
		this.#status = 'idle';
		this.#problem = '';
		this.#restored = 0;
	}

	#write(): SaveResult<void> {
		// Nothing is written for a draft already erased: erasing is a promise to the rater.
		if (this.#erased) return { ok: true, value: undefined };
		if (!this.#storage) return this.#fail(RATER_DRAFT_MESSAGES.blocked);
		const record: StoredDraft = {
			version: DRAFT_VERSION,
			round: { ...this.round, itemIds: [...this.round.itemIds] },
			nonce: this.#nonce,
			label: this.#label,
			answers: this.#answers,
			notes: this.#notes,
			updatedAt: this.#now().toISOString()
		};
		try {
			this.#storage.setItem(this.key, JSON.stringify(record));
		} catch (error) {
			return this.#fail(failureMessage(error));
		}
		this.#status = 'saved';
		this.#problem = '';
		return { ok: true, value: undefined };
	}

	#fail(message: string): SaveResult<void> {
		this.#status = 'error';
		this.#problem = message;
		return { ok: false, message };
	}
}

/** A round with answers kept on this device, as the page lists them. */
export interface StoredRaterDraft {
	roundId: string;
	/** The round as its link said; undefined when the stored draft cannot be read. */
	round?: RoundLink;
	answered: number;
	updatedAt?: string;
}

/** Every draft kept on this device, newest first (unreadable ones last, so they can be erased). */
export function storedRaterDrafts(storage: Storage | null = deviceStorage()): StoredRaterDraft[] {
	if (!storage) return [];
	const found: StoredRaterDraft[] = [];
	let keys: string[];
	try {
		keys = Array.from({ length: storage.length }, (_, index) => storage.key(index) ?? '');
	} catch {
		return [];
	}
	for (const key of keys) {
		if (!key.startsWith(RATER_DRAFT_PREFIX)) continue;
		const roundId = key.slice(RATER_DRAFT_PREFIX.length);
		const stored = readDraft(storage, key);
		if (stored === 'none') continue;
		if (stored === 'unreadable') {
			found.push({ roundId, answered: 0 });
			continue;
		}
		const itemIds = idSet(stored.round.itemIds);
		found.push({
			roundId,
			round: stored.round,
			answered: Object.keys(within(stored.answers, itemIds)).length,
			updatedAt: stored.updatedAt
		});
	}
	return found.sort((a, b) => (b.updatedAt ?? '').localeCompare(a.updatedAt ?? ''));
}

/** The round a draft on this device was made for, to carry on with it without the link. */
export function storedRound(
	roundId: string,
	storage: Storage | null = deviceStorage()
): RoundLink | undefined {
	const stored = readDraft(storage, draftKey(roundId));
	return typeof stored === 'string' ? undefined : stored.round;
}

export function eraseStoredDraft(
	roundId: string,
	storage: Storage | null = deviceStorage()
): SaveResult<void> {
	try {
		storage?.removeItem(draftKey(roundId));
		if (storage?.getItem(draftKey(roundId)) != null) throw new Error('Still there.');
	} catch {
		return { ok: false, message: RATER_DRAFT_MESSAGES.eraseFailed };
	}
	const tab = tabStorage();
	try {
		if (tab?.getItem(CURRENT_ROUND_KEY) === roundId) tab.removeItem(CURRENT_ROUND_KEY);
	} catch {
		// Only a reminder of the tab's round: nothing of the rater's answers is in it.
	}
	return { ok: true, value: undefined };
}

function rememberCurrentRound(roundId: string): void {
	try {
		tabStorage()?.setItem(CURRENT_ROUND_KEY, roundId);
	} catch {
		// Without it a reload needs the link again; the answers themselves are kept.
	}
}

/** The round this tab was rating, if its draft is still on this device. */
export function currentRound(storage: Storage | null = deviceStorage()): RoundLink | undefined {
	let roundId: string | null = null;
	try {
		roundId = tabStorage()?.getItem(CURRENT_ROUND_KEY) ?? null;
	} catch {
		return undefined;
	}
	return roundId ? storedRound(roundId, storage) : undefined;
}
