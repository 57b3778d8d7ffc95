/** Response repository: one write per change, so every answer is stored the moment it is given. */
import type { Response } from '$lib/domain/assessment';
import { PlainWriteError } from '$lib/domain/write-errors';
import type { WorkbookDatabase } from './database';
import { planInputTables, syncPlan, type PlanSync } from './plan-sync';

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
	const tables = 'answer' in patch ? planInputTables(db) : [db.responses, db.assessments];
	return db.transaction('rw', tables, async () => {
		if (!(await db.assessments.get(target.assessmentId))) {
			throw new PlainWriteError(
				'This assessment was deleted (perhaps in another tab), so the change was not saved.'
			);
		}
		const existing = await db.responses
			.where('[responseSetId+itemId]')
			.equals([target.responseSetId, target.itemId])
			.first();
		const next: Response = {
			...(existing ?? {
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
		await db.responses.put(next);
		await db.assessments.update(target.assessmentId, {
			updatedAt: stamp,
			lastItemId: target.itemId
		});
		const planChanges =
			'answer' in patch
				? await syncPlan(db, target.assessmentId, now)
				: { changes: [], first: false };
		return { response: next, planChanges };
	});
}

export async function responsesOfSet(
	db: WorkbookDatabase,
	responseSetId: string
): Promise<Response[]> {
	return db.responses
		.where('[responseSetId+itemId]')
		.between([responseSetId, ''], [responseSetId, '\uffff'])
		.toArray();
}
