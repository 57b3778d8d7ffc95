/**
 * What the home screen lists: each assessment with the progress of its consensus answers and its
 * overall score, computed by the same rule as every other screen (domain/scoring).
 * Loaded after first paint, with the list (state/workbook), so the home page's first load stays light.
 */
import type { Assessment, Response } from '$lib/domain/assessment';
import type { Framework } from '$lib/domain/framework';
import { progressOf, type Progress } from '$lib/domain/progress';
import { scoreAssessment, type AssessmentScore } from '$lib/domain/scoring';
import { isCountableResponse, isWholeAssessment } from '$lib/domain/stored-records';
import type { WorkbookDatabase } from './database';

export interface AssessmentSummary {
	assessment: Assessment;
	progress: Progress;
	score: AssessmentScore;
}

export interface AssessmentList {
	summaries: AssessmentSummary[];
	/** Stored assessment records too damaged to list: named on home, left untouched. */
	damaged: number;
}

/**
 * The home list shows every assessment, so whole tables are read once and grouped in one pass
 * (an `anyOf` over many ids is far slower, and grows with the square of the count).
 */
export async function listAssessmentSummaries(
	db: WorkbookDatabase,
	framework: Pick<Framework, 'elements' | 'items'>
): Promise<AssessmentList> {
	const itemIds = framework.items.map((item) => item.id);
	return db.transaction('r', [db.assessments, db.responseSets, db.responses], async () => {
		const [stored, sets, responses] = await Promise.all([
			// Newest first, as listAssessments (not imported: it brings the write rules along).
			db.assessments.orderBy('updatedAt').reverse().toArray(),
			db.responseSets.toArray(),
			db.responses.toArray()
		]);
		const assessments = stored.filter(isWholeAssessment);
		const consensusSetIds = new Set(sets.filter((s) => s.kind === 'consensus').map((s) => s.id));
		const byAssessment = new Map<string, Map<string, Response>>();
		for (const response of responses) {
			if (!isCountableResponse(response)) continue;
			if (!consensusSetIds.has(response.responseSetId)) continue;
			let byItem = byAssessment.get(response.assessmentId);
			if (!byItem) byAssessment.set(response.assessmentId, (byItem = new Map()));
			byItem.set(response.itemId, response);
		}
		const summaries = assessments.map((assessment) => {
			const answers = byAssessment.get(assessment.id) ?? new Map<string, Response>();
			const score = scoreAssessment(framework, answers);
			return {
				assessment,
				progress: progressOf(itemIds, answers),
				score
			};
		});
		return { summaries, damaged: stored.length - assessments.length };
	});
}
