/**
 * The policy draft's Word file, read back as a person opening it would see it (mammoth turns it
 * into HTML) and as Word stores it (the XML inside the file): element headings followed by their
 * accepted actions, blanks bold and highlighted, the footer, and names spelled exactly. Built from
 * framework version 2, the example assessment and real actions of its library.
 */
import { unzipSync, strFromU8 } from 'fflate';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, test } from 'vitest';
import { frameworkV2 } from '$lib/content';
import { policyText } from '$lib/content/policy-text';
import { exampleAssessmentV2 } from '$lib/content/v2/example';
import type { PlanAction } from '$lib/domain/assessment';
import { buildPolicyDraft } from '$lib/domain/policy';
import { buildPolicyDocx } from './policy-docx';
import { testAction } from './test-fixtures';

/** A plan action made from a library action, linked to every practice that suggests it. */
function fromLibrary(
	actionId: string,
	horizon: PlanAction['horizon'],
	order: number,
	patch: Partial<PlanAction>
): PlanAction {
	const template = frameworkV2.actions.find((a) => a.id === actionId);
	if (!template) throw new Error(`No action ${actionId}`);
	return testAction(actionId, horizon, order, {
		origin: { kind: 'suggested', actionId },
		title: template.title,
		description: template.description,
		level: template.level,
		successMeasure: template.successMeasure,
		linkedItemIds: frameworkV2.items.filter((i) => i.actionIds.includes(actionId)).map((i) => i.id),
		...patch
	});
}

const plan: PlanAction[] = [
	fromLibrary('action2.sts-task-force', 'now', 2, { status: 'in-progress' }),
	fromLibrary('action2.risk-in-job-descriptions', 'now', 1, {
		status: 'accepted',
		owner: 'Zoë Łukasik',
		dueDate: '2026-06-30'
	}),
	fromLibrary('action2.pooled-workforce-check', 'next', 1, { status: 'accepted' }),
	fromLibrary('action2.risk-in-hiring', 'now', 0, { status: 'proposed' }),
	testAction('own', 'later', 1, {
		status: 'accepted',
		title: 'Ask staff what would help them most',
		successMeasure: ''
	})
];

const draft = buildPolicyDraft({
	assessment: {
		...exampleAssessmentV2,
		facilitator: 'Đặng Thu Hà',
		roster: exampleAssessmentV2.roster.map((member, i) => ({ id: String(i), ...member }))
	},
	framework: frameworkV2,
	plan,
	text: policyText
});

let html = '';
let documentXml = '';
let footerXml = '';

beforeAll(async () => {
	const blob = await buildPolicyDocx(draft);
	const bytes = new Uint8Array(await blob.arrayBuffer());
	html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
	const files = unzipSync(bytes);
	documentXml = strFromU8(files['word/document.xml']!);
	footerXml = Object.entries(files)
		.filter(([name]) => /^word\/footer\d*\.xml$/.test(name))
		.map(([, data]) => strFromU8(data))
		.join('');
});

/** Headings and the bold titles of commitments (a line break or their details follow), in order. */
function outline(): string[] {
	const found = html.matchAll(
		/<(h[1-3])>(.*?)<\/\1>|<li><strong>([^<]*)<\/strong>(?:<br \/>|<ul>)/g
	);
	return [...found].map(([, tag, headingText, title]) =>
		tag ? `${tag} ${headingText}` : `• ${title}`
	);
}

describe('the Word file of the policy draft', () => {
	test('element headings are followed by their accepted actions, in the team’s order', () => {
		const lines = outline();
		const from = lines.indexOf('h2 Our commitments');
		const to = lines.indexOf('h2 Task force');
		expect(lines.slice(from, to)).toEqual([
			'h2 Our commitments',
			'h3 1. Recognize the impact on the workforce',
			'• Check STS risk across staff, pooled and anonymous',
			'h3 2. Treat trauma exposure as a risk of the job',
			'• Name the risk in job descriptions',
			'h3 5. Turn knowledge into action and policy',
			'• Form a standing STS task force',
			'h3 Other commitments',
			'• Ask staff what would help them most'
		]);
		// Not decided yet: not a commitment.
		expect(html).not.toContain('Talk about STS risk when hiring');
	});

	test('the sections come under real headings, title first', () => {
		expect(outline().filter((line) => line.startsWith('h1') || line.startsWith('h2'))).toEqual([
			'h1 STS risk-management policy: draft',
			'h2 About this draft',
			'h2 Purpose',
			'h2 Scope',
			'h2 Roles and duties',
			'h2 Our commitments',
			'h2 Task force',
			'h2 How we measure progress',
			'h2 Review',
			'h2 Approval'
		]);
	});

	test('owners and dates as given; blanks bold, marked and highlighted', () => {
		expect(html).toContain('<li><strong>Owner: </strong>Zoë Łukasik</li>');
		expect(html).toContain('<li><strong>Due: </strong>30 June 2026</li>');
		expect(html).toContain('<li><strong>Owner: [To complete: who owns this]</strong></li>');
		// Word runs side by side in bold read back as one: the label and its blank.
		expect(html).toContain(
			'<strong>How often it meets: [To complete: how often the task force meets. Suggested: meet every month while the plan is new, then every quarter.]</strong>'
		);
		expect(html).toContain(
			'<strong>Next review date: [To complete: the date of the next review. Suggested: 12 March 2027, one year after the assessment of 12 March 2026.]</strong>'
		);
		const blanks = documentXml.match(/<w:r>(?:(?!<\/w:r>).)*\[To complete:/g) ?? [];
		expect(blanks.length).toBeGreaterThanOrEqual(8);
		expect(blanks.every((run) => run.includes('<w:highlight w:val="yellow"/>'))).toBe(true);
	});

	test('names from the roster and the facilitator come out exactly', () => {
		expect(html).toContain('<li>Executive leader: Margit Sørensen</li>');
		expect(html).toContain('<li>Program manager: José Núñez</li>');
		expect(html).toContain('<li>Casework supervisor: Zoë Łukasik</li>');
		expect(html).toContain('<strong>Facilitator: </strong>Đặng Thu Hà');
		expect(html).toContain('<strong>Maple Hollow Child &amp; Family Services (example)</strong>');
	});

	test('it says it is a draft, not advice, on the first page and at the foot of every page', () => {
		expect(html).toContain('It is not legal or clinical advice.');
		expect(footerXml).toContain('Draft to adapt: not legal or clinical advice · Page ');
		expect(footerXml).toMatch(/PAGE/);
	});
});
