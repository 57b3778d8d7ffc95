/**
 * Which practices of one cycle can be compared with which practices of another. Cycles made on the
 * same framework version compare item by item. Across versions, the newer framework's `replaces`
 * links say which older practices each new one stands for (item ids are never reused across
 * versions). A practice with no link on the other side cannot be compared: it is listed, never
 * dropped without a word.
 */
import type { Framework } from '../framework';

export type MappedFramework = Pick<Framework, 'id' | 'version' | 'items'>;

export interface ItemMapping {
	/** For each practice of the later cycle (in its framework's order): the earlier practices it stands for. */
	pairs: { laterId: string; earlierIds: string[] }[];
	/** Practices of the later cycle with nothing to compare with in the earlier one (new questions). */
	onlyLater: string[];
	/** Practices of the earlier cycle that no later practice stands for (no longer asked). */
	onlyEarlier: string[];
}

/** Two framework versions that are one and the same. */
export function sameFramework(a: MappedFramework, b: MappedFramework): boolean {
	return a.id === b.id && a.version === b.version;
}

/**
 * The mapping from an earlier cycle's practices to a later cycle's. Links are read in both
 * directions, so a cycle made later on an older version (a copy of last year's file, say) still
 * compares with one made on the newer version.
 */
export function mapItems(earlier: MappedFramework, later: MappedFramework): ItemMapping {
	if (sameFramework(earlier, later)) {
		const ids = later.items.map((item) => item.id);
		return {
			pairs: ids.map((id) => ({ laterId: id, earlierIds: [id] })),
			onlyLater: [],
			onlyEarlier: []
		};
	}
	const earlierIds = new Set(earlier.items.map((item) => item.id));
	const laterIds = new Set(later.items.map((item) => item.id));
	const links = new Map<string, Set<string>>(later.items.map((item) => [item.id, new Set()]));
	for (const item of later.items) {
		for (const old of item.replaces ?? []) if (earlierIds.has(old)) links.get(item.id)!.add(old);
		// The same id in both (a framework that kept an item) compares with itself.
		if (earlierIds.has(item.id)) links.get(item.id)!.add(item.id);
	}
	for (const item of earlier.items) {
		for (const replaced of item.replaces ?? []) {
			if (laterIds.has(replaced)) links.get(replaced)!.add(item.id);
		}
	}
	const order = new Map(earlier.items.map((item, index) => [item.id, index]));
	const pairs = later.items.map((item) => ({
		laterId: item.id,
		earlierIds: [...links.get(item.id)!].sort((a, b) => order.get(a)! - order.get(b)!)
	}));
	const used = new Set(pairs.flatMap((pair) => pair.earlierIds));
	return {
		pairs: pairs.filter((pair) => pair.earlierIds.length > 0),
		onlyLater: pairs.filter((pair) => pair.earlierIds.length === 0).map((pair) => pair.laterId),
		onlyEarlier: earlier.items.map((item) => item.id).filter((id) => !used.has(id))
	};
}
