import { describe, expect, it } from 'vitest';
import {
	assessmentCount,
	decideDataLoss,
	lastKnownCount,
	parseMarker,
	parseUnresolvedLoss,
	type DataLossEvidence,
	type DataMarker,
	type SnapshotSummary,
	type UnresolvedLoss
} from './data-loss';

const marker = (assessments: number, at = '2026-11-25T14:05:00.000Z'): DataMarker => ({
	assessments,
	at
});
const snap = (assessments: number, at = '2026-11-25T14:03:00.000Z'): SnapshotSummary => ({
	assessments,
	at
});
const unresolved = (expected: number | undefined, reason: UnresolvedLoss['reason'] = 'empty') =>
	({
		detectedAt: '2026-11-26T09:00:00.000Z',
		reason,
		...(expected === undefined ? {} : { expected })
	}) satisfies UnresolvedLoss;
const chromiumLoss = {
	dataLoss: 'total',
	message: 'IndexedDB (database was corrupt): checksum mismatch'
};

describe('decideDataLoss', () => {
	const rows: [string, DataLossEvidence, 'none' | string, number | undefined][] = [
		// [case, evidence, expected kind or reason, expected count]
		['first visit: no evidence at all', { assessments: 0 }, 'none', undefined],
		['normal start with data', { assessments: 12, marker: marker(12) }, 'none', undefined],
		['data grew since the marker', { assessments: 13, marker: marker(12) }, 'none', undefined],
		[
			'some deleted in another session (not empty)',
			{ assessments: 3, marker: marker(12) },
			'none',
			undefined
		],
		[
			'empty although the marker knew 12',
			{ assessments: 0, marker: marker(12), newestSnapshot: snap(12) },
			'empty',
			12
		],
		['empty, marker only (no snapshots)', { assessments: 0, marker: marker(4) }, 'empty', 4],
		[
			'empty, snapshot only (marker cleared)',
			{ assessments: 0, newestSnapshot: snap(7) },
			'empty',
			7
		],
		[
			'everything deleted on purpose: marker recorded 0 after the snapshot',
			{ assessments: 0, marker: marker(0, '2026-11-25T15:00:00.000Z'), newestSnapshot: snap(12) },
			'none',
			undefined
		],
		[
			'an older marker loses to a newer snapshot',
			{ assessments: 0, marker: marker(0, '2026-11-25T14:00:00.000Z'), newestSnapshot: snap(5) },
			'empty',
			5
		],
		[
			'the browser reported total loss',
			{ assessments: 0, marker: marker(12), newestSnapshot: snap(12), browserLoss: chromiumLoss },
			'browser',
			12
		],
		[
			'the browser reported loss and we know of nothing: still tell',
			{ assessments: 0, browserLoss: chromiumLoss },
			'browser',
			undefined
		],
		[
			'the browser reported loss after everything was deleted on purpose',
			{ assessments: 0, marker: marker(0), browserLoss: chromiumLoss },
			'none',
			undefined
		],
		[
			'cannot open, with a snapshot',
			{ assessments: undefined, openError: 'UnknownError', newestSnapshot: snap(2) },
			'open-error',
			2
		],
		[
			'cannot open, never had data (the open error is shown elsewhere)',
			{ assessments: undefined, openError: 'UnknownError' },
			'none',
			undefined
		],
		[
			'unresolved from an earlier session, still empty',
			{ assessments: 0, marker: marker(12), unresolved: unresolved(12) },
			'empty',
			12
		],
		[
			'unresolved, one new assessment made meanwhile: still a loss',
			{ assessments: 1, marker: marker(12), unresolved: unresolved(12) },
			'empty',
			12
		],
		[
			'unresolved, as many new assessments made meanwhile: still a loss until the user settles it',
			{ assessments: 12, marker: marker(12), unresolved: unresolved(12) },
			'empty',
			12
		],
		[
			'could not be opened last time, opens with its work now: no loss',
			{
				assessments: 3,
				assessmentsFromBefore: 3,
				marker: marker(3),
				unresolved: unresolved(3, 'open-error')
			},
			'none',
			undefined
		],
		[
			'could not be opened last time, opens with new work only (as many as were lost): a loss',
			{
				assessments: 3,
				assessmentsFromBefore: 0,
				marker: marker(3),
				unresolved: unresolved(3, 'open-error')
			},
			'empty',
			3
		],
		[
			'could not be opened last time, opens with 2 of its 3 and one new: still a loss',
			{
				assessments: 3,
				assessmentsFromBefore: 2,
				marker: marker(3),
				unresolved: unresolved(3, 'open-error')
			},
			'empty',
			3
		],
		[
			'could not be opened last time, opens empty now',
			{ assessments: 0, marker: marker(3), unresolved: unresolved(3, 'open-error') },
			'empty',
			3
		],
		[
			'unresolved browser loss with unknown count: new work does not settle it',
			{ assessments: 2, unresolved: unresolved(undefined, 'browser') },
			'browser',
			undefined
		],
		[
			'unresolved browser loss with unknown count, still empty',
			{ assessments: 0, unresolved: unresolved(undefined, 'browser') },
			'browser',
			undefined
		]
	];

	it.each(rows)('%s', (_name, evidence, kind, expected) => {
		const decision = decideDataLoss(evidence);
		if (kind === 'none') {
			expect(decision).toEqual({ kind: 'none' });
		} else {
			expect(decision.kind).toBe('lost');
			if (decision.kind !== 'lost') return;
			expect(decision.reason).toBe(kind);
			expect(decision.expected).toBe(expected);
			expect(decision.snapshot).toEqual(evidence.newestSnapshot);
		}
	});

	it('carries the browser message and the open error as detail', () => {
		const browser = decideDataLoss({
			assessments: 0,
			marker: marker(1),
			browserLoss: chromiumLoss
		});
		expect(browser).toMatchObject({ detail: chromiumLoss.message });
		const open = decideDataLoss({
			assessments: undefined,
			openError: 'VersionError',
			marker: marker(1)
		});
		expect(open).toMatchObject({ reason: 'open-error', detail: 'VersionError' });
	});
});

