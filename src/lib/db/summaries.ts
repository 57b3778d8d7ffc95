/**
 * What the home screen lists: each assessment with the progress of its consensus answers and its
 * overall score (PRODUCT.md), computed by the same rule as every other screen (domain/scoring).
 */
import type { Assessment, Response } from '$lib/domain/assessment';
import type { Framework } from '$lib/domain/framework';
import { progressOf, type Progress } from '$lib/domain/progress';
import type { AssessmentScore } from '$lib/domain/scoring';
import type { WorkbookDatabase } from './database';
import { listAssessments } from './assessments';

export interface AssessmentSummary {
	assessment: Assessment;
	progress: Progress;
	score: AssessmentScore;
	/** The overall score as shown: "43", or "No score yet". */
	overallText: string;
}

/**
 * The home list shows every assessment, so whole tables are read once and grouped in one pass
 * (an `anyOf` over many ids is far slower, and grows with the square of the count).
 */
export async function listAssessmentSummaries(
	db: WorkbookDatabase,
	framework: Pick<Framework, 'elements' | 'items'>
): Promise<AssessmentSummary[]> {
	const itemIds = framework.items.map((item) => item.id);
	// Loaded here, before the transaction, rather than statically: the home page's first load
	// stays within its budget (scripts/measure-bundle.mjs), and the list needs the framework
	// content first anyway, which also loads after first paint.
	const { displayScore, scoreAssessment } = await import('$lib/domain/scoring');
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
		return assessments.map((assessment) => {
			const answers = byAssessment.get(assessment.id) ?? new Map<string, Response>();
			const score = scoreAssessment(framework, answers);
			return {
				assessment,
				progress: progressOf(itemIds, answers),
				score,
				overallText: displayScore(score.overall)
			};
		});
	});
}
