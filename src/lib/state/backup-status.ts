/** When the last backup was made and how much changed since, kept live for the home page. */
import { backupStatus, type BackupStatus } from '$lib/db/backup-status';
import { database } from '$lib/db/database';
import { LiveQuery } from './live-query.svelte';

export function backupStatusQuery(): LiveQuery<BackupStatus> {
	return new LiveQuery(() => backupStatus(database()));
}
