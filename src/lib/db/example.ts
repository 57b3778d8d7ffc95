/** "Load example": writes the built-in example assessment as a new, clearly labelled assessment. */
import type { ExampleAssessment } from '$lib/content/example';
import type { Assessment, Response, ResponseSet } from '$lib/domain/assessment';
import type { FrameworkRef } from './assessments';
import type { WorkbookDatabase } from './database';

/** Every record gets fresh ids, so the example can be loaded more than once. */
export async function loadExample(
	db: WorkbookDatabase,
	example: ExampleAssessment,
	framework: FrameworkRef,
	now = new Date()
): Promise<string> {
	const stamp = now.toISOString();
	const assessment: Assessment = {
		id: crypto.randomUUID(),
		frameworkId: framework.id,
		frameworkVersion: framework.version,
		organization: example.organization,
		unit: example.unit,
		cycleLabel: example.cycleLabel,
		date: example.date,
		facilitator: example.facilitator,
		roster: example.roster.map((member) => ({ id: crypto.randomUUID(), ...member })),
		riskProfile: { ...example.riskProfile },
		isExample: true,
		createdAt: stamp,
		updatedAt: stamp
	};
	const consensus: ResponseSet = {
		id: crypto.randomUUID(),
		assessmentId: assessment.id,
		kind: 'consensus',
		label: 'Consensus',
		createdAt: stamp,
		updatedAt: stamp
	};
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
	await db.transaction('rw', db.assessments, db.responseSets, db.responses, async () => {
		await db.assessments.add(assessment);
		await db.responseSets.add(consensus);
		await db.responses.bulkAdd(responses);
	});
	return assessment.id;
}
