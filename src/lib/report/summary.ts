/**
 * Pure builders shared by the report (report-model.ts) and the Results screen (results-model.ts):
 * the first steps of the plan, the workforce risk profile and the strongest and weakest
 * elements. Each is decided here once, so the screen and the paper never disagree.
 */
import type { Assessment, PlanAction } from '$lib/domain/assessment';
import type { Framework, Horizon } from '$lib/domain/framework';
import { elementLabel, longDate, plural, scoreOutOf100 } from '$lib/domain/format';
import { dueDateText, firstSteps, isAdopted } from '$lib/domain/plan-parts';
import { riskLevelText } from '$lib/content/scale';
import { horizonLabels, planStatusLabels, reasonText } from '$lib/content/plan-text';
import type { ElementRow } from './element-chart';
import type { ElementHighlight, FirstAction, LabelledValue } from './report-types';

export { horizons as HORIZONS } from '$lib/domain/framework';

/** "Now · 0-3 months": the time frame beside a first step. */
export function horizonLine(horizon: Horizon): string {
	return `${horizonLabels[horizon].title} · ${horizonLabels[horizon].span}`;
}

export interface FirstActions {
	/** Where the steps come from: the team's adopted plan, or the workbook's suggestions. */
	kind: 'plan' | 'suggestions';
	/** "First steps of our plan" or "Top suggestions (not yet adopted)". */
	heading: string;
	/** What the steps are, or why there are none. */
	intro: string;
	actions: FirstAction[];
}

/**
 * "Start here" on the Results screen and "First steps" in the report: the plan's first steps
 * (domain/plan-parts.ts firstSteps), with their time frame, reason and what the team has set.
 */
export function firstActions(
	plan: readonly PlanAction[],
	framework: Pick<Framework, 'items'>
): FirstActions {
	const steps = firstSteps(plan, framework);
	const actions = steps.actions.map((a) => ({
		key: a.id,
		title: a.title,
		when: horizonLine(a.horizon),
		reason: reasonText(a),
		detail: [
			a.owner ? `Owner: ${a.owner}` : '',
			a.dueDate ? `Due ${dueDateText(a, longDate)}` : '',
			planStatusLabels[a.status]
		]
			.filter(Boolean)
			.join(' · ')
	}));
	const { now, next } = horizonLabels;
	if (steps.kind === 'plan') {
		return {
			kind: 'plan',
			heading: 'First steps of our plan',
			intro: `The first open actions of the plan the team adopted, in the team’s order: ${now.title}, then ${next.title}, then later.`,
			actions
		};
	}
	const heading = 'Top suggestions (not yet adopted)';
	const adopted = plan.some((a) => isAdopted(a.status));
	let intro: string;
	if (actions.length > 0) {
		intro = `${adopted ? 'Every action the team adopted is done. ' : 'The team has not adopted any actions yet. '}These are the workbook’s top suggestions: ${now.title} first, topped up from ${next.title} to reach three. Steps that strengthen psychoeducation, skills training and supervision, the most important prevention triad, come first. Accept them on the Plan screen to make them the team’s.`;
	} else if (plan.length === 0) {
		intro =
			'The plan has no actions yet. Once the answers show a gap or a Don’t know, the workbook suggests steps, and the team can add its own on the Plan screen.';
	} else {
		intro = `No open action is waiting: nothing adopted is still open, and no suggestion waits in ${now.title} or ${next.title}.`;
	}
	return { kind: 'suggestions', heading, intro, actions };
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
