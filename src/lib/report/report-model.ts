/**
 * Everything the report shows, built once by a pure function. The PDF (pdf.ts) and the printable
 * HTML view (the report route) both render this model, so no rule is computed twice: the words,
 * numbers, orders and omissions are decided here and only laid out there.
 */
import type { Assessment, PlanAction, Response, RosterMember } from '$lib/domain/assessment';
import type { Framework, Horizon } from '$lib/domain/framework';
import { firstSteps, inPlanOrder } from '$lib/domain/plan';
import { DONT_KNOW_GAP, RISK_CONTRIBUTION } from '$lib/domain/prioritize';
import {
	bandLabels,
	coverageText,
	elementLabel,
	leftOutParts,
	longDate,
	plural,
	scoreText
} from '$lib/domain/format';
import {
	GROWTH_BELOW,
	STRENGTH_AT,
	bandOf,
	type AssessmentScore,
	type Coverage
} from '$lib/domain/scoring';
import { walkOrder } from '$lib/domain/walk';
import {
	dontKnowChoice,
	notApplicableChoice,
	practiceScale,
	riskLevelLabels,
	roleName
} from '$lib/content/scale';
import { horizonLabels, horizonRule, planStatusLabels } from '$lib/content/plan-text';
import { chartSummary, elementRows, type ElementRow } from './element-chart';

export interface ReportOptions {
	/**
	 * False for a shareable copy: the team's notes and evidence are left out, and the task force is
	 * listed by role only. Reasons for "Not applicable" stay: they are part of the answer.
	 */
	includeNotes: boolean;
}

export interface ReportInput {
	framework: Pick<Framework, 'title' | 'version' | 'source' | 'elements' | 'items' | 'riskFactors'>;
	assessment: Pick<
		Assessment,
		| 'organization'
		| 'unit'
		| 'cycleLabel'
		| 'date'
		| 'facilitator'
		| 'roster'
		| 'riskProfile'
		| 'isExample'
	>;
	/** Consensus responses by item id. */
	responses: ReadonlyMap<string, Pick<Response, 'answer' | 'notes' | 'evidence' | 'discuss'>>;
	score: AssessmentScore;
	/** The stored plan, kept in step with the answers by the assessment pages. */
	plan: readonly PlanAction[];
}

export interface LabelledValue {
	label: string;
	value: string;
}

export interface RosterLine {
	role: string;
	/** Null when the member is listed by role only (always, in a shareable copy). */
	name: string | null;
	/** "Program manager: José Núñez", or the role alone. */
	text: string;
}

export interface ReportCover {
	/** "Protecting staff from secondary traumatic stress" */
	title: string;
	subtitle: string;
	organization: string;
	/** Unit, cycle, date and facilitator, only those that are filled in. */
	details: LabelledValue[];
	roster: RosterLine[];
	isExample: boolean;
	/** Said on the cover when notes, evidence and names were left out. */
	shareableNote: string | null;
}

export interface ElementHighlight {
	elementId: string;
	/** "2. Treat trauma exposure as a risk of the job: 75 of 100 (Strength)" */
	text: string;
	/** "Strongest element: 2. Treat trauma exposure as a risk of the job: 75 of 100 (Strength)." */
	sentence: string;
}

export interface FirstAction {
	key: string;
	title: string;
	/** "Now (0-3 months)" */
	when: string;
	reason: string;
	/** "Owner: HR lead · Due 1 May 2026 · Accepted", or "" when nothing is set. */
	detail: string;
}

export interface ReportSummary {
	overall: number | null;
	/** "58" or "No score yet". */
	overallText: string;
	bandLabel: string | null;
	coverage: Coverage;
	/** "Overall score: 58 of 100 (Developing)." */
	headline: string;
	/** "22 of 24 practices that apply have a score (91%). 2 Don’t know, 1 not applicable." */
	coverageSentence: string;
	/** Present when some practices that apply have no score. */
	incompleteNote: string | null;
	strongest: ElementHighlight | null;
	weakest: ElementHighlight | null;
	firstActions: FirstAction[];
	firstActionsIntro: string;
	riskProfile: LabelledValue[];
}

