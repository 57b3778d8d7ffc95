/**
 * Which practices a new round asks about: all of them, or those of the chosen essential elements,
 * always in walk order (the join link and the typed code both depend on that order).
 */
import type { Item } from '$lib/domain/framework';

export type RoundScope = { kind: 'all' } | { kind: 'elements'; elementIds: readonly string[] };

export function roundItemIds(walk: readonly Item[], scope: RoundScope): string[] {
	if (scope.kind === 'all') return walk.map((item) => item.id);
	const chosen = new Set(scope.elementIds);
	return walk.filter((item) => chosen.has(item.elementId)).map((item) => item.id);
}

export const EXPECTED_MESSAGES = {
	notWhole: 'Type a whole number of raters, such as 8, or leave it empty.',
	tooMany: (max: number) => `A round can expect at most ${max} raters.`
} as const;

/**
 * The "expected number of raters" field: empty means not said. Returns the number, or a message.
 */
export function readExpected(
	text: string,
	max: number
): { ok: true; value: number | undefined } | { ok: false; message: string } {
	const trimmed = text.trim();
	if (trimmed === '') return { ok: true, value: undefined };
	if (!/^\d+$/.test(trimmed) || Number(trimmed) < 1)
		return { ok: false, message: EXPECTED_MESSAGES.notWhole };
	const value = Number(trimmed);
	if (value > max) return { ok: false, message: EXPECTED_MESSAGES.tooMany(max) };
	return { ok: true, value };
}
