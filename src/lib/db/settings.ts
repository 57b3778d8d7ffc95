/** Device-level settings (not part of any assessment). */
import type { WorkbookDatabase } from './database';

export const LAST_BACKUP_KEY = 'lastBackupAt';

export async function readSetting<T>(db: WorkbookDatabase, key: string): Promise<T | undefined> {
	const row = await db.settings.get(key);
	return row?.value as T | undefined;
}

export async function writeSetting(
	db: WorkbookDatabase,
	key: string,
	value: unknown
): Promise<void> {
	await db.settings.put({ key, value });
}
