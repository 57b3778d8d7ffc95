import { describe, expect, test } from 'vitest';
import { Answer, RiskLevel, RosterMember, calendarDate, rosterRoles } from '$lib/domain/assessment';
import type { Framework } from '$lib/domain/framework';
import { exampleAssessment, type ExampleAssessment } from './example';
import { builtinFramework, frameworkV2 } from './index';
import { exampleAssessmentV2 } from './v2/example';

// The same shape rules for the example of every framework version (version 2's own rules are in
// v2/example.test.ts).
describe.each([
	['1', exampleAssessment, builtinFramework],
	['2', exampleAssessmentV2, frameworkV2]
] as [string, ExampleAssessment, Framework][])(
	'example assessment, version %s',
	(_v, example, framework) => {
		const responses = Object.entries(example.responses);
		const answers = responses.map(([, response]) => response.answer);

		test('has a response for every item of its framework, and no unknown items', () => {
			const itemIds = framework.items.map((item) => item.id).sort();
			expect(Object.keys(example.responses).sort()).toEqual(itemIds);
		});

		test('has a valid level for every risk factor, and no unknown factors', () => {
			const factorIds = framework.riskFactors.map((factor) => factor.id).sort();
			expect(Object.keys(example.riskProfile).sort()).toEqual(factorIds);
			for (const level of Object.values(example.riskProfile)) {
				expect(RiskLevel.safeParse(level).success).toBe(true);
			}
		});

		test('every answer passes the Answer schema', () => {
			for (const [itemId, response] of responses) {
				const result = Answer.safeParse(response.answer);
				expect(result.success, `${itemId}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
			}
		});

		test('roster members have a known role, and "other" is described', () => {
			expect(example.roster.length).toBeGreaterThanOrEqual(7);
			expect(example.roster.length).toBeLessThanOrEqual(9);
			for (const member of example.roster) {
				expect(rosterRoles).toContain(member.role);
				const result = RosterMember.safeParse({ id: crypto.randomUUID(), ...member });
				expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
			}
			expect(example.roster.some((member) => member.role === 'other')).toBe(true);
		});

		test('has exactly 3 "Don\'t know" answers', () => {
			expect(answers.filter((answer) => answer.kind === 'dont-know')).toHaveLength(3);
		});

		test('has exactly 2 "Not applicable" answers, each with a reason', () => {
			const notApplicable = answers.filter((answer) => answer.kind === 'not-applicable');
			expect(notApplicable).toHaveLength(2);
			for (const answer of notApplicable) {
				expect(answer.reason.trim().length).toBeGreaterThan(0);
			}
		});

		test('flags 3 or 4 items for discussion', () => {
			const flagged = responses.filter(([, response]) => response.discuss).length;
			expect(flagged).toBeGreaterThanOrEqual(3);
			expect(flagged).toBeLessThanOrEqual(4);
		});

		test('spreads scores across the scale, with at least one 0 and one 4', () => {
			const scores = answers.flatMap((answer) => (answer.kind === 'score' ? [answer.value] : []));
			expect(scores).toContain(0);
			expect(scores).toContain(4);
		});

		test('is labelled as an example and dated with a real YYYY-MM-DD date', () => {
			expect(example.organization).toContain('(example)');
			expect(example.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(calendarDate.safeParse(example.date).success).toBe(true);
		});
	}
);
