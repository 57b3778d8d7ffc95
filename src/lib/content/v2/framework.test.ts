/**
 * Framework version 2 as assembled (what the app uses, never the drafts one by one, so a check
 * cannot pass by finding no files): valid, linked, readable, US spelling, privacy-safe, replacing
 * every version 1 item.
 */
import { expect, test } from 'vitest';
import { Framework, frameworkIntegrityProblems } from '$lib/domain/framework';
import { gradeLevel, gradeSpread } from '$lib/domain/readability';
import { builtinFramework } from '../index';
import { frameworkV2 } from './index';

test('version 2 is a valid framework whose links all point somewhere', () => {
	expect(Framework.safeParse(frameworkV2).success).toBe(true);
	expect(frameworkIntegrityProblems(frameworkV2)).toEqual([]);
});

test('30-36 items, every element assessed by several of its own', () => {
	expect(frameworkV2.items.length).toBeGreaterThanOrEqual(30);
	expect(frameworkV2.items.length).toBeLessThanOrEqual(36);
	for (const element of frameworkV2.elements) {
		const own = frameworkV2.items.filter((i) => i.elementId === element.id);
		expect(own.length, element.id).toBeGreaterThanOrEqual(4);
	}
});

test('every statement at grade 9 or below; the spread is printed for the notes', () => {
	const grades = frameworkV2.items.map((i) => gradeLevel(i.statement));
	const guidance = frameworkV2.items.flatMap((i) => (i.scaleGuidance ?? []).map(gradeLevel));
	const actions = frameworkV2.actions.map((a) => gradeLevel(`${a.title}. ${a.description}`));
	console.log(
		'v2 statements',
		gradeSpread(grades),
		'guidance',
		gradeSpread(guidance),
		'actions',
		gradeSpread(actions)
	);
	expect(frameworkV2.items.filter((i) => gradeLevel(i.statement) > 9).map((i) => i.id)).toEqual([]);
});

test('every version 1 item is replaced by at least one version 2 item', () => {
	const replaced = new Set(frameworkV2.items.flatMap((i) => i.replaces ?? []));
	expect(builtinFramework.items.map((i) => i.id).filter((id) => !replaced.has(id))).toEqual([]);
});

test('ids never clash with version 1', () => {
	const v1 = new Set([...builtinFramework.items, ...builtinFramework.actions].map((x) => x.id));
	expect([...frameworkV2.items, ...frameworkV2.actions].filter((x) => v1.has(x.id))).toEqual([]);
});

test('actions read at grade 9 or below, title, description and success measure alike', () => {
	const hard = frameworkV2.actions.flatMap((a) =>
		[a.title, a.description, a.successMeasure]
			.filter((text) => gradeLevel(text) > 9)
			.map((text) => `${a.id}: ${text}`)
	);
	expect(hard).toEqual([]);
});

/** A number or a how-often: the source gives none, so the workbook must say it is its suggestion. */
const FIGURE =
	/\b\d+\b|\b(daily|weekly|monthly|yearly|quarterly|twice|every (day|week|month|quarter|year)|each (week|month|quarter|year)|once a)\b/i;

test('an item or action that names a figure or a frequency says it is our suggestion', () => {
	const unmarked = [
		...frameworkV2.actions
			.filter((a) => !a.suggested && FIGURE.test(`${a.description} ${a.successMeasure}`))
			.map((a) => a.id),
		...frameworkV2.items
			.filter(
				(i) =>
					!i.suggested &&
					FIGURE.test([i.statement, ...(i.scaleGuidance ?? []), ...i.evidenceExamples].join(' '))
			)
			.map((i) => i.id)
	];
	expect(unmarked).toEqual([]);
});

test('guidance for every point of the scale, and every glossary meaning, at grade 9 or below', () => {
	const hard = [
		...frameworkV2.items.flatMap((i) =>
			(i.scaleGuidance ?? []).filter((g) => gradeLevel(g) > 9).map((g) => `${i.id}: ${g}`)
		),
		...(frameworkV2.glossary ?? []).filter((t) => gradeLevel(t.meaning) > 9).map((t) => t.term)
	];
	expect(frameworkV2.items.every((i) => i.scaleGuidance?.length === 5)).toBe(true);
	expect(hard).toEqual([]);
});

test('new ids say their version, and every replaced item exists in version 1', () => {
	const v1Items = new Set(builtinFramework.items.map((i) => i.id));
	expect(frameworkV2.items.filter((i) => !i.id.startsWith('item2.')).map((i) => i.id)).toEqual([]);
	expect(frameworkV2.actions.filter((a) => !a.id.startsWith('action2.')).map((a) => a.id)).toEqual(
		[]
	);
	expect(
		frameworkV2.items.flatMap((i) => (i.replaces ?? []).filter((r) => !v1Items.has(r)))
	).toEqual([]);
});

const BRITISH =
	/\b(practis\w*|organis\w*|behaviour\w*|colour\w*|programme\w*|centre\w*|counsell\w*|prioritis\w*|recognis\w*|minimis\w*|judgement|favour\w*|honour\w*|labour\w*)\b/i;
/** Evidence that would mean reading about a person: refused. */
const PERSONAL_RECORDS =
	/\b(supervision notes|case notes|personnel file|individual (scores|results|records)|self-check results|audit of (staff|individual)|named staff)\b/i;

test('US spelling, and no evidence or measure about a named person', () => {
	const texts = [
		...frameworkV2.items.flatMap((i) => [
			i.statement,
			...(i.scaleGuidance ?? []),
			...i.evidenceExamples
		]),
		...frameworkV2.actions.flatMap((a) => [a.title, a.description, a.successMeasure]),
		...(frameworkV2.glossary ?? []).flatMap((t) => [t.term, t.meaning])
	];
	expect(texts.length).toBeGreaterThan(300);
	expect(texts.filter((t) => BRITISH.test(t))).toEqual([]);
	const evidence = [
		...frameworkV2.items.flatMap((i) => i.evidenceExamples),
		...frameworkV2.actions.map((a) => a.successMeasure)
	];
	expect(evidence.filter((t) => PERSONAL_RECORDS.test(t))).toEqual([]);
});
