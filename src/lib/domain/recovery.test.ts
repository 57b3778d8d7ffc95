import { describe, expect, test } from 'vitest';
import {
	SNAPSHOT_DELAY_MS,
	formatSnapshotTime,
	importSettlesLoss,
	nextSnapshotDelay,
	recoveryText,
	snapshotBehind,
	snapshotFileName,
	touchesSnapshotTables,
	unresolvedLoss,
	type Loss
} from './recovery';

const AT = '2026-11-25T14:03:00.000Z';
const loss = (expected: number | undefined, detail?: string): Loss => ({
	kind: 'lost',
	reason: 'empty',
	expected,
	snapshot: { at: AT, assessments: 2 },
	detail
});

describe('touchesSnapshotTables', () => {
	test.each([
		[['idb://sts-workbook/responseSets/abc'], true],
		[['idb://sts-workbook/plans/'], true],
		[['idb://sts-workbook/assessments/x', 'idb://sts-workbook/settings/y'], true],
		// Settings are not in a snapshot, and another database is another workbook.
		[['idb://sts-workbook/settings/backup'], false],
		[['idb://other/responseSets/abc'], false],
		[['idb://sts-workbook-old/responseSets/abc'], false],
		[[], false]
	])('%j -> %s', (parts, expected) => {
		expect(touchesSnapshotTables('sts-workbook', parts)).toBe(expected);
	});
});

describe('snapshotBehind', () => {
	const newest = { at: AT, assessments: 2 };
	test.each([
		['no snapshot, no work', undefined, 0, undefined, false],
		['no snapshot yet of the work there is', undefined, 1, undefined, true],
		['the same count, nothing changed since', newest, 2, '2026-11-25T14:02:00.000Z', false],
		['the same count, changed at the same moment', newest, 2, AT, false],
		['a change after the snapshot', newest, 2, '2026-11-25T14:04:00.000Z', true],
		['another count of assessments', newest, 3, undefined, true],
		['everything deleted since', newest, 0, undefined, true]
	])('%s', (_, snapshot, assessments, latest, expected) => {
		expect(snapshotBehind(snapshot, assessments, latest)).toBe(expected);
	});
});

test('the quiet time grows to twenty times what the last snapshot took', () => {
	expect(SNAPSHOT_DELAY_MS).toBe(3000);
	expect(nextSnapshotDelay(40)).toBe(3000);
	expect(nextSnapshotDelay(150)).toBe(3000);
	expect(nextSnapshotDelay(151.2)).toBe(3024);
	expect(nextSnapshotDelay(2000)).toBe(40_000);
	expect(nextSnapshotDelay(1, 10)).toBe(20);
});

test('a loss is remembered with what is known of it', () => {
	const now = Date.UTC(2026, 10, 25, 15, 0);
	expect(unresolvedLoss(loss(2, 'Disk corrupted'), now)).toEqual({
		detectedAt: '2026-11-25T15:00:00.000Z',
		reason: 'empty',
		expected: 2,
		message: 'Disk corrupted'
	});
	expect(unresolvedLoss(loss(undefined), now)).toEqual({
		detectedAt: '2026-11-25T15:00:00.000Z',
		reason: 'empty'
	});
});

test.each([
	[2, 1, false],
	[2, 2, true],
	[2, 3, true],
	[undefined, 0, false],
	[undefined, 1, true]
])(
	'a loss of %s assessments is settled by an import leaving %i: %s',
	(expected, count, settled) => {
		expect(importSettlesLoss(loss(expected), count)).toBe(settled);
	}
);

describe('in words', () => {
	const time = formatSnapshotTime(AT);

	test('the snapshot time has the date and the minute', () => {
		expect(time).toMatch(/2026/);
		expect(time).not.toMatch(/:00:00/);
	});

	test('a snapshot saved as a file is named by its day', () => {
		expect(snapshotFileName(AT)).toBe('sts-workbook-snapshot-2026-11-25.json');
	});

	test('the outcomes', () => {
		expect(recoveryText.restored(1, AT)).toBe(
			`Restored 1 assessment from the snapshot of ${time}.`
		);
		expect(recoveryText.restored(3, AT)).toBe(
			`Restored 3 assessments from the snapshot of ${time}.`
		);
		expect(recoveryText.savedAsFile(AT, 2)).toBe(
			`Saved the snapshot of ${time} as a file (2 assessments). Import it with “Import or restore a file” once the workbook opens again.`
		);
		expect(recoveryText.startedFresh(undefined)).toBe(
			'The snapshot was saved as a file. Keep it: “Import or restore a file” on the Assessments page brings it back at any time. New automatic snapshots start from now.'
		);
		expect(recoveryText.startedFresh(AT)).toMatch(`The snapshot of ${time} was saved as a file.`);
		expect(recoveryText.notRestored('It is broken.')).toBe(
			'The snapshot could not be restored: It is broken. Nothing was changed. If you have a backup file, use “Import or restore a file” on the Assessments page.'
		);
	});
});
