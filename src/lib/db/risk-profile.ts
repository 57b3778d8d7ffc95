/** The workforce risk profile: one factor per write, with the plan brought in step. */
import type { RiskLevel } from '$lib/domain/assessment';
import { PlainWriteError } from '$lib/domain/write-errors';
import type { WorkbookDatabase } from './database';
import { planInputTables, syncPlan, type PlanSync } from './plan-sync';

/** Records one workforce risk level; `null` clears the answer. */
export async function setRiskLevel(
	db: WorkbookDatabase,
	id: string,
	riskFactorId: string,
	level: RiskLevel | null,
	now = new Date()
): Promise<PlanSync> {
	return db.transaction('rw', planInputTables(db), async () => {
		const assessment = await db.assessments.get(id);
		if (!assessment) {
			throw new PlainWriteError(
				'This assessment was deleted (perhaps in another tab), so the change was not saved.'
			);
		}
		const riskProfile = { ...assessment.riskProfile };
		if (level) riskProfile[riskFactorId] = level;
		else delete riskProfile[riskFactorId];
		await db.assessments.update(id, { riskProfile, updatedAt: now.toISOString() });
		return syncPlan(db, id, now);
	});
}
