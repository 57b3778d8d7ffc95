/** When the last backup was made and how much changed since: shown on home, so no zod here. */
import { REMIND_AFTER_CHANGES } from '$lib/domain/backup-reminder';
import type { WorkbookDatabase } from './database';
import { readSetting, writeSetting, LAST_BACKUP_KEY } from './settings';
import { planRows, splitSets } from './stored-sets';

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
	return db.transaction('r', [db.settings, db.assessments, db.responseSets, db.plans], async () => {
		const lastBackupAt = await readSetting<string>(db, LAST_BACKUP_KEY);
		// Found in the `updatedAt` indexes, and only as many as the reminder needs: a count
		// walks its whole range, and with no backup yet that is every record on the device.
		const since = lastBackupAt ?? '';
		const [assessments, changedAssessments, sets, plans] = await Promise.all([
			db.assessments.count(),
			db.assessments
				.where('updatedAt')
				.above(since)
				.limit(REMIND_AFTER_CHANGES)
				.primaryKeys()
				.then((keys) => keys.length),
			db.responseSets.where('updatedAt').above(since).limit(REMIND_AFTER_CHANGES).toArray(),
			db.plans.where('updatedAt').above(since).limit(REMIND_AFTER_CHANGES).toArray()
		]);
		// A set or plan record holds many answers or actions: each changed one counts, as it did
		// when each was a record of its own, up to what the reminder needs.
		const changedRows = (rows: unknown[]) =>
			Math.min(
				REMIND_AFTER_CHANGES,
				rows.filter((row) => {
					const stamp = (row as { updatedAt?: unknown } | null)?.updatedAt;
					return typeof stamp === 'string' && stamp > since;
				}).length
			);
		const responses = changedRows(splitSets(sets).responses);
		const actions = changedRows(plans.flatMap((plan) => planRows(plan)));
		return {
			lastBackupAt,
			changesSince: changedAssessments + responses + actions,
			assessments
		};
	});
}
