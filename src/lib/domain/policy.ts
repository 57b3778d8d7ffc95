/**
 * The STS risk-management policy draft: an outline a leadership team completes and adapts, built
 * from one assessment and the actions its team adopted. Pure: the fixed words come in as `text`
 * (src/lib/content/policy-text.ts), so the printable page and the Word file render one model and
 * never disagree on what is listed, in which order, or what is left for the team to complete.
 */
import type { Assessment, PlanAction, RosterMember } from './assessment';
import type { ActionLevel, Framework } from './framework';
import { actionLevels } from './framework';
import { elementLabel, longDate } from './format';
import { ourPlan } from './plan-parts';
import { walkOrder } from './walk';

/** The words that open every place the team must complete, on the page and in the Word file. */
export const TO_COMPLETE = 'To complete';

/** A place the team must complete, with the workbook's suggestion when it has one. */
export interface PolicyBlank {
	kind: 'blank';
	/** What to write there, e.g. "the date of the next review". */
	prompt: string;
	/** A "Suggested: …" sentence (the source gives no figure, so it is the workbook's). */
	suggestion?: string;
}

export interface PolicyFilled {
	kind: 'text';
	text: string;
}

export type PolicyValue = PolicyFilled | PolicyBlank;

export interface PolicyField {
	label: string;
	value: PolicyValue;
	/** The "Suggested" note of a success measure whose figures are the workbook's, not the source's. */
	note?: string;
}

/** One adopted action as the policy commits to it. */
export interface PolicyCommitment {
	id: string;
	title: string;
	description: string;
	/** Owner, due date and success measure, in that order. */
	fields: PolicyField[];
}

/** The commitments under one essential element (or "Other commitments"). */
export interface PolicyCommitmentGroup {
	/** The element id, or "other" for actions linked to no practice. */
	id: string;
	heading: string;
	commitments: PolicyCommitment[];
}

/** One of the source's three levels: fixed duties, then what the plan commits to at that level. */
export interface PolicyLevel {
	level: ActionLevel;
	heading: string;
	duties: string[];
	commitmentsHeading: string;
	/** Titles of the adopted actions at this level, in the team's order. */
	commitments: string[];
	/** Said instead of the list when the plan holds nothing at this level. */
	noCommitments: string | null;
}

interface SectionBase<K extends string, I extends string> {
	kind: K;
	id: I;
	heading: string;
	paragraphs: string[];
}

export type PolicySection =
	| SectionBase<'text', 'notice' | 'purpose' | 'scope'>
	| (SectionBase<'roles', 'roles'> & { levels: PolicyLevel[] })
	| (SectionBase<'commitments', 'commitments'> & {
			groups: PolicyCommitmentGroup[];
			/** Said when nothing is adopted yet (the page links it to the Plan screen). */
			empty: string | null;
	  })
	| (SectionBase<'task-force', 'task-force'> & {
			membersHeading: string;
			/** "Program manager: José Núñez", "Caseworker"; one blank when the roster is empty. */
			members: PolicyValue[];
			fields: PolicyField[];
	  })
	| (SectionBase<'fields', 'measuring' | 'review' | 'sign-off'> & {
			fields: PolicyField[];
			empty: string | null;
	  });

export type PolicySectionId = PolicySection['id'];

export interface PolicyDraft {
	title: string;
	organization: string;
	/** Unit, assessment and facilitator, where given. */
	details: PolicyField[];
	/** Notice, purpose, scope, roles, commitments, task force, measuring, review, sign-off. */
	sections: PolicySection[];
	/** Printed at the foot of every page of the Word file. */
	footer: string;
	/** How many adopted actions the draft commits to. */
	commitmentCount: number;
}

type Prose = { heading: string; paragraphs: string[] };

/** The fixed words of the draft (content/policy-text.ts), with the two content lookups it needs. */
export interface PolicyText {
	title: string;
	detailLabels: { unit: string; assessment: string; facilitator: string };
	/** "Baseline 2026, 12 March 2026" from the cycle label and the formatted date. */
	assessmentLine: (cycleLabel: string, date: string) => string;
	notice: Prose & { source: (title: string, publisher: string) => string };
	purpose: Prose;
	scope: Prose;
	roles: Prose & {
		levels: Record<ActionLevel, { heading: string; duties: string[] }>;
		commitmentsHeading: string;
		noCommitments: string;
	};
	commitments: Prose & {
		empty: string;
		otherHeading: string;
		labels: { owner: string; due: string; measure: string };
		prompts: { owner: string; due: string; measure: string };
	};
	taskForce: Prose & {
		membersHeading: string;
		membersPrompt: string;
		lead: { label: string; prompt: string };
		meetings: { label: string; prompt: string; suggestion: string };
	};
	measuring: Prose & { empty: string };
	review: Prose & {
		label: string;
		prompt: string;
		/** "Suggested: 12 March 2027, one year after the assessment of 12 March 2026." */
		suggestion: (reviewDate: string, assessmentDate: string) => string;
	};
	signOff: Prose & { fields: { label: string; prompt: string }[] };
	footer: string;
	/** How a roster member's role reads (content/scale.ts roleName). */
	roleName: (member: Pick<RosterMember, 'role' | 'roleOther'>) => string;
	/** "Suggested: …" beside an action's success measure whose figures are the workbook's, if any. */
	measureNote: (action: Pick<PlanAction, 'origin' | 'successMeasure'>) => string | undefined;
}

