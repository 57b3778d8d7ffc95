/** Labels and hints of an assessment's details, shared by "New assessment" and "Set-up". */
import type { AssessmentDraft } from '$lib/domain/assessment';

export type DetailField = keyof AssessmentDraft;

export interface DetailFieldText {
	name: DetailField;
	label: string;
	hint: string;
	type: 'text' | 'date';
	required: boolean;
}

export const detailFields: readonly DetailFieldText[] = [
	{
		name: 'organization',
		label: 'Organization',
		hint: 'The organization the task force belongs to.',
		type: 'text',
		required: true
	},
	{
		name: 'unit',
		label: 'Unit or program',
		hint: 'Optional: a program, team or site, if you assess only part of it.',
		type: 'text',
		required: false
	},
	{
		name: 'cycleLabel',
		label: 'Cycle',
		hint: 'A name for this round, e.g. "Baseline 2026" or "Follow-up 2027".',
		type: 'text',
		required: false
	},
	{
		name: 'date',
		label: 'Date',
		hint: 'The date of the assessment.',
		type: 'date',
		required: true
	},
	{
		name: 'facilitator',
		label: 'Facilitator',
		hint: 'Optional: who leads the session.',
		type: 'text',
		required: false
	}
];

/** Field name -> label, as validation messages need it. */
export const detailLabels = Object.fromEntries(
	detailFields.map((f) => [f.name, f.label])
) as Record<DetailField, string>;
