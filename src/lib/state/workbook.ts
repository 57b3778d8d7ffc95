/**
 * The workbook as the home and "new" screens use it: the list of assessments, creating,
 * loading the example and deleting. Screens reach storage only through lib/state; this module
 * is loaded after first paint (it brings the framework content and the list code).
 */
import { createAssessment, deleteAssessment } from '$lib/db/assessments';
import { organizationNamed } from '$lib/db/organizations';
import { database } from '$lib/db/database';
import {
	countDamagedAssessments,
	keepSummaries,
	listAssessmentSummaries,
	type AssessmentList
} from '$lib/db/summaries';
import type { AssessmentDraft } from '$lib/domain/assessment';
import { LiveQuery } from './live-query.svelte';
import { saveStatus, type SaveResult } from './save-status.svelte';

export type { AssessmentList, AssessmentSummary } from '$lib/db/summaries';

/** The newest `limit` assessments on this device with their progress and score, kept live. */
export function assessmentList(limit: number): LiveQuery<AssessmentList> {
	return new LiveQuery(() => listAssessmentSummaries(database(), frameworks, limit));
}

/**
 * The frameworks, loaded only when a summary must be recomputed: home's list reads kept
 * summaries, so its first load does not bring every practice's text.
 */
const frameworks = { load: () => import('$lib/content').then((m) => m.frameworkOf) };

/**
 * Every assessment on this device with its progress and score, kept live: the portfolio (home
 * grouped by organization, and the side-by-side view) searches, sorts and groups all of them.
 */
export function portfolioList(): LiveQuery<AssessmentList> {
	return new LiveQuery(() => listAssessmentSummaries(database(), frameworks));
}

/** How many stored assessment records are too damaged to list, counted in small chunks. */
export function damagedAssessmentCount(): LiveQuery<number> {
	return new LiveQuery(() => countDamagedAssessments(database()));
}

/**
 * Stores the summaries a list had to compute, so the next visit reads them instead of the
 * answers. Derived data: a failure costs only speed, so it is noted, never shown.
 */
export function keepListSummaries(list: AssessmentList): void {
	keepSummaries(database(), list.recomputed).catch((error: unknown) =>
		console.warn('Home summaries not kept:', error)
	);
}

// Each command answers { ok, value } or { ok: false, message } (saveStatus.track): the screen
// says "created" or "deleted" only when the database holds it, and a failure in plain words.

/** Creates an assessment of the built-in framework; its id. */
export function newAssessment(draft: AssessmentDraft): Promise<SaveResult<string>> {
	return saveStatus.track(
		import('$lib/content').then(({ currentFramework }) =>
			createAssessment(database(), draft, currentFramework)
		)
	);
}

/** Writes the built-in example as a new, clearly labelled assessment; its id. */
export function newExampleAssessment(): Promise<SaveResult<string>> {
	return saveStatus.track(
		// The example is written on the framework new assessments use.
		Promise.all([
			import('$lib/content/v2/example'),
			import('$lib/db/example'),
			import('$lib/content')
		]).then(([{ exampleAssessmentV2 }, { loadExample }, { currentFramework }]) =>
			loadExample(database(), exampleAssessmentV2, currentFramework)
		)
	);
}

export function removeAssessment(id: string): Promise<SaveResult<void>> {
	return saveStatus.track(deleteAssessment(database(), id));
}

/** An organization of this name and unit already here, with its latest cycle (or null). */
export function existingOrganization(name: string, unit: string) {
	return organizationNamed(database(), name, unit).catch(() => null);
}
