/**
 * An organization's cycles as the compare screen, the report and the walk's hint read them: each
 * whole assessment with its framework, consensus answers and plan, kept live. Damaged records
 * are left out here as on every screen (domain/stored-records).
 */
import { frameworkOf } from '$lib/content';
import { readCycles, setShowPreviousAnswers, startNextCycle } from '$lib/db/cycles';
import { database } from '$lib/db/database';
import { readBundle } from '$lib/db/assessments';
import { listOrganizations, moveToOrganization } from '$lib/db/organizations';
import { formatCalendarDate } from '$lib/domain/format';
import {
	consensusResponses,
	type Assessment,
	type PlanAction,
	type Response
} from '$lib/domain/assessment';
import type { Framework } from '$lib/domain/framework';
import { checkStoredBundle } from '$lib/domain/stored-records';

type FrameworkRefFields = Pick<Assessment, 'frameworkId' | 'frameworkVersion'>;
import type { NextCycleFields } from '$lib/domain/cycles/carry-forward';
import type { ComparedAnswer } from '$lib/domain/cycles/answer-state';
import { previousAnswers } from '$lib/domain/cycles/previous-answers';
import { LiveQuery } from './live-query.svelte';
import { saveStatus, type SaveResult } from './save-status.svelte';

export interface CycleRecord {
	assessment: Assessment;
	framework: Framework;
	/** Consensus answers by practice id. */
	answers: ReadonlyMap<string, Response>;
	plan: PlanAction[];
}

/** Every cycle of the organization `assessment` belongs to (itself included), oldest first. */
export async function readOrganizationCycles(
	assessment: Pick<Assessment, 'id' | 'organizationId'>
): Promise<CycleRecord[]> {
	const bundles = await readCycles(database(), assessment);
	const cycles: CycleRecord[] = [];
	for (const raw of bundles) {
		const checked = checkStoredBundle(raw);
		if (!checked.ok) continue;
		cycles.push({
			assessment: checked.assessment,
			framework: frameworkOf(checked.assessment),
			answers: consensusResponses(checked.responseSets, checked.responses),
			plan: checked.plan
		});
	}
	return cycles;
}

export function organizationCycles(
	assessment: Pick<Assessment, 'id' | 'organizationId'>
): LiveQuery<CycleRecord[]> {
	return new LiveQuery(() => readOrganizationCycles(assessment));
}

/** Starts the next cycle from an assessment (db/cycles startNextCycle); the new id. */
export function startNextCycleFrom(
	previousId: string,
	fields: NextCycleFields
): Promise<SaveResult<string>> {
	return saveStatus.track(startNextCycle(database(), previousId, fields));
}

/** Last cycle's answers as the walk's hint shows them: its label and an answer per practice. */
export interface PreviousAnswerHints {
	label: string;
	answers: ReadonlyMap<string, ComparedAnswer>;
}

/**
 * The hints for an assessment started from an earlier cycle (null when it was not, or when that
 * cycle is gone). Reads only that cycle's records, so an answer given here does not re-run it.
 */
export function previousAnswerHints(
	assessment: Pick<Assessment, 'previousCycleId'> & FrameworkRefFields
): LiveQuery<PreviousAnswerHints | null> {
	return new LiveQuery(async () => {
		const previousId = assessment.previousCycleId;
		const raw = previousId ? await readBundle(database(), previousId) : undefined;
		const checked = raw ? checkStoredBundle(raw) : undefined;
		if (!checked?.ok) return null;
		const previous = {
			framework: frameworkOf(checked.assessment),
			answers: consensusResponses(checked.responseSets, checked.responses)
		};
		return {
			label: checked.assessment.cycleLabel || formatCalendarDate(checked.assessment.date),
			answers: previousAnswers(previous, frameworkOf(assessment))
		};
	});
}

/** Turns the walk's hint of last cycle's answers on or off. */
export function saveShowPreviousAnswers(id: string, on: boolean): Promise<SaveResult<void>> {
	return saveStatus.track(setShowPreviousAnswers(database(), id, on));
}

/** The organizations on this device, for moving an assessment between them. */
export function organizationChoices() {
	return new LiveQuery(() => listOrganizations(database()));
}

/** Moves an assessment to another organization, or to a new one (`to` null); its organization id. */
export function moveAssessment(
	assessmentId: string,
	to: string | null
): Promise<SaveResult<string>> {
	return saveStatus.track(moveToOrganization(database(), assessmentId, to));
}
