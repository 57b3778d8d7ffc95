/**
 * AssessmentState as a screen uses it: answers go to the database, and the score, the plan and
 * the plan-change notice follow from what is stored; a failed write says so in words.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { flushSync } from 'svelte';
import { builtinFramework } from '$lib/content';
import { createAssessment, readBundle } from '$lib/db/assessments';
import { database } from '$lib/db/database';
import { testDraft } from '$lib/db/test-fixtures';
import { AssessmentState } from './assessment.svelte';
import { saveStatus } from './save-status.svelte';

const [first, second] = [...builtinFramework.elements].sort((a, b) => a.number - b.number);
const itemsOf = (elementId: string) =>
	builtinFramework.items.filter((item) => item.elementId === elementId).map((item) => item.id);
const [a1, a2] = itemsOf(first!.id) as [string, string];
const [b1, b2] = itemsOf(second!.id) as [string, string];

let model: AssessmentState;
let destroy: () => void;
/** What the pretend screen last showed: loaded, overall score, plan size. */
let shown: unknown[] = [];

beforeEach(async () => {
	const id = await createAssessment(database(), testDraft, builtinFramework);
	destroy = $effect.root(() => {
		model = new AssessmentState(id);
		// What a screen reads: the live query runs while this effect depends on it.
		$effect(() => {
			shown = [model.loaded, model.score.overall, model.plan.length];
		});
	});
	flushSync();
	await vi.waitFor(() => expect(model.assessment?.organization).toBe(testDraft.organization));
});
afterEach(() => {
	destroy();
});

/** Answers and waits for the answer to come back from the database, as a screen sees it. */
async function answer(itemId: string, value: 0 | 1 | 2 | 3 | 4 | 'dont-know') {
	const result = await model.answer(
		itemId,
		value === 'dont-know' ? { kind: 'dont-know' } : { kind: 'score', value }
	);
	expect(result.ok).toBe(true);
	await vi.waitFor(() =>
		expect(model.responses.get(itemId)?.answer).toEqual(result.ok && result.value?.answer)
	);
	return result;
}

test('answers add up to element and overall scores', async () => {
	expect(model.score.overall).toBeNull();
	await answer(a1, 4);
	expect(model.score.elements[0]?.score).toBe(100);
	expect(model.score.overall).toBe(100);

	await answer(a2, 1);
	// (4 + 1) / 2 items / 4 = 62.5 for the first element, which is the only one scored.
	expect(model.score.elements[0]?.score).toBe(62.5);
	expect(model.score.overall).toBe(62.5);

	await answer(b1, 2);
	// The second element: 2 / 4 = 50. Overall: (62.5 + 50) / 2 = 56.25.
	expect(model.score.elements[1]?.score).toBe(50);
	expect(model.score.overall).toBe(56.25);
	expect(model.score.coverage).toMatchObject({ scored: 3, dontKnow: 0 });
});

test('a "Don\'t know" puts a find-out action in the plan, and the notice says so', async () => {
	expect(model.plan).toEqual([]);
	await answer(a1, 'dont-know');
	await vi.waitFor(() => expect(model.plan).toHaveLength(1));
	expect(model.plan[0]?.origin).toEqual({ kind: 'find-out', itemId: a1 });
	expect(model.planChanges?.first).toBe(true);
	expect(model.planChanges?.changes.map((c) => c.kind)).toEqual(['added']);

	// Scored after all: the action goes, and the notice keeps only the latest word about it.
	await answer(a1, 4);
	await vi.waitFor(() => expect(model.plan).toEqual([]));
	expect(model.planChanges?.changes.map((c) => c.kind)).toEqual(['removed']);
	expect(model.planChanges?.first).toBe(true);

	model.dismissPlanChanges();
	expect(model.planChanges).toBeNull();
});

