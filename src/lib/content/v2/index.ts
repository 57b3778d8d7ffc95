/**
 * Framework version 2 (issue 11), assembled from its drafts: the same six elements, passages and
 * risk factors as version 1, new items written in plain words (one practice each, guidance for
 * every point of the scale, the version 1 items each replaces), revised actions ("action2." ids:
 * nothing the source does not say reads as if it did, no measure tracks a named person) and a
 * glossary. Registered in `frameworks` (content/index.ts): new assessments use it.
 */
import type { Framework, Item } from '$lib/domain/framework';
import { frameworkV1 as builtinFramework } from '../framework-v1';
import type { ActionDraft, GlossaryTerm, ItemDraft } from './draft-types';

const modules = <T>(found: Record<string, Record<string, T[]>>) =>
	Object.entries(found)
		.sort(([a], [b]) => a.localeCompare(b))
		.flatMap(([, m]) => Object.values(m).flat());

const drafts = modules<ItemDraft>(
	import.meta.glob<Record<string, ItemDraft[]>>('./items/*.ts', { eager: true })
);
const actionModules = import.meta.glob<Record<string, ActionDraft[]>>('./actions/*.ts', {
	eager: true
});
// The revised copies of version 1 actions (actions/revised.ts, held to grade 9 with every figure
// marked) win over an element's own copy of the same action; an element's new actions come after.
const { './actions/revised.ts': revised, ...ownActions } = actionModules;
const actionDrafts = [
	...modules<ActionDraft>(revised ? { revised } : {}),
	...modules<ActionDraft>(ownActions)
].filter((action, i, all) => all.findIndex((a) => a.id === action.id) === i);
const glossaryDrafts = modules<GlossaryTerm>(
	import.meta.glob<Record<string, GlossaryTerm[]>>('./glossary/*.ts', { eager: true })
);

/** Version 1 action ids point at their revised version 2 copies. */
const revisedId = (id: string) => (id.startsWith('action.') ? `action2.${id.slice(7)}` : id);

const elementOrder = new Map(builtinFramework.elements.map((e) => [e.id, e.number]));

/** Items in walk order: by element, then as each element's file lists them. */
export const itemsV2: Item[] = drafts
	.map((draft, index) => ({ draft, index }))
	.sort(
		(a, b) =>
			(elementOrder.get(a.draft.elementId) ?? 99) - (elementOrder.get(b.draft.elementId) ?? 99) ||
			a.index - b.index
	)
	.map(({ draft }) => ({
		...draft,
		// Screens that still read three points of guidance read the ends and the middle.
		guidance: {
			low: draft.scaleGuidance[0],
			middle: draft.scaleGuidance[2],
			full: draft.scaleGuidance[4]
		},
		actionIds: [...new Set(draft.actionIds.map(revisedId))]
	}));

/** A term without a spelled-out form in brackets: "STS (secondary traumatic stress)" is "STS". */
const termKey = (term: string) =>
	term
		.replace(/\s*\(.*\)\s*$/, '')
		.trim()
		.toLowerCase();

/** One entry per term (the first definition found wins), in alphabetical order. */
export const glossaryV2: GlossaryTerm[] = glossaryDrafts
	.filter((t, i, all) => all.findIndex((o) => termKey(o.term) === termKey(t.term)) === i)
	.sort((a, b) => a.term.localeCompare(b.term));

export const frameworkV2: Framework = {
	...builtinFramework,
	version: '2.0.0',
	source: {
		...builtinFramework.source,
		note: 'Public web page on secondary traumatic stress: who is at risk, prevention and intervention strategies, and the essential elements of a trauma-informed system. The practices, guidance and actions are our own plain-language reading of it; where we add a frequency, a threshold or a target that the source does not give, the item or action says so.'
	},
	items: itemsV2,
	// Only actions some item suggests: a version 1 action no version 2 item needs (say, one that
	// looked at a person's strain in case reviews) is not carried over.
	actions: actionDrafts
		.filter((a) => itemsV2.some((i) => i.actionIds.includes(a.id)))
		.map((a) => {
			// A revised copy says which version 1 action it revises: a plan carried into a new
			// cycle keeps its decisions about it (domain/cycles/carry-forward).
			const original = `action.${a.id.slice('action2.'.length)}`;
			const revises = builtinFramework.actions.some((o) => o.id === original);
			return a.id.startsWith('action2.') && revises ? { ...a, revises: original } : a;
		}),
	glossary: glossaryV2
};
