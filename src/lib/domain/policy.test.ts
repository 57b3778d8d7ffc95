/**
 * The policy draft: adopted actions under the right essential element in the team's order, only
 * adopted ones, blanks where the team must complete, the review-date suggestion, and names from
 * the roster spelled exactly. Uses the real fixed words (content/policy-text.ts) and the report's
 * small test framework: walk order i1, i2 (element 1), i3, i4 (element 2), i5 (element 3).
 */
import { describe, expect, test } from 'vitest';
import { getAction } from '$lib/content';
import { policyText } from '$lib/content/policy-text';
import { testAction, reportInput } from '$lib/report/test-fixtures';
import type { PlanAction } from './assessment';
import {
	blankText,
	buildPolicyDraft,
	oneYearAfter,
	valueText,
	type PolicyDraft,
	type PolicySection
} from './policy';
import { gradeLevel } from './readability';

const { framework, assessment } = reportInput;

function section<K extends PolicySection['kind']>(
	draft: PolicyDraft,
	kind: K,
	id?: string
): Extract<PolicySection, { kind: K }> {
	const found = draft.sections.find((s) => s.kind === kind && (!id || s.id === id));
	if (!found) throw new Error(`No ${kind} section`);
	return found as Extract<PolicySection, { kind: K }>;
}

const safeToRaise = getAction('action2.safe-to-raise-sts')!;

/** Adopted, set aside, undecided and dropped actions, listed out of order on purpose. */
const plan: PlanAction[] = [
	testAction('a3', 'later', 0, { status: 'done', linkedItemIds: ['i2'] }),
	testAction('a1', 'now', 20, {
		status: 'accepted',
		level: 'supervisor',
		linkedItemIds: ['i3'],
		owner: 'José Núñez',
		dueDate: '2026-05-01'
	}),
	// Linked to practices of elements 2 and 1: listed once, under element 1 (i1 comes first).
	testAction('a4', 'next', 5, { status: 'accepted', linkedItemIds: ['i4', 'i1'] }),
	testAction('a2', 'now', 10, { status: 'in-progress', linkedItemIds: ['i1'] }),
	testAction('a8', 'now', 30, {
		status: 'accepted',
		level: 'individual',
		linkedItemIds: ['i5'],
		origin: { kind: 'suggested', actionId: safeToRaise.id },
		successMeasure: safeToRaise.successMeasure
	}),
	testAction('c1', 'now', 40, { status: 'accepted', successMeasure: '  ' }),
	testAction('p1', 'now', 1, { status: 'proposed', linkedItemIds: ['i1'] }),
	testAction('n1', 'now', 2, { status: 'not-now', linkedItemIds: ['i5'] }),
	testAction('d1', 'now', 3, { status: 'dropped', linkedItemIds: ['i3'] })
];

const draft = buildPolicyDraft({ assessment, framework, plan, text: policyText });

describe('a plan with adopted actions', () => {
	test('sections come in the order of a policy', () => {
		expect(draft.sections.map((s) => s.heading)).toEqual([
			'About this draft',
			'Purpose',
			'Scope',
			'Roles and duties',
			'Our commitments',
			'Task force',
			'How we measure progress',
			'Review',
			'Approval'
		]);
		expect(draft.title).toBe('STS risk-management policy: draft');
		expect(draft.organization).toBe('Núñez & Łukasik Family Services');
		expect(draft.details.map((f) => `${f.label}: ${valueText(f.value)}`)).toEqual([
			'Program or unit: Foster care',
			'Built from the assessment: Baseline 2026, 12 March 2026'
		]);
		expect(draft.commitmentCount).toBe(6);
	});

	test('each element lists its adopted actions in the team’s order: Now, Next, Later', () => {
		const { groups, empty } = section(draft, 'commitments');
		expect(empty).toBeNull();
		expect(groups.map((g) => [g.heading, g.commitments.map((c) => c.title).join(', ')])).toEqual([
			['1. One', 'Plan a2, Plan a4, Plan a3'],
			['2. Two', 'Plan a1'],
			['3. Three', 'Plan a8'],
			['Other commitments', 'Plan c1']
		]);
	});

	test('undecided, set-aside and dropped actions appear nowhere', () => {
		const everything = JSON.stringify(draft);
		for (const id of ['p1', 'n1', 'd1']) expect(everything).not.toContain(`Plan ${id}`);
	});

	test('owner, due date and measure are given, or marked to complete', () => {
		const commitments = section(draft, 'commitments').groups.flatMap((g) => g.commitments);
		const lines = (id: string) =>
			commitments
				.find((c) => c.id === id)!
				.fields.map((f) => `${f.label}: ${valueText(f.value)}${f.note ? ` (${f.note})` : ''}`);
		expect(lines('a1')).toEqual([
			'Owner: José Núñez',
			'Due: 1 May 2026',
			'Success measure: Measure a1'
		]);
		expect(lines('c1')).toEqual([
			'Owner: [To complete: who owns this]',
			'Due: [To complete: the date it is due]',
			'Success measure: [To complete: how you will know it worked]'
		]);
		expect(lines('a8')[2]).toBe(
			`Success measure: ${safeToRaise.successMeasure} (Suggested: The time frame is our suggestion: the source gives none.)`
		);
	});

	test('each level lists its fixed duties, then the adopted actions at that level', () => {
		const { levels } = section(draft, 'roles');
		expect(levels.map((l) => [l.heading, l.commitments.join(', ')])).toEqual([
			['Each staff member', 'Plan a8'],
			['Supervisors', 'Plan a1'],
			['The organization and its leaders', 'Plan a2, Plan c1, Plan a4, Plan a3']
		]);
		expect(levels[1]?.duties[0]).toBe(
			'In supervision, make time to talk about STS. This includes reflective supervision.'
		);
		expect(levels.every((l) => l.noCommitments === null)).toBe(true);
	});

	test('progress is measured by the adopted actions’ success measures', () => {
		const measuring = section(draft, 'fields', 'measuring');
		expect(measuring.fields.map((f) => `${f.label}: ${valueText(f.value)}`)).toEqual([
			'Plan a2: Measure a2',
			'Plan a1: Measure a1',
			`Plan a8: ${safeToRaise.successMeasure}`,
			'Plan c1: [To complete: how you will know it worked]',
			'Plan a4: Measure a4',
			'Plan a3: Measure a3'
		]);
		expect(measuring.empty).toBeNull();
	});
});

