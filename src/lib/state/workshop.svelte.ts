/**
 * A workshop's live state for one assessment: its rounds (newest first), the current round (the
 * newest open one, else the newest) and that round's hand-ins, each kept live from the database.
 * Every command answers ok or a worded failure (save-status), as the assessment's commands do.
 */
import { database } from '$lib/db/database';
import {
	closeRound,
	deleteRatings,
	handInsOf,
	receiveHandIns,
	reopenRound,
	roundsOf,
	setExpected,
	setRevealLabels,
	startRound,
	type NewRound,
	type ReceiveResult
} from '$lib/db/rounds';
import type { HandIn } from '$lib/domain/workshop/merge';
import type { Round, StoredAgreement } from '$lib/domain/workshop/round';
import { LiveQuery } from './live-query.svelte';
import { saveStatus, type SaveResult } from './save-status.svelte';

export class WorkshopState {
	#assessmentId: () => string;
	// Deriveds are lazy: read after the constructor has set #assessmentId.
	#rounds = $derived.by(() => {
		const id = this.#assessmentId();
		return new LiveQuery(() => roundsOf(database(), id));
	});
	// Its own derived: a change to the round (closed, labels shown) keeps the same id, so the
	// hand-ins' query, and everything drawn from it, stays as it is.
	#currentId = $derived(this.current?.id);
	#handIns = $derived.by(() => {
		const roundId = this.#currentId;
		return roundId ? new LiveQuery(() => handInsOf(database(), roundId)) : undefined;
	});

	/** Create while a component initializes; `assessmentId` may change (navigation). */
	constructor(assessmentId: () => string) {
		this.#assessmentId = assessmentId;
	}

	get rounds(): Round[] {
		return this.#rounds.current ?? [];
	}

	get current(): Round | undefined {
		return this.rounds.find((r) => r.status === 'open') ?? this.rounds[0];
	}

	get handIns(): HandIn[] {
		return this.#handIns?.current ?? [];
	}

	get loading(): boolean {
		return !this.#rounds.loaded || (this.#handIns !== undefined && !this.#handIns.loaded);
	}

	startRound(input: NewRound): Promise<SaveResult<Round>> {
		return saveStatus.track(startRound(database(), this.#assessmentId(), input));
	}

	closeRound(roundId: string): Promise<SaveResult<void>> {
		return saveStatus.track(closeRound(database(), roundId));
	}

	reopenRound(roundId: string): Promise<SaveResult<void>> {
		return saveStatus.track(reopenRound(database(), roundId));
	}

	setExpected(roundId: string, expected: number | undefined): Promise<SaveResult<void>> {
		return saveStatus.track(setExpected(database(), roundId, expected));
	}

	setRevealLabels(roundId: string, on: boolean): Promise<SaveResult<void>> {
		return saveStatus.track(setRevealLabels(database(), roundId, on));
	}

	/** Checks each with the domain's merge inside one transaction; stores only what is new. */
	receive(roundId: string, incoming: unknown[]): Promise<SaveResult<ReceiveResult>> {
		return saveStatus.track(receiveHandIns(database(), roundId, incoming));
	}

	/** Deletes the individual ratings of a round (after consensus); the round keeps `agreement`. */
	deleteRatings(roundId: string, agreement: readonly StoredAgreement[]): Promise<SaveResult<void>> {
		return saveStatus.track(deleteRatings(database(), roundId, agreement));
	}
}
