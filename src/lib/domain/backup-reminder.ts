/** When to remind gently about a backup: data lives only in this browser, which may clear it. */
export const REMIND_AFTER_DAYS = 14;
export const REMIND_AFTER_CHANGES = 50;

export interface ReminderInput {
	lastBackupAt: string | undefined;
	changesSince: number;
	assessments: number;
	now: Date;
}

export type Reminder =
	{ remind: false } | { remind: true; reason: 'never' | 'days' | 'changes'; days?: number };

export function backupReminder(input: ReminderInput): Reminder {
	if (input.assessments === 0) return { remind: false };
	if (!input.lastBackupAt) {
		return input.changesSince > 0 ? { remind: true, reason: 'never' } : { remind: false };
	}
	const days = Math.floor((input.now.getTime() - Date.parse(input.lastBackupAt)) / 86_400_000);
	if (days >= REMIND_AFTER_DAYS && input.changesSince > 0)
		return { remind: true, reason: 'days', days };
	if (input.changesSince >= REMIND_AFTER_CHANGES) return { remind: true, reason: 'changes' };
	return { remind: false };
}
