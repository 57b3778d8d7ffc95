/**
 * The question bank ("framework") as data. Frameworks are validated by these schemas so that a
 * consultant can later load a framework of their own; the built-in one lives in `src/lib/content`.
 *
 * zod/mini keeps the bundle small: these schemas are also used on screens that must load fast.
 */
import { z } from 'zod/mini';

/** Stable, human-readable ids for content ("item.supervision-sts"). Lower-case words, dots and dashes. */
export const contentId = z.string().check(z.regex(/^[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*$/));

/** The seed's three levels of a multidimensional approach. */
export const actionLevels = ['individual', 'supervisor', 'organization'] as const;
export const ActionLevel = z.enum(actionLevels);
export type ActionLevel = z.infer<typeof ActionLevel>;

export const actionTypes = ['prevention', 'intervention'] as const;
export const ActionType = z.enum(actionTypes);
export type ActionType = z.infer<typeof ActionType>;

export const efforts = ['low', 'medium', 'high'] as const;
export const Effort = z.enum(efforts);
export type Effort = z.infer<typeof Effort>;

/** Now = 0-3 months, Next = 3-6 months, Later = 6-12 months. */
export const horizons = ['now', 'next', 'later'] as const;
export const Horizon = z.enum(horizons);
export type Horizon = z.infer<typeof Horizon>;

/** Which part of the seed a passage comes from; used by the coverage test and the methodology page. */
export const passageKinds = [
	'risk', // "Understanding Who is at Risk"
	'triad', // the most important prevention strategy: psychoeducation, skills training, supervision
	'prevention', // preventive strategies paragraph
	'intervention', // intervention paragraph
	'organizational-strategy', // first bulleted list
	'individual-strategy', // second bulleted list
	'essential-element', // the six essential elements of a trauma-informed system
	'context' // framing sentences: the multidimensional approach, the risk-management policy
] as const;
export const PassageKind = z.enum(passageKinds);
export type PassageKind = z.infer<typeof PassageKind>;

/** A verbatim passage of the seed text, so every item and action can show where it comes from. */
export const SeedPassage = z.object({
	id: contentId,
	kind: PassageKind,
	/** The seed's section heading, e.g. "Strategies for Prevention and Intervention". */
	section: z.string().check(z.minLength(1)),
	/** Exact words from the seed (the coverage test checks they occur in it). */
	quote: z.string().check(z.minLength(3))
});
export type SeedPassage = z.infer<typeof SeedPassage>;

export const ImpactWeight = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type ImpactWeight = z.infer<typeof ImpactWeight>;

/** One of the six essential elements of a trauma-informed system: a step of the walk-through. */
export const Element = z.object({
	id: contentId,
	/** 1-based position in the walk. */
	number: z.number().check(z.int(), z.gte(1)),
	title: z.string().check(z.minLength(1)),
	/** Two or three plain sentences: what this element is about and why it matters. */
	summary: z.string().check(z.minLength(1)),
	passageIds: z.array(contentId).check(z.minLength(1))
});
export type Element = z.infer<typeof Element>;

/** "What good looks like" at three points of the practice scale. */
export const Guidance = z.object({
	low: z.string().check(z.minLength(1)),
	middle: z.string().check(z.minLength(1)),
	full: z.string().check(z.minLength(1))
});
export type Guidance = z.infer<typeof Guidance>;

const text = z.string().check(z.minLength(1));

/** "What good looks like" at each point of the 0-4 scale (framework version 2 onwards). */
export const ScaleGuidance = z.tuple([text, text, text, text, text]);
export type ScaleGuidance = z.infer<typeof ScaleGuidance>;

export const Item = z.object({
	id: contentId,
	elementId: contentId,
	/** A concrete, observable statement of practice that the group scores 0-4. */
	statement: z.string().check(z.minLength(1)),
	guidance: Guidance,
	/** Guidance for every point of the scale; where present, screens show it instead of `guidance`. */
	scaleGuidance: z.optional(ScaleGuidance),
	/** The items of the previous framework version this item replaces or splits from. */
	replaces: z.optional(z.array(contentId)),
	/** What in this item is the workbook's suggestion, not the source's (a frequency, a target). */
	suggested: z.optional(text),
	/** Things the group could point to as evidence. */
	evidenceExamples: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
	passageIds: z.array(contentId).check(z.minLength(1)),
	impact: ImpactWeight,
	/** Why the impact is what it is, in one sentence; reused in priority reasons. */
	impactReason: z.string().check(z.minLength(1)),
	riskFactorIds: z.array(contentId),
	actionIds: z.array(contentId).check(z.minLength(1))
});
export type Item = z.infer<typeof Item>;

/**
 * A workforce risk factor, asked about the workforce as a whole and never about a named person.
 * `raises-risk`: a high level means more risk (heavy caseloads). `protects`: a high level means less
 * risk (use of evidence-based practices).
 */
export const RiskDirection = z.enum(['raises-risk', 'protects']);
export type RiskDirection = z.infer<typeof RiskDirection>;

export const RiskFactor = z.object({
	id: contentId,
	/** Short name, e.g. "Heavy trauma caseloads". */
	label: z.string().check(z.minLength(1)),
	/** The question put to the group about the workforce as a whole. */
	question: z.string().check(z.minLength(1)),
	/** One sentence on how to judge low / moderate / high. */
	guidance: z.string().check(z.minLength(1)),
	/** The same as short points, shown as a list where present (version 2 onwards). */
	guidancePoints: z.optional(z.array(text)),
	direction: RiskDirection,
	/** Phrase used in priority reasons when this factor raises priority, e.g. "heavy trauma caseloads reported". */
	reasonPhrase: z.string().check(z.minLength(1)),
	passageIds: z.array(contentId).check(z.minLength(1))
});
export type RiskFactor = z.infer<typeof RiskFactor>;

export const ActionTemplate = z.object({
	id: contentId,
	title: z.string().check(z.minLength(1)),
	description: z.string().check(z.minLength(1)),
	level: ActionLevel,
	type: ActionType,
	effort: Effort,
	typicalHorizon: Horizon,
	successMeasure: z.string().check(z.minLength(1)),
	passageIds: z.array(contentId).check(z.minLength(1)),
	/** What in this action is the workbook's suggestion, not the source's. */
	suggested: z.optional(text),
	/** The action of the previous framework version this one revises. */
	revises: z.optional(contentId)
});
export type ActionTemplate = z.infer<typeof ActionTemplate>;

export const Framework = z.object({
	id: contentId,
	/** Semantic version of the content; assessments record the version they were scored against. */
	version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/)),
	title: z.string().check(z.minLength(1)),
	source: z.object({
		title: z.string(),
		publisher: z.string(),
		note: z.string()
	}),
	passages: z.array(SeedPassage),
	elements: z.array(Element).check(z.minLength(1)),
	items: z.array(Item).check(z.minLength(1)),
	riskFactors: z.array(RiskFactor),
	actions: z.array(ActionTemplate),
	/** Words a non-clinician may not know, explained plainly (version 2 onwards). */
	glossary: z.optional(z.array(z.object({ term: text, meaning: text })))
});
export type Framework = z.infer<typeof Framework>;

