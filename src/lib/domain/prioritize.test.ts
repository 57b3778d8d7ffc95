import { describe, expect, test } from 'vitest';
import type { Answer, RiskLevel } from './assessment';
import type { Framework } from './framework';
import { horizonFor, prioritizeItems, suggestActions, type FindOutText } from './prioritize';

// A small framework whose numbers are easy to check by hand.
const framework = {
	items: [
		{
			id: 'i.sup',
			impact: 3,
			impactReason: 'supervision is a core strategy',
			riskFactorIds: ['caseload', 'ebp'],
			actionIds: ['a.sup-low', 'a.sup-high'],
			statement: 'Supervision covers STS.'
		},
		{
			id: 'i.care',
			impact: 2,
			impactReason: 'caseload balance is a core support',
			riskFactorIds: ['caseload'],
			actionIds: ['a.shared', 'a.care-med'],
			statement: 'Caseloads are balanced.'
		},
		{
			id: 'i.buddy',
			impact: 1,
			impactReason: 'peers help each other notice stress',
			riskFactorIds: [],
			actionIds: ['a.shared'],
			statement: 'A buddy system exists.'
		}
	],
	riskFactors: [
		{ id: 'caseload', direction: 'raises-risk', reasonPhrase: 'heavy trauma caseloads reported' },
		{
			id: 'ebp',
			direction: 'protects',
			reasonPhrase: 'limited use of evidence-based practices reported'
		}
	],
	actions: [
		{ id: 'a.sup-low', title: 'Add STS to supervision', effort: 'low', level: 'supervisor' },
		{ id: 'a.sup-high', title: 'Train supervisors', effort: 'high', level: 'organization' },
		{ id: 'a.shared', title: 'Start peer check-ins', effort: 'low', level: 'individual' },
		{ id: 'a.care-med', title: 'Set caseload limits', effort: 'medium', level: 'organization' }
	].map((a) => ({ ...a, description: `${a.title}.`, type: 'prevention', successMeasure: 'Done.' }))
} as unknown as Pick<Framework, 'items' | 'riskFactors' | 'actions'>;

const s = (value: 0 | 1 | 2 | 3 | 4): Answer => ({ kind: 'score', value });
const DK: Answer = { kind: 'dont-know' };
const NA: Answer = { kind: 'not-applicable', reason: 'Not here' };
const responses = (answers: Record<string, Answer>) =>
	new Map(Object.entries(answers).map(([id, answer]) => [id, { answer }]));
const findOut: FindOutText = {
	title: (statement) => `Find out: ${statement}`,
	description: 'Ask who would know.',
	successMeasure: 'The item has a score.'
};