export interface PolicyInput {
	assessment: Pick<
		Assessment,
		'organization' | 'unit' | 'cycleLabel' | 'date' | 'facilitator' | 'roster'
	>;
	framework: Pick<Framework, 'elements' | 'items' | 'source'>;
	plan: readonly PlanAction[];
	text: PolicyText;
}

const filled = (text: string): PolicyFilled => ({ kind: 'text', text });
const blank = (prompt: string, suggestion?: string): PolicyBlank =>
	suggestion ? { kind: 'blank', prompt, suggestion } : { kind: 'blank', prompt };
/** The text when there is some, else a place to complete. */
const orBlank = (text: string | undefined, prompt: string): PolicyValue =>
	text?.trim() ? filled(text.trim()) : blank(prompt);

/** "[To complete: the date of the next review. Suggested: …]": a blank as plain text. */
export function blankText(value: PolicyBlank): string {
	const suggestion = value.suggestion ? `. ${value.suggestion}` : '';
	return `[${TO_COMPLETE}: ${value.prompt}${suggestion}]`;
}

/** A value as plain text: its words, or the blank marked as in blankText. */
export function valueText(value: PolicyValue): string {
	return value.kind === 'text' ? value.text : blankText(value);
}

/**
 * The same calendar day one year on ("2026-03-12" -> "2027-03-12"); 29 February becomes 28
 * February in a year without it. Null for anything that is not a "YYYY-MM-DD" date.
 */
export function oneYearAfter(date: string): string | null {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	if (!match) return null;
	const year = Number(match[1]) + 1;
	const month = Number(match[2]);
	const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
	const day = Math.min(Number(match[3]), lastDay);
	return `${year}-${match[2]}-${String(day).padStart(2, '0')}`;
}

/**
 * The element an action is listed under: that of its first linked practice in walk order, so an
 * action linked to practices of two elements appears once. Undefined when it links to none the
 * framework knows (the team's own actions), which go under "Other commitments".
 */
function elementOfAction(
	action: Pick<PlanAction, 'linkedItemIds'>,
	position: ReadonlyMap<string, { index: number; elementId: string }>
): string | undefined {
	let first: { index: number; elementId: string } | undefined;
	for (const id of action.linkedItemIds) {
		const found = position.get(id);
		if (found && (!first || found.index < first.index)) first = found;
	}
	return first?.elementId;
}

function commitment(action: PlanAction, text: PolicyText): PolicyCommitment {
	const { labels, prompts } = text.commitments;
	const note = text.measureNote(action);
	return {
		id: action.id,
		title: action.title,
		description: action.description.trim(),
		fields: [
			{ label: labels.owner, value: orBlank(action.owner, prompts.owner) },
			{
				label: labels.due,
				value: action.dueDate ? filled(longDate(action.dueDate)) : blank(prompts.due)
			},
			{
				label: labels.measure,
				value: orBlank(action.successMeasure, prompts.measure),
				...(note ? { note } : {})
			}
		]
	};
}

function commitmentGroups(
	adopted: readonly PlanAction[],
	framework: PolicyInput['framework'],
	text: PolicyText
): PolicyCommitmentGroup[] {
	const position = new Map(
		walkOrder(framework).map((item, index) => [item.id, { index, elementId: item.elementId }])
	);
	const byElement = new Map<string, PlanAction[]>();
	for (const action of adopted) {
		const key = elementOfAction(action, position) ?? 'other';
		byElement.set(key, [...(byElement.get(key) ?? []), action]);
	}
	const elements = [...framework.elements].sort((a, b) => a.number - b.number);
	const groups: PolicyCommitmentGroup[] = elements.flatMap((element) => {
		const actions = byElement.get(element.id);
		return actions
			? [
					{
						id: element.id,
						heading: elementLabel(element),
						commitments: actions.map((a) => commitment(a, text))
					}
				]
			: [];
	});
	const other = byElement.get('other');
	if (other) {
		groups.push({
			id: 'other',
			heading: text.commitments.otherHeading,
			commitments: other.map((a) => commitment(a, text))
		});
	}
	return groups;
}

