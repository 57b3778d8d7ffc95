/** "Load example": writes the built-in example assessment as a new, clearly labelled assessment. */
import type { ExampleAssessment } from '$lib/content/example';
import type { Framework } from '$lib/domain/framework';
import type { Response } from '$lib/domain/assessment';
import { newAssessmentRecords } from './assessments';
import type { WorkbookDatabase } from './database';
import { planInputTables, syncPlan } from './plan-sync';
import { computeSummary } from './summaries';
import { nestSets } from './stored-sets';

/** Every record gets fresh ids, so the example can be loaded more than once. */
export async function loadExample(
	db: WorkbookDatabase,
	example: ExampleAssessment,
	framework: Pick<Framework, 'id' | 'version' | 'elements' | 'items'>,
	now = new Date()
): Promise<string> {
	const { assessment, consensus, organization } = newAssessmentRecords(
		{
			organization: example.organization,
			unit: example.unit,
			cycleLabel: example.cycleLabel,
			date: example.date,
			facilitator: example.facilitator,
			roster: example.roster.map((member) => ({ id: crypto.randomUUID(), ...member })),
			riskProfile: { ...example.riskProfile },
			isExample: true
		},
		framework,
		now
	);
	const stamp = assessment.createdAt;
	const responses: Response[] = Object.entries(example.responses).map(([itemId, r]) => ({
		id: crypto.randomUUID(),
		assessmentId: assessment.id,
		responseSetId: consensus.id,
		itemId,
		answer: r.answer,
		notes: r.notes,
		evidence: r.evidence,
		discuss: r.discuss,
		updatedAt: stamp
	}));
	await db.transaction('rw', [...planInputTables(db), db.summaries, db.organizations], async () => {
		await db.organizations.add(organization);
		await db.assessments.add(assessment);
		await db.responseSets.add(nestSets([consensus], responses)[0]!);
		await db.summaries.put(computeSummary(framework, assessment, [consensus], responses));
		// The example arrives with its plan, as if its answers had been given one by one.
		await syncPlan(db, assessment.id, now);
	});
	return assessment.id;
}
