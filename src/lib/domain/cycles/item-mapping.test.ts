/**
 * Which practices compare across cycles. A small hand-made pair of framework versions covers each
 * kind of link; the real version 1 and version 2 frameworks are checked against a table written
 * out by hand from the content files (src/lib/content/items, src/lib/content/v2/items), so a
 * content change that moves a link fails here and is looked at.
 */
import { describe, expect, test } from 'vitest';
import { frameworkV2 } from '$lib/content';
import { frameworkV1 } from '$lib/content/framework-v1';
import type { Item } from '../framework';
import { mapItems, sameFramework, type MappedFramework } from './item-mapping';

/** A practice with only what the mapping reads; the rest is filler. */
function item(id: string, elementId: string, replaces?: string[]): Item {
	return {
		id,
		elementId,
		statement: `Statement ${id}`,
		guidance: { low: 'Low', middle: 'Middle', full: 'Full' },
		...(replaces ? { replaces } : {}),
		evidenceExamples: ['An example'],
		passageIds: ['passage.filler'],
		impact: 1,
		impactReason: 'Filler.',
		riskFactorIds: [],
		actionIds: ['action.filler']
	};
}

/** Version 1: two elements, two practices each. */
const older: MappedFramework = {
	id: 'test-fw',
	version: '1.0.0',
	items: [item('a1', 'e1'), item('a2', 'e1'), item('b1', 'e2'), item('b2', 'e2')]
};

/**
 * Version 2: a1 splits into x1 and x4; x2 stands for b1 and b2 (listed b2 first, to show the
 * earlier version's order wins); x3 is a new question; nobody replaces a2.
 */
const newer: MappedFramework = {
	id: 'test-fw',
	version: '2.0.0',
	items: [
		item('x1', 'e1', ['a1']),
		item('x4', 'e1', ['a1']),
		item('x2', 'e2', ['b2', 'b1']),
		item('x3', 'e2', [])
	]
};

describe('sameFramework', () => {
	test.each([
		{ a: older, b: older, same: true },
		{ a: older, b: { ...older, items: [] }, same: true },
		{ a: older, b: newer, same: false },
		{ a: older, b: { ...older, id: 'other-fw' }, same: false }
	])('$a.id $a.version and $b.id $b.version: $same', ({ a, b, same }) => {
		expect(sameFramework(a, b)).toBe(same);
	});
});

describe('mapItems on hand-made versions', () => {
	test('the same version compares every practice with itself', () => {
		expect(mapItems(older, older)).toEqual({
			pairs: [
				{ laterId: 'a1', earlierIds: ['a1'] },
				{ laterId: 'a2', earlierIds: ['a2'] },
				{ laterId: 'b1', earlierIds: ['b1'] },
				{ laterId: 'b2', earlierIds: ['b2'] }
			],
			onlyLater: [],
			onlyEarlier: []
		});
	});

	test('older to newer follows replaces: splits, merges, a new question, one no longer asked', () => {
		expect(mapItems(older, newer)).toEqual({
			pairs: [
				{ laterId: 'x1', earlierIds: ['a1'] },
				{ laterId: 'x4', earlierIds: ['a1'] },
				{ laterId: 'x2', earlierIds: ['b1', 'b2'] }
			],
			onlyLater: ['x3'],
			onlyEarlier: ['a2']
		});
	});

	test('a later cycle on the older version (a copy of an old file) reads the links backwards', () => {
		expect(mapItems(newer, older)).toEqual({
			pairs: [
				{ laterId: 'a1', earlierIds: ['x1', 'x4'] },
				{ laterId: 'b1', earlierIds: ['x2'] },
				{ laterId: 'b2', earlierIds: ['x2'] }
			],
			onlyLater: ['a2'],
			onlyEarlier: ['x3']
		});
	});

	test('a practice with no replaces at all, or replacing one the earlier lacks, is a new question', () => {
		const later: MappedFramework = {
			id: 'test-fw',
			version: '3.0.0',
			items: [item('y1', 'e1'), item('y2', 'e1', ['gone']), item('y3', 'e2', ['b1'])]
		};
		expect(mapItems(older, later)).toEqual({
			pairs: [{ laterId: 'y3', earlierIds: ['b1'] }],
			onlyLater: ['y1', 'y2'],
			onlyEarlier: ['a1', 'a2', 'b2']
		});
	});

	test('another framework that kept an id compares that practice with itself', () => {
		const own: MappedFramework = {
			id: 'consultant-fw',
			version: '1.0.0',
			items: [item('a1', 'e1'), item('z1', 'e1')]
		};
		expect(mapItems(older, own)).toEqual({
			pairs: [{ laterId: 'a1', earlierIds: ['a1'] }],
			onlyLater: ['z1'],
			onlyEarlier: ['a2', 'b1', 'b2']
		});
	});
});

/**
 * Version 2 in walk order, each with the version 1 practices it stands for in version 1's walk
 * order (read by hand from the `replaces` of src/lib/content/v2/items/*.ts).
 */
