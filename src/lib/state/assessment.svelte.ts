/**
 * One assessment as the screens see it: what is stored (live, see StoredAssessment), what the
 * answers add up to (scores, priorities, suggestions), and the writes a screen may make. Every
 * write goes through `saveStatus.track` and returns `{ ok, value }` or `{ ok: false, message }`.
 */
import type {
	Answer,
	Assessment,
	PlanAction,
	PlanStatus,
	Response,
	RiskLevel,
	RosterMember
} from '$lib/domain/assessment';
import { database } from '$lib/db/database';
import {
	putRosterMember,
	removeRosterMember,
	updateDetails,
	type DetailsPatch
} from '$lib/db/assessments';
import { saveResponse, type ResponsePatch } from '$lib/db/responses';
import { setRiskLevel } from '$lib/db/risk-profile';
import { addCustomAction, moveAction, setActionsStatus, updatePlanAction } from '$lib/db/plan';
import type { PlanSync } from '$lib/db/plan-sync';
import type { PlanActionPatch } from '$lib/domain/plan';
import type { DamageCount } from '$lib/domain/stored-records';
import { frameworkOf } from '$lib/content';
import type { Framework } from '$lib/domain/framework';
import { findOutText } from '$lib/content/plan-text';
import {
	prioritizeItems,
	suggestActions,
	type ItemPriority,
	type Suggestion
} from '$lib/domain/prioritize';
import { scoreAssessment, type AssessmentScore } from '$lib/domain/scoring';
import { NotApplicableReasons } from './not-applicable-reasons';
import { PendingAnswers } from './pending-answers.svelte';
import { PlanChangeNotice, type PlanChanges } from './plan-change-notice.svelte';
import { saveStatus, type SaveResult } from './save-status.svelte';
import { StoredAssessment } from './stored-assessment.svelte';

/** What a command returns: the repository's result, or the failure in words (never a rejection). */
type Written<F extends (...args: never[]) => Promise<unknown>> = Promise<
	SaveResult<Awaited<ReturnType<F>>>
>;

export class AssessmentState {
	readonly id: string;
	readonly #stored: StoredAssessment;
	readonly #notice = new PlanChangeNotice();
	readonly #reasons = new NotApplicableReasons();
	readonly #pending = new PendingAnswers();

	constructor(id: string) {
		this.id = id;
		this.#stored = new StoredAssessment(id);
	}

	// --- What is stored ---

	get loaded(): boolean {
		return this.#stored.loaded;
	}

	/** The assessment's own record is damaged: it cannot be shown (it is left in storage). */
	get damagedRecord(): boolean {
		return this.#stored.damagedRecord;
	}

	/** Answers, sets or plan actions left out because their stored record is damaged. */
	get damage(): DamageCount | undefined {
		return this.#stored.damage;
	}

	/** The storage could not be read at all. */
	get readError(): unknown {
		return this.#stored.readError;
	}

	get assessment(): Assessment | undefined {
		return this.#stored.assessment;
	}

	/** Consensus responses by item id. */
	get responses(): ReadonlyMap<string, Response> {
		return this.#stored.responses;
	}

	/** The stored plan (suggestions the team has seen, edited or added). */
	get plan(): PlanAction[] {
		return this.#stored.plan;
	}

	/**
	 * The answer the scale shows on an item: the one just chosen while its write is on its way,
	 * else the stored one (a failed write shows the stored one again). Scores, progress and the
	 * plan follow only what is stored.
	 */
	shownAnswer(itemId: string): Answer | null {
		return this.#pending.shown(itemId, this.responses.get(itemId));
	}

	// --- What the answers add up to (derived lazily, after the constructor) ---

	#framework = $derived(frameworkOf(this.assessment));
	#score = $derived.by(() => scoreAssessment(this.#framework, this.responses));
	#priorities = $derived.by(() =>
		prioritizeItems(this.#framework, this.responses, this.assessment?.riskProfile ?? {})
	);
	#suggestions = $derived.by(() => suggestActions(this.#framework, this.#priorities, findOutText));