describe('prioritizeItems: priority = gap x impact x risk boost', () => {
	test.each<{
		case: string;
		answer: Answer | undefined;
		risk: Record<string, RiskLevel>;
		priority: number | null;
		boost?: number;
		reason?: string;
	}>([
		{
			case: '1. score 1, no risk: 0.75 x 3 x 1 = 2.25',
			answer: s(1),
			risk: {},
			priority: 2.25,
			boost: 1,
			reason: 'Scored 1 of 4; supervision is a core strategy.'
		},
		{
			case: '2. score 1, caseloads high: 0.75 x 3 x 1.25 = 2.8125 -> 2.81',
			answer: s(1),
			risk: { caseload: 'high' },
			priority: 2.81,
			boost: 1.25,
			reason: 'Scored 1 of 4; heavy trauma caseloads reported; supervision is a core strategy.'
		},
		{
			case: '3. score 2, caseloads high and EBP use low (protective factor low): 0.5 x 3 x 1.5 = 2.25',
			answer: s(2),
			risk: { caseload: 'high', ebp: 'low' },
			priority: 2.25,
			boost: 1.5,
			reason:
				'Scored 2 of 4; heavy trauma caseloads reported; limited use of evidence-based practices reported; supervision is a core strategy.'
		},
		{
			case: '4. score 3, both moderate: 0.25 x 3 x 1.2 = 0.9',
			answer: s(3),
			risk: { caseload: 'moderate', ebp: 'moderate' },
			priority: 0.9,
			boost: 1.2,
			reason:
				'Scored 3 of 4; heavy trauma caseloads reported (moderate); limited use of evidence-based practices reported (moderate); supervision is a core strategy.'
		},
		{
			case: "5. Don't know, caseloads high: 0.5 x 3 x 1.25 = 1.875 -> 1.88, assess first",
			answer: DK,
			risk: { caseload: 'high' },
			priority: 1.88,
			boost: 1.25,
			reason:
				"Don't know yet, so find out first; heavy trauma caseloads reported; supervision is a core strategy."
		},
		{
			case: '6. score 0, EBP use high (protective, so no boost): 1 x 3 x 1 = 3',
			answer: s(0),
			risk: { ebp: 'high' },
			priority: 3,
			boost: 1
		},
		{
			case: '7. score 0, risk unknown adds nothing: 1 x 3 x 1 = 3',
			answer: s(0),
			risk: { caseload: 'unknown', ebp: 'unknown' },
			priority: 3,
			boost: 1
		},
		{
			case: '8. caseloads low add nothing: 0.75 x 3 x 1 = 2.25',
			answer: s(1),
			risk: { caseload: 'low' },
			priority: 2.25,
			boost: 1
		},
		{
			case: '9. score 4: no gap, no priority',
			answer: s(4),
			risk: { caseload: 'high' },
			priority: null
		},
		{
			case: '10. not applicable: no priority',
			answer: NA,
			risk: { caseload: 'high' },
			priority: null
		},
		{ case: '11. not answered: no priority', answer: undefined, risk: {}, priority: null }
	])('$case', ({ answer, risk, priority, boost, reason }) => {
		const result = prioritizeItems(framework, responses(answer ? { 'i.sup': answer } : {}), risk);
		const sup = result.find((p) => p.itemId === 'i.sup');
		if (priority === null) {
			expect(sup).toBeUndefined();
			return;
		}
		expect(sup?.priority).toBe(priority);
		if (boost !== undefined) expect(sup?.boost).toBe(boost);
		if (reason !== undefined) expect(sup?.reason).toBe(reason);
	});

	test("12. Don't know is tagged assess first with half a gap", () => {
		const [p] = prioritizeItems(framework, responses({ 'i.buddy': DK }), {});
		expect(p).toMatchObject({ kind: 'assess-first', gap: 0.5, priority: 0.5, score: null });
	});

	test('13. ties: equal priority goes to the higher impact, then the id', () => {
		// care: 0.5 x 2 = 1.0; buddy: 1 x 1 = 1.0; sup: 0.25 x 3 = 0.75
		const result = prioritizeItems(
			framework,
			responses({ 'i.care': s(2), 'i.buddy': s(0), 'i.sup': s(3) }),
			{}
		);
		expect(result.map((p) => [p.itemId, p.priority])).toEqual([
			['i.care', 1],
			['i.buddy', 1],
			['i.sup', 0.75]
		]);
	});
});

describe('horizonFor: effort places each action', () => {
	test.each([
		[2.25, 'low', 'now'],
		[2.25, 'high', 'next'],
		[1.5, 'medium', 'next'],
		[1.49, 'low', 'later'],
		[0.75, 'low', 'later'],
		[0.75, 'medium', 'later'],
		[0.74, 'low', 'later'],
		[3, 'medium', 'next']
	] as const)('priority %s, effort %s -> %s', (priority, effort, horizon) => {
		expect(horizonFor(priority, effort)).toBe(horizon);
	});
});

describe('suggestActions', () => {
	test('14. an all-perfect assessment has an empty plan', () => {
		const perfect = responses({ 'i.sup': s(4), 'i.care': s(4), 'i.buddy': s(4) });
		expect(suggestActions(framework, prioritizeItems(framework, perfect, {}), findOut)).toEqual([]);
	});

	test('15. an all-unknown assessment yields only "find out" steps, all Now', () => {
		const unknown = responses({ 'i.sup': DK, 'i.care': DK, 'i.buddy': DK });
		const plan = suggestActions(framework, prioritizeItems(framework, unknown, {}), findOut);
		expect(plan.map((a) => [a.key, a.priority, a.horizon])).toEqual([
			['find-out:i.sup', 1.5, 'now'],
			['find-out:i.care', 1, 'now'],
			['find-out:i.buddy', 0.5, 'now']
		]);
		expect(plan[0]?.title).toBe('Find out: Supervision covers STS.');
	});

	test('16. shared actions take the highest linked priority; effort sets the horizon', () => {
		// sup 1 -> 2.25; care 1 -> 0.75 x 2 = 1.5; buddy 1 -> 0.75
		const plan = suggestActions(
			framework,
			prioritizeItems(framework, responses({ 'i.sup': s(1), 'i.care': s(1), 'i.buddy': s(1) }), {}),
			findOut
		);
		expect(plan.map((a) => [a.key, a.priority, a.horizon, a.linkedItemIds])).toEqual([
			['a.sup-low', 2.25, 'now', ['i.sup']],
			['a.shared', 1.5, 'now', ['i.care', 'i.buddy']],
			['a.sup-high', 2.25, 'next', ['i.sup']],
			['a.care-med', 1.5, 'next', ['i.care']]
		]);
		expect(plan[1]?.reason).toBe('Scored 1 of 4; caseload balance is a core support.');
	});
});
