/**
 * Bringing hand-ins into a round. They arrive as typed codes, scanned QR codes, rater files and
 * pass-the-laptop turns, so each one is hostile until checked: a hand-in for another round, another
 * assessment or practices outside the round is refused whole, with a message, and changes nothing.
 *
 * Merging is order-free: the same hand-ins, in any order, in any batches, or twice, give the same
 * result. That is what lets the facilitator import the same file again, or scan a code twice,
 * without counting a rater twice. It holds because, of two hand-ins with one id, the one kept is
 * the larger in one fixed order (`outranks`), whatever came first.
 */
import { z } from 'zod/mini';
import { Answer, MAX_LONG_TEXT, MAX_SHORT_TEXT, isoDateTime, uuid } from '../assessment';
import { contentId } from '../framework';

/** More answers than any framework has items: a bound so a hostile file cannot be huge. */
export const MAX_HAND_IN_ITEMS = 500;

const trimmed = (max: number) => z.string().check(z.trim(), z.maxLength(max));
const boundedRecord = <T extends z.ZodMiniType>(value: T) =>
	z
		.record(contentId, value)
		.check(z.refine((record) => Object.keys(record).length <= MAX_HAND_IN_ITEMS));

export const handInOrigins = ['code', 'qr', 'file', 'laptop'] as const;
export const HandInOrigin = z.enum(handInOrigins);
export type HandInOrigin = z.infer<typeof HandInOrigin>;

/** One rater's answers for one round, however they reached the facilitator. */
export const HandIn = z.object({
	handInId: uuid,
	roundId: uuid,
	assessmentId: uuid,
	/** Optional initials or a first name; "" when the rater gave none. */
	label: trimmed(MAX_SHORT_TEXT),
	/** item id -> answer; an item the rater left blank is absent. */
	answers: boundedRecord(Answer),
	/** Only notes the rater chose to share (never in a code). */
	notes: z.optional(boundedRecord(trimmed(MAX_LONG_TEXT))),
	origin: HandInOrigin,
	/** The rater's device's clock (the laptop's, for a code): shown nowhere, trusted for nothing. */
	submittedAt: isoDateTime,
	/**
	 * When this laptop stored it (rounds repository). A hand-in that arrives with one has it
	 * dropped: only this laptop's clock numbers the raters and says when each came in.
	 */
	receivedAt: z.optional(isoDateTime)
});
export type HandIn = z.infer<typeof HandIn>;

/** What a hand-in is checked against. */
export interface RoundRef {
	id: string;
	assessmentId: string;
	itemIds: readonly string[];
}

export interface MergeProblem {
	handInId?: string;
	/** refused: nothing of it was merged. conflict: one id came with different answers; one kept. */
	kind: 'refused' | 'conflict';
	message: string;
}

export interface MergeResult {
	/** Every hand-in of the round, once each, by time handed in (then id). */
	merged: HandIn[];
	/** What this merge brought in: new hand-ins, and versions that replaced one already here. */
	added: HandIn[];
	/** Refused hand-ins and conflicts, in the order they came in. */
	problems: MergeProblem[];
	/** Quiet notes: a hand-in that was already here with the same answers, counted once. */
	duplicates: { handInId: string; message: string }[];
}

/**
 * Merges `incoming` (anything: each one is checked with the `HandIn` schema) into `existing` (the
 * round's hand-ins, already checked). `existing` is never changed.
 */
