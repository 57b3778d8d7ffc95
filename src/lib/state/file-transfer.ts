/**
 * Exports, backups and imports as the screens use them. Loaded only when asked for: it brings
 * the file-format schemas, which the home page must not carry on first load.
 */
import { frameworks } from '$lib/content';
import { database } from '$lib/db/database';
import { describeWriteFailure } from '$lib/domain/write-errors';
import { recovery } from './recovery.svelte';
import { readBundle } from '$lib/db/assessments';
import { markBackedUp } from '$lib/db/backup-status';
import {
	existingAssessmentIds,
	importBundles,
	readAllBundles,
	type ImportMode
} from '$lib/db/transfer';
import { readWorkbookBlob, type ReadProgress } from '$lib/domain/file-read';
import type { WorkbookFile } from '$lib/domain/file-schema';
import { toWorkbookFile, workbookFileChunks } from '$lib/domain/file-write';
import { todayLocal } from '$lib/domain/format';
import { fileStem } from '$lib/report/csv';
import { downloadFile } from '$lib/report/download';

const JSON_TYPE = 'application/json';

export async function exportAssessmentFile(id: string): Promise<void> {
	const bundle = await readBundle(database(), id);
	if (!bundle) throw new Error('This assessment no longer exists.');
	const file = toWorkbookFile([bundle], 'assessment', new Date(), __APP_VERSION__);
	downloadFile(`${fileStem(bundle.assessment)}.json`, JSON.stringify(file, null, '\t'), JSON_TYPE);
}

/**
 * Downloads everything on this device and records the date of the backup. The file is built
 * from one piece per assessment (the backup layout), so a large backup is never one string.
 */
export async function backupEverything(): Promise<{ assessments: number; leftOut: number }> {
	const db = database();
	const { bundles, leftOut } = await readAllBundles(db);
	const file = toWorkbookFile(bundles, 'backup', new Date(), __APP_VERSION__);
	const parts: string[] = [];
	for (const chunk of workbookFileChunks(file)) parts.push(chunk);
	downloadFile(`sts-workbook-backup-${todayLocal()}.json`, new Blob(parts), JSON_TYPE);
	await markBackedUp(db);
	return { assessments: bundles.length, leftOut };
}

export type PreparedImport =
	| { ok: false; message: string }
	| {
			ok: true;
			file: WorkbookFile;
			upgradedFrom?: number;
			/** Assessments in the file that this device already has. */
			existing: Set<string>;
	  };

export type { ReadProgress };

/** Reads a chosen file as a stream and checks it completely before anything is written. */
export async function prepareImport(
	file: Blob,
	onProgress?: (progress: ReadProgress) => void
): Promise<PreparedImport> {
	const result = await readWorkbookBlob(file, onProgress);
	if (!result.ok) return result;
	const unknown = unknownFramework(result.file.assessments);
	if (unknown) return { ok: false, message: unknown };
	const existing = await existingAssessmentIds(
		database(),
		result.file.assessments.map((b) => b.assessment.id)
	);
	return { ...result, existing };
}

/** Writes a checked file; an import that brings lost work back settles the loss notice. */
export async function applyImport(file: WorkbookFile, mode: ImportMode): Promise<string[]> {
	const ids = await importBundles(database(), file.assessments, mode);
	await recovery.afterImport();
	return ids;
}

/** A failed import in plain words (the one wording of write failures: domain/write-errors). */
export function importFailureMessage(error: unknown): string {
	return describeWriteFailure(error).message;
}

/**
 * An assessment made with a framework version this app does not carry (a file from a newer
 * version of the workbook) cannot be read: its answers would match no item, and its plan would
 * be recomputed from nothing. Refused in words, naming the assessment and the version.
 */
export function unknownFramework(bundles: WorkbookFile['assessments']): string | undefined {
	const bundle = bundles.find(
		({ assessment: a }) =>
			!frameworks.some((f) => f.id === a.frameworkId && f.version === a.frameworkVersion)
	);
	if (!bundle) return undefined;
	const { organization, frameworkId, frameworkVersion } = bundle.assessment;
	return `“${organization}” was made with question bank ${frameworkId} version ${frameworkVersion}, which this copy of the workbook does not have. Update the workbook (reload it while online), then import the file again.`;
}