describe('lastKnownCount', () => {
	it('prefers the marker when it is at least as recent as the newest snapshot', () => {
		expect(
			lastKnownCount(marker(3, '2026-01-02T00:00:00.000Z'), snap(5, '2026-01-01T00:00:00.000Z'))
		).toBe(3);
		expect(
			lastKnownCount(marker(3, '2026-01-01T00:00:00.000Z'), snap(5, '2026-01-01T00:00:00.000Z'))
		).toBe(3);
		expect(
			lastKnownCount(marker(3, '2026-01-01T00:00:00.000Z'), snap(5, '2026-01-02T00:00:00.000Z'))
		).toBe(5);
		expect(lastKnownCount(undefined, snap(5))).toBe(5);
		expect(lastKnownCount(marker(0), undefined)).toBe(0);
		expect(lastKnownCount(undefined, undefined)).toBeUndefined();
	});
});

describe('stored evidence is read defensively', () => {
	it('reads a valid marker and rejects damaged ones', () => {
		expect(parseMarker('{"assessments":12,"at":"2026-11-25T14:03:00.000Z"}')).toEqual(
			marker(12, '2026-11-25T14:03:00.000Z')
		);
		for (const bad of [
			null,
			'',
			'not json',
			'{"assessments":-1,"at":"2026-11-25T14:03:00.000Z"}',
			'{"assessments":1.5,"at":"2026-11-25T14:03:00.000Z"}',
			'{"assessments":1,"at":"yesterday"}',
			'[]'
		]) {
			expect(parseMarker(bad)).toBeUndefined();
		}
	});

	it('reads an unresolved loss', () => {
		const text = JSON.stringify(unresolved(12, 'browser'));
		expect(parseUnresolvedLoss(text)).toEqual(unresolved(12, 'browser'));
		expect(parseUnresolvedLoss('{"detectedAt":"x","reason":"empty"}')).toBeUndefined();
		expect(
			parseUnresolvedLoss('{"detectedAt":"2026-11-26T09:00:00.000Z","reason":"gone"}')
		).toBeUndefined();
	});

	it('counts in words', () => {
		expect(assessmentCount(1)).toBe('1 assessment');
		expect(assessmentCount(12)).toBe('12 assessments');
	});
});
