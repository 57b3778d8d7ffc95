/** Words for plan steps the workbook writes itself, and the names of horizons and statuses. */
import type { PlanAction, PlanStatus } from '$lib/domain/assessment';
import type { ActionLevel, ActionType, Effort, Horizon } from '$lib/domain/framework';
import { HIGH_PRIORITY, type FindOutText } from '$lib/domain/prioritize';
import { getAction } from './index';

const TITLE_LIMIT = 190;

export const findOutText: FindOutText = {
	title: (statement) => {
		const title = `Find out: ${statement}`;
		return title.length <= TITLE_LIMIT ? title : `${title.slice(0, TITLE_LIMIT - 1).trimEnd()}…`;
	},
	description:
		'Nobody in the room knew how far this is in place. Ask the people who would know, look for the evidence listed with the item, and score it at the next sitting.',
	successMeasure: 'The item has a score, with its evidence noted, by the next sitting.'
};

export const horizonLabels: Record<Horizon, { title: string; span: string }> = {
	now: { title: 'Now', span: '0-3 months' },
	next: { title: 'Next', span: '3-6 months' },
	later: { title: 'Later', span: '6-12 months' }
};

/** "Now (0-3 months)": a time frame as a heading, a choice or in a sentence. */
export function horizonHeading(horizon: Horizon): string {
	return `${horizonLabels[horizon].title} (${horizonLabels[horizon].span})`;
}

export const planStatusLabels: Record<PlanStatus, string> = {
	proposed: 'Not decided',
	'not-now': 'Not now',
	accepted: 'Accepted',
	'in-progress': 'In progress',
	done: 'Done',
	dropped: 'Dropped'
};

export const levelLabels: Record<ActionLevel, string> = {
	individual: 'Individual',
	supervisor: 'Supervisor',
	organization: 'Organization'
};

export const typeLabels: Record<ActionType, string> = {
	prevention: 'Prevention',
	intervention: 'Intervention'
};

export const effortLabels: Record<Effort, string> = {
	low: 'Low effort',
	medium: 'Medium effort',
	high: 'High effort'
};

/** The horizon rule of domain/prioritize.ts horizonFor, in words, for every screen that explains it. */
export const horizonRule = `High priority (${HIGH_PRIORITY} or more) and low effort: ${horizonLabels.now.title}. High priority and more effort: start ${horizonLabels.next.title}. Everything else: ${horizonLabels.later.title}. “Find out” steps: always ${horizonLabels.now.title}.`;

/**
 * The note that says which figures in a suggested action's success measure are the workbook's
 * suggestion, not the source's; none once the team has written its own measure.
 */
export function suggestedNote(
	action: Pick<PlanAction, 'origin' | 'successMeasure'>
): string | undefined {
	if (action.origin.kind !== 'suggested') return undefined;
	const template = getAction(action.origin.actionId);
	return template?.suggested && template.successMeasure === action.successMeasure
		? template.suggested
		: undefined;
}

/**
 * Why an action is in the plan, as the plan's lists and every report print it. A carried action's
 * reason speaks of the answers of the cycle it came from (the team's decisions are never
 * recomputed, so it stays that cycle's reason), and it says so.
 */
export function reasonText(action: Pick<PlanAction, 'priorityReason' | 'carriedFrom'>): string {
	return action.carriedFrom ? `Last cycle: ${action.priorityReason}` : action.priorityReason;
}
