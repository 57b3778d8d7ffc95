/**
 * One assessment as the screens see it: its record, its consensus answers by item, and the
 * writes a screen may make. Reads are live: a change in another tab shows up here at once.
 */
import {
	consensusResponses,
	type Answer,
	type PlanAction,
	type Response,
	type RiskLevel,
	type RosterMember
} from '$lib/domain/assessment';
import { database } from '$lib/db/database';
import {
	putRosterMember,
	readBundle,
	removeRosterMember,
	updateDetails,
	type DetailsPatch
} from '$lib/db/assessments';
import { saveResponse, type ResponsePatch } from '$lib/db/responses';
import { setRiskLevel } from '$lib/db/risk-profile';
import { addCustomAction, moveAction, updatePlanAction } from '$lib/db/plan';
import type { PlanActionPatch } from '$lib/domain/plan';
import { builtinFramework } from '$lib/content';
import { findOutText } from '$lib/content/plan-text';
import {
	prioritizeItems,
	suggestActions,
	type ItemPriority,
	type Suggestion
} from '$lib/domain/prioritize';
import { scoreAssessment, type AssessmentScore } from '$lib/domain/scoring';
import { untrack } from 'svelte';
import type { PlanChange } from '$lib/domain/plan';
import type { PlanSync } from '$lib/db/plan-sync';
import type { AssessmentBundle } from '$lib/domain/file-format';
import {
	checkStoredBundle,
	type CheckedBundle,
	type DamageCount
} from '$lib/domain/stored-records';
import { LiveQuery } from './live-query.svelte';
import { saveStatus, type SaveResult } from './save-status.svelte';

export class AssessmentState {
	readonly id: string;
	/** What is stored, checked record by record: a damaged record never reaches a screen. */
	#stored: LiveQuery<CheckedBundle | undefined>;

	constructor(id: string) {
		this.id = id;
		this.#stored = new LiveQuery(async () => {
			const raw = await readBundle(database(), id);
			return raw ? checkStoredBundle(raw) : undefined;
		});
	}

	#bundle = $derived.by((): AssessmentBundle | undefined => {
		const checked = this.#stored.current;
		if (!checked?.ok) return undefined;
		const { assessment, responseSets, responses, plan } = checked;
		return { assessment, responseSets, responses, plan };
	});

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

	get bundle(): AssessmentBundle | undefined {
		return this.#bundle;
	}

	get assessment() {
		return this.#bundle?.assessment;
	}

	// Derived lazily: read only after the constructor has set up the live query.
	#consensusSetId = $derived.by(
		() => this.#bundle?.responseSets.find((s) => s.kind === 'consensus')?.id
	);
	#responses = $derived.by(() =>
		consensusResponses(this.#bundle?.responseSets ?? [], this.#bundle?.responses ?? [])
	);

	#score = $derived.by(() => scoreAssessment(builtinFramework, this.#responses));
	#priorities = $derived.by(() =>
		prioritizeItems(builtinFramework, this.#responses, this.assessment?.riskProfile ?? {})
	);
	#suggestions = $derived.by(() => suggestActions(builtinFramework, this.#priorities, findOutText));

	/** Scores of the consensus answers (see domain/scoring). */
	get score(): AssessmentScore {
		return this.#score;
	}

	/** Items with a gap or an unknown, highest priority first. */
	get priorities(): ItemPriority[] {
		return this.#priorities;
	}

	/** What the answers suggest doing, before the team's edits. */
	get suggestions(): Suggestion[] {
		return this.#suggestions;
	}

	/** The stored plan (suggestions the team has seen, edited or added). */
	get plan(): PlanAction[] {
		return this.#bundle?.plan ?? [];
	}

	get consensusSetId(): string | undefined {
		return this.#consensusSetId;
	}

	/** Consensus responses by item id. */
	get responses(): ReadonlyMap<string, Response> {
		return this.#responses;
	}

	async saveResponse(itemId: string, patch: ResponsePatch): Promise<SaveResult<Response>> {
		const responseSetId = this.consensusSetId;
		if (!responseSetId) return { ok: false, message: 'This assessment is still loading.' };
		const result = await saveStatus.track(
			saveResponse(database(), { assessmentId: this.id, responseSetId, itemId }, patch)
		);
		if (!result.ok) return result;
		this.#notePlanChanges(result.value.planChanges);
		return { ok: true, value: result.value.response };
	}

	/** Reasons of "Not applicable" answers replaced in this session, by item. */
	// Plain Map on purpose: nothing on screen reads it.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#lastReasons = new Map<string, string>();

	/**
	 * Records an answer chosen on the scale (a click or a key). Choosing "Not applicable" again
	 * changes nothing, and coming back to it brings back the reason it had earlier in this
	 * session: a stray key must not cost a written reason.
	 */
	async answer(itemId: string, answer: Answer | null): Promise<SaveResult<Response | undefined>> {
		const previous = this.#responses.get(itemId)?.answer;
		if (previous?.kind === 'not-applicable') {
			if (answer?.kind === 'not-applicable') return { ok: true, value: undefined };
			if (previous.reason) this.#lastReasons.set(itemId, previous.reason);
		}
		const next =
			answer?.kind === 'not-applicable' && !answer.reason
				? { ...answer, reason: this.#lastReasons.get(itemId) ?? '' }
				: answer;
		return this.saveResponse(itemId, { answer: next });
	}

	/** The reason of a "Not applicable" answer, as typed (clearing it included). */
	notApplicableReason(itemId: string, reason: string) {
		return this.saveResponse(itemId, { answer: { kind: 'not-applicable', reason } });
	}

	/** Saves the set-up fields given, and only those. */
	saveDetails(patch: DetailsPatch) {
		return saveStatus.track(updateDetails(database(), this.id, patch));
	}

	saveMember(member: RosterMember) {
		return saveStatus.track(putRosterMember(database(), this.id, member));
	}

	removeMember(memberId: string) {
		return saveStatus.track(removeRosterMember(database(), this.id, memberId));
	}

	async saveRiskLevel(riskFactorId: string, level: RiskLevel | null) {
		const result = await saveStatus.track(setRiskLevel(database(), this.id, riskFactorId, level));
		if (result.ok) this.#notePlanChanges(result.value);
		return result;
	}

	#planChanges = $state.raw<{ changes: PlanChange[]; first: boolean } | null>(null);

	/** What the last recomputation changed in the stored plan, until the user dismisses it. */
	get planChanges(): { changes: PlanChange[]; first: boolean } | null {
		return this.#planChanges;
	}

	dismissPlanChanges(): void {
		this.#planChanges = null;
	}

	/**
	 * Remembers what a write of this tab changed in the stored plan, so the Plan screen can say
	 * so. Changes add up until the user has seen and dismissed them (the latest word per action).
	 */
	#notePlanChanges({ changes, first }: PlanSync): void {
		if (changes.length === 0) return;
		const earlier = untrack(() => this.#planChanges);
		const kept = (earlier?.changes ?? []).filter((c) => !changes.some((n) => n.title === c.title));
		this.#planChanges = { changes: [...kept, ...changes], first: earlier?.first ?? first };
	}

	updateAction(id: string, patch: PlanActionPatch) {
		return saveStatus.track(updatePlanAction(database(), id, patch));
	}

	addCustomAction(fields: Parameters<typeof addCustomAction>[2]) {
		return saveStatus.track(addCustomAction(database(), this.id, fields));
	}

	moveAction(id: string, direction: -1 | 1) {
		return saveStatus.track(moveAction(database(), id, direction));
	}
}
