/**
 * What the reveal shows, worked out from the round and its hand-ins with the domain's rules
 * (spread, consensus): no numbers are computed here, only joined to the framework's words and
 * put in the order and the sentences the screen shows. Pure, so it is tested without a DOM.
 */
import { answerText } from '$lib/content/scale';
import type { Answer, Response } from '$lib/domain/assessment';
import { elementLabel } from '$lib/domain/format';
import type { Framework } from '$lib/domain/framework';
import {
	agreedProposals,
	elementAgreement,
	type ElementAgreement
} from '$lib/domain/workshop/consensus';
import type { HandIn } from '$lib/domain/workshop/merge';
import {
	MANY_DONT_KNOW_NOTE,
	countWords,
	roundSpreads,
	sortByDisagreement,
	type ItemSpread
} from '$lib/domain/workshop/spread';
import type { Round } from '$lib/domain/workshop/round';
import type { ReportAgreementInput } from './report-types';
import type { SpreadRow } from './spread-chart';

/** One practice of the round with how the raters answered it. */
export interface RevealItem extends SpreadRow {
	elementId: string;
	/** "2. Treat trauma exposure as a risk of the job". */
	elementName: string;
	/** The element's number (for ordering the charts). */
	elementNumber: number;
	/** "2 of 8 said 0", … (domain countWords). */
	counts: string[];
	tags: SpreadTag[];
}

export type SpreadTagId = 'split' | 'discuss' | 'many-dont-know' | 'some-not-applicable' | 'agreed';

/** A flag in words, shown as a tag (no icon, no colour needed to read it). */
export interface SpreadTag {
	id: SpreadTagId;
	label: string;
	/** The workbook's own threshold, shown as "Suggested: …" beside the tag. */
	suggested?: string;
}

/** The flags of a spread as tags, most pressing first. */
export function spreadTags(spread: ItemSpread): SpreadTag[] {
	const { split, discuss, manyDontKnow, someNotApplicable, agreed } = spread.flags;
	const tags: SpreadTag[] = [];
	if (split) tags.push({ id: 'split', label: 'Split' });
	if (discuss) tags.push({ id: 'discuss', label: 'Discuss' });
	if (manyDontKnow)
		tags.push({ id: 'many-dont-know', label: "Many Don't know", suggested: MANY_DONT_KNOW_NOTE });
	if (someNotApplicable)
		tags.push({ id: 'some-not-applicable', label: 'Some said Not applicable' });
	if (agreed) tags.push({ id: 'agreed', label: 'Agreed' });
	return tags;
}

/** "2.5", "3", or "No scores" when nobody gave a score. */
export function medianText(spread: Pick<ItemSpread, 'median'>): string {
	return spread.median === null ? 'No scores' : String(spread.median);
}

/** "0 to 4 (4 points apart)", "3 only", or "No scores". */
export function rangeText(spread: Pick<ItemSpread, 'min' | 'max' | 'range'>): string {
	if (spread.min === null || spread.max === null || spread.range === null) return 'No scores';
	if (spread.range === 0) return `${spread.min} only`;
	const apart = spread.range === 1 ? '1 point apart' : `${spread.range} points apart`;
	return `${spread.min} to ${spread.max} (${apart})`;
}

/**
 * Every practice of the round, in the round's order (the walk order), with its spread. A practice
 * the framework does not have (it should not happen: the round was made from it) keeps its id as
 * its words rather than disappearing.
 */
export function revealItems(
	framework: Pick<Framework, 'elements' | 'items'>,
	itemIds: readonly string[],
	handIns: readonly Pick<HandIn, 'answers'>[]
): RevealItem[] {
	const items = new Map(framework.items.map((item) => [item.id, item]));
	const elements = new Map(framework.elements.map((element) => [element.id, element]));
	return roundSpreads(itemIds, handIns).map(({ itemId, spread }) => {
		const item = items.get(itemId);
		const element = item ? elements.get(item.elementId) : undefined;
		const place = item
			? framework.items.filter((other) => other.elementId === item.elementId).indexOf(item) + 1
			: 0;
		return {
			itemId,
			code: element ? `${element.number}.${place}` : itemId,
			statement: item?.statement ?? itemId,
			spread,
			elementId: item?.elementId ?? '',
			elementName: element ? elementLabel(element) : 'Practices not in this framework',
			elementNumber: element?.number ?? Number.MAX_SAFE_INTEGER,
			counts: countWords(spread),
			tags: spreadTags(spread)
		};
	});
}

/** The practices, most disagreement first (domain sortByDisagreement). */
export function byDisagreement(items: readonly RevealItem[]): RevealItem[] {
	return sortByDisagreement(items);
}

/** One chart per essential element, in element order, its practices in walk order. */
export function elementGroups(
	items: readonly RevealItem[]
): { elementId: string; elementName: string; rows: RevealItem[] }[] {
	const groups = new Map<string, { elementId: string; elementName: string; rows: RevealItem[] }>();
	const numbers = new Map<string, number>();
	for (const item of items) {
		let group = groups.get(item.elementId);
		if (!group) {
			group = { elementId: item.elementId, elementName: item.elementName, rows: [] };
			groups.set(item.elementId, group);
			numbers.set(item.elementId, item.elementNumber);
		}
		group.rows.push(item);
	}
	return [...groups.values()].sort(
		(a, b) => (numbers.get(a.elementId) ?? 0) - (numbers.get(b.elementId) ?? 0)
	);
}

/** The per-element agreement summary, with each element's name. */
export function agreementRows(
	items: readonly RevealItem[]
): (ElementAgreement & { elementName: string })[] {
	const names = new Map(items.map((item) => [item.elementId, item.elementName]));
	return elementAgreement(items).map((row) => ({
		...row,
		elementName: names.get(row.elementId) ?? row.elementId
	}));
}

