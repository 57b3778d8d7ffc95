/**
 * How the workbook scores and prioritizes, in words, with the constants of scoring.ts and
 * prioritize.ts, and where its content comes from. The report's Methodology and Source sections
 * and the Results screen's "How is this calculated?" read the same sentences from here.
 */
import { bandLabels } from '$lib/domain/format';
import { DONT_KNOW_GAP, RISK_CONTRIBUTION } from '$lib/domain/prioritize';
import { GROWTH_BELOW, STRENGTH_AT } from '$lib/domain/scoring';
import { dontKnowChoice, notApplicableChoice, practiceScale } from '$lib/content/scale';
import { horizonHeading, horizonRule } from '$lib/content/plan-text';
import { HORIZONS } from './summary';
import type { ReportInput, ReportSection } from './report-types';

/** "Strength: 75 or more. Developing: 50 to 74. Growth area: under 50." */
export const bandRanges = `${bandLabels.strength}: ${STRENGTH_AT} or more. ${bandLabels.developing}: ${GROWTH_BELOW} to ${STRENGTH_AT - 1}. ${bandLabels['growth-area']}: under ${GROWTH_BELOW}.`;

export const RULES_OF_THUMB =
	'These bands are rules of thumb to guide the discussion, not validated cut-offs.';

/** The three parts of priority = gap × impact × risk boost, one sentence each. */
export const priorityParts = {
	gap: `Gap = (4 − score) ÷ 4, so a 0 gives 1 and a 3 gives 0.25. A Don’t know counts as a gap of ${DONT_KNOW_GAP} and becomes a “find out” step.`,
	impact:
		'Impact is 1 to 3, set in the framework. The source names psychoeducation, skills training and supervision as the most important prevention triad, so those practices have impact 3.',
	riskBoost: `Risk boost = 1, plus ${RISK_CONTRIBUTION.strong} for each linked workforce risk reported strongly (high, or low use of evidence-based practices), plus ${RISK_CONTRIBUTION.moderate} for each linked risk reported as moderate. Unknown adds nothing.`
} as const;

export function buildMethodology(): ReportSection[] {
	return [
		{
			heading: 'The practice scale',
			paragraphs: [
				'The task force scored each practice together, on a scale of how far it is in place today:'
			],
			list: [
				...practiceScale.map((step) => `${step.value} ${step.label}: ${step.description}`),
				`${dontKnowChoice.label}: ${dontKnowChoice.description}`,
				`${notApplicableChoice.label}: ${notApplicableChoice.description}`
			]
		},
		{
			heading: 'Scores',
			paragraphs: [
				'An element’s score is the average of its scored practices, divided by 4 and shown out of 100. The overall score is the average of the element scores.',
				'Not applicable practices are left out completely, so a perfect score stays possible. Don’t know answers are left out of the score too, but they are counted, reported and turned into “find out” steps.',
				'Coverage is the number of practices with a score divided by the number that apply, rounded down. Every score in this report comes with its coverage, so an unfinished assessment never looks finished.'
			]
		},
		{
			heading: 'Bands',
			paragraphs: [`${bandRanges} The band goes with the whole number shown. ${RULES_OF_THUMB}`]
		},
		{
			heading: 'Priorities',
			paragraphs: ['For every practice with a gap: priority = gap × impact × risk boost.'],
			list: [
				priorityParts.gap,
				priorityParts.impact,
				priorityParts.riskBoost,
				`Time frames: ${HORIZONS.map(horizonHeading).join(', ')}. ${horizonRule}`,
				'The team can accept, edit, re-order, drop or add actions; a new calculation never overwrites their choices.'
			]
		}
	];
}

export function buildSource(framework: ReportInput['framework']): ReportSection {
	const { source } = framework;
	return {
		heading: 'Source',
		paragraphs: [
			`The practices, workforce risk factors and actions in this workbook are drawn from “${source.title}”, ${source.publisher}.`,
			source.note,
			`Framework: ${framework.title}, version ${framework.version}, in our own plain-language wording. Each practice in the workbook shows the passage of the source it comes from.`
		]
	};
}
