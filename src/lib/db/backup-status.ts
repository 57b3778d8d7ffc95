/** When the last backup was made and how much changed since: shown on home, so no zod here. */
import { REMIND_AFTER_CHANGES } from '$lib/domain/backup-reminder';
import type { WorkbookDatabase } from './database';
import { readSetting, writeSetting, LAST_BACKUP_KEY } from './settings';

export async function markBackedUp(db: WorkbookDatabase, now = new Date()): Promise<void> {
	await writeSetting(db, LAST_BACKUP_KEY, now.toISOString());
}

export interface BackupStatus {
	lastBackupAt: string | undefined;
	/**
	 * Records changed since the last backup (or in all, when there was none), counted up to
	 * REMIND_AFTER_CHANGES in each table: enough to decide the reminder, which is all it is for.
	 */
	changesSince: number;
	assessments: number;
}

export async function backupStatus(db: WorkbookDatabase): Promise<BackupStatus> {
	return db.transaction(
		'r',
		[db.settings, db.assessments, db.responses, db.planActions],
		async () => {
			const lastBackupAt = await readSetting<string>(db, LAST_BACKUP_KEY);
			// Found in the `updatedAt` indexes, and only as many as the reminder needs: a count
			// walks its whole range, and with no backup yet that is every record on the device.
			const since = lastBackupAt ?? '';
			const changed = (
				table: typeof db.assessments | typeof db.responses | typeof db.planActions
			) =>
				table
					.where('updatedAt')
					.above(since)
					.limit(REMIND_AFTER_CHANGES)
					.primaryKeys()
					.then((keys) => keys.length);
			const [assessments, changedAssessments, responses, plan] = await Promise.all([
				db.assessments.count(),
				changed(db.assessments),
				changed(db.responses),
				changed(db.planActions)
			]);
			return { lastBackupAt, changesSince: changedAssessments + responses + plan, assessments };
		}
	);
}
