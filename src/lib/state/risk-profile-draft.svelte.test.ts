import { afterEach, expect, test } from 'vitest';
import { flushSync } from 'svelte';
import type { RiskLevel } from '$lib/domain/assessment';
import { RiskProfileDraft, type RiskProfileStore } from './risk-profile-draft.svelte';
import type { SaveResult } from './save-status.svelte';

const FULL = 'This device is out of storage space, so this change was not saved.';
type Profile = Record<string, RiskLevel>;

/** Storage as the repository keeps it; `publish` is the live query bringing it to the screen. */
class FakeStore implements RiskProfileStore {
	assessment = $state.raw<{ riskProfile: Profile }>({ riskProfile: {} });
	stored: Profile = {};
	failure: string | undefined;
	/** Writes wait here until the test lets them finish. */
	#waiting: (() => void)[] = [];

	async saveRiskLevel(factorId: string, level: RiskLevel | null): Promise<SaveResult<unknown>> {
		await new Promise<void>((resolve) => this.#waiting.push(resolve));
		if (this.failure) return { ok: false, message: this.failure };
		if (level) this.stored = { ...this.stored, [factorId]: level };
		return { ok: true, value: undefined };
	}

	/** Lets the oldest write finish. */
	async finish() {
		this.#waiting.shift()?.();
		await new Promise((resolve) => setTimeout(resolve));
	}

	publish(profile = this.stored) {
		this.stored = { ...profile };
		this.assessment = { riskProfile: this.stored };
		flushSync();
	}
}

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function setup(profile: Profile = {}) {
	const store = new FakeStore();
	let draft!: RiskProfileDraft;
	cleanup = $effect.root(() => {
		draft = new RiskProfileDraft(() => store);
	});
	store.publish(profile);
	return { store, draft };
}

test('a choice shows at once and stays until the store shows it, then follows the store', async () => {
	const { store, draft } = setup({ caseload: 'low' });
	const choosing = draft.choose('caseload', 'high');
	expect(draft.level('caseload')).toBe('high');
	await store.finish();
	await choosing;
	// Stored, but not read back yet: still the new level, never the old one in between.
	expect(draft.level('caseload')).toBe('high');
	store.publish();
	expect(draft.level('caseload')).toBe('high');

	// Another tab changes it back: the store speaks.
	store.publish({ caseload: 'low' });
	expect(draft.level('caseload')).toBe('low');
});

test('a failed write puts back the stored level and keeps the message', async () => {
	const { store, draft } = setup({ caseload: 'low' });
	store.failure = FULL;
	const choosing = draft.choose('caseload', 'high');
	expect(draft.level('caseload')).toBe('high');
	await store.finish();
	await choosing;
	expect(draft.level('caseload')).toBe('low');
	expect(draft.failure('caseload')).toBe(FULL);
	expect(draft.failure('isolation')).toBeUndefined();

	store.failure = undefined;
	const again = draft.choose('caseload', 'moderate');
	await store.finish();
	await again;
	expect(draft.failure('caseload')).toBeUndefined();
	expect(draft.level('caseload')).toBe('moderate');
});

test('a factor never answered shows nothing again after a failed write', async () => {
	const { store, draft } = setup();
	store.failure = FULL;
	const choosing = draft.choose('isolation', 'unknown');
	await store.finish();
	await choosing;
	expect(draft.level('isolation')).toBeUndefined();
});

test('an earlier write that fails does not undo a later choice of the same factor', async () => {
	const { store, draft } = setup({ caseload: 'low' });
	store.failure = FULL;
	const first = draft.choose('caseload', 'high');
	const second = draft.choose('caseload', 'moderate');
	await store.finish();
	await first;
	expect(draft.level('caseload')).toBe('moderate');
	store.failure = undefined;
	await store.finish();
	await second;
	store.publish();
	expect(draft.level('caseload')).toBe('moderate');
});