/**
 * Problems that a schema cannot see: duplicate ids and links that point nowhere.
 * Returns plain-language messages; an empty list means the framework is consistent.
 */
export function frameworkIntegrityProblems(fw: Framework): string[] {
	const problems: string[] = [];
	const idSets = {
		passage: new Set<string>(),
		element: new Set<string>(),
		item: new Set<string>(),
		riskFactor: new Set<string>(),
		action: new Set<string>()
	};
	const collect = (kind: keyof typeof idSets, ids: string[]) => {
		for (const id of ids) {
			if (idSets[kind].has(id)) problems.push(`Duplicate ${kind} id "${id}".`);
			idSets[kind].add(id);
		}
	};
	collect(
		'passage',
		fw.passages.map((p) => p.id)
	);
	collect(
		'element',
		fw.elements.map((e) => e.id)
	);
	collect(
		'item',
		fw.items.map((i) => i.id)
	);
	collect(
		'riskFactor',
		fw.riskFactors.map((r) => r.id)
	);
	collect(
		'action',
		fw.actions.map((a) => a.id)
	);
	const check = (owner: string, kind: keyof typeof idSets, ids: string[]) => {
		for (const id of ids) {
			if (!idSets[kind].has(id)) problems.push(`${owner} links to unknown ${kind} "${id}".`);
		}
	};
	for (const e of fw.elements) check(`Element "${e.id}"`, 'passage', e.passageIds);
	for (const i of fw.items) {
		check(`Item "${i.id}"`, 'element', [i.elementId]);
		check(`Item "${i.id}"`, 'passage', i.passageIds);
		check(`Item "${i.id}"`, 'riskFactor', i.riskFactorIds);
		check(`Item "${i.id}"`, 'action', i.actionIds);
	}
	for (const r of fw.riskFactors) check(`Risk factor "${r.id}"`, 'passage', r.passageIds);
	for (const a of fw.actions) check(`Action "${a.id}"`, 'passage', a.passageIds);
	const numbers = fw.elements.map((e) => e.number).sort((a, b) => a - b);
	numbers.forEach((n, index) => {
		if (n !== index + 1)
			problems.push(`Element numbers must run 1..${numbers.length} without gaps.`);
	});
	for (const e of fw.elements) {
		if (!fw.items.some((i) => i.elementId === e.id))
			problems.push(`Element "${e.id}" has no items.`);
	}
	return [...new Set(problems)];
}
