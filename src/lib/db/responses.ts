/** Response repository: one write per change, so every answer is stored the moment it is given. */
import type { Response } from '$lib/domain/assessment';
import type { WorkbookDatabase } from './database';

export type ResponsePatch = Partial<Pick<Response, 'answer' | 'notes' | 'evidence' | 'discuss'>>;

/**
 * Applies a change to the response for one item in one response set, creating it on first use,
 * and marks the assessment as updated, in one transaction.
 */
export async function saveResponse(
	db: WorkbookDatabase,
	target: { assessmentId: string; responseSetId: string; itemId: string },
	patch: ResponsePatch,
	now = new Date()
): Promise<Response> {
	const stamp = now.toISOString();
	return db.transaction('rw', db.responses, db.assessments, async () => {
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
		return next;
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