export interface ReportElement extends ElementRow {
	/** "58" or "No score yet". */
	scoreText: string;
	/** "Developing" or "Not yet". */
	bandText: string;
	coverageText: string;
}

export interface ReportItemRow {
	itemId: string;
	statement: string;
	score: number | null;
	/** "2 · Partly in place", "Don’t know", "Not applicable", "Not answered yet". */
	scoreLabel: string;
	/** How the answer counts, plus "Flagged for discussion" when it was. */
	status: string;
	/** Absent when notes and evidence are left out. */
	notes?: string;
	evidence?: string;
}

export interface ReportItemSection {
	elementId: string;
	/** "1. Recognize the impact on the workforce" */
	heading: string;
	/** "58 of 100 · Developing · 3 of 4 items scored · 1 Don’t know" */
	scoreLine: string;
	items: ReportItemRow[];
}

export interface ReportPlanRow {
	key: string;
	title: string;
	owner: string;
	start: string;
	due: string;
	status: string;
	successMeasure: string;
}

export interface ReportPlanGroup {
	horizon: Horizon;
	/** "Now (0-3 months)" */
	heading: string;
	actions: ReportPlanRow[];
}

export interface ReportPlan {
	intro: string;
	groups: ReportPlanGroup[];
	droppedCount: number;
}

export interface ReportSection {
	heading: string;
	paragraphs: string[];
	list?: string[];
}

export interface ReportModel {
	includeNotes: boolean;
	cover: ReportCover;
	summary: ReportSummary;
	elements: ReportElement[];
	/** Text alternative of the element chart: every number it shows. */
	chartSummary: string;
	itemSections: ReportItemSection[];
	plan: ReportPlan;
	methodology: ReportSection[];
	source: ReportSection;
}

export const NOT_SET = 'Not set';

function horizonHeading(horizon: Horizon): string {
	return `${horizonLabels[horizon].title} (${horizonLabels[horizon].span})`;
}

function rosterLine(
	member: Pick<RosterMember, 'role' | 'roleOther' | 'name'>,
	includeNames: boolean
): RosterLine {
	const role = roleName(member);
	const name = (includeNames && member.name?.trim()) || null;
	return { role, name, text: name ? `${role}: ${name}` : role };
}

function highlight(row: ElementRow, lead: string): ElementHighlight {
	const band = row.band ? ` (${bandLabels[row.band]})` : '';
	const text = `${elementLabel(row)}: ${row.rounded} of 100${band}`;
	return { elementId: row.elementId, text, sentence: `${lead}: ${text}.` };
}

