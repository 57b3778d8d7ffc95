/**
 * The upgrade to database version 3: every answer moves into its response set's record and every
 * plan action into its assessment's plan record (see StoredResponseSet). It runs inside the
 * browser's upgrade transaction: all of it happens, or none of it and version 2 stays as it was.
 *
 * Records no screen could show stay behind and go with the old tables: an answer whose set does
 * not exist, an action whose assessment does not exist (both already left out of every screen
 * and every backup, as damaged).
 */
import type { Transaction } from 'dexie';
import { latestStamp } from './stored-sets';

type Row = Record<string, unknown>;

function groupBy(rows: readonly unknown[], key: string): Map<unknown, Row[]> {
	const groups = new Map<unknown, Row[]>();
	for (const row of rows) {
		if (typeof row !== 'object' || row === null) continue;
		const value = (row as Row)[key];
		const group = groups.get(value);
		if (group) group.push(row as Row);
		else groups.set(value, [row as Row]);
	}
	return groups;
}

export async function nestRecords(tx: Transaction): Promise<void> {
	const [responses, actions, assessmentIds] = await Promise.all([
		tx.table('responses').toArray(),
		tx.table('planActions').toArray(),
		tx.table('assessments').toCollection().primaryKeys()
	]);
	const bySet = groupBy(responses, 'responseSetId');
	await tx
		.table('responseSets')
		.toCollection()
		.modify((set: Row) => {
			const answers = bySet.get(set.id) ?? [];
			set.responses = answers;
			set.updatedAt = latestStamp([set, ...answers]) ?? set.updatedAt;
		});
	const byAssessment = groupBy(actions, 'assessmentId');
	const plans = assessmentIds.flatMap((id) => {
		const planned = byAssessment.get(id);
		return planned
			? [{ assessmentId: id, updatedAt: latestStamp(planned) ?? '', actions: planned }]
			: [];
	});
	await tx.table('plans').bulkAdd(plans);
}
