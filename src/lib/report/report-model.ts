/**
 * Everything the report shows, built once by a pure function. The PDF (pdf.ts) and the printable
 * HTML view (the report route) both render this model, so no rule is computed twice: the words,
 * numbers, orders and omissions are decided here and only laid out there. The parts the Results
 * screen shows too (first steps, risk profile, highlights) come from summary.ts, shared by both.
 */
import type { PlanAction, Response, RosterMember } from '$lib/domain/assessment';
import { adoptedInHorizon, dueDateText, planParts } from '$lib/domain/plan-parts';
import {
	bandText,
	coverageSentence,
	coverageText,
	elementLabel,
	incompleteNote,
	longDate,
	NO_SCORE_YET,
	plural,
	priorityText,
	scoreOutOf100,
	scoreText
} from '$lib/domain/format';
import { walkOrder } from '$lib/domain/walk';
import { answerText, roleName } from '$lib/content/scale';
import {
	horizonHeading,
	planStatusLabels,
	reasonText,
	suggestedNote
} from '$lib/content/plan-text';
import { chartSummary, elementRows, type ElementRow } from './element-chart';
import { buildMethodology, buildSource } from './report-methodology';
import { sinceLastTime } from './since-last-time';
import { elementHighlights, firstActions, HORIZONS, riskProfileSummary } from './summary';
import type {
	LabelledValue,
	ReportElement,
	ReportInput,
	ReportItemRow,
	ReportItemSection,
	ReportModel,
	ReportOptions,
	ReportPlan,
	ReportAgreement,
	ReportAgreementInput,
	ReportPlanRow,
	ReportSinceLastTime,
	ReportSuggestionRow,
	ReportSummary,
	RosterLine
} from './report-types';

// The report route and the PDF import the model's types from here.
export type * from './report-types';

export const NOT_SET = 'Not set';

function rosterLine(
	member: Pick<RosterMember, 'role' | 'roleOther' | 'name'>,
	includeNames: boolean
): RosterLine {
	const role = roleName(member);
	const name = (includeNames && member.name?.trim()) || null;
	return { role, name, text: name ? `${role}: ${name}` : role };
}

function buildSummary(input: ReportInput, rows: readonly ElementRow[]): ReportSummary {
	const { score, framework, assessment } = input;
	const { coverage, overall } = score;
	const first = firstActions(input.plan, framework);
	return {
		overall,
		overallText: scoreText(overall),
		bandLabel: overall === null ? null : bandText(overall),
		coverage,
		headline:
			overall === null
				? 'Overall score: no score yet.'
				: `Overall score: ${scoreOutOf100(overall)}.`,
		coverageSentence: coverageSentence(coverage),
		incompleteNote: incompleteNote(coverage),
		...elementHighlights(rows),
		firstActions: first.actions,
		firstActionsKind: first.kind,
		firstActionsHeading: first.heading,
		firstActionsIntro: first.intro,
		riskProfile: riskProfileSummary(framework.riskFactors, assessment.riskProfile).factors
	};
}

/** How an answer counts in the score, in the report's "How it counts" column. */
function answerStatus(answer: Response['answer']): string {
	if (!answer) return 'Left out of the score: no answer yet';
	if (answer.kind === 'score') return 'Counted in the score';
	if (answer.kind === 'dont-know') return 'Left out of the score; a “find out” step';
	return answer.reason
		? `Left out of the score: ${answer.reason}`
		: 'Left out of the score; no reason given yet';
}

function itemRow(
	item: { id: string; statement: string },
	response: Pick<Response, 'answer' | 'notes' | 'evidence' | 'discuss'> | undefined,
	includeNotes: boolean
): ReportItemRow {
	const answer = response?.answer ?? null;
	const row: ReportItemRow = {
		itemId: item.id,
		statement: item.statement,
		score: answer?.kind === 'score' ? answer.value : null,
		scoreLabel: answerText(answer),
		status: answerStatus(answer) + (response?.discuss ? ' · Flagged for discussion' : '')
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
		due: dueDateText(action, longDate) || NOT_SET,
		status: planStatusLabels[action.status],
		successMeasure: action.successMeasure,
		suggested: suggestedNote(action)
	};
}

function suggestionRow(action: PlanAction): ReportSuggestionRow {
	return {
		key: action.id,
		title: action.title,
		when: horizonHeading(action.horizon),
		priority: priorityText(action.priority),
		reason: reasonText(action),
		status: planStatusLabels[action.status]
	};
}