function buildSummary(input: ReportInput, rows: readonly ElementRow[]): ReportSummary {
	const { score, framework, assessment } = input;
	const coverage = score.coverage;
	const band = score.overall === null ? null : bandLabels[bandOf(score.overall)];
	const headline =
		score.overall === null
			? 'Overall score: no score yet.'
			: `Overall score: ${scoreText(score.overall)} of 100${band ? ` (${band})` : ''}.`;
	const leftOut = leftOutParts(coverage);
	const coverageSentence =
		`${coverage.scored} of ${coverage.applicable} practices that apply have a score ` +
		`(${coverage.percent}% coverage).${leftOut.length > 0 ? ` ${leftOut.join(', ')}.` : ''}`;
	const missing = coverage.applicable - coverage.scored;
	const incompleteNote =
		missing > 0
			? `This picture is not complete yet: ${plural(missing, 'practice that applies has', 'practices that apply have')} no score.`
			: null;

	// Ties go to the element that comes first in the walk. When the highest and the lowest show
	// the same number (one scored element, or all alike) there is no "weakest": it would only
	// name an element as strong and as the one with most room to grow at once.
	const scored = rows.filter((r) => r.score !== null);
	const value = (r: ElementRow) => r.score ?? 0;
	const strongest = [...scored].sort((a, b) => value(b) - value(a) || a.number - b.number)[0];
	const lowest = [...scored].sort((a, b) => value(a) - value(b) || a.number - b.number)[0];
	const weakest = lowest && lowest.rounded !== strongest?.rounded ? lowest : undefined;

	// The same steps as "Start here" on the Results screen (domain/plan.ts firstSteps).
	const firstActions: FirstAction[] = firstSteps(input.plan, framework).map((a) => ({
		key: a.id,
		title: a.title,
		when: horizonHeading(a.horizon),
		reason: a.priorityReason,
		detail: [
			a.owner ? `Owner: ${a.owner}` : '',
			a.dueDate ? `Due ${longDate(a.dueDate)}` : '',
			planStatusLabels[a.status]
		]
			.filter(Boolean)
			.join(' · ')
	}));
	let firstActionsIntro: string;
	if (firstActions.length > 0) {
		firstActionsIntro = `The first steps of the team’s plan: ${horizonLabels.now.title} first, topped up from ${horizonLabels.next.title} to reach three. Steps that strengthen psychoeducation, skills training and supervision, the most important prevention triad, come first; otherwise the team’s order holds.`;
	} else if (input.plan.length === 0) {
		firstActionsIntro =
			'The plan has no actions yet. Once the answers show a gap or a Don’t know, the workbook suggests steps, and the team can add its own on the Plan screen.';
	} else {
		firstActionsIntro = `Nothing is waiting in ${horizonLabels.now.title} or ${horizonLabels.next.title}: the plan’s open actions are for later, or already done.`;
	}

	const riskProfile = framework.riskFactors.map((factor) => {
		const level = assessment.riskProfile[factor.id];
		return { label: factor.label, value: level ? riskLevelLabels[level] : 'Not answered yet' };
	});

	return {
		overall: score.overall,
		overallText: scoreText(score.overall),
		bandLabel: band,
		coverage,
		headline,
		coverageSentence,
		incompleteNote,
		strongest: strongest ? highlight(strongest, 'Strongest element') : null,
		weakest: weakest ? highlight(weakest, 'Most room to grow') : null,
		firstActions,
		firstActionsIntro,
		riskProfile
	};
}

function itemRow(
	item: { id: string; statement: string },
	response: Pick<Response, 'answer' | 'notes' | 'evidence' | 'discuss'> | undefined,
	includeNotes: boolean
): ReportItemRow {
	const answer = response?.answer ?? null;
	let score: number | null = null;
	let scoreLabel: string;
	let status: string;
	if (!answer) {
		scoreLabel = 'Not answered yet';
		status = 'Left out of the score: no answer yet';
	} else if (answer.kind === 'score') {
		score = answer.value;
		scoreLabel = `${answer.value} · ${practiceScale[answer.value]?.label ?? ''}`;
		status = 'Counted in the score';
	} else if (answer.kind === 'dont-know') {
		scoreLabel = dontKnowChoice.label;
		status = 'Left out of the score; a “find out” step';
	} else {
		scoreLabel = notApplicableChoice.label;
		status = answer.reason
			? `Left out of the score: ${answer.reason}`
			: 'Left out of the score; no reason given yet';
	}
	if (response?.discuss) status += ' · Flagged for discussion';
	const row: ReportItemRow = {
		itemId: item.id,
		statement: item.statement,
		score,
		scoreLabel,
		status
	};
	if (includeNotes) {
		row.notes = response?.notes ?? '';
		row.evidence = response?.evidence ?? '';
	}
	return row;
}

function planRow(action: PlanAction): ReportPlanRow {
	return {
		key: action.id,
		title: action.title,
		owner: action.owner || NOT_SET,
		start: action.startDate ? longDate(action.startDate) : NOT_SET,
		due: action.dueDate ? longDate(action.dueDate) : NOT_SET,
		status: planStatusLabels[action.status],
		successMeasure: action.successMeasure
	};
}

const HORIZONS: readonly Horizon[] = ['now', 'next', 'later'];