test('a stray key never costs a written "Not applicable" reason', async () => {
	await model.answer(b2, { kind: 'not-applicable', reason: '' });
	await model.notApplicableReason(b2, 'We have no clinical staff');
	await vi.waitFor(() =>
		expect(model.responses.get(b2)?.answer).toEqual({
			kind: 'not-applicable',
			reason: 'We have no clinical staff'
		})
	);

	const again = await model.answer(b2, { kind: 'not-applicable', reason: '' });
	expect(again).toEqual({ ok: true, value: undefined });

	await answer(b2, 2);
	await model.answer(b2, { kind: 'not-applicable', reason: '' });
	await vi.waitFor(() =>
		expect(model.responses.get(b2)?.answer).toEqual({
			kind: 'not-applicable',
			reason: 'We have no clinical staff'
		})
	);
});

test('the last keys of a reason, landing after another answer was chosen, never undo that answer', async () => {
	await model.answer(b2, { kind: 'not-applicable', reason: '' });
	await model.notApplicableReason(b2, 'We have no on-site clinician');
	// "D" is pressed while the reason's last letter is still waiting to be written.
	await model.answer(b2, { kind: 'dont-know' });
	expect(await model.notApplicableReason(b2, 'We have no on-site clinicians')).toEqual({
		ok: true,
		value: undefined
	});
	await vi.waitFor(() => expect(model.responses.get(b2)?.answer).toEqual({ kind: 'dont-know' }));
	// "N" brings back the reason with every letter typed.
	await model.answer(b2, { kind: 'not-applicable', reason: '' });
	await vi.waitFor(() =>
		expect(model.responses.get(b2)?.answer).toEqual({
			kind: 'not-applicable',
			reason: 'We have no on-site clinicians'
		})
	);
});

test('a failed write returns the failure in words and changes nothing', async () => {
	await answer(a1, 4);
	database().close();
	try {
		const result = await model.answer(a2, { kind: 'score', value: 4 });
		expect(result.ok).toBe(false);
		expect(!result.ok && result.message).toMatch(
			/^The workbook’s storage was closed .*so this change was not saved\./
		);
		expect(saveStatus.state).toBe('error');
	} finally {
		await database().open();
	}
	const stored = (await readBundle(database(), model.id))!.responses;
	expect(stored.map((r) => r.itemId)).toEqual([a1]);
	expect(model.score.overall).toBe(100);
	flushSync();
	expect(shown).toEqual([true, 100, 0]);
});

test('the chosen answer shows at once; a failed write shows the stored one again', async () => {
	const four = { kind: 'score', value: 4 } as const;
	const one = { kind: 'score', value: 1 } as const;
	await answer(a1, 4);
	const saving = model.answer(a1, one);
	// Before the write has even reached the database, the scale shows the choice.
	expect(model.shownAnswer(a1)).toEqual(one);
	expect(model.responses.get(a1)?.answer).toEqual(four);
	expect((await saving).ok).toBe(true);
	await vi.waitFor(() => expect(model.responses.get(a1)?.answer).toEqual(one));
	expect(model.shownAnswer(a1)).toEqual(one);

	database().close();
	try {
		const failing = model.answer(a1, { kind: 'score', value: 0 });
		expect(model.shownAnswer(a1)).toEqual({ kind: 'score', value: 0 });
		expect((await failing).ok).toBe(false);
		expect(model.shownAnswer(a1)).toEqual(one);
	} finally {
		await database().open();
	}
});

test('a second "Not applicable" key before the first is stored changes nothing', async () => {
	const notApplicable = { kind: 'not-applicable', reason: '' } as const;
	const first = model.answer(b2, notApplicable);
	expect(await model.answer(b2, notApplicable)).toEqual({ ok: true, value: undefined });
	expect((await first).ok).toBe(true);
	await vi.waitFor(() => expect(model.responses.get(b2)?.answer).toEqual(notApplicable));
	const stored = (await readBundle(database(), model.id))!.responses;
	expect(stored.map((r) => r.itemId)).toEqual([b2]);
});