function buildPlan(input: ReportInput, options: ReportOptions): ReportPlan {
	const parts = planParts(input.plan);
	const waiting = [...parts.undecided, ...parts.notNow];
	const dropped = parts.dropped.length;
	const adopted = parts.adopted.length;
	const appendixNote =
		waiting.length === 0
			? ''
			: options.includeSuggestions === false
				? ` ${plural(waiting.length, 'suggestion', 'suggestions')} not adopted ${waiting.length === 1 ? 'is' : 'are'} left out of this copy.`
				: ` ${plural(waiting.length, 'suggestion', 'suggestions')} not adopted ${waiting.length === 1 ? 'is' : 'are'} listed in the appendix.`;
	const droppedNote =
		dropped > 0 ? ` ${plural(dropped, 'dropped action is', 'dropped actions are')} left out.` : '';
	const intro =
		input.plan.length === 0
			? 'The plan has no actions yet: the answers so far show no gap or Don’t know, and the team has not added its own.'
			: adopted === 0
				? `The team has not adopted any actions yet.${appendixNote}${droppedNote}`
				: `The ${plural(adopted, 'action', 'actions')} the team adopted, by time frame, in the team’s order.${appendixNote}${droppedNote}`;
	return {
		heading: 'Our plan',
		intro,
		groups: HORIZONS.map((horizon) => ({
			horizon,
			heading: horizonHeading(horizon),
			actions: adoptedInHorizon(input.plan, horizon).map(planRow)
		})).filter((group) => group.actions.length > 0),
		adoptedCount: adopted,
		droppedCount: dropped,
		appendix:
			waiting.length === 0 || options.includeSuggestions === false
				? null
				: {
						heading: 'Appendix: suggestions not yet adopted',
						intro:
							'The workbook’s suggestions from the answers and the workforce risk profile that the team has not adopted: not decided yet, or set aside for now. Most urgent first; each says why it was suggested.',
						rows: waiting.map(suggestionRow)
					}
	};
}

/** The agreement table's columns, on the reveal screen and in every report. */
export const AGREEMENT_HEAD = [
	'Essential element',
	'Practices',
	'Agreed',
	'To discuss',
	'Split',
	'Many Don’t know',
	'Some said Not applicable',
	'Nobody answered'
];

/** One element's row of the agreement table, as text cells under AGREEMENT_HEAD. */
export function agreementCells(row: ReportAgreementInput['rows'][number]): string[] {
	return [
		row.elementName,
		String(row.items),
		String(row.agreed),
		String(row.discuss),
		String(row.split),
		String(row.manyDontKnow),
		row.someNotApplicable === undefined ? '—' : String(row.someNotApplicable),
		String(row.unanswered)
	];
}

/** The workshop's agreement per element, in words the report and the PDF both show. */
export function buildAgreement(
	input: ReportAgreementInput | null | undefined
): ReportAgreement | null {
	if (!input || input.rows.length === 0) return null;
	const kept = input.ratingsDeleted
		? ' The individual ratings were deleted after consensus; this summary is what was kept.'
		: '';
	return {
		heading: 'How far the raters agreed',
		intro: `Before talking it over, ${input.raters === null ? 'the task force' : plural(input.raters, 'person', 'people')} rated alone. For each essential element: how many practices they agreed on, and why the others needed the room’s conversation. A practice can count under more than one heading.${kept}`,
		head: AGREEMENT_HEAD,
		rows: input.rows.map(agreementCells)
	};
}

/**
 * "Since last time", when the organization has an earlier cycle. This cycle is read from the
 * report's own input rather than from the stored cycle, so its numbers always match the summary
 * above them, even in the moment one live read has caught up and the other not yet.
 */
function buildSinceLastTime(input: ReportInput): ReportSinceLastTime | null {
	if (!input.cycles) return null;
	const { thisId, all } = input.cycles;
	const cycles = all.map((cycle) =>
		cycle.assessment.id === thisId
			? { ...cycle, answers: input.responses, plan: input.plan }
			: cycle
	);
	return sinceLastTime(cycles, thisId);
}

/** "58 of 100 · Developing · 3 of 4 items scored · 1 Don’t know" */
function scoreLine(element: ReportElement): string {
	const score =
		element.score === null
			? NO_SCORE_YET
			: `${scoreText(element.score)} of 100 · ${bandText(element.score)}`;
	return `${score} · ${element.coverageText}`;
}

/** Builds the whole report. Pure: the same input always gives the same model. */
export function buildReportModel(input: ReportInput, options: ReportOptions): ReportModel {
	const { framework, assessment, responses, score } = input;
	const rows = elementRows(framework.elements, score);
	const elements: ReportElement[] = rows.map((row) => ({
		...row,
		scoreText: scoreText(row.score),
		bandText: bandText(row.score),
		coverageText: coverageText(row.coverage)
	}));

	const details: LabelledValue[] = [
		{ label: 'Unit or program', value: assessment.unit },
		{ label: 'Cycle', value: assessment.cycleLabel },
		{ label: 'Date', value: longDate(assessment.date) },
		{ label: 'Facilitator', value: assessment.facilitator }
	].filter((d) => d.value.trim() !== '');

	const order = walkOrder(framework);
	const itemSections: ReportItemSection[] = elements.map((element) => ({
		elementId: element.elementId,
		heading: elementLabel(element),
		scoreLine: scoreLine(element),
		items: order
			.filter((item) => item.elementId === element.elementId)
			.map((item) => itemRow(item, responses.get(item.id), options.includeNotes))
	}));

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
		sinceLastTime: buildSinceLastTime(input),
		plan: buildPlan(input, options),
		agreement: buildAgreement(input.agreement),
		methodology: buildMethodology(),
		source: buildSource(framework)
	};
}
