/**
 * Moving whole assessments in and out of the database: exports, backups and imports. An import
 * is one transaction: on any failure nothing is written.
 */
import { readWorkbookFile, withFreshIds, type AssessmentBundle } from '$lib/domain/file-format';
import type { WorkbookDatabase } from './database';
import { readBundle } from './assessments';

export async function readAllBundles(db: WorkbookDatabase): Promise<AssessmentBundle[]> {
	return db.transaction(
		'r',
		[db.assessments, db.responseSets, db.responses, db.planActions],
		async () => {
			const ids = (await db.assessments.orderBy('updatedAt').reverse().primaryKeys()) as string[];
			const bundles = await Promise.all(ids.map((id) => readBundle(db, id)));
			return bundles.filter((b): b is AssessmentBundle => b !== undefined);
		}
	);
}

/**
 * "copy": every bundle gets fresh ids and is added beside what is there.
 * "replace": a bundle whose assessment already exists replaces it (answers, sets and plan);
 * others are added with their own ids. Used to restore a backup.
 */
export type ImportMode = 'copy' | 'replace';

export async function importBundles(
	db: WorkbookDatabase,
	bundles: readonly AssessmentBundle[],
	mode: ImportMode
): Promise<string[]> {
	const prepared =
		mode === 'copy' ? bundles.map((b) => withFreshIds(b, () => crypto.randomUUID())) : bundles;
	return db.transaction(
		'rw',
		[db.assessments, db.responseSets, db.responses, db.planActions],
		async () => {
			for (const bundle of prepared) {
				const id = bundle.assessment.id;
				if (mode === 'replace') {
					await db.responses.where('assessmentId').equals(id).delete();
					await db.responseSets.where('assessmentId').equals(id).delete();
					await db.planActions.where('assessmentId').equals(id).delete();
				}
				await db.assessments.put(bundle.assessment);
				await db.responseSets.bulkAdd(bundle.responseSets);
				await db.responses.bulkAdd(bundle.responses);
				await db.planActions.bulkAdd(bundle.plan);
			}
			return prepared.map((b) => b.assessment.id);
		}
	);
}

export async function existingAssessmentIds(
	db: WorkbookDatabase,
	ids: readonly string[]
): Promise<Set<string>> {
	const found = await db.assessments.bulkGet([...ids]);
	return new Set(found.filter((a) => a !== undefined).map((a) => a.id));
}

/**
 * The whole import path for a file's text: check everything, then write in one transaction.
 * Returns the message of the first problem, or the ids written.
 */
export async function importWorkbookText(
	db: WorkbookDatabase,
	text: string,
	mode: ImportMode
): Promise<{ ok: true; ids: string[] } | { ok: false; message: string }> {
	const result = readWorkbookFile(text);
	if (!result.ok) return result;
	return { ok: true, ids: await importBundles(db, result.file.assessments, mode) };
}
