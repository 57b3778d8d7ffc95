import { expect, test } from 'vitest';
import { backupReminder } from './backup-reminder';

const now = new Date('2026-04-30T12:00:00Z');

test.each([
	['no assessments: nothing to back up', undefined, 0, 0, { remind: false }],
	['never backed up, with work', undefined, 3, 1, { remind: true, reason: 'never' }],
	['backed up 13 days ago, few changes', '2026-04-17T12:00:00Z', 5, 1, { remind: false }],
	[
		'backed up 14 days ago with changes',
		'2026-04-16T12:00:00Z',
		1,
		1,
		{ remind: true, reason: 'days', days: 14 }
	],
	['backed up 30 days ago, no changes since', '2026-03-31T12:00:00Z', 0, 1, { remind: false }],
	[
		'yesterday, but 50 changes since',
		'2026-04-29T12:00:00Z',
		50,
		2,
		{ remind: true, reason: 'changes' }
	],
	['yesterday, 49 changes', '2026-04-29T12:00:00Z', 49, 2, { remind: false }]
] as const)('%s', (_label, lastBackupAt, changesSince, assessments, expected) => {
	expect(backupReminder({ lastBackupAt, changesSince, assessments, now })).toEqual(expected);
});
