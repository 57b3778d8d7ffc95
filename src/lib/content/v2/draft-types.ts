/**
 * Framework version 2 (issue 11), in draft: the shapes its content is written in. Version 2 keeps
 * version 1's elements, passages (the seed's own words) and, where they still fit, its actions.
 * Assembled in ./index.ts; assessments made on version 1 keep version 1 (content/index.ts frameworkOf).
 */
import type { ActionTemplate, ImpactWeight } from '$lib/domain/framework';

/** What the practice looks like at each point of the 0-4 scale, one short sentence each. */
export type ScaleGuidance = [
	notInPlace: string,
	beginning: string,
	partly: string,
	mostly: string,
	fully: string
];

export interface ItemDraft {
	/** New ids start "item2." so they never collide with version 1's "item." ids. */
	id: string;
	/** One of version 1's six element ids (src/lib/content/elements.ts). */
	elementId: string;
	/** One practice, said plainly; grade 9 or below (tested). */
	statement: string;
	scaleGuidance: ScaleGuidance;
	/** Things the room could point to. Never a person's records, notes or self-check results. */
	evidenceExamples: string[];
	/** Version 1 passage ids (src/lib/content/passages). */
	passageIds: string[];
	impact: ImpactWeight;
	impactReason: string;
	/** Version 1 risk factor ids. */
	riskFactorIds: string[];
	/** Version 1 action ids, or ids of version 2 action drafts ("action2.…"). */
	actionIds: string[];
	/** The version 1 items this item replaces or splits from (empty for a new practice). */
	replaces: string[];
	/**
	 * What in this item is the workbook's suggestion rather than the source's (a frequency, a
	 * threshold, a target), shown as a visible "suggested" note. Absent when there is none.
	 */
	suggested?: string;
}

/** A new action for version 2 ("action2." ids); its success measure never audits individuals. */
export type ActionDraft = ActionTemplate & { suggested?: string };

export interface GlossaryTerm {
	/** The term as the room will see it, e.g. "Reflective supervision". */
	term: string;
	/** One or two plain sentences, grade 9 or below. */
	meaning: string;
}
