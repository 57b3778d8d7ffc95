/**
 * Pure builders shared by the report (report-model.ts) and the Results screen (results-model.ts):
 * the first steps of the plan, the workforce risk profile and the strongest and weakest
 * elements. Each is decided here once, so the screen and the paper never disagree.
 */
import type { Assessment, PlanAction } from '$lib/domain/assessment';
import type { Framework, Horizon } from '$lib/domain/framework';
import { elementLabel, longDate, plural, scoreOutOf100 } from '$lib/domain/format';
import { firstSteps } from '$lib/domain/plan';
import { riskLevelText } from '$lib/content/scale';
import { horizonLabels, planStatusLabels } from '$lib/content/plan-text';
import type { ElementRow } from './element-chart';
import type { ElementHighlight, FirstAction, LabelledValue } from './report-types';

export const HORIZONS: readonly Horizon[] = ['now', 'next', 'later'];

/** "Now · 0-3 months": the time frame beside a first step. */
export function horizonLine(horizon: Horizon): string {
	return `${horizonLabels[horizon].title} · ${horizonLabels[horizon].span}`;
}

export interface FirstActions {
	/** What the steps are, or why there are none. */
	intro: string;
	actions: FirstAction[];
}

/**
 * "Start here" on the Results screen and "First steps" in the report: the plan's first steps
 * (domain/plan.ts firstSteps), with their time frame, reason and what the team has set.
 */
export function firstActions(
	plan: readonly PlanAction[],
	framework: Pick<Framework, 'items'>
): FirstActions {
	const actions = firstSteps(plan, framework).map((a) => ({
		key: a.id,
		title: a.title,
		when: horizonLine(a.horizon),
		reason: a.priorityReason,
		detail: [
			a.owner ? `Owner: ${a.owner}` : '',
			a.dueDate ? `Due ${longDate(a.dueDate)}` : '',
			planStatusLabels[a.status]
		]
			.filter(Boolean)
			.join(' · ')
	}));
	const { now, next } = horizonLabels;
	let intro: string;
	if (actions.length > 0) {
		intro = `The first steps of the team’s plan: ${now.title} first, topped up from ${next.title} to reach three. Steps that strengthen psychoeducation, skills training and supervision, the most important prevention triad, come first; otherwise the team’s order holds.`;
	} else if (plan.length === 0) {
		intro =
			'The plan has no actions yet. Once the answers show a gap or a Don’t know, the workbook suggests steps, and the team can add its own on the Plan screen.';
	} else {
		intro = `Nothing is waiting in ${now.title} or ${next.title}: the plan’s open actions are for later, or already done.`;
	}
	return { intro, actions };
}

export interface RiskProfileSummary {
	/** Every factor of the framework, in its order, with its level or "Not answered yet". */
	factors: LabelledValue[];
	answered: number;
	/** "1 of 7 factors answered." */
	answeredText: string;
}

export function riskProfileSummary(
	riskFactors: Framework['riskFactors'],
	profile: Assessment['riskProfile']
): RiskProfileSummary {
	const factors = riskFactors.map((factor) => ({
		label: factor.label,
		value: riskLevelText(profile[factor.id])
	}));
	const answered = riskFactors.filter((factor) => profile[factor.id] !== undefined).length;
	return {
		factors,
		answered,
		answeredText: `${answered} of ${plural(riskFactors.length, 'factor', 'factors')} answered.`
	};
}

function highlight(row: ElementRow, lead: string): ElementHighlight {
	const text = `${elementLabel(row)}: ${scoreOutOf100(row.score)}`;
	return { elementId: row.elementId, text, sentence: `${lead}: ${text}.` };
}

/**
 * The strongest element and the one with most room to grow. Ties go to the element that comes
 * first in the walk. When the highest and the lowest show the same number (one scored element,
 * or all alike) there is no "weakest": it would name an element as strong and as the one with
 * most room to grow at once.
 */
export function elementHighlights(rows: readonly ElementRow[]): {
	strongest: ElementHighlight | null;
	weakest: ElementHighlight | null;
} {
	const scored = rows.filter((r) => r.score !== null);
	const value = (r: ElementRow) => r.score ?? 0;
	const strongest = [...scored].sort((a, b) => value(b) - value(a) || a.number - b.number)[0];
	const lowest = [...scored].sort((a, b) => value(a) - value(b) || a.number - b.number)[0];
	const weakest = lowest && lowest.rounded !== strongest?.rounded ? lowest : undefined;
	return {
		strongest: strongest ? highlight(strongest, 'Strongest element') : null,
		weakest: weakest ? highlight(weakest, 'Most room to grow') : null
	};
}
