/**
 * The built-in framework: the NCTSN-based question bank the app ships with, plus lookups built once.
 */
import type {
	ActionTemplate,
	Element,
	Framework,
	Item,
	RiskFactor,
	SeedPassage
} from '$lib/domain/framework';
import { elementLabel } from '$lib/domain/format';
import { actions } from './actions';
import { elements } from './elements';
import { items } from './items';
import { passages } from './passages';
import { riskFactors } from './risk-factors';

export const builtinFramework: Framework = {
	id: 'nctsn-sts-essentials',
	version: '1.0.0',
	title: 'Protecting staff from secondary traumatic stress',
	source: {
		title: 'Secondary Traumatic Stress',
		publisher: 'The National Child Traumatic Stress Network (NCTSN)',
		note: 'Public web page on secondary traumatic stress: who is at risk, prevention and intervention strategies, and the essential elements of a trauma-informed system. The workbook’s wording is our own plain-language summary.'
	},
	passages,
	elements,
	items,
	riskFactors,
	actions
};

function byId<T extends { id: string }>(list: readonly T[]): Map<string, T> {
	return new Map(list.map((entry) => [entry.id, entry]));
}

const elementMap = byId<Element>(builtinFramework.elements);
const itemMap = byId<Item>(builtinFramework.items);
const actionMap = byId<ActionTemplate>(builtinFramework.actions);
const riskFactorMap = byId<RiskFactor>(builtinFramework.riskFactors);
const passageMap = byId<SeedPassage>(builtinFramework.passages);
const itemsByElementMap = new Map<string, Item[]>();
for (const item of builtinFramework.items) {
	const list = itemsByElementMap.get(item.elementId) ?? [];
	list.push(item);
	itemsByElementMap.set(item.elementId, list);
}

/** The items of one element, in walk order; an empty list for an unknown element. */
export function itemsByElement(elementId: string): readonly Item[] {
	return itemsByElementMap.get(elementId) ?? [];
}

export function getElement(id: string): Element | undefined {
	return elementMap.get(id);
}

/** "3. Build a culture that supports staff", or the id itself for an element this framework lacks. */
export function elementName(id: string): string {
	const element = elementMap.get(id);
	return element ? elementLabel(element) : id;
}

export function getItem(id: string): Item | undefined {
	return itemMap.get(id);
}

export function getAction(id: string): ActionTemplate | undefined {
	return actionMap.get(id);
}

export function getRiskFactor(id: string): RiskFactor | undefined {
	return riskFactorMap.get(id);
}

export function getPassage(id: string): SeedPassage | undefined {
	return passageMap.get(id);
}
