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
import { frameworkV1 } from './framework-v1';
import { frameworkV2 } from './v2/index';

/** Framework version 1, as every assessment made before version 2 was scored against it. */
export const builtinFramework: Framework = frameworkV1;
export { frameworkV2 };

/**
 * Every framework this build carries, oldest first. An assessment keeps the framework it was made
 * with (its frameworkId and frameworkVersion choose it), so older work keeps opening, scoring,
 * planning and reporting exactly as before; new assessments use the newest.
 */
export const frameworks: readonly Framework[] = [frameworkV1, frameworkV2];

/** The framework new assessments are made with. */
export const currentFramework: Framework = frameworks.at(-1)!;

/** Which framework an assessment was made with. */
export interface FrameworkRef {
	frameworkId: string;
	frameworkVersion: string;
}

/**
 * The framework an assessment was made with. Imports refuse a version this build does not carry
 * (state/file-transfer unknownFramework), so the newest is only a last resort for a record that
 * names none.
 */
export function frameworkOf(ref: FrameworkRef | undefined | null): Framework {
	if (!ref) return currentFramework;
	return (
		frameworks.find((f) => f.id === ref.frameworkId && f.version === ref.frameworkVersion) ??
		currentFramework
	);
}

function byId<T extends { id: string }>(list: readonly T[]): Map<string, T> {
	return new Map(list.map((entry) => [entry.id, entry]));
}

// Lookups by id span every framework: item and action ids are never reused across versions (a
// new version's items get new ids, and say which older ones they replace), while elements,
// passages and risk factors are shared. A content test keeps it so.
const all = <T>(pick: (f: Framework) => readonly T[]) => frameworks.flatMap(pick);
const elementMap = byId<Element>(all((f) => f.elements));
const itemMap = byId<Item>(all((f) => f.items));
const actionMap = byId<ActionTemplate>(all((f) => f.actions));
const riskFactorMap = byId<RiskFactor>(all((f) => f.riskFactors));
const passageMap = byId<SeedPassage>(all((f) => f.passages));

const itemsByElementCache = new WeakMap<Framework, Map<string, Item[]>>();

/** The items of one element in a framework, in walk order; an empty list for an unknown element. */
export function itemsByElement(
	elementId: string,
	framework: Framework = currentFramework
): readonly Item[] {
	let byElement = itemsByElementCache.get(framework);
	if (!byElement) {
		byElement = new Map();
		for (const item of framework.items) {
			const list = byElement.get(item.elementId) ?? [];
			list.push(item);
			byElement.set(item.elementId, list);
		}
		itemsByElementCache.set(framework, byElement);
	}
	return byElement.get(elementId) ?? [];
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