function levels(adopted: readonly PlanAction[], text: PolicyText): PolicyLevel[] {
	return actionLevels.map((level) => {
		const titles = adopted.filter((a) => a.level === level).map((a) => a.title);
		return {
			level,
			heading: text.roles.levels[level].heading,
			duties: text.roles.levels[level].duties,
			commitmentsHeading: text.roles.commitmentsHeading,
			commitments: titles,
			noCommitments: titles.length === 0 ? text.roles.noCommitments : null
		};
	});
}

function members(input: PolicyInput): PolicyValue[] {
	const { roster } = input.assessment;
	if (roster.length === 0) return [blank(input.text.taskForce.membersPrompt)];
	return roster.map((member) => {
		const role = input.text.roleName(member);
		const name = member.name?.trim();
		return filled(name ? `${role}: ${name}` : role);
	});
}

function details(input: PolicyInput): PolicyField[] {
	const { assessment, text } = input;
	const fields: PolicyField[] = [];
	if (assessment.unit.trim()) {
		fields.push({ label: text.detailLabels.unit, value: filled(assessment.unit.trim()) });
	}
	fields.push({
		label: text.detailLabels.assessment,
		value: filled(text.assessmentLine(assessment.cycleLabel.trim(), longDate(assessment.date)))
	});
	if (assessment.facilitator.trim()) {
		fields.push({
			label: text.detailLabels.facilitator,
			value: filled(assessment.facilitator.trim())
		});
	}
	return fields;
}

/** The draft, section by section; see PolicyDraft. */
export function buildPolicyDraft(input: PolicyInput): PolicyDraft {
	const { assessment, framework, text } = input;
	const adopted = ourPlan(input.plan);
	const reviewDate = oneYearAfter(assessment.date);
	const prose = <I extends 'notice' | 'purpose' | 'scope'>(id: I, part: Prose) => ({
		kind: 'text' as const,
		id,
		heading: part.heading,
		paragraphs: part.paragraphs
	});

	const sections: PolicySection[] = [
		{
			...prose('notice', text.notice),
			paragraphs: [
				...text.notice.paragraphs,
				text.notice.source(framework.source.title, framework.source.publisher)
			]
		},
		prose('purpose', text.purpose),
		prose('scope', text.scope),
		{
			kind: 'roles',
			id: 'roles',
			heading: text.roles.heading,
			paragraphs: text.roles.paragraphs,
			levels: levels(adopted, text)
		},
		{
			kind: 'commitments',
			id: 'commitments',
			heading: text.commitments.heading,
			paragraphs: adopted.length > 0 ? text.commitments.paragraphs : [],
			groups: commitmentGroups(adopted, framework, text),
			empty: adopted.length === 0 ? text.commitments.empty : null
		},
		{
			kind: 'task-force',
			id: 'task-force',
			heading: text.taskForce.heading,
			paragraphs: text.taskForce.paragraphs,
			membersHeading: text.taskForce.membersHeading,
			members: members(input),
			fields: [
				{ label: text.taskForce.lead.label, value: blank(text.taskForce.lead.prompt) },
				{
					label: text.taskForce.meetings.label,
					value: blank(text.taskForce.meetings.prompt, text.taskForce.meetings.suggestion)
				}
			]
		},
		{
			kind: 'fields',
			id: 'measuring',
			heading: text.measuring.heading,
			paragraphs: text.measuring.paragraphs,
			fields: adopted.map((action) => {
				const note = text.measureNote(action);
				return {
					label: action.title,
					value: orBlank(action.successMeasure, text.commitments.prompts.measure),
					...(note ? { note } : {})
				};
			}),
			empty: adopted.length === 0 ? text.measuring.empty : null
		},
		{
			kind: 'fields',
			id: 'review',
			heading: text.review.heading,
			paragraphs: text.review.paragraphs,
			fields: [
				{
					label: text.review.label,
					value: blank(
						text.review.prompt,
						reviewDate
							? text.review.suggestion(longDate(reviewDate), longDate(assessment.date))
							: undefined
					)
				}
			],
			empty: null
		},
		{
			kind: 'fields',
			id: 'sign-off',
			heading: text.signOff.heading,
			paragraphs: text.signOff.paragraphs,
			fields: text.signOff.fields.map((f) => ({ label: f.label, value: blank(f.prompt) })),
			empty: null
		}
	];

	return {
		title: text.title,
		organization: assessment.organization,
		details: details(input),
		sections,
		footer: text.footer,
		commitmentCount: adopted.length
	};
}