describe('places to complete', () => {
	test('the task force’s lead and meetings, with the suggested how-often', () => {
		const { fields } = section(draft, 'task-force');
		expect(fields.map((f) => `${f.label}: ${valueText(f.value)}`)).toEqual([
			'Who leads it: [To complete: the name or role of the task force lead]',
			'How often it meets: [To complete: how often the task force meets. Suggested: meet every month while the plan is new, then every quarter.]'
		]);
	});

	test('the review date offers one year after the assessment date', () => {
		const [date] = section(draft, 'fields', 'review').fields;
		expect(date?.value).toEqual({
			kind: 'blank',
			prompt: 'the date of the next review',
			suggestion: 'Suggested: 12 March 2027, one year after the assessment of 12 March 2026.'
		});
	});

	test('the approval is left wholly to the team', () => {
		const { fields } = section(draft, 'fields', 'sign-off');
		expect(fields.map((f) => `${f.label}: ${valueText(f.value)}`)).toEqual([
			'Approved by: [To complete: name and role]',
			'Date approved: [To complete: the date it was approved]',
			'Takes effect on: [To complete: the date it takes effect]'
		]);
	});

	test('a blank reads the same everywhere', () => {
		expect(blankText({ kind: 'blank', prompt: 'who owns this' })).toBe(
			'[To complete: who owns this]'
		);
	});
});

test.each([
	['2026-03-12', '2027-03-12'],
	['2027-12-31', '2028-12-31'],
	['2024-02-29', '2025-02-28'],
	['2027-02-28', '2028-02-28'],
	['12 March 2026', null]
])('one year after %s is %s', (date, expected) => {
	expect(oneYearAfter(date)).toBe(expected);
});

describe('names and roles of the task force', () => {
	test('by role, with names only where given, spelled exactly', () => {
		const members = section(draft, 'task-force').members.map(valueText);
		expect(members).toEqual([
			'Program manager: José Núñez',
			'Casework supervisor: Zoë Łukasik',
			'Caseworker'
		]);
	});

	test('a Vietnamese name and a role of their own come out as typed', () => {
		const withDang = buildPolicyDraft({
			assessment: {
				...assessment,
				facilitator: 'Đặng Thu Hà',
				roster: [
					{ id: '1', role: 'clinician', name: 'Đặng Văn Minh' },
					{ id: '2', role: 'other', roleOther: 'Bác sĩ tâm lý' }
				]
			},
			framework,
			plan,
			text: policyText
		});
		expect(section(withDang, 'task-force').members.map(valueText)).toEqual([
			'Clinician or therapist: Đặng Văn Minh',
			'Bác sĩ tâm lý'
		]);
		expect(withDang.details.at(-1)).toEqual({
			label: 'Facilitator',
			value: { kind: 'text', text: 'Đặng Thu Hà' }
		});
	});

	test('no roster: the members are left to complete', () => {
		const noRoster = buildPolicyDraft({
			assessment: { ...assessment, roster: [] },
			framework,
			plan,
			text: policyText
		});
		expect(section(noRoster, 'task-force').members.map(valueText)).toEqual([
			'[To complete: the roles, and names if you wish, of the task force members]'
		]);
	});
});

test('nothing adopted: the commitments point to the Plan screen', () => {
	const undecided = plan.map((a) => ({ ...a, status: 'proposed' as const }));
	const empty = buildPolicyDraft({ assessment, framework, plan: undecided, text: policyText });
	const commitments = section(empty, 'commitments');
	expect(commitments.groups).toEqual([]);
	expect(commitments.paragraphs).toEqual([]);
	expect(commitments.empty).toBe(
		'No actions have been adopted yet. Choose the actions to take on the Plan screen, and they will be listed here under their essential elements.'
	);
	expect(section(empty, 'fields', 'measuring').empty).toBe(
		'There are no success measures yet: each action adopted in the plan brings its own.'
	);
	expect(section(empty, 'roles').levels.map((l) => l.noCommitments)).toEqual([
		'No action at this level has been adopted in the plan yet.',
		'No action at this level has been adopted in the plan yet.',
		'No action at this level has been adopted in the plan yet.'
	]);
	expect(empty.commitmentCount).toBe(0);
});

test('the fixed words read at grade 9 or below, in US spelling', () => {
	const words = draft.sections.flatMap((s) => [
		...s.paragraphs,
		...(s.kind === 'roles' ? s.levels.flatMap((l) => l.duties) : [])
	]);
	const hard = words.filter((w) => gradeLevel(w) > 9).map((w) => `${gradeLevel(w)}: ${w}`);
	expect(hard).toEqual([]);
	expect(words.join(' ')).not.toMatch(
		/\b(organis\w*|recognis\w*|behaviour\w*|programme\w*|counsell\w*|centre\w*|colour\w*)\b/i
	);
	expect(draft.sections.find((s) => s.id === 'notice')?.paragraphs[0]).toContain(
		'It is not legal or clinical advice.'
	);
});
