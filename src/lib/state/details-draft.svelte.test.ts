import { afterEach, expect, test } from 'vitest';
import { flushSync } from 'svelte';
import type { Assessment, AssessmentDraft } from '$lib/domain/assessment';
import { DetailsDraft, type DetailsStore } from './details-draft.svelte';
import type { SaveResult } from './save-status.svelte';

const FULL = 'This device is out of storage space, so this change was not saved.';

const record: Assessment = {
	id: '00000000-0000-4000-8000-000000000001',
	frameworkId: 'sts-oa',
	frameworkVersion: '1',
	organization: 'Harbor Family Services',
	unit: '',
	cycleLabel: 'Baseline 2026',
	date: '2026-03-12',
	facilitator: '',
	roster: [],
	riskProfile: {},
	isExample: false,
	createdAt: '2026-03-12T09:00:00.000Z',
	updatedAt: '2026-03-12T09:00:00.000Z'
};

/** Storage as the repository keeps it; `publish` is the live query bringing it to the screen. */
class FakeStore implements DetailsStore {
	assessment = $state.raw<Assessment>(record);
	stored: Assessment = record;
	failure: string | undefined;
	patches: Partial<AssessmentDraft>[] = [];

	async saveDetails(patch: Partial<AssessmentDraft>): Promise<SaveResult<unknown>> {
		await Promise.resolve();
		if (this.failure) return { ok: false, message: this.failure };
		this.patches.push(patch);
		this.stored = { ...this.stored, ...patch };
		return { ok: true, value: undefined };
	}

	publish(changes: Partial<Assessment> = {}) {
		this.stored = { ...this.stored, ...changes };
		this.assessment = this.stored;
		flushSync();
	}
}

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function setup() {
	const store = new FakeStore();
	let draft!: DetailsDraft;
	cleanup = $effect.root(() => {
		draft = new DetailsDraft(() => store);
	});
	flushSync();
	return { store, draft };
}

test('shows the stored record', () => {
	const { draft } = setup();
	expect(draft.values).toEqual({
		organization: 'Harbor Family Services',
		unit: '',
		cycleLabel: 'Baseline 2026',
		date: '2026-03-12',
		facilitator: ''
	});
});

test('a valid change saves that field alone, trimmed', async () => {
	const { store, draft } = setup();
	await draft.input('unit', ' Foster care ');
	expect(store.patches).toEqual([{ unit: 'Foster care' }]);
	expect(draft.values.unit).toBe(' Foster care ');
});

test('an invalid value is never saved; its problem shows once the field is left', async () => {
	const { store, draft } = setup();
	await draft.input('organization', '');
	expect(store.patches).toEqual([]);
	expect(draft.error('organization')).toBeUndefined();
	await draft.leave('organization');
	expect(draft.error('organization')).toBe('Organization is required.');

	// Another tab renames the organization: the field being fixed here keeps what was typed.
	store.publish({ organization: 'Harbor Services', facilitator: 'Dana Ortiz' });
	expect(draft.values.organization).toBe('');
	expect(draft.values.facilitator).toBe('Dana Ortiz');
});

test('a failed write keeps the typed value, marks it, and is tried again on leaving', async () => {
	const { store, draft } = setup();
	store.failure = FULL;
	await draft.input('facilitator', 'Dana Ortiz');
	expect(draft.unsaved('facilitator')).toBe(true);
	expect(store.stored.facilitator).toBe('');

	// A store read meanwhile does not take the typed value away.
	store.publish({ cycleLabel: 'Follow-up 2027' });
	expect(draft.values.facilitator).toBe('Dana Ortiz');
	expect(draft.values.cycleLabel).toBe('Follow-up 2027');

	store.failure = undefined;
	await draft.leave('facilitator');
	expect(draft.unsaved('facilitator')).toBe(false);
	expect(store.stored.facilitator).toBe('Dana Ortiz');
});

test('leaving a field with nothing unsaved writes nothing', async () => {
	const { store, draft } = setup();
	await draft.leave('unit');
	expect(store.patches).toEqual([]);
});
