/**
 * Everything the Results screen shows, built once by a pure function from the same inputs as the
 * report. The first steps, the risk profile and the element rows come from the builders the
 * report uses (summary.ts, element-chart.ts), so the screen and the paper never disagree; the
 * screen only lays the model out.
 */
import type { Assessment, PlanAction, Response } from '$lib/domain/assessment';
import type { Framework, Item } from '$lib/domain/framework';
import { elementLabel, incompleteNote, plural, scoredText, scoreText } from '$lib/domain/format';
import {
	GROWTH_BELOW,
	ITEM_GROWTH,
	ITEM_STRENGTH,
	itemsScoredBetween,
	STRENGTH_AT,
	type AssessmentScore
} from '$lib/domain/scoring';
import { reviewFindings, walkOrder } from '$lib/domain/walk';
import { answerText } from '$lib/content/scale';
import { elementRows, type ElementRow } from './element-chart';
import {
	firstActions,
	riskProfileSummary,
	type FirstActions,
	type RiskProfileSummary
} from './summary';

export interface ResultsInput {
	framework: Pick<Framework, 'elements' | 'items' | 'riskFactors'>;
	riskProfile: Assessment['riskProfile'];
	/** Consensus responses by item id. */
	responses: ReadonlyMap<string, Pick<Response, 'answer' | 'discuss'>>;
	score: AssessmentScore;
	/** The stored plan, kept in step with the answers by the assessment pages. */
	plan: readonly PlanAction[];
}

/** A practice listed on the screen, linked to the walk, with a short note after it. */
export interface ResultItem {
	item: Item;
	/** "Scored 3 · Mostly in place", or the element in brackets: "(1. Recognize …)". */
	note: string;
}

export interface ResultGroup {
	id: 'strengths' | 'growth';
	title: string;
	elementsHint: string;
	/** "2. Treat trauma exposure as a risk of the job: 75" */
	elements: { elementId: string; text: string }[];
	itemsHint: string;
	items: ResultItem[];
	/** Said when no practice is in the group. */
	none: string;
}

export interface OverallResult {
	/** "59" */
	scoreText: string;
	/** "25 of 27 items scored" */
	coverageText: string;
	/** "1 not applicable practice is left out.", or null. */
	notApplicableNote: string | null;
	/** Present while some practices that apply have no score. */
	incompleteNote: string | null;
}

export interface ResultsModel {
	/** False until at least one practice has a score: the screen shows its empty state. */
	hasScores: boolean;
	overall: OverallResult;
	rows: ElementRow[];
	groups: ResultGroup[];
	dontKnow: ResultItem[];
	flagged: ResultItem[];
	risk: RiskProfileSummary;
	/** "Start here": the same first steps as the report's. */
	start: FirstActions;
	/** In the empty state: what the Don't know answers so far are worth, or null. */
	dontKnowSoFar: string | null;
	/** "Start the walk-through" before any answer, "Continue the walk-through" after. */
	walkLabel: string;
}

function overallResult({ overall, coverage }: AssessmentScore): OverallResult {
	return {
		scoreText: scoreText(overall),
		coverageText: scoredText(coverage),
		notApplicableNote:
			coverage.notApplicable > 0
				? `${plural(coverage.notApplicable, 'not applicable practice is', 'not applicable practices are')} left out.`
				: null,
		incompleteNote: incompleteNote(coverage)
	};
}

/** Builds the Results screen. Pure: the same input always gives the same model. */
export function buildResultsModel(input: ResultsInput): ResultsModel {
	const { framework, responses, score } = input;
	const { coverage } = score;
	const order = walkOrder(framework);
	const rows = elementRows(framework.elements, score);
	const elementNames = new Map(framework.elements.map((e) => [e.id, elementLabel(e)]));
	const inElement = (item: Item): ResultItem => ({
		item,
		note: `(${elementNames.get(item.elementId) ?? item.elementId})`
	});
	const scored = (low: number, high: number): ResultItem[] =>
		itemsScoredBetween(order, responses, low, high).map(({ item }) => ({
			item,
			note: `Scored ${answerText(responses.get(item.id)?.answer ?? null)}`
		}));
	const elementsIn = (band: ElementRow['band']) =>
		rows
			.filter((r) => r.band === band)
			.map((r) => ({ elementId: r.elementId, text: `${elementLabel(r)}: ${scoreText(r.score)}` }));
	const findings = reviewFindings(order, responses);

	return {
		hasScores: coverage.scored > 0,
		overall: overallResult(score),
		rows,
		groups: [
			{
				id: 'strengths',
				title: 'Strengths',
				elementsHint: `Elements scoring ${STRENGTH_AT} or more`,
				elements: elementsIn('strength'),
				itemsHint: `Practices mostly or fully in place (scored ${ITEM_STRENGTH.low} or ${ITEM_STRENGTH.high})`,
				items: scored(ITEM_STRENGTH.low, ITEM_STRENGTH.high),
				none: 'No practice is mostly or fully in place yet. That is a starting point, not a verdict.'
			},
			{
				id: 'growth',
				title: 'Growth areas',
				elementsHint: `Elements scoring under ${GROWTH_BELOW}`,
				elements: elementsIn('growth-area'),
				itemsHint: `Practices not in place yet or just beginning (scored ${ITEM_GROWTH.low} or ${ITEM_GROWTH.high})`,
				items: scored(ITEM_GROWTH.low, ITEM_GROWTH.high),
				none: `No practice scored ${ITEM_GROWTH.low} or ${ITEM_GROWTH.high}.`
			}
		],
		dontKnow: findings.dontKnow.map(inElement),
		flagged: findings.flagged.map(inElement),
		risk: riskProfileSummary(framework.riskFactors, input.riskProfile),
		start: firstActions(input.plan, framework),
		dontKnowSoFar:
			coverage.dontKnow > 0
				? `So far ${coverage.dontKnow === 1 ? 'one practice is' : `${coverage.dontKnow} practices are`} marked Don’t know. That is useful too: each one becomes a “find out” step.`
				: null,
		walkLabel:
			coverage.dontKnow + coverage.notApplicable === 0
				? 'Start the walk-through'
				: 'Continue the walk-through'
	};
}
