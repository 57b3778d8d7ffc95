/**
 * What is stored of one assessment, read live and checked record by record: a damaged record
 * never reaches a screen (it is left in storage and counted). A change in another tab shows up
 * here at once.
 */
import {
	consensusResponses,
	type Assessment,
	type PlanAction,
	type Response
} from '$lib/domain/assessment';
import { readBundle } from '$lib/db/assessments';
import { database } from '$lib/db/database';
import type { AssessmentBundle } from '$lib/domain/file-schema';
import {
	checkStoredBundle,
	type CheckedBundle,
	type DamageCount
} from '$lib/domain/stored-records';
import { LiveQuery } from './live-query.svelte';

export class StoredAssessment {
	#stored: LiveQuery<CheckedBundle | undefined>;

	constructor(id: string) {
		this.#stored = new LiveQuery(async () => {
			const raw = await readBundle(database(), id);
			return raw ? checkStoredBundle(raw) : undefined;
		});
	}

	// Derived lazily: read only after the constructor has set up the live query.
	#bundle = $derived.by((): AssessmentBundle | undefined => {
		const checked = this.#stored.current;
		if (!checked?.ok) return undefined;
		const { assessment, responseSets, responses, plan } = checked;
		return { assessment, responseSets, responses, plan };
	});
	#consensusSetId = $derived.by(
		() => this.#bundle?.responseSets.find((s) => s.kind === 'consensus')?.id
	);
	#responses = $derived.by(() =>
		consensusResponses(this.#bundle?.responseSets ?? [], this.#bundle?.responses ?? [])
	);

	get loaded(): boolean {
		return this.#stored.loaded;
	}

	/** The assessment's own record is damaged: it cannot be shown (it is left in storage). */
	get damagedRecord(): boolean {
		return this.#stored.current?.ok === false;
	}

	/** Answers, sets or plan actions left out because their stored record is damaged. */
	get damage(): DamageCount | undefined {
		const checked = this.#stored.current;
		return checked?.ok && checked.damagedTotal > 0 ? checked.damaged : undefined;
	}

	/** The storage could not be read at all. */
	get readError(): unknown {
		return this.#stored.error;
	}

	get assessment(): Assessment | undefined {
		return this.#bundle?.assessment;
	}

	/** The stored plan (suggestions the team has seen, edited or added). */
	get plan(): PlanAction[] {
		return this.#bundle?.plan ?? [];
	}

	/** The set the team's agreed answers go to; undefined while loading. */
	get consensusSetId(): string | undefined {
		return this.#consensusSetId;
	}

	/** Consensus responses by item id. */
	get responses(): ReadonlyMap<string, Response> {
		return this.#responses;
	}
}
