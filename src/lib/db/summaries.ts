/** What the home screen lists: each assessment with the progress of its consensus answers. */
import type { Assessment } from '$lib/domain/assessment';
import { progressOf, type Progress } from '$lib/domain/progress';
import type { WorkbookDatabase } from './database';
import { listAssessments } from './assessments';

export interface AssessmentSummary {
	assessment: Assessment;
	progress: Progress;
}

export async function listAssessmentSummaries(
	db: WorkbookDatabase,
	itemIds: readonly string[]
): Promise<AssessmentSummary[]> {
	return db.transaction('r', [db.assessments, db.responseSets, db.responses], async () => {
		const assessments = await listAssessments(db);
		const consensusSets = await db.responseSets
			.where('assessmentId')
			.anyOf(assessments.map((a) => a.id))
			.filter((s) => s.kind === 'consensus')
			.toArray();
		const setByAssessment = new Map(consensusSets.map((s) => [s.assessmentId, s.id]));
		const responses = await db.responses
			.where('assessmentId')
			.anyOf(assessments.map((a) => a.id))
			.toArray();
		return assessments.map((assessment) => {
			const setId = setByAssessment.get(assessment.id);
			const byItem = new Map(
				responses.filter((r) => r.responseSetId === setId).map((r) => [r.itemId, r])
			);
			return { assessment, progress: progressOf(itemIds, byItem) };
		});
	});
}
