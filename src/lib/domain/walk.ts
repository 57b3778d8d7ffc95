/** Rules of the walk-through: the order of items, moving between them, and what needs review. */
import type { Response } from './assessment';
import type { Framework, Item } from './framework';
import { isComplete } from './progress';

type ResponsesByItem = ReadonlyMap<string, Pick<Response, 'answer' | 'discuss'>>;

/** Items in walk order: by element number, then in the framework's own order. */
export function walkOrder(framework: Pick<Framework, 'elements' | 'items'>): Item[] {
	const position = new Map(framework.elements.map((e) => [e.id, e.number]));
	return framework.items
		.map((item, index) => ({ item, index }))
		.sort(
			(a, b) =>
				(position.get(a.item.elementId) ?? 0) - (position.get(b.item.elementId) ?? 0) ||
				a.index - b.index
		)
		.map(({ item }) => item);
}

/** The item `delta` steps away in walk order, or undefined past either end. */
export function adjacentItem(
	order: readonly Item[],
	itemId: string,
	delta: number
): Item | undefined {
	const index = order.findIndex((item) => item.id === itemId);
	if (index < 0) return undefined;
	return order[index + delta];
}

/** How the page scrolls when focus goes to an item (see itemScroll). */
export type ItemScroll = 'page-top' | 'item-top' | 'nearest';

/**
 * Where the page scrolls when focus goes to an item. On a projector (presentation mode) the item
 * goes to the top of the screen, the first of an element too, so the room sees its statement and
 * the whole scale at once (the element's heading is one scroll up). Otherwise the first item keeps
 * its element's heading in view, and any other item scrolls the least it can.
 */
export function itemScroll(firstOfElement: boolean, presentation: boolean): ItemScroll {
	if (presentation) return 'item-top';
	return firstOfElement ? 'page-top' : 'nearest';
}

/**
 * Where the group picks up: the item they last touched, unless it is done and others are not,
 * then the first item still open; the very first item for a new assessment.
 */
export function resumeItem(
	order: readonly Item[],
	lastItemId: string | undefined,
	responses: ResponsesByItem
): Item | undefined {
	const last = order.find((item) => item.id === lastItemId);
	if (last && !isComplete(responses.get(last.id))) return last;
	const afterLast = last ? order.slice(order.indexOf(last) + 1) : order;
	return (
		afterLast.find((item) => !isComplete(responses.get(item.id))) ??
		order.find((item) => !isComplete(responses.get(item.id))) ??
		last ??
		order[0]
	);
}

export interface ReviewFindings {
	unanswered: Item[];
	dontKnow: Item[];
	notApplicableWithoutReason: Item[];
	flagged: Item[];
}

/** What the group should look at before moving on to results. */
export function reviewFindings(order: readonly Item[], responses: ResponsesByItem): ReviewFindings {
	const findings: ReviewFindings = {
		unanswered: [],
		dontKnow: [],
		notApplicableWithoutReason: [],
		flagged: []
	};
	for (const item of order) {
		const response = responses.get(item.id);
		const answer = response?.answer;
		if (!answer) findings.unanswered.push(item);
		else if (answer.kind === 'dont-know') findings.dontKnow.push(item);
		else if (answer.kind === 'not-applicable' && !isComplete(response))
			findings.notApplicableWithoutReason.push(item);
		if (response?.discuss) findings.flagged.push(item);
	}
	return findings;
}
