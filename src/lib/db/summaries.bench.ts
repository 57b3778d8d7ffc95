/**
 * How long the home screen's list takes for a consultant with many assessments
 * (fake-indexeddb in Node: relative numbers, not browser timings).
 */
import { bench, describe } from 'vitest';
import { builtinFramework } from '$lib/content';
import { WorkbookDatabase } from './database';
import { createAssessment, readBundle } from './assessments';
import { countDamagedAssessments, keepSummaries, listAssessmentSummaries } from './summaries';
import { nestSets } from './stored-sets';

const itemIds = builtinFramework.items.map((i) => i.id);

async function seeded(count: number) {
	const db = new WorkbookDatabase(`bench-${count}-${Date.now()}`);
	for (let n = 0; n < count; n++) {
		const id = await createAssessment(
			db,
			{ organization: `Org ${n}`, unit: '', cycleLabel: '', date: '2026-01-01', facilitator: '' },
			builtinFramework
		);
		const set = (await readBundle(db, id))!.responseSets[0]!;
		const setId = set.id;
		const stamp = new Date().toISOString();
		const responses = itemIds.map((itemId, i) => ({
			id: crypto.randomUUID(),
			assessmentId: id,
			responseSetId: setId,
			itemId,
			answer: { kind: 'score' as const, value: (i % 5) as 0 | 1 | 2 | 3 | 4 },
			notes: '',
			evidence: '',
			discuss: false,
			updatedAt: stamp
		}));
		await db.responseSets.put(nestSets([set], responses)[0]!);
	}
	return db;
}

describe('home list', async () => {
	const stale = await seeded(100);
	const kept = await seeded(1_000);
	await keepSummaries(kept, (await listAssessmentSummaries(kept, builtinFramework)).recomputed);
	bench('first page of 100 assessments, every summary recomputed from 27 answers', async () => {
		await listAssessmentSummaries(stale, builtinFramework, 50);
	});
	bench('first page of 1,000 assessments, summaries kept', async () => {
		await listAssessmentSummaries(kept, builtinFramework, 50);
	});
	bench('damaged count over 1,000 assessments', async () => {
		await countDamagedAssessments(kept);
	});
});
