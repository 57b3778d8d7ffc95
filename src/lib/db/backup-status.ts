/** When the last backup was made and how much changed since: shown on home, so no zod here. */
import type { WorkbookDatabase } from './database';
import { readSetting, writeSetting, LAST_BACKUP_KEY } from './settings';

export async function markBackedUp(db: WorkbookDatabase, now = new Date()): Promise<void> {
	await writeSetting(db, LAST_BACKUP_KEY, now.toISOString());
}

export interface BackupStatus {
	lastBackupAt: string | undefined;
	/** Records changed since the last backup (or in all, when there was none). */
	changesSince: number;
	assessments: number;
}

export async function backupStatus(db: WorkbookDatabase): Promise<BackupStatus> {
	return db.transaction(
		'r',
		[db.settings, db.assessments, db.responses, db.planActions],
		async () => {
			const lastBackupAt = await readSetting<string>(db, LAST_BACKUP_KEY);
			const since = lastBackupAt ?? '';
			const newer = (row: { updatedAt: string }) => row.updatedAt > since;
			const [assessments, changedAssessments, responses, plan] = await Promise.all([
				db.assessments.count(),
				db.assessments.filter(newer).count(),
				db.responses.filter(newer).count(),
				db.planActions.filter(newer).count()
			]);
			return { lastBackupAt, changesSince: changedAssessments + responses + plan, assessments };
		}
	);
}