/** What a rater's label reads as: their initials, or "No label" when they gave none. */
export function labelText(label: string): string {
	return label.trim() || 'No label';
}

/** Who said what on one practice, in hand-in order (shown only when the facilitator chooses). */
export function ratersSaid(
	handIns: readonly Pick<HandIn, 'label' | 'answers'>[],
	itemId: string
): { label: string; answer: string }[] {
	return handIns.map((handIn) => ({
		label: labelText(handIn.label),
		answer: answerText(
			Object.hasOwn(handIn.answers, itemId) ? (handIn.answers[itemId] ?? null) : null
		)
	}));
}

/**
 * The notes raters chose to share on one practice, in hand-in order. The label goes with a note
 * only when labels are shown; otherwise the notes are numbered in the order they are listed.
 */
export function sharedNotes(
	handIns: readonly Pick<HandIn, 'label' | 'notes'>[],
	itemId: string,
	showLabels: boolean
): { by: string; note: string }[] {
	const notes = handIns.flatMap((handIn) => {
		const note = handIn.notes && Object.hasOwn(handIn.notes, itemId) ? handIn.notes[itemId] : '';
		return note ? [{ label: handIn.label, note }] : [];
	});
	return notes.map(({ label, note }, index) => ({
		by: showLabels ? labelText(label) : `Note ${index + 1}`,
		note
	}));
}

/** The item's notes with the room's comment added on a line of its own: "Consensus: …". */
export function withConsensusComment(notes: string, comment: string): string {
	const said = comment.trim();
	if (!said) return notes;
	const line = `Consensus: ${said}`;
	return notes.trim() ? `${notes.trimEnd()}\n\n${line}` : line;
}

/** The same answer for scoring: kind and score (a Not applicable reason does not count). */
export function sameAnswer(a: Answer | null | undefined, b: Answer | null | undefined): boolean {
	if (!a || !b) return !a && !b;
	if (a.kind !== b.kind) return false;
	return a.kind !== 'score' || (b.kind === 'score' && a.value === b.value);
}

export interface Confirmation {
	itemId: string;
	code: string;
	statement: string;
	/** The median proposed (domain agreedProposals). */
	answer: Answer;
	/** What the consensus set holds now, when it differs. */
	current: Answer | null;
}

/**
 * The agreed items still to confirm: each proposal for a practice the consensus set has no
 * answer for yet. A practice the room already answered otherwise (in the walk-through, or changed
 * after confirming) is never overwritten by the batch: it is listed in `kept`, for the room to
 * change one at a time if it wants. `confirmed` counts the agreed items that already hold the
 * proposal.
 */
export function toConfirm(
	items: readonly RevealItem[],
	responses: ReadonlyMap<string, Pick<Response, 'answer'>>
): { pending: Confirmation[]; kept: Confirmation[]; confirmed: number; agreed: number } {
	const byId = new Map(items.map((item) => [item.itemId, item]));
	const proposals = agreedProposals(items);
	const pending: Confirmation[] = [];
	const kept: Confirmation[] = [];
	for (const { itemId, answer } of proposals) {
		const current = responses.get(itemId)?.answer ?? null;
		if (sameAnswer(current, answer)) continue;
		const item = byId.get(itemId);
		(current === null ? pending : kept).push({
			itemId,
			code: item?.code ?? itemId,
			statement: item?.statement ?? itemId,
			answer,
			current
		});
	}
	return {
		pending,
		kept,
		confirmed: proposals.length - pending.length - kept.length,
		agreed: proposals.length
	};
}

/**
 * The practices to talk through one at a time: every one that is not agreed (disputed, many
 * Don't know, a half median, or nobody answered), most disagreement first.
 */
export function toDiscuss(items: readonly RevealItem[]): RevealItem[] {
	const agreed = new Set(agreedProposals(items).map((proposal) => proposal.itemId));
	return byDisagreement(items.filter((item) => !agreed.has(item.itemId)));
}

/**
 * What the reveal says of the practices the room talks through: how many are still without the
 * room's answer, so a settled practice is never announced as still to discuss.
 */
export function discussText(total: number, left: number): string {
	const practices = (n: number) => (n === 1 ? '1 practice' : `${n} practices`);
	const how =
		'Take them one at a time on the projector: the practice, how the raters answered and the notes they chose to share. Then choose the room’s answer together.';
	if (left === 0)
		return `The room has answered all ${practices(total)} where the raters differed. You can go through them again.`;
	if (left === total)
		return `${practices(total)} ${total === 1 ? 'needs' : 'need'} the room’s conversation. ${how}`;
	return `${left} of ${practices(total)} still ${left === 1 ? 'needs' : 'need'} the room’s conversation; the room has answered the others. ${how}`;
}

/** "Confirm the 33 agreed items" / "Confirm the agreed item". */
export function confirmLabel(count: number): string {
	return count === 1 ? 'Confirm the 1 agreed item' : `Confirm the ${count} agreed items`;
}

/**
 * What the report shows of a round's agreement: from its hand-ins while they are kept (two or
 * more; one rater agrees with nobody), or the summary the round kept when they were deleted.
 */
export function roundAgreement(
	framework: Pick<Framework, 'elements' | 'items'>,
	round: Round | undefined,
	handIns: readonly Pick<HandIn, 'answers'>[]
): ReportAgreementInput | null {
	if (!round) return null;
	if (round.ratingsDeleted) {
		return { raters: null, ratingsDeleted: true, rows: round.ratingsDeleted.agreement };
	}
	if (handIns.length < 2) return null;
	const items = revealItems(framework, round.itemIds, handIns);
	return { raters: handIns.length, ratingsDeleted: false, rows: agreementRows(items) };
}
