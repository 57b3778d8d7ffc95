import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { Framework, frameworkIntegrityProblems } from '$lib/domain/framework';
import {
	builtinFramework,
	getAction,
	getItem,
	getPassage,
	getRiskFactor,
	itemsByElement
} from './index';

const seed = readFileSync(new URL('./seed-nctsn-sts.txt', import.meta.url), 'utf8');
const fw = builtinFramework;

describe('built-in framework', () => {
	test('passes the framework schema', () => {
		const result = Framework.safeParse(fw);
		expect(result.success, JSON.stringify(result.error?.issues, null, 2)).toBe(true);
	});

	test('has no integrity problems (duplicate ids, dangling links, element numbering)', () => {
		expect(frameworkIntegrityProblems(fw)).toEqual([]);
	});

	test('has the expected size', () => {
		expect(fw.elements).toHaveLength(6);
		expect(fw.items.length).toBeGreaterThanOrEqual(20);
		expect(fw.items.length).toBeLessThanOrEqual(30);
		expect(fw.riskFactors.length).toBeGreaterThanOrEqual(6);
		expect(fw.actions.length).toBeGreaterThanOrEqual(30);
		expect(fw.actions.length).toBeLessThanOrEqual(45);
	});

	test('every element has 3-6 items', () => {
		for (const element of fw.elements) {
			const count = itemsByElement(element.id).length;
			expect(count, element.id).toBeGreaterThanOrEqual(3);
			expect(count, element.id).toBeLessThanOrEqual(6);
		}
	});

	test('every action is linked from at least one item', () => {
		const linked = new Set(fw.items.flatMap((i) => i.actionIds));
		expect(fw.actions.map((a) => a.id).filter((id) => !linked.has(id))).toEqual([]);
	});

	test('every risk factor is linked from at least one item', () => {
		const linked = new Set(fw.items.flatMap((i) => i.riskFactorIds));
		expect(fw.riskFactors.map((r) => r.id).filter((id) => !linked.has(id))).toEqual([]);
	});

	test('items link 1-3 actions', () => {
		for (const item of fw.items) {
			expect(item.actionIds.length, item.id).toBeGreaterThanOrEqual(1);
			expect(item.actionIds.length, item.id).toBeLessThanOrEqual(3);
		}
	});

	test.each(fw.passages.map((p) => [p.id, p.quote] as const))(
		'passage %s is quoted verbatim from the seed',
		(_id, quote) => {
			expect(seed.includes(quote)).toBe(true);
		}
	);

	test('all three levels and both types are present in actions', () => {
		expect(new Set(fw.actions.map((a) => a.level))).toEqual(
			new Set(['individual', 'supervisor', 'organization'])
		);
		expect(new Set(fw.actions.map((a) => a.type))).toEqual(new Set(['prevention', 'intervention']));
		expect(new Set(fw.actions.map((a) => a.effort))).toEqual(new Set(['low', 'medium', 'high']));
		expect(new Set(fw.actions.map((a) => a.typicalHorizon))).toEqual(
			new Set(['now', 'next', 'later'])
		);
	});

	test('impact 3 is kept for the triad: every impact-3 item links the triad passage', () => {
		for (const item of fw.items.filter((i) => i.impact === 3)) {
			expect(item.passageIds, item.id).toContain('triad');
		}
	});

	test('the risk profile never asks about gender, empathy or personal trauma history', () => {
		for (const factor of fw.riskFactors) {
			const text = [factor.label, factor.question, factor.guidance, factor.reasonPhrase]
				.join(' ')
				.toLowerCase();
			for (const word of ['gender', 'women', 'empath', 'personal trauma', 'trauma history']) {
				expect(text, `${factor.id} mentions "${word}"`).not.toContain(word);
			}
		}
	});

	test('reason phrases start in lower case (or an acronym) so they fit inside a sentence', () => {
		for (const text of [
			...fw.riskFactors.map((r) => r.reasonPhrase),
			...fw.items.map((i) => i.impactReason)
		]) {
			const firstWord = text.split(' ')[0] ?? '';
			const isAcronym = /^[A-Z]{2,}$/.test(firstWord);
			expect(isAcronym || firstWord === firstWord.toLowerCase(), text).toBe(true);
			expect(text.endsWith('.'), text).toBe(false);
		}
	});

	test('lookups find content by id', () => {
		expect(getItem('item.reflective-supervision')?.impact).toBe(3);
		expect(getAction('action.caseload-review')?.level).toBe('supervisor');
		expect(getRiskFactor('evidence-based-practice')?.direction).toBe('protects');
		expect(getPassage('triad')?.kind).toBe('triad');
		expect(getItem('item.nope')).toBeUndefined();
		expect(itemsByElement('nope')).toEqual([]);
	});
});
