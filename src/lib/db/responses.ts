/** Response repository: one write per change, so every answer is stored the moment it is given. */
import type { Response } from '$lib/domain/assessment';
import { PlainWriteError } from '$lib/domain/write-errors';
import type { WorkbookDatabase } from './database';
import {
	planInputTables,
	readPlanInputs,
	writePlanInStep,
	type PlanInputs,
	type PlanSync
} from './plan-sync';
import {
	DAMAGED_RECORD,
	damagedList,
	splitSets,
	storedResponse,
	withStoredResponse
} from './stored-sets';

export type ResponsePatch = Partial<Pick<Response, 'answer' | 'notes' | 'evidence' | 'discuss'>>;

export interface SavedResponse {
	response: Response;
	/** What the change did to the plan (only an answer can change it). */
	planChanges: PlanSync;
}

/**
 * Applies a change to the response for one item in one response set, creating it on first use,
 * marks the assessment as updated and, when the answer changed, brings the plan in step: all in
 * one transaction, so the plan can never disagree with the answers it was computed from.
 *
 * The screen shows "Saved" when this transaction commits, so it makes two batches of requests
 * rather than a dozen one after another: every read at once, then every write at once (a
 * transaction runs its requests in the order they were made, so the writes still land in order).
 */
export async function saveResponse(
	db: WorkbookDatabase,
	target: { assessmentId: string; responseSetId: string; itemId: string },
	patch: ResponsePatch,
	now = new Date()
): Promise<SavedResponse> {
	const stamp = now.toISOString();
	// Only an answer feeds the plan: notes and evidence (a write per keystroke) lock no more
	// than they change, so they never wait behind plan work.
	const feedsPlan = 'answer' in patch;
	const tables = feedsPlan ? planInputTables(db) : [db.responseSets, db.assessments];
	return db.transaction('rw', tables, async () => {
		const [assessment, stored, planInputs] = await Promise.all([
			db.assessments.get(target.assessmentId),
			db.responseSets.get(target.responseSetId),
			feedsPlan ? readPlanInputs(db, target.assessmentId) : undefined
		]);
		if (!assessment) {
			throw new PlainWriteError(
				'This assessment was deleted (perhaps in another tab), so the change was not saved.'
			);
		}
		if (!stored || stored.assessmentId !== target.assessmentId) {
			throw new PlainWriteError(
				'This set of answers no longer exists (perhaps removed in another tab), so the change was not saved.'
			);
		}
		if (damagedList(stored, 'responses')) throw new PlainWriteError(DAMAGED_RECORD);
		const existing = storedResponse(stored, target.itemId);
		const next: Response = {
			...(typeof existing === 'object' && existing !== null
				? (existing as Response)
				: {
						id: crypto.randomUUID(),
						...target,
						answer: null,
						notes: '',
						evidence: '',
						discuss: false
					}),
			...patch,
			updatedAt: stamp
		};
		const updated = { ...assessment, updatedAt: stamp, lastItemId: target.itemId };
		const written = Promise.all([
			db.responseSets.put(withStoredResponse(stored, next)),
			db.assessments.put(updated)
		]);
		// The plan is worked out from the inputs as they are after this write: the same records
		// a read after the put would return, without waiting for one.
		const planChanges = planInputs
			? writePlanInStep(db, withResponse({ ...planInputs, assessment: updated }, next), now)
			: Promise.resolve<PlanSync>({ changes: [], first: false });
		const [, changes] = await Promise.all([written, planChanges]);
		return { response: next, planChanges: changes };
	});
}

/** The plan inputs with `response` in place of the stored one it replaces (or added). */
function withResponse(inputs: PlanInputs, response: Response): PlanInputs {
	const others = inputs.responses.filter(
		(r) => !(r.responseSetId === response.responseSetId && r.itemId === response.itemId)
	);
	return { ...inputs, responses: [...others, response] };
}

export async function responsesOfSet(
	db: WorkbookDatabase,
	responseSetId: string
): Promise<Response[]> {
	const stored = await db.responseSets.get(responseSetId);
	return splitSets(stored ? [stored] : []).responses as Response[];
}