	/** The framework this assessment was made with: its items, elements and actions. */
	get framework(): Framework {
		return this.#framework;
	}

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

	/** What the last recomputation changed in the stored plan, until the user dismisses it. */
	get planChanges(): PlanChanges | null {
		return this.#notice.current;
	}

	dismissPlanChanges(): void {
		this.#notice.dismiss();
	}

	// --- Writes ---

	async saveResponse(itemId: string, patch: ResponsePatch): Promise<SaveResult<Response>> {
		const responseSetId = this.#stored.consensusSetId;
		if (!responseSetId) return { ok: false, message: 'This assessment is still loading.' };
		const result = await saveStatus.track(
			saveResponse(database(), { assessmentId: this.id, responseSetId, itemId }, patch)
		);
		if (!result.ok) return result;
		this.#notice.note(result.value.planChanges);
		return { ok: true, value: result.value.response };
	}

	/**
	 * Records an answer chosen on the scale (a click or a key). Choosing "Not applicable" again
	 * changes nothing (the value is then undefined); coming back to it brings back its reason.
	 */
	async answer(itemId: string, answer: Answer | null): Promise<SaveResult<Response | undefined>> {
		// What is on screen: a second key before the first write is back compares with that.
		const previous = this.shownAnswer(itemId);
		const next = this.#reasons.answerToSave(itemId, previous, answer);
		if (next.skip) return { ok: true, value: undefined };
		const choice = this.#pending.choose(itemId, next.answer);
		const saved = await this.saveResponse(itemId, { answer: next.answer });
		choice.settle(saved.ok ? saved.value.updatedAt : undefined);
		return saved;
	}

	/**
	 * The reason of a "Not applicable" answer, as typed (clearing it included). Only ever for an
	 * item whose answer is "Not applicable": the last keys of a reason can still be on their way
	 * when a key has already chosen another answer (the field then goes). They are kept for the
	 * item's "Not applicable", never written over the newer answer.
	 */
	notApplicableReason(itemId: string, reason: string): Promise<SaveResult<Response | undefined>> {
		this.#reasons.remember(itemId, reason);
		if (this.shownAnswer(itemId)?.kind !== 'not-applicable') {
			return Promise.resolve({ ok: true, value: undefined });
		}
		return this.saveResponse(itemId, { answer: { kind: 'not-applicable', reason } });
	}

	/** Saves the set-up fields given, and only those. */
	saveDetails(patch: DetailsPatch): Written<typeof updateDetails> {
		return saveStatus.track(updateDetails(database(), this.id, patch));
	}

	saveMember(member: RosterMember): Written<typeof putRosterMember> {
		return saveStatus.track(putRosterMember(database(), this.id, member));
	}

	removeMember(memberId: string): Written<typeof removeRosterMember> {
		return saveStatus.track(removeRosterMember(database(), this.id, memberId));
	}

	async saveRiskLevel(
		riskFactorId: string,
		level: RiskLevel | null
	): Promise<SaveResult<PlanSync>> {
		const result = await saveStatus.track(setRiskLevel(database(), this.id, riskFactorId, level));
		if (result.ok) this.#notice.note(result.value);
		return result;
	}

	updateAction(id: string, patch: PlanActionPatch): Written<typeof updatePlanAction> {
		return saveStatus.track(updatePlanAction(database(), { assessmentId: this.id, id }, patch));
	}

	/** One decision for several actions ("Accept selected"): all change or none. */
	setActionsStatus(ids: readonly string[], status: PlanStatus): Written<typeof setActionsStatus> {
		return saveStatus.track(setActionsStatus(database(), this.id, ids, status));
	}

	addCustomAction(fields: Parameters<typeof addCustomAction>[2]): Written<typeof addCustomAction> {
		return saveStatus.track(addCustomAction(database(), this.id, fields));
	}

	moveAction(id: string, direction: -1 | 1): Written<typeof moveAction> {
		return saveStatus.track(moveAction(database(), { assessmentId: this.id, id }, direction));
	}
}