const v2Links: [string, string[]][] = [
	// 1. recognize-impact
	['item2.sts-basics-for-everyone', ['item.leaders-trained', 'item.psychoeducation']],
	['item2.leaders-trained', ['item.leaders-trained']],
	['item2.workforce-check', ['item.ongoing-assessment']],
	['item2.private-self-check', ['item.ongoing-assessment']],
	['item2.signs-guide', ['item.know-the-signs']],
	['item2.turnover-reviewed', ['item.turnover-tracked']],
	// 2. risk-of-the-job
	['item2.risk-in-safety-policy', []],
	['item2.risk-in-job-descriptions', []],
	['item2.risk-in-hiring', []],
	['item2.risk-in-orientation', ['item.psychoeducation']],
	['item2.caseload-balance', ['item.caseload-balance', 'item.new-staff-assignments']],
	['item2.call-for-help', ['item.physical-safety']],
	// 3. organizational-culture
	['item2.leaders-respond-to-strain', []],
	['item2.ask-before-sharing-details', []],
	['item2.leaders-model-self-care', []],
	['item2.self-care-with-peers', ['item.self-care-groups', 'item.buddy-system']],
	['item2.flextime', ['item.flextime-work-life']],
	['item2.time-off-norms', ['item.flextime-work-life']],
	// 4. protect-client-care (sts-in-supervision lists them the other way round)
	['item2.reflective-supervision', ['item.reflective-supervision']],
	['item2.sts-in-supervision', ['item.reflective-supervision', 'item.supervision-addresses-sts']],
	['item2.safe-to-raise-sts', ['item.supervision-addresses-sts']],
	['item2.group-talk-for-hard-cases', ['item.connection']],
	['item2.evidence-based-practice', ['item.evidence-based-practice']],
	['item2.spot-client-trauma', ['item.client-care-strain']],
	// 5. knowledge-into-action
	['item2.sts-policy', ['item.risk-management-policy']],
	['item2.sts-task-force', ['item.risk-management-policy']],
	['item2.outside-sts-providers', ['item.external-partnerships']],
	['item2.staff-reach-eap', ['item.eap-referral']],
	['item2.supervisors-suggest-eap', ['item.eap-referral']],
	['item2.major-event-plan', ['item.critical-incident-plan']],
	// 6. integrate-sts
	['item2.sts-in-services', ['item.sts-in-policies']],
	['item2.sts-in-ebp-training', ['item.sts-in-ebp-training']],
	['item2.coping-skills-training', ['item.skills-training']],
	['item2.ongoing-self-care-training', ['item.continuing-training']],
	['item2.leaders-trained-to-lead', ['item.leaders-implementation']],
	['item2.daily-self-care-support', ['item.wellness-plans', 'item.rest-nutrition-exercise']]
];

describe('mapItems on the real frameworks, version 1 to version 2', () => {
	const mapping = mapItems(frameworkV1, frameworkV2);

	test('the frameworks are the ones this table was written from', () => {
		expect(frameworkV1.items).toHaveLength(27);
		expect(frameworkV2.items.map((i) => i.id)).toEqual(v2Links.map(([id]) => id));
	});

	test('every version 2 practice with links pairs with exactly those version 1 practices', () => {
		expect(mapping.pairs).toEqual(
			v2Links
				.filter(([, earlierIds]) => earlierIds.length > 0)
				.map(([laterId, earlierIds]) => ({ laterId, earlierIds }))
		);
		expect(mapping.pairs).toHaveLength(30);
		for (const item of frameworkV2.items.filter((i) => (i.replaces ?? []).length > 0)) {
			const pair = mapping.pairs.find((p) => p.laterId === item.id);
			expect(new Set(pair?.earlierIds)).toEqual(new Set(item.replaces));
		}
	});

	test('the practices new in version 2 (replaces: []) are new questions', () => {
		expect(mapping.onlyLater).toEqual([
			'item2.risk-in-safety-policy',
			'item2.risk-in-job-descriptions',
			'item2.risk-in-hiring',
			'item2.leaders-respond-to-strain',
			'item2.ask-before-sharing-details',
			'item2.leaders-model-self-care'
		]);
	});

	test('every version 1 practice is stood for by some version 2 practice', () => {
		// Worked out by hand: each of the 27 version 1 ids appears in a `replaces` above.
		expect(mapping.onlyEarlier).toEqual([]);
	});

	test('the version 1 practices split over two version 2 practices', () => {
		const standsFor = new Map<string, string[]>();
		for (const { laterId, earlierIds } of mapping.pairs) {
			for (const id of earlierIds) standsFor.set(id, [...(standsFor.get(id) ?? []), laterId]);
		}
		const split = [...standsFor].filter(([, later]) => later.length > 1);
		expect(split).toEqual([
			['item.leaders-trained', ['item2.sts-basics-for-everyone', 'item2.leaders-trained']],
			['item.psychoeducation', ['item2.sts-basics-for-everyone', 'item2.risk-in-orientation']],
			['item.ongoing-assessment', ['item2.workforce-check', 'item2.private-self-check']],
			['item.flextime-work-life', ['item2.flextime', 'item2.time-off-norms']],
			['item.reflective-supervision', ['item2.reflective-supervision', 'item2.sts-in-supervision']],
			['item.supervision-addresses-sts', ['item2.sts-in-supervision', 'item2.safe-to-raise-sts']],
			['item.risk-management-policy', ['item2.sts-policy', 'item2.sts-task-force']],
			['item.eap-referral', ['item2.staff-reach-eap', 'item2.supervisors-suggest-eap']]
		]);
	});

	test('read backwards (version 2 earlier, version 1 later) the same links hold', () => {
		const back = mapItems(frameworkV2, frameworkV1);
		expect(back.onlyLater).toEqual([]);
		expect(back.onlyEarlier).toEqual(mapping.onlyLater);
		expect(back.pairs.find((p) => p.laterId === 'item.eap-referral')?.earlierIds).toEqual([
			'item2.staff-reach-eap',
			'item2.supervisors-suggest-eap'
		]);
	});

	test('version 1 with itself pairs all 27 practices one to one', () => {
		const same = mapItems(frameworkV1, frameworkV1);
		expect(same.pairs).toHaveLength(27);
		expect(
			same.pairs.every((p) => p.earlierIds.length === 1 && p.earlierIds[0] === p.laterId)
		).toBe(true);
	});
});
