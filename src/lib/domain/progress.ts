/** When is an item done, and how far along is an assessment? Pure rules shared by every screen. */
import type { Response } from './assessment';

/** An item is complete once it has an answer; "Not applicable" also needs a reason. */
export function isComplete(response: Pick<Response, 'answer'> | undefined): boolean {
	const answer = response?.answer;
	if (!answer) return false;
	if (answer.kind === 'not-applicable') return answer.reason.trim().length > 0;
	return true;
}

export interface Progress {
	complete: number;
	total: number;
	/** 0-100, rounded down so an unfinished walk never shows 100. */
	percent: number;
}

export function progressOf(
	itemIds: readonly string[],
	responsesByItem: ReadonlyMap<string, Pick<Response, 'answer'>>
): Progress {
	const total = itemIds.length;
	const complete = itemIds.filter((id) => isComplete(responsesByItem.get(id))).length;
	const percent = total === 0 ? 0 : Math.floor((complete / total) * 100);
	return { complete, total, percent };
}
