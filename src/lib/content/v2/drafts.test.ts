/**
 * Checks on the version 2 drafts (issue 11) while they are written: plain reading level, one
 * practice per statement, every link pointing somewhere, US spelling, privacy-safe evidence.
 */
import { expect, test } from 'vitest';
import { builtinFramework } from '$lib/content';
import { gradeLevel } from '$lib/domain/readability';
import type { ActionDraft, GlossaryTerm, ItemDraft } from './draft-types';

const itemModules = import.meta.glob<Record<string, ItemDraft[]>>('./items/*.ts', { eager: true });
const actionModules = import.meta.glob<Record<string, ActionDraft[]>>('./actions/*.ts', {
	eager: true
});
const glossaryModules = import.meta.glob<Record<string, GlossaryTerm[]>>('./glossary/*.ts', {
	eager: true
});
const all = <T>(modules: Record<string, Record<string, T[]>>) =>
	Object.values(modules).flatMap((m) => Object.values(m).flat());

const items = all(itemModules);
const actions = all(actionModules);
const glossary = all(glossaryModules);
const v1 = builtinFramework;

const BRITISH =
	/\b(practis\w*|organis\w*|behaviour\w*|colour\w*|programme\w*|centre\w*|counsell\w*|prioritis\w*|recognis\w*|minimis\w*|judgement|favour\w*|honour\w*|labour\w*)\b/i;
/** Evidence that would mean reading about a person: refused. */
const PERSONAL_RECORDS =
	/\b(supervision notes|case notes|personnel file|individual (scores|results|records)|self-check results|audit of (staff|individual)|named staff)\b/i;

test.skipIf(items.length === 0)('every statement reads at grade 9 or below', () => {
	const hard = items
		.map((i) => ({ id: i.id, grade: gradeLevel(i.statement) }))
		.filter((i) => i.grade > 9);
	expect(hard).toEqual([]);
});

test.skipIf(items.length === 0)(
	'guidance for every point of the scale reads at grade 9 or below',
	() => {
		const hard = items.flatMap((i) =>
			i.scaleGuidance
				.map((g, point) => ({ id: i.id, point, grade: gradeLevel(g) }))
				.filter((g) => g.grade > 9)
		);
		expect(hard).toEqual([]);
	}
);

test.skipIf(glossary.length === 0)('glossary meanings read at grade 9 or below', () => {
	expect(glossary.filter((t) => gradeLevel(t.meaning) > 9).map((t) => t.term)).toEqual([]);
});

test.skipIf(items.length === 0)('ids are new and unique; links point somewhere', () => {
	const ids = items.map((i) => i.id);
	expect(new Set(ids).size).toBe(ids.length);
	expect(ids.filter((id) => !id.startsWith('item2.'))).toEqual([]);
	const passages = new Set(v1.passages.map((p) => p.id));
	const elements = new Set(v1.elements.map((e) => e.id));
	const riskFactors = new Set(v1.riskFactors.map((r) => r.id));
	const actionIds = new Set([...v1.actions.map((a) => a.id), ...actions.map((a) => a.id)]);
	const v1Items = new Set(v1.items.map((i) => i.id));
	const broken = items.flatMap((i) => [
		...(elements.has(i.elementId) ? [] : [`${i.id}: element ${i.elementId}`]),
		...i.passageIds.filter((p) => !passages.has(p)).map((p) => `${i.id}: passage ${p}`),
		...i.riskFactorIds.filter((r) => !riskFactors.has(r)).map((r) => `${i.id}: risk ${r}`),
		...i.actionIds.filter((a) => !actionIds.has(a)).map((a) => `${i.id}: action ${a}`),
		...i.replaces.filter((r) => !v1Items.has(r)).map((r) => `${i.id}: replaces ${r}`),
		...(i.passageIds.length && i.actionIds.length && i.evidenceExamples.length
			? []
			: [`${i.id}: needs passages, actions and evidence`])
	]);
	expect(broken).toEqual([]);
});

test.skipIf(items.length === 0)('US spelling, and no evidence about a named person', () => {
	const texts = [
		...items.flatMap((i) => [i.statement, ...i.scaleGuidance, ...i.evidenceExamples]),
		...actions.flatMap((a) => [a.title, a.description, a.successMeasure]),
		...glossary.flatMap((t) => [t.term, t.meaning])
	];
	expect(texts.filter((t) => BRITISH.test(t))).toEqual([]);
	const evidence = [
		...items.flatMap((i) => i.evidenceExamples),
		...actions.map((a) => a.successMeasure)
	];
	expect(evidence.filter((t) => PERSONAL_RECORDS.test(t))).toEqual([]);
});

test.skipIf(actions.length === 0)('new action ids start "action2." and link to passages', () => {
	const passages = new Set(v1.passages.map((p) => p.id));
	expect(actions.filter((a) => !a.id.startsWith('action2.')).map((a) => a.id)).toEqual([]);
	expect(
		actions.flatMap((a) => a.passageIds.filter((p) => !passages.has(p)).map((p) => `${a.id}: ${p}`))
	).toEqual([]);
});