function buildPlan(input: ReportInput): ReportPlan {
	const dropped = input.plan.filter((a) => a.status === 'dropped').length;
	const intro =
		input.plan.length === 0
			? 'The plan has no actions yet: the answers so far show no gap or Don’t know, and the team has not added its own.'
			: `The team’s action plan, in the team’s order within each time frame.${
					dropped > 0
						? ` ${plural(dropped, 'dropped action is', 'dropped actions are')} left out.`
						: ''
				}`;
	return {
		intro,
		groups: HORIZONS.map((horizon) => ({
			horizon,
			heading: horizonHeading(horizon),
			actions: inPlanOrder(
				input.plan.filter((a) => a.horizon === horizon && a.status !== 'dropped')
			).map(planRow)
		})),
		droppedCount: dropped
	};
}

function buildMethodology(): ReportSection[] {
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
			paragraphs: [
				`${bandLabels.strength}: ${STRENGTH_AT} or more. ${bandLabels.developing}: ${GROWTH_BELOW} to ${STRENGTH_AT - 1}. ${bandLabels['growth-area']}: under ${GROWTH_BELOW}. The band goes with the whole number shown. These bands are rules of thumb to guide the discussion, not validated cut-offs.`
			]
		},
		{
			heading: 'Priorities',
			paragraphs: ['For every practice with a gap: priority = gap × impact × risk boost.'],
			list: [
				`Gap = (4 − score) ÷ 4, so a 0 gives 1 and a 3 gives 0.25. A Don’t know counts as a gap of ${DONT_KNOW_GAP} and becomes a “find out” step.`,
				'Impact is 1 to 3, set in the framework. The source names psychoeducation, skills training and supervision as the most important prevention triad, so those practices have impact 3.',
				`Risk boost = 1, plus ${RISK_CONTRIBUTION.strong} for each linked workforce risk reported strongly (high, or low use of evidence-based practices), plus ${RISK_CONTRIBUTION.moderate} for each linked risk reported as moderate. Unknown adds nothing.`,
				`Time frames: ${HORIZONS.map(horizonHeading).join(', ')}. ${horizonRule}`,
				'The team can accept, edit, re-order, drop or add actions; a new calculation never overwrites their choices.'
			]
		}
	];
}

function buildSource(framework: ReportInput['framework']): ReportSection {
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

/** Builds the whole report. Pure: the same input always gives the same model. */
export function buildReportModel(input: ReportInput, options: ReportOptions): ReportModel {
	const { framework, assessment, responses, score } = input;
	const rows = elementRows(framework.elements, score);
	const elements: ReportElement[] = rows.map((row) => ({
		...row,
		scoreText: row.rounded === null ? 'No score yet' : String(row.rounded),
		bandText: row.band === null ? 'Not yet' : bandLabels[row.band],
		coverageText: coverageText(row.coverage)
	}));

	const details: LabelledValue[] = [
		{ label: 'Unit or program', value: assessment.unit },
		{ label: 'Cycle', value: assessment.cycleLabel },
		{ label: 'Date', value: longDate(assessment.date) },
		{ label: 'Facilitator', value: assessment.facilitator }
	].filter((d) => d.value.trim() !== '');

	const order = walkOrder(framework);
	const itemSections: ReportItemSection[] = elements.map((element) => {
		const band = element.band === null ? '' : ` · ${element.bandText}`;
		const score = element.rounded === null ? 'No score yet' : `${element.rounded} of 100${band}`;
		return {
			elementId: element.elementId,
			heading: elementLabel(element),
			scoreLine: `${score} · ${element.coverageText}`,
			items: order
				.filter((item) => item.elementId === element.elementId)
				.map((item) => itemRow(item, responses.get(item.id), options.includeNotes))
		};
	});

	return {
		includeNotes: options.includeNotes,
		cover: {
			title: framework.title,
			subtitle: 'Secondary traumatic stress: organizational self-assessment report',
			organization: assessment.organization,
			details,
			roster: assessment.roster.map((member) => rosterLine(member, options.includeNotes)),
			isExample: assessment.isExample,
			shareableNote: options.includeNotes
				? null
				: 'Shareable copy: the team’s notes, evidence and task-force names are left out.'
		},
		summary: buildSummary(input, rows),
		elements,
		chartSummary: chartSummary(rows),
		itemSections,
		plan: buildPlan(input),
		methodology: buildMethodology(),
		source: buildSource(framework)
	};
}
