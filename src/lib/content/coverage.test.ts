/**
 * THE coverage test: every strategy the seed names is written out here, word for word, and must be
 * reachable from at least one item or action through a passage that quotes it. If a strategy is
 * dropped from the content, or its passage is left unlinked, this test fails.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Framework } from '$lib/domain/framework';
import { builtinFramework } from './index';
import { frameworkV2 } from './v2/index';

const seed = readFileSync(new URL('./seed-nctsn-sts.txt', import.meta.url), 'utf8');

/** "Strategies to Build Resiliency and Address STS", first list. */
const organizationalStrategies = [
	'Provide adequate clinical supervision, including reflective supervision',
	'Maintain trauma caseload balance',
	'Support workplace self-care groups',
	'Enhance the physical safety of staff',
	'Offer flextime scheduling',
	'Incorporate STS training into EBP training for clinical staff',
	'Create external partnerships with STS intervention providers',
	'Train organizational leaders and non-clinical staff on STS',
	'Train organizational leaders on organizational implementation and assessment',
	'Provide ongoing assessment of staff risk and resiliency'
];

/** "Strategies to Build Resiliency and Address STS", second list. */
const individualStrategies = [
	'Use supervision to address STS',
	'Increase self-awareness of STS',
	'Maintain healthy work-life balance',
	'Exercise and good nutrition',
	'Practice self-care',
	'Stay connected',
	'Develop and implement plans to increase personal wellness and resilience',
	'Continue individual training on risk reduction and self-care',
	'Use Employee Assistance Programs or counseling services as needed',
	'Participate in a self-care accountability buddy system'
];

/** The preventive strategies paragraph. */
const preventiveStrategies = [
	'self-report assessments',
	'participation in self-care groups in the workplace',
	'caseload balancing',
	'use of flextime scheduling',
	'use of the self-care accountability buddy system',
	'Proper rest, nutrition, exercise, and stress reduction activities'
];

/** The intervention paragraph. */
const interventionStrategies = [
	'cognitive-behavioral strategies and mindfulness-based methods',
	'caseload management, training, reflective supervision, and peer supervision or external group processing',
	'referrals for formal intervention from outside providers such as individual therapists or Employee Assistance Programs',
	'External group supervision services may be especially important in cases of disasters or community violence'
];

/** "Worker Resiliency in Trauma-Informed Systems: Essential Elements". */
const essentialElements = [
	'Recognize the impact of secondary trauma on the workforce',
	'Recognize that exposure to trauma is a risk of the job of serving traumatized children and families',
	'Understand that trauma can shape the culture of organizations in the same way that trauma shapes the world view of individuals',
	'Understand that a traumatized organization is less likely to effectively identify its clients’ past trauma or mitigate or prevent future trauma',
	'Develop the capacity to translate trauma-related knowledge into meaningful action, policy, and improvements in practices',
	'Be integrated into direct services, programs, policies, and procedures, staff development and training, and other activities directed at secondary traumatic stress'
];

/** The most important prevention strategy: the triad. */
const triadParts = ['psychoeducation', 'skills training', 'supervision'];
const triadSentence =
	'The most important strategy for preventing the development of secondary traumatic stress is the triad of psychoeducation, skills training, and supervision.';

const strategies = [
	...organizationalStrategies,
	...individualStrategies,
	...preventiveStrategies,
	...interventionStrategies
];

// Every version the workbook carries covers the whole seed.
describe.each([
	['1.0.0', builtinFramework],
	['2.0.0', frameworkV2]
] as [string, Framework][])('framework version %s', (_version, framework) => {
	const { passages, items, actions, elements, riskFactors } = framework;

	const linkedPassageIds = new Set([
		...items.flatMap((i) => i.passageIds),
		...actions.flatMap((a) => a.passageIds)
	]);

	function passagesQuoting(text: string) {
		return passages.filter((p) => p.quote.includes(text));
	}

	describe('every seed strategy is reachable from an item or action', () => {
		test('the lists hold the whole seed: 10 organizational, 10 individual, 6 elements', () => {
			expect(organizationalStrategies).toHaveLength(10);
			expect(individualStrategies).toHaveLength(10);
			expect(essentialElements).toHaveLength(6);
			for (const line of [
				...organizationalStrategies,
				...individualStrategies,
				...essentialElements
			]) {
				// Each bullet is a whole line of the seed (after the bullet mark).
				expect(seed).toMatch(
					new RegExp(`• ${line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'm')
				);
			}
		});

		test.each(strategies)('seed strategy is reachable: %s', (strategy) => {
			expect(seed.includes(strategy), 'occurs verbatim in the seed').toBe(true);
			const quoting = passagesQuoting(strategy);
			expect(quoting.length, 'at least one passage quotes it').toBeGreaterThan(0);
			const linked = quoting.filter((p) => linkedPassageIds.has(p.id));
			expect(
				linked.map((p) => p.id),
				`an item or action links one of: ${quoting.map((p) => p.id).join(', ')}`
			).not.toEqual([]);
		});

		test.each(essentialElements)('essential element is reachable: %s', (text) => {
			expect(seed.includes(text), 'occurs verbatim in the seed').toBe(true);
			const quoting = passagesQuoting(text);
			expect(quoting.length, 'at least one passage quotes it').toBeGreaterThan(0);
			const ids = new Set(quoting.map((p) => p.id));
			expect(
				elements.some((e) => e.passageIds.some((id) => ids.has(id))),
				'an element links it'
			).toBe(true);
			expect(
				[...ids].some((id) => linkedPassageIds.has(id)),
				'an item or action links it'
			).toBe(true);
		});

		test.each(triadParts)('triad part is covered by an impact-3 item: %s', (part) => {
			expect(seed.includes(triadSentence)).toBe(true);
			expect(triadSentence).toContain(part);
			const quoting = new Set(passagesQuoting(part).map((p) => p.id));
			expect(quoting.has('triad'), 'the triad passage quotes it').toBe(true);
			const covering = items.filter(
				(i) =>
					i.impact === 3 &&
					i.passageIds.some((id) => quoting.has(id)) &&
					i.impactReason.startsWith(part)
			);
			expect(
				covering.map((i) => i.id),
				'an impact-3 item whose reason names it'
			).not.toEqual([]);
		});

		test.each(passages.map((p) => [p.id, p] as const))(
			'passage is used by the content: %s',
			(id) => {
				const used =
					linkedPassageIds.has(id) ||
					elements.some((e) => e.passageIds.includes(id)) ||
					riskFactors.some((r) => r.passageIds.includes(id));
				expect(used).toBe(true);
			}
		);

		test.each(
			passages
				.filter((p) => p.kind !== 'risk' && p.kind !== 'essential-element')
				.map((p) => [p.id, p] as const)
		)('strategy passage is linked from an item or action: %s', (id) => {
			expect(linkedPassageIds.has(id)).toBe(true);
		});
	});
});