export function mergeHandIns(
	existing: readonly HandIn[],
	incoming: readonly unknown[],
	round: RoundRef
): MergeResult {
	const problems: MergeProblem[] = [];
	const duplicates: MergeResult['duplicates'] = [];
	const kept = new Map<string, Entry>();
	for (const handIn of existing) keep(kept, entryOf(handIn));
	const before = new Map(kept);

	const itemIds = new Set(round.itemIds);
	for (const candidate of incoming) {
		const checked = checkHandIn(candidate, round, itemIds);
		if (!checked.ok) {
			problems.push(checked.problem);
			continue;
		}
		const entry = entryOf(checked.handIn);
		const id = entry.handIn.handInId;
		const current = kept.get(id);
		const winner = keep(kept, entry);
		if (!current) continue;
		if (current.answers === entry.answers) {
			duplicates.push({
				handInId: id,
				message: `${who(winner.handIn)} was already here. It counts once.`
			});
		} else {
			problems.push({
				handInId: id,
				kind: 'conflict',
				message: `${who(winner.handIn)} came in twice with different answers. ${whichKept(winner, winner === entry ? current : entry)}`
			});
		}
	}

	const merged = [...kept.values()].sort(byTimeThenId).map((entry) => entry.handIn);
	const added = merged.filter((handIn) => before.get(handIn.handInId)?.handIn !== handIn);
	return { merged, added, problems, duplicates };
}

interface Entry {
	handIn: HandIn;
	/** The whole hand-in written out with sorted keys: equal text means equal content. */
	content: string;
	/** The answers alone (no Not applicable reasons), the same way: what counts in the spread. */
	answers: string;
	/** Shared notes and Not applicable reasons that say something. */
	richness: number;
	time: number;
}

function entryOf(handIn: HandIn): Entry {
	const answers = Object.fromEntries(
		Object.entries(handIn.answers).map(([itemId, answer]) => [
			itemId,
			answer.kind === 'score' ? answer.value : answer.kind
		])
	);
	const reasons = Object.values(handIn.answers).filter(
		(answer) => answer.kind === 'not-applicable' && answer.reason !== ''
	).length;
	const notes = Object.values(handIn.notes ?? {}).filter((note) => note !== '').length;
	return {
		handIn,
		// Where and when this laptop stored it is not part of what the rater handed in.
		content: canonicalJson({ ...handIn, receivedAt: undefined }),
		answers: canonicalJson(answers),
		richness: reasons + notes,
		time: Date.parse(handIn.submittedAt)
	};
}

/**
 * Which of two hand-ins with one id is kept: the one with more notes and reasons (a code carries
 * none, so when a rater hands in by code and by file, the file's notes are kept), then the later
 * one, then the one whose content sorts last. A fixed total order, so the choice never depends on
 * which came first.
 */
function outranks(a: Entry, b: Entry): boolean {
	if (a.richness !== b.richness) return a.richness > b.richness;
	if (a.time !== b.time) return a.time > b.time;
	return a.content > b.content;
}

function keep(kept: Map<string, Entry>, entry: Entry): Entry {
	const current = kept.get(entry.handIn.handInId);
	const winner = !current || outranks(entry, current) ? entry : current;
	kept.set(entry.handIn.handInId, winner);
	return winner;
}

function whichKept(winner: Entry, loser: Entry): string {
	if (winner.richness !== loser.richness) return 'The one with notes the rater shared is kept.';
	if (winner.time !== loser.time) return 'The one handed in later is kept.';
	return 'Only one of them is kept.';
}

function byTimeThenId(a: Entry, b: Entry): number {
	const aId = a.handIn.handInId;
	const bId = b.handIn.handInId;
	return a.time - b.time || (aId < bId ? -1 : aId > bId ? 1 : 0);
}

type Checked = { ok: true; handIn: HandIn } | { ok: false; problem: MergeProblem };

