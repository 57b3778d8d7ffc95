/**
 * Exports, backups and imports as the screens use them. Loaded only when asked for: it brings
 * the file-format schemas, which the home page must not carry on first load.
 */
import { database } from '$lib/db/database';
import { readBundle } from '$lib/db/assessments';
import { markBackedUp } from '$lib/db/backup-status';
import {
	existingAssessmentIds,
	importBundles,
	readAllBundles,
	type ImportMode
} from '$lib/db/transfer';
import {
	MAX_FILE_BYTES,
	readWorkbookFile,
	toWorkbookFile,
	type WorkbookFile
} from '$lib/domain/file-format';
import { todayLocal } from '$lib/format';
import { fileStem } from '$lib/report/csv';
import { downloadFile } from '$lib/report/download';

const JSON_TYPE = 'application/json';

export async function exportAssessmentFile(id: string): Promise<void> {
	const bundle = await readBundle(database(), id);
	if (!bundle) throw new Error('This assessment no longer exists.');
	const file = toWorkbookFile([bundle], 'assessment', new Date(), __APP_VERSION__);
	downloadFile(`${fileStem(bundle.assessment)}.json`, JSON.stringify(file, null, '\t'), JSON_TYPE);
}

/** Downloads everything on this device and records the date of the backup. */
export async function backupEverything(): Promise<number> {
	const db = database();
	const bundles = await readAllBundles(db);
	const file = toWorkbookFile(bundles, 'backup', new Date(), __APP_VERSION__);
	downloadFile(`sts-workbook-backup-${todayLocal()}.json`, JSON.stringify(file), JSON_TYPE);
	await markBackedUp(db);
	return bundles.length;
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

/** Reads a chosen file and checks it completely before anything is written. */
export async function prepareImport(file: File): Promise<PreparedImport> {
	if (file.size > MAX_FILE_BYTES) {
		return readWorkbookFile('', file.size) as PreparedImport;
	}
	let text: string;
	try {
		text = await file.text();
	} catch {
		return { ok: false, message: 'The file could not be read from the disk.' };
	}
	const result = readWorkbookFile(text, file.size);
	if (!result.ok) return result;
	const existing = await existingAssessmentIds(
		database(),
		result.file.assessments.map((b) => b.assessment.id)
	);
	return { ...result, existing };
}

export function applyImport(file: WorkbookFile, mode: ImportMode): Promise<string[]> {
	return importBundles(database(), file.assessments, mode);
}
