/**
 * The workforce risk profile as the set-up page shows it. A level chosen here shows at once, while
 * its write is on its way; once stored, the stored profile is shown again (so another tab's later
 * choice shows up). A write that fails puts back the level stored before and keeps the failure in
 * words for that factor, until a later choice of it is saved.
 */
import { untrack } from 'svelte';
import type { Assessment, RiskLevel } from '$lib/domain/assessment';
import type { SaveResult } from './save-status.svelte';

/** What the draft needs of the assessment state (AssessmentState has it). */
export interface RiskProfileStore {
	readonly assessment: Pick<Assessment, 'riskProfile'> | undefined;
	saveRiskLevel(riskFactorId: string, level: RiskLevel | null): Promise<SaveResult<unknown>>;
}

/** A level chosen here; `written` once storage accepted it (the store may not show it yet). */
interface Choice {
	level: RiskLevel;
	written: boolean;
}

export class RiskProfileDraft {
	/** Choices not yet seen in the store, by factor id. Replaced whole, so identity tells them apart. */
	#chosen = $state.raw<Readonly<Record<string, Choice>>>({});
	/** Why the last choice of a factor was not saved, by factor id. */
	#failed = $state.raw<Readonly<Record<string, string>>>({});
	#store: () => RiskProfileStore;

	/** Create while a component initializes: it follows the stored profile from then on. */
	constructor(store: () => RiskProfileStore) {
		this.#store = store;
		$effect.pre(() => {
			const profile = store().assessment?.riskProfile;
			if (profile) untrack(() => this.#follow(profile));
		});
	}

	/** Once a written choice has reached the store, the store speaks for it. */
	#follow(profile: Readonly<Record<string, RiskLevel>>) {
		const kept = Object.entries(this.#chosen).filter(
			([factorId, choice]) => !choice.written || profile[factorId] !== choice.level
		);
		if (kept.length < Object.keys(this.#chosen).length) this.#chosen = Object.fromEntries(kept);
	}

	#stored(factorId: string): RiskLevel | undefined {
		return this.#store().assessment?.riskProfile[factorId];
	}

	/** The level to show checked. */
	level(factorId: string): RiskLevel | undefined {
		return this.#chosen[factorId]?.level ?? this.#stored(factorId);
	}

	/** Why the last choice of this factor was not saved, if it was not. */
	failure(factorId: string): string | undefined {
		return this.#failed[factorId];
	}

	async choose(factorId: string, level: RiskLevel): Promise<void> {
		const choice: Choice = { level, written: false };
		this.#chosen = { ...this.#chosen, [factorId]: choice };
		const saved = await this.#store().saveRiskLevel(factorId, level);
		// A later choice of the same factor has its own write: leave it alone.
		const mine = this.#chosen[factorId] === choice;
		if (saved.ok) {
			if (mine) this.#settle(factorId, choice);
			this.#failed = without(this.#failed, factorId);
			return;
		}
		if (!mine) return;
		this.#chosen = without(this.#chosen, factorId);
		this.#failed = { ...this.#failed, [factorId]: saved.message };
	}

	#settle(factorId: string, choice: Choice) {
		const written = { ...choice, written: true };
		this.#chosen =
			this.#stored(factorId) === choice.level
				? without(this.#chosen, factorId)
				: { ...this.#chosen, [factorId]: written };
	}
}

function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
	return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}
