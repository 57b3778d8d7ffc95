/**
 * The shape of the report: what buildReportModel (report-model.ts) decides and what the PDF
 * (pdf.ts) and the printable HTML view only lay out. Types only, no rules.
 */
import type { Assessment, PlanAction, Response } from '$lib/domain/assessment';
import type { CycleInput } from '$lib/domain/cycles/compare';
import type { Framework, Horizon } from '$lib/domain/framework';
import type { AssessmentScore, Coverage } from '$lib/domain/scoring';
import type { ElementRow } from './element-chart';

export interface ReportOptions {
	/**
	 * False for a shareable copy: the team's notes and evidence are left out, and the task force is
	 * listed by role only. Reasons for "Not applicable" stay: they are part of the answer.
	 */
	includeNotes: boolean;
	/**
	 * False to leave out the appendix of suggestions the team has not decided on (or set aside):
	 * a board copy can carry the adopted plan alone. Defaults to true.
	 */
	includeSuggestions?: boolean;
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
	/** The latest workshop round's agreement per element, when the team rated alone first. */
	agreement?: ReportAgreementInput | null;
	/**
	 * Every cycle of this organization (this one included), for "Since last time". Absent, or
	 * with no earlier cycle among them: the report has no such section.
	 */
	cycles?: ReportCyclesInput | null;
}

/** One cycle as "Since last time" reads it: a CycleRecord (state/cycles.ts) is one. */
export type ReportCycleInput = CycleInput & {
	assessment: CycleInput['assessment'] & Pick<Assessment, 'copyOf' | 'previousCycleId'>;
};

/** An organization's cycles, and which of them this report is about. */
export interface ReportCyclesInput {
	thisId: string;
	all: readonly ReportCycleInput[];
}

/** What the report needs of a workshop round: how many rated, and the agreement per element. */
export interface ReportAgreementInput {
	/** How many rated alone; null once the ratings were deleted (the count went with them). */
	raters: number | null;
	/** True once the individual ratings were deleted (only this summary is kept). */
	ratingsDeleted: boolean;
	rows: readonly {
		elementName: string;
		items: number;
		agreed: number;
		discuss: number;
		split: number;
		manyDontKnow: number;
		/** Absent in a summary kept before it was counted. */
		someNotApplicable?: number;
		unanswered: number;
	}[];
}

/** "How far the raters agreed": one row per element, as text cells. */
export interface ReportAgreement {
	heading: string;
	intro: string;
	head: string[];
	rows: string[][];
}

/**
 * A table of text cells with what introduces it, laid out the same way by the page, the PDF and
 * the Word file. The first cell of each row names the row.
 */
export interface ReportTable {
	/** Stable and unique within its section: the page's anchors are built from it. */
	id: string;
	heading: string;
	/** Said between the heading and the table; "" for nothing. */
	intro: string;
	head: string[];
	/** Cells may hold a line break ("56\n25 of 27 items scored"). No rows: no table, the intro says why. */
	rows: string[][];
}

/** "Since last time": this cycle beside the one before it (since-last-time.ts). */
export interface ReportSinceLastTime {
	/** "Since last time" */
	heading: string;
	/** "Compared with Baseline 2025 (12 March 2025)." */
	intro: string;
	/** Said when the two cycles used different versions of the framework; otherwise null. */
	versionNote: string | null;
	/** "Overall score: 56 then, 61 now (+5)." */
	headline: string;
	/**
	 * In order: scores then and now, what happened to each practice, the practices that improved
	 * and declined (when any), those that cannot be compared (when any), and the plan's progress.
	 */
	tables: ReportTable[];
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
	/** "Now · 0-3 months" */
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
	/** Where the first steps come from: the adopted plan, or suggestions (and labelled so). */
	firstActionsKind: 'plan' | 'suggestions';
	/** "First steps of our plan" or "Top suggestions (not yet adopted)". */
	firstActionsHeading: string;
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
	/** Which figures in the measure are the workbook's suggestion (content/plan-text suggestedNote). */
	suggested?: string;
}

export interface ReportPlanGroup {
	horizon: Horizon;
	/** "Now (0-3 months)" */
	heading: string;
	actions: ReportPlanRow[];
}

/** A suggestion the team has not adopted, listed in the report's appendix. */
export interface ReportSuggestionRow {
	key: string;
	title: string;
	/** "Now (0-3 months)" */
	when: string;
	/** "2.25" */
	priority: string;
	reason: string;
	/** "Not decided" or "Not now". */
	status: string;
}

export interface ReportSuggestionAppendix {
	/** "Appendix: suggestions not yet adopted" */
	heading: string;
	intro: string;
	rows: ReportSuggestionRow[];
}

export interface ReportPlan {
	/** "Our plan" */
	heading: string;
	intro: string;
	/** The adopted plan by time frame; a time frame with no adopted action is left out. */
	groups: ReportPlanGroup[];
	adoptedCount: number;
	droppedCount: number;
	/** Null when there is nothing undecided, or the options leave the appendix out. */
	appendix: ReportSuggestionAppendix | null;
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
	/** Present when an earlier cycle of the organization exists: right after the summary. */
	sinceLastTime: ReportSinceLastTime | null;
	/** Present when a workshop round has hand-ins (or kept its summary after deleting them). */
	agreement: ReportAgreement | null;
	methodology: ReportSection[];
	source: ReportSection;
}
