import { describe, expect, test } from 'vitest';
import type { PlanAction } from './assessment';
import { CustomActionFields, customActionErrors, orderBetween, reconcilePlan } from './plan';
import type { Suggestion } from './prioritize';

const A = '00000000-0000-4000-8000-00000000000a';
const now = new Date('2026-04-01T09:00:00Z');

function suggestion(key: string, priority: number, horizon: Suggestion['horizon']): Suggestion {
	return {
		key,
		origin: { kind: 'suggested', actionId: key },
		title: `Title ${key}`,
		description: 'Why and how.',
		level: 'organization',
		type: 'prevention',
		effort: 'low',
		linkedItemIds: ['item.x'],
		priority,
		reason: `Reason ${priority}`,
		horizon,
		successMeasure: 'Measured.'
	};
}

/** Applies a reconciliation to a stored list, as the repository does. */
function apply(existing: PlanAction[], result: ReturnType<typeof reconcilePlan>): PlanAction[] {
	const byId = new Map(existing.map((a) => [a.id, a]));
	for (const id of result.deletes) byId.delete(id);
	for (const put of result.puts) byId.set(put.id, put);
	return [...byId.values()];
}

describe('reconcilePlan', () => {
	test('first run adds every suggestion as proposed, ranked', () => {
		const result = reconcilePlan(
			A,
			[],
			[suggestion('a.one', 3, 'now'), suggestion('a.two', 1, 'later')],
			now
		);
		expect(result.deletes).toEqual([]);
		expect(result.puts.map((p) => [p.title, p.status, p.order, p.editedByTeam])).toEqual([
			['Title a.one', 'proposed', 0, false],
			['Title a.two', 'proposed', 10, false]
		]);
		expect(result.changes.map((c) => c.kind)).toEqual(['added', 'added']);
	});

	test('the same suggestions again change nothing', () => {
		const list = [suggestion('a.one', 3, 'now')];
		const stored = apply([], reconcilePlan(A, [], list, now));
		expect(reconcilePlan(A, stored, list, now)).toEqual({ puts: [], deletes: [], changes: [] });
	});

	test('untouched suggestions follow new answers; edited ones are kept exactly', () => {
		const first = [suggestion('a.one', 3, 'now'), suggestion('a.two', 2.25, 'now')];
		let stored = apply([], reconcilePlan(A, [], first, now));
		// The team edits a.two: owner and status.
		stored = stored.map((a) =>
			a.title === 'Title a.two'
				? { ...a, owner: 'HR lead', status: 'accepted' as const, editedByTeam: true }
				: a
		);
		const later = [suggestion('a.one', 0.9, 'later'), suggestion('a.two', 0.5, 'later')];
		const result = reconcilePlan(A, stored, later, now);
		expect(result.puts).toHaveLength(1);
		expect(result.puts[0]).toMatchObject({
			title: 'Title a.one',
			priority: 0.9,
			horizon: 'later',
			priorityReason: 'Reason 0.9'
		});
		expect(result.changes).toEqual([
			{
				kind: 'updated',
				title: 'Title a.one',
				detail: 'Moved from Now to Later, priority 3.00 → 0.90.'
			}
		]);
		const kept = apply(stored, result).find((a) => a.title === 'Title a.two');
		expect(kept).toMatchObject({
			owner: 'HR lead',
			status: 'accepted',
			priority: 2.25,
			horizon: 'now'
		});
	});

	test('suggestions that disappear are removed unless the team touched them; custom actions stay', () => {
		let stored = apply(
			[],
			reconcilePlan(A, [], [suggestion('a.one', 3, 'now'), suggestion('a.two', 2, 'now')], now)
		);
		stored = stored.map((a) => (a.title === 'Title a.two' ? { ...a, editedByTeam: true } : a));
		const custom: PlanAction = {
			...stored[0]!,
			id: '00000000-0000-4000-8000-0000000000cc',
			origin: { kind: 'custom' },
			title: 'Our own idea',
			editedByTeam: true
		};
		stored.push(custom);
		const result = reconcilePlan(A, stored, [], now);
		expect(result.deletes).toEqual([stored.find((a) => a.title === 'Title a.one')!.id]);
		expect(result.changes).toEqual([
			{ kind: 'removed', title: 'Title a.one', detail: 'No longer suggested by the answers.' }
		]);
	});

	test('find-out steps are matched by their item', () => {
		const findOut: Suggestion = {
			...suggestion('find-out:item.x', 1.5, 'now'),
			origin: { kind: 'find-out', itemId: 'item.x' }
		};
		const stored = apply([], reconcilePlan(A, [], [findOut], now));
		expect(reconcilePlan(A, stored, [findOut], now).puts).toEqual([]);
		expect(reconcilePlan(A, stored, [], now).deletes).toEqual([stored[0]!.id]);
	});
});

describe('ordering', () => {
	test.each([
		[undefined, undefined, 0],
		[undefined, 0, -10],
		[20, undefined, 30],
		[0, 10, 5],
		[5, 10, 7.5]
	])('between %s and %s -> %s', (before, after, expected) => {
		expect(orderBetween(before, after)).toBe(expected);
	});
});

describe('CustomActionFields', () => {
	const base = { description: ' Why ', level: 'supervisor', type: 'prevention', horizon: 'next' };
	test.each([
		['Our idea', true],
		['  Our idea  ', true],
		['', false],
		['   ', false],
		['x'.repeat(200), true],
		['x'.repeat(201), false]
	])('title %j valid: %s', (title, valid) => {
		expect(CustomActionFields.safeParse({ ...base, title }).success).toBe(valid);
	});
	test('trims the text and refuses a level outside the list', () => {
		const parsed = CustomActionFields.parse({ ...base, title: ' A ' });
		expect(parsed).toEqual({ ...base, title: 'A', description: 'Why' });
		expect(CustomActionFields.safeParse({ ...base, title: 'A', level: 'board' }).success).toBe(
			false
		);
	});
	test('the form asks for a missing title and words an over-long one as the repository does', () => {
		const errorsFor = (fields: object) => {
			const checked = CustomActionFields.safeParse(fields);
			return checked.success ? {} : customActionErrors(checked.error.issues);
		};
		expect(errorsFor({ ...base, title: '  ' })).toEqual({ title: 'Give the action a title.' });
		expect(errorsFor({ ...base, title: 'x'.repeat(201) })).toEqual({
			title: 'The title is too long: at most 200 characters.'
		});
		expect(errorsFor({ ...base, title: 'A', description: 'x'.repeat(10_001) })).toEqual({
			description: 'The description is too long: at most 10000 characters.'
		});
		expect(errorsFor({ ...base, title: 'A' })).toEqual({});
	});
});
