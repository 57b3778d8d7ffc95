/**
 * How long the home screen's list takes for a consultant with many assessments
 * (fake-indexeddb in Node: relative numbers, not browser timings).
 */
import { bench, describe } from 'vitest';
import { builtinFramework } from '$lib/content';
import { WorkbookDatabase } from './database';
import { createAssessment, readBundle } from './assessments';
import { listAssessmentSummaries } from './summaries';

const itemIds = builtinFramework.items.map((i) => i.id);

async function seeded(count: number) {
	const db = new WorkbookDatabase(`bench-${count}-${Date.now()}`);
	for (let n = 0; n < count; n++) {
		const id = await createAssessment(
			db,
			{ organization: `Org ${n}`, unit: '', cycleLabel: '', date: '2026-01-01', facilitator: '' },
			builtinFramework
		);
		const setId = (await readBundle(db, id))!.responseSets[0]!.id;
		const stamp = new Date().toISOString();
		await db.responses.bulkAdd(
			itemIds.map((itemId, i) => ({
				id: crypto.randomUUID(),
				assessmentId: id,
				responseSetId: setId,
				itemId,
				answer: { kind: 'score' as const, value: (i % 5) as 0 | 1 | 2 | 3 | 4 },
				notes: '',
				evidence: '',
				discuss: false,
				updatedAt: stamp
			}))
		);
	}
	return db;
}

describe('home list', async () => {
	const small = await seeded(10);
	const large = await seeded(100);
	bench('10 assessments x 27 answers', async () => {
		await listAssessmentSummaries(small, builtinFramework);
	});
	bench('100 assessments x 27 answers', async () => {
		await listAssessmentSummaries(large, builtinFramework);
	});
});
