/** What the home screen lists: each assessment with the progress of its consensus answers. */
import type { Assessment, Response } from '$lib/domain/assessment';
import { progressOf, type Progress } from '$lib/domain/progress';
import type { WorkbookDatabase } from './database';
import { listAssessments } from './assessments';

export interface AssessmentSummary {
	assessment: Assessment;
	progress: Progress;
}

/**
 * The home list shows every assessment, so whole tables are read once and grouped in one pass
 * (an `anyOf` over many ids is far slower, and grows with the square of the count).
 */
export async function listAssessmentSummaries(
	db: WorkbookDatabase,
	itemIds: readonly string[]
): Promise<AssessmentSummary[]> {
	return db.transaction('r', [db.assessments, db.responseSets, db.responses], async () => {
		const [assessments, sets, responses] = await Promise.all([
			listAssessments(db),
			db.responseSets.toArray(),
			db.responses.toArray()
		]);
		const consensusSetIds = new Set(sets.filter((s) => s.kind === 'consensus').map((s) => s.id));
		const byAssessment = new Map<string, Map<string, Response>>();
		for (const response of responses) {
			if (!consensusSetIds.has(response.responseSetId)) continue;
			let byItem = byAssessment.get(response.assessmentId);
			if (!byItem) byAssessment.set(response.assessmentId, (byItem = new Map()));
			byItem.set(response.itemId, response);
		}
		return assessments.map((assessment) => ({
			assessment,
			progress: progressOf(itemIds, byAssessment.get(assessment.id) ?? new Map())
		}));
	});
}
