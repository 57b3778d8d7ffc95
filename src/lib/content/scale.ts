/**
 * Words for the practice scale and the other answer choices, shown on every screen that shows a
 * score (walk-through, results, reports, about). Scores always appear as a number and a word.
 */
import type {
	Answer,
	PracticeScore,
	RiskLevel,
	RosterMember,
	RosterRole
} from '$lib/domain/assessment';
import type { ComparedAnswer } from '$lib/domain/cycles/answer-state';

export interface ScaleStep {
	value: PracticeScore;
	/** Keyboard shortcut shown on screen. */
	key: string;
	label: string;
	description: string;
}

export const practiceScale: readonly ScaleStep[] = [
	{ value: 0, key: '0', label: 'Not in place yet', description: 'Nothing of this happens yet.' },
	{
		value: 1,
		key: '1',
		label: 'Beginning',
		description: 'Informal, now and then, or only planned.'
	},
	{ value: 2, key: '2', label: 'Partly in place', description: 'Some teams, or some of the time.' },
	{ value: 3, key: '3', label: 'Mostly in place', description: 'Consistent and written down.' },
	{
		value: 4,
		key: '4',
		label: 'Fully in place',
		description: 'Part of how we work, checked and reviewed.'
	}
];

export const dontKnowChoice = {
	key: 'D',
	label: "Don't know",
	description:
		'A finding in itself: left out of the score, counted, and turned into a "find out" step.'
} as const;

export const notApplicableChoice = {
	key: 'N',
	label: 'Not applicable',
	description: 'Left out of the score. Say briefly why it does not apply.'
} as const;

export const riskLevelLabels: Record<RiskLevel, string> = {
	low: 'Low',
	moderate: 'Moderate',
	high: 'High',
	unknown: "Don't know"
};

export const rosterRoleLabels: Record<RosterRole, string> = {
	'executive-leader': 'Executive leader',
	'program-manager': 'Program manager',
	'clinical-supervisor': 'Clinical supervisor',
	clinician: 'Clinician or therapist',
	caseworker: 'Caseworker',
	'human-resources': 'Human resources',
	'risk-management': 'Risk management or quality',
	'peer-support': 'Peer support or wellness lead',
	'administrative-staff': 'Administrative or front-desk staff',
	other: 'Other role'
};

/** How a member's role reads on screen and in reports: the list's words, or their own for "other". */
export function roleName(member: Pick<RosterMember, 'role' | 'roleOther'>): string {
	return member.role === 'other'
		? member.roleOther?.trim() || rosterRoleLabels.other
		: rosterRoleLabels[member.role];
}

export const NOT_ANSWERED_YET = 'Not answered yet';

/** An answer's word: "Partly in place", "Don't know", "Not applicable" or "Not answered yet". */
export function answerLabel(answer: Answer | null): string {
	if (!answer) return NOT_ANSWERED_YET;
	if (answer.kind === 'dont-know') return dontKnowChoice.label;
	if (answer.kind === 'not-applicable') return notApplicableChoice.label;
	return practiceScale[answer.value]?.label ?? String(answer.value);
}

/** One answer as a radio of a scale: its value, shortcut letter, words and the answer it gives. */
export interface AnswerChoice {
	/** answerChoiceValue of `answer`: "0".."4", "dont-know", "not-applicable". */
	value: string;
	/** The number for a score, the shortcut letter (D, N) for the two answers beside the scale. */
	key: string;
	label: string;
	/** A Not applicable reason is added by whoever stores it (an earlier one, or the room's). */
	answer: Answer;
	/** Beside the scale rather than on it (Don't know, Not applicable). */
	other: boolean;
}

/** The seven answers in the order every answer scale shows them. */
export const answerChoices: readonly AnswerChoice[] = [
	...practiceScale.map((step) => ({
		value: String(step.value),
		key: step.key,
		label: step.label,
		answer: { kind: 'score', value: step.value } as const,
		other: false
	})),
	{
		value: 'dont-know',
		key: dontKnowChoice.key,
		label: dontKnowChoice.label,
		answer: { kind: 'dont-know' },
		other: true
	},
	{
		value: 'not-applicable',
		key: notApplicableChoice.key,
		label: notApplicableChoice.label,
		answer: { kind: 'not-applicable', reason: '' },
		other: true
	}
];

/** How an answer reads wherever it is shown: "2 · Partly in place", or the word alone. */
export function answerText(answer: Answer | null): string {
	return answer?.kind === 'score'
		? `${answer.value} · ${answerLabel(answer)}`
		: answerLabel(answer);
}

/** A risk factor's level as shown, or "Not answered yet". */
export function riskLevelText(level: RiskLevel | undefined): string {
	return level ? riskLevelLabels[level] : NOT_ANSWERED_YET;
}

/** The names and roles of the task force, offered while typing an action's owner. */
export function ownerSuggestions(
	roster: readonly Pick<RosterMember, 'role' | 'roleOther' | 'name'>[]
): string[] {
	return [...new Set(roster.flatMap((m) => [roleName(m), m.name?.trim() ?? '']))].filter(Boolean);
}

/**
 * One practice's answer in a comparison of cycles: "2 (Partly in place)", "2.5 (mean of the 2
 * earlier practices it replaces)", "Don't know", "Not applicable" or "Not answered yet".
 */
export function comparedAnswerLabel(answer: ComparedAnswer): string {
	switch (answer.kind) {
		case 'score': {
			if (answer.of === 1 && Number.isInteger(answer.value)) {
				const label = answerLabel({ kind: 'score', value: answer.value as PracticeScore });
				return `${answer.value} (${label})`;
			}
			const value = Number.isInteger(answer.value) ? String(answer.value) : answer.value.toFixed(1);
			return `${value} (mean of the ${answer.of} earlier practices it replaces)`;
		}
		case 'dont-know':
			return answerLabel({ kind: 'dont-know' });
		case 'not-applicable':
			return answerLabel({ kind: 'not-applicable', reason: '' });
		case 'not-asked':
			return 'Not asked in this version';
		default:
			return NOT_ANSWERED_YET;
	}
}
