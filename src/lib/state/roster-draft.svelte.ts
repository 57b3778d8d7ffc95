/**
 * The task force as the set-up page edits it. A member is saved as soon as it is complete (a
 * member still missing its role stays on screen until it has one); the repository merges it by
 * id into the roster as stored, so another tab's members are never overwritten. Members untouched
 * here follow the store; members being edited here, and new ones not stored yet, stay as they are
 * (the merge rule is `followStoredRoster` in domain/roster).
 */
import { untrack } from 'svelte';
import type { Assessment, RosterMember } from '$lib/domain/assessment';
import {
	completeMember,
	followStoredRoster,
	parseDraft,
	toDraft,
	type MemberDraft
} from '$lib/domain/roster';
import { fieldErrors } from '$lib/domain/validation';
import type { SaveResult } from './save-status.svelte';

/** What the draft needs of the assessment state (AssessmentState has it). */
export interface RosterStore {
	readonly assessment: Pick<Assessment, 'id' | 'roster'> | undefined;
	saveMember(member: RosterMember): Promise<SaveResult<unknown>>;
	removeMember(memberId: string): Promise<SaveResult<unknown>>;
}

export type MemberFields = Partial<Omit<MemberDraft, 'id'>>;

const labels = { role: 'Role', roleOther: 'Role', name: 'Name' };

export class RosterDraft {
	/** What the form shows, in order. */
	members = $state<MemberDraft[]>([]);
	/** Each member's problems, by field ("role", "roleOther"), in the order of `members`. */
	readonly errors = $derived(
		this.members.map((member): Record<string, string> => {
			const result = parseDraft(member);
			return result.success ? {} : fieldErrors(result.error.issues, labels);
		})
	);
	/** Members whose last write failed, by id. */
	#unsaved = $state<Record<string, boolean>>({});
	/** Members removed on this page: a store arriving late must not bring them back. */
	// Not shown on screen, so a plain Set.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#removedHere = new Set<string>();
	#synced: { id: string; roster: MemberDraft[] } | undefined;
	#store: () => RosterStore;

	/** Create while a component initializes: it follows the stored roster from then on. */
	constructor(store: () => RosterStore) {
		this.#store = store;
		$effect.pre(() => {
			const assessment = store().assessment;
			if (assessment) untrack(() => this.#follow(assessment));
		});
	}

	#follow({ id, roster }: Pick<Assessment, 'id' | 'roster'>) {
		const stored = roster.map(toDraft);
		this.members =
			this.#synced?.id !== id
				? stored
				: followStoredRoster(
						stored,
						$state.snapshot(this.members),
						this.#synced.roster,
						this.#removedHere
					);
		this.#synced = { id, roster: stored };
	}

	/** The last write of this member failed: what is on screen is not stored. */
	unsaved(memberId: string): boolean {
		return this.#unsaved[memberId] ?? false;
	}

	/** A new, empty member at the end; it is stored once its role is chosen. Returns its id. */
	add(): string {
		const id = crypto.randomUUID();
		this.members.push({ id, role: '', roleOther: '', name: '' });
		return id;
	}

	/** Changes a member on screen, and saves it if it is now complete. */
	async edit(memberId: string, fields: MemberFields): Promise<void> {
		const draft = this.members.find((m) => m.id === memberId);
		if (!draft) return;
		Object.assign(draft, fields);
		const member = completeMember($state.snapshot(draft));
		if (!member) return;
		const saved = await this.#store().saveMember(member);
		this.#unsaved[memberId] = !saved.ok;
	}

	/** Removes a member; if storage refuses, it comes back where it was, marked not saved. */
	async remove(index: number): Promise<void> {
		const [removed] = this.members.splice(index, 1);
		if (!removed) return;
		this.#removedHere.add(removed.id);
		const saved = await this.#store().removeMember(removed.id);
		if (saved.ok) return;
		this.#removedHere.delete(removed.id);
		this.members.splice(Math.min(index, this.members.length), 0, removed);
		this.#unsaved[removed.id] = true;
	}
}
