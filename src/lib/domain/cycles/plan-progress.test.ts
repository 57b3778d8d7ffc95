/**
 * The plan since last time: done (carried over or new), still open (carried over, not done),
 * added (new, not done), and what the earlier cycle had done, each in the team's order.
 */
import { describe, expect, test } from 'vitest';
import type { PlanAction, PlanStatus } from '../assessment';
import { planProgress } from './plan-progress';

/** A plan action with only what these rules read; the rest is filler. */
function action(
	id: string,
	status: PlanStatus,
	order: number,
	carriedFromActionId?: string
): PlanAction {
	return {
		id,
		assessmentId: carriedFromActionId === undefined ? 'earlier' : 'later',
		origin: { kind: 'custom' },
		title: `Title ${id}`,
		description: '',
		level: 'organization',
		type: 'prevention',
		linkedItemIds: [],
		priority: 0,
		priorityReason: '',
		horizon: 'now',
		owner: '',
		status,
		successMeasure: '',
		notes: '',
		order,
		editedByTeam: true,
		...(carriedFromActionId
			? { carriedFrom: { assessmentId: 'earlier', actionId: carriedFromActionId } }
			: {}),
		createdAt: '2026-01-01T00:00:00.000Z',
		updatedAt: '2026-01-01T00:00:00.000Z'
	};
}

const earlier = [
	action('e-done-late', 'done', 20),
	action('e-done-early', 'done', 10),
	action('e-accepted', 'accepted', 30),
	action('e-in-progress', 'in-progress', 40),
	action('e-dropped', 'dropped', 50),
	action('e-proposed', 'proposed', 60),
	action('e-not-now', 'not-now', 70)
];

/** Carried ones say where from; `l-elsewhere` was carried from a cycle not compared here. */
const later = [
	action('l-carried-open', 'in-progress', 30, 'e-accepted'),
	action('l-carried-done', 'done', 20, 'e-in-progress'),
	action('l-carried-dropped', 'dropped', 5, 'e-dropped'),
	action('l-new-open', 'accepted', 10),
	action('l-new-done', 'done', 40),
	action('l-new-in-progress', 'in-progress', 15),
	action('l-elsewhere', 'accepted', 50, 'not-in-earlier'),
	action('l-proposed', 'proposed', 1),
	action('l-not-now', 'not-now', 2)
];

const ids = (actions: readonly PlanAction[]) => actions.map((a) => a.id);

describe('planProgress', () => {
	const progress = planProgress(earlier, later);

	test.each<[keyof typeof progress, string[]]>([
		// Done now, carried over or new, in the team's order (20, 40).
		['done', ['l-carried-done', 'l-new-done']],
		// Carried from the earlier cycle and not done yet.
		['stillOpen', ['l-carried-open']],
		// Adopted now and not carried from the earlier cycle (10, 15, 50).
		['added', ['l-new-open', 'l-new-in-progress', 'l-elsewhere']],
		// The earlier cycle's own history (10, 20).
		['doneBefore', ['e-done-early', 'e-done-late']]
	])('%s', (part, expected) => {
		expect(ids(progress[part])).toEqual(expected);
	});

	test('suggestions, set-aside and dropped actions of the later cycle are in no part', () => {
		const shown = new Set(Object.values(progress).flatMap(ids));
		for (const id of ['l-carried-dropped', 'l-proposed', 'l-not-now']) {
			expect(shown.has(id)).toBe(false);
		}
	});

	test('a first cycle: everything adopted is new, nothing was done before', () => {
		expect(planProgress([], later)).toEqual({
			done: [later[1], later[4]],
			stillOpen: [],
			added: [later[3], later[5], later[0], later[6]],
			doneBefore: []
		});
	});

	test('an empty later plan shows only the earlier history', () => {
		expect(planProgress(earlier, [])).toEqual({
			done: [],
			stillOpen: [],
			added: [],
			doneBefore: [earlier[1], earlier[0]]
		});
	});
});