/** The hand-in as the schema cleaned it (labels trimmed), or why it is refused. */
function checkHandIn(candidate: unknown, round: RoundRef, itemIds: ReadonlySet<string>): Checked {
	const parsed = HandIn.safeParse(candidate);
	if (!parsed.success || droppedKeys(candidate, parsed.data)) {
		return refused(
			idOf(candidate),
			'A hand-in is damaged or incomplete, so nothing from it was added. Ask the rater to hand in again.'
		);
	}
	// Ids compare without case (an upper-cased copy is the same hand-in); the hand-in then takes
	// the round's own spelling of its ids, and its own id in lower case, as the app writes them.
	const sent: HandIn = { ...parsed.data };
	delete sent.receivedAt;
	const id = sent.handInId.toLowerCase();
	const handIn: HandIn = {
		...sent,
		handInId: id,
		roundId: round.id,
		assessmentId: round.assessmentId
	};
	if (sent.assessmentId.toLowerCase() !== round.assessmentId.toLowerCase())
		return refused(
			id,
			`${who(handIn)} belongs to another assessment, so nothing from it was added. Check that the rater joined this assessment's round.`
		);
	if (sent.roundId.toLowerCase() !== round.id.toLowerCase())
		return refused(
			id,
			`${who(handIn)} is for a different round, so nothing from it was added. Check that the rater joined the round that is open now.`
		);
	if (Object.keys(handIn.answers).length === 0)
		return refused(
			id,
			`${who(handIn)} has no answers, so it was not counted. Ask the rater to answer at least one practice and hand in again.`
		);
	const outside = new Set(
		[...Object.keys(handIn.answers), ...Object.keys(handIn.notes ?? {})].filter(
			(itemId) => !itemIds.has(itemId)
		)
	).size;
	if (outside > 0)
		return refused(
			id,
			`${who(handIn)} has answers for ${outside === 1 ? '1 practice' : `${outside} practices`} that are not in this round, so nothing from it was added.`
		);
	return { ok: true, handIn };
}

/**
 * zod leaves out a "__proto__" key of a record without a word (it never reaches a prototype);
 * a rater's device never writes one, so a hand-in that had one is damaged, not quietly trimmed.
 */
function droppedKeys(candidate: unknown, handIn: HandIn): boolean {
	const raw = candidate as { answers: object; notes?: object };
	const count = (record: object | undefined) => (record ? Object.keys(record).length : 0);
	return count(raw.answers) !== count(handIn.answers) || count(raw.notes) !== count(handIn.notes);
}

function refused(handInId: string | undefined, message: string): Checked {
	return { ok: false, problem: { ...(handInId ? { handInId } : {}), kind: 'refused', message } };
}

function idOf(candidate: unknown): string | undefined {
	if (typeof candidate !== 'object' || candidate === null) return undefined;
	const id: unknown = (candidate as { handInId?: unknown }).handInId;
	return typeof id === 'string' && uuid.safeParse(id).success ? id.toLowerCase() : undefined;
}

/**
 * How messages name a hand-in: never by the rater's label. The facilitator's screen is often
 * projected, and labels are shown only when the facilitator chooses (the reveal's setting).
 */
function who(_handIn: HandIn): string {
	return 'This hand-in';
}

/**
 * The raters' numbers as the facilitator's list shows them ("Rater 3"): in the order this laptop
 * received them. `before` is the round's list (arrival order); a hand-in that replaced one of them
 * keeps its number, a new one takes the next.
 */
export function arrivalNumbers(
	before: readonly Pick<HandIn, 'handInId'>[],
	added: readonly Pick<HandIn, 'handInId'>[]
): Map<string, number> {
	const numbers = new Map(before.map((handIn, index) => [handIn.handInId, index + 1]));
	for (const handIn of added) {
		if (!numbers.has(handIn.handInId)) numbers.set(handIn.handInId, numbers.size + 1);
	}
	return numbers;
}

/** A round's hand-ins in the order this laptop received them (older ones: by time handed in). */
export function byArrival(a: HandIn, b: HandIn): number {
	const aTime = a.receivedAt ?? a.submittedAt;
	const bTime = b.receivedAt ?? b.submittedAt;
	return aTime.localeCompare(bTime) || a.handInId.localeCompare(b.handInId);
}

/** JSON with object keys sorted, so two equal hand-ins give the same text whatever their key order. */
export function canonicalJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
	if (value !== null && typeof value === 'object') {
		const record = value as Record<string, unknown>;
		const keys = Object.keys(record)
			.filter((key) => record[key] !== undefined)
			.sort();
		return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
	}
	return JSON.stringify(value) ?? 'null';
}
