/**
 * The set-up page's "About this assessment" fields as typed. Each field follows the stored record
 * (a change made in another tab shows up) except where the user has typed something not stored
 * yet: a value that is invalid, or whose write failed. A valid change is saved at once, that one
 * field only, so another tab's change to a different field is kept.
 */
import { untrack } from 'svelte';
import { detailLabels, type DetailField } from '$lib/content/assessment-fields';
import { AssessmentDraft, type Assessment } from '$lib/domain/assessment';
import { fieldErrors } from '$lib/domain/validation';
import type { SaveResult } from './save-status.svelte';

/** What the draft needs of the assessment state (AssessmentState has it). */
export interface DetailsStore {
	readonly assessment: Assessment | undefined;
	saveDetails(patch: Partial<AssessmentDraft>): Promise<SaveResult<unknown>>;
}

type Details = Record<DetailField, string>;

function detailsOf(a: Assessment): Details {
	return {
		organization: a.organization,
		unit: a.unit,
		cycleLabel: a.cycleLabel,
		date: a.date,
		facilitator: a.facilitator
	};
}

export class DetailsDraft {
	/** What the fields show. */
	readonly values = $state<Details>({
		organization: '',
		unit: '',
		cycleLabel: '',
		date: '',
		facilitator: ''
	});
	/** Fields the user has left: their problems are shown from then on. */
	#touched = $state<Partial<Record<DetailField, boolean>>>({});
	/** Fields whose last write failed: the typed value stays, and is tried again on leaving. */
	#unsaved = $state<Partial<Record<DetailField, boolean>>>({});
	/** The stored values last seen, to tell a field the user changed from one that follows. */
	#synced: { id: string; details: Details } | undefined;
	#errors = $derived.by(() => {
		const result = AssessmentDraft.safeParse($state.snapshot(this.values));
		return result.success ? {} : fieldErrors(result.error.issues, detailLabels);
	});
	#store: () => DetailsStore;

	/** Create while a component initializes: it follows the stored record from then on. */
	constructor(store: () => DetailsStore) {
		this.#store = store;
		$effect.pre(() => {
			const assessment = store().assessment;
			if (assessment) untrack(() => this.#follow(assessment));
		});
	}

	#follow(assessment: Assessment) {
		const stored = detailsOf(assessment);
		const first = this.#synced?.id !== assessment.id;
		for (const field of Object.keys(stored) as DetailField[]) {
			if (first || this.values[field] === this.#synced?.details[field]) {
				this.values[field] = stored[field];
			}
		}
		this.#synced = { id: assessment.id, details: stored };
	}

	/** The problem to show under a field, once the user has left it. */
	error(field: DetailField): string | undefined {
		return this.#touched[field] ? this.#errors[field] : undefined;
	}

	/** The last write of this field failed: its value is on screen only. */
	unsaved(field: DetailField): boolean {
		return this.#unsaved[field] ?? false;
	}

	/** A keystroke: the value is shown, and saved if it is valid beside the stored others. */
	input(field: DetailField, value: string): Promise<void> {
		this.values[field] = value;
		return this.#save(field);
	}

	/** Leaving a field shows its problems, and tries a failed write again. */
	async leave(field: DetailField): Promise<void> {
		this.#touched[field] = true;
		if (this.#unsaved[field]) await this.#save(field);
	}

	async #save(field: DetailField): Promise<void> {
		const store = this.#store();
		if (!store.assessment) return;
		const candidate = AssessmentDraft.safeParse({
			...detailsOf(store.assessment),
			[field]: this.values[field]
		});
		// An invalid value is never stored: it waits on screen, with its problem, until fixed.
		if (!candidate.success) return;
		const saved = await store.saveDetails({ [field]: candidate.data[field] });
		this.#unsaved[field] = !saved.ok;
	}
}
