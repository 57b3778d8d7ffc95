/**
 * One assessment as the screens see it: its record, its consensus answers by item, and the
 * writes a screen may make. Reads are live: a change in another tab shows up here at once.
 */
import type {
	Answer,
	AssessmentDraft,
	Response,
	RiskLevel,
	RosterMember
} from '$lib/domain/assessment';
import { database } from '$lib/db/database';
import { readBundle, setRiskLevel, updateDetails, updateRoster } from '$lib/db/assessments';
import { saveResponse, type ResponsePatch } from '$lib/db/responses';
import { LiveQuery } from './live-query.svelte';
import { saveStatus } from './save-status.svelte';

export class AssessmentState {
	readonly id: string;
	#bundle: LiveQuery<Awaited<ReturnType<typeof readBundle>>>;

	constructor(id: string) {
		this.id = id;
		this.#bundle = new LiveQuery(() => readBundle(database(), id));
	}

	get loaded(): boolean {
		return this.#bundle.loaded;
	}

	get bundle() {
		return this.#bundle.current;
	}

	get assessment() {
		return this.#bundle.current?.assessment;
	}

	// Derived lazily: read only after the constructor has set up the live query.
	#consensusSetId = $derived.by(() => this.#findConsensusSetId());
	#responses = $derived.by(() => this.#consensusResponses());

	#findConsensusSetId(): string | undefined {
		return this.#bundle.current?.responseSets.find((s) => s.kind === 'consensus')?.id;
	}

	#consensusResponses(): ReadonlyMap<string, Response> {
		const setId = this.#consensusSetId;
		// A fresh, never-mutated map per change: reactivity comes from the live query, not the map.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		return new Map(
			(this.#bundle.current?.responses ?? [])
				.filter((r) => r.responseSetId === setId)
				.map((r) => [r.itemId, r])
		);
	}

	get consensusSetId(): string | undefined {
		return this.#consensusSetId;
	}

	/** Consensus responses by item id. */
	get responses(): ReadonlyMap<string, Response> {
		return this.#responses;
	}

	saveResponse(itemId: string, patch: ResponsePatch) {
		const responseSetId = this.consensusSetId;
		if (!responseSetId) return Promise.resolve(undefined);
		return saveStatus.track(
			saveResponse(database(), { assessmentId: this.id, responseSetId, itemId }, patch)
		);
	}

	answer(itemId: string, answer: Answer | null) {
		return this.saveResponse(itemId, { answer });
	}

	saveDetails(draft: AssessmentDraft) {
		return saveStatus.track(updateDetails(database(), this.id, draft));
	}

	saveRoster(roster: RosterMember[]) {
		return saveStatus.track(updateRoster(database(), this.id, roster));
	}

	saveRiskLevel(riskFactorId: string, level: RiskLevel | null) {
		return saveStatus.track(setRiskLevel(database(), this.id, riskFactorId, level));
	}
}
