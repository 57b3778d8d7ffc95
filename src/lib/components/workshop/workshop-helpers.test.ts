import { describe, expect, test } from 'vitest';
import { walkOrder } from '$lib/domain/walk';
import { frameworkV2 } from '$lib/content';
import { handInIdFor } from '$lib/domain/workshop/hand-in-code';
import { mergeHandIns, type HandIn } from '$lib/domain/workshop/merge';
import { CAMERA_MESSAGES, cameraProblem } from './camera-text';
import { laptopHandIn } from './laptop-hand-in';
import {
	ALREADY_RECEIVED,
	NOTES_ADDED,
	fileReports,
	filesSummary,
	receiveSentences,
	type ReceiveOutcome
} from './receive-report';
import { EXPECTED_MESSAGES, readExpected, roundItemIds } from './round-items';
import { joinLink, originLabels, raterName } from './workshop-text';

const ROUND = '0f3c2a9e-5b7d-4c1e-9a2b-3c4d5e6f7a8b';
const ASSESSMENT = '7d1e6f2a-3b4c-4d5e-8f6a-7b8c9d0e1f2a';
const round = { id: ROUND, assessmentId: ASSESSMENT, itemIds: ['a1', 'a2', 'b1'] };

function handIn(nonce: number, label = ''): HandIn {
	return {
		handInId: handInIdFor(ROUND, nonce),
		roundId: ROUND,
		assessmentId: ASSESSMENT,
		label,
		answers: { a1: { kind: 'score', value: 2 } },
		origin: 'file',
		submittedAt: '2026-11-26T10:00:00.000Z'
	};
}

describe('names and links', () => {
	test('a rater is "Rater N" unless labels are shown and they gave one', () => {
		expect(raterName({ label: 'ZŁ' }, 3, false)).toBe('Rater 3');
		expect(raterName({ label: 'ZŁ' }, 3, true)).toBe('ZŁ');
		expect(raterName({ label: '' }, 2, true)).toBe('Rater 2');
	});

	test('each way of handing in has words', () => {
		expect(originLabels).toEqual({
			code: 'Typed code',
			qr: 'Scanned QR code',
			file: 'Rater file',
			laptop: 'Pass the laptop'
		});
	});

	test('the join link carries the round in the fragment', () => {
		expect(joinLink('https://room.example', '/sts/rate', 'eyJ2Ijox')).toBe(
			'https://room.example/sts/rate#join=eyJ2Ijox'
		);
	});
});

describe('a new round', () => {
	const walk = walkOrder(frameworkV2);

	test('all items, in walk order', () => {
		const ids = roundItemIds(walk, { kind: 'all' });
		expect(ids).toHaveLength(36);
		expect(ids).toEqual(walk.map((item) => item.id));
	});

	test('chosen elements keep walk order whatever order they were ticked in', () => {
		const [first, , third] = frameworkV2.elements;
		const ids = roundItemIds(walk, { kind: 'elements', elementIds: [third!.id, first!.id] });
		expect(ids).toHaveLength(12);
		expect(ids).toEqual(
			walk
				.filter((item) => item.elementId === first!.id || item.elementId === third!.id)
				.map((item) => item.id)
		);
		expect(walk.findIndex((item) => item.id === ids[0])).toBe(0);
	});

	test('the expected number of raters is optional and whole', () => {
		expect(readExpected('', 200)).toEqual({ ok: true, value: undefined });
		expect(readExpected(' 9 ', 200)).toEqual({ ok: true, value: 9 });
		expect(readExpected('0', 200)).toEqual({ ok: false, message: EXPECTED_MESSAGES.notWhole });
		expect(readExpected('2.5', 200)).toEqual({ ok: false, message: EXPECTED_MESSAGES.notWhole });
		expect(readExpected('201', 200)).toEqual({
			ok: false,
			message: 'A round can expect at most 200 raters.'
		});
	});
});

describe('what a receive says', () => {
	const nameOf = (h: HandIn) => (h.handInId === handIn(1).handInId ? 'Rater 3' : 'Rater 4');

	test('received, already here, refused', () => {
		const outcome: ReceiveOutcome = {
			added: [handIn(1)],
			duplicates: [
				{
					handInId: handIn(2).handInId,
					message: 'This hand-in was already here. It counts once.'
				}
			],
			problems: [{ kind: 'refused', message: 'This code is for a different round.' }]
		};
		expect(receiveSentences(outcome, new Set(), nameOf)).toEqual([
			'Received: Rater 3.',
			'Already received: this hand-in counts once.',
			'This code is for a different round.'
		]);
	});

	test('a new version of a hand-in says which one is kept, once', () => {
		const id = handIn(1).handInId;
		const outcome: ReceiveOutcome = {
			added: [handIn(1)],
			duplicates: [],
			problems: [
				{
					handInId: id,
					kind: 'conflict',
					message:
						'This hand-in came in twice with different answers. The one handed in later is kept.'
				}
			]
		};
		expect(receiveSentences(outcome, new Set(), nameOf)).toEqual([
			'Received: Rater 3. This hand-in came in twice with different answers. The one handed in later is kept.'
		]);
	});

	test('a code typed again is already received, whatever the merge keeps', () => {
		const first = { ...handIn(1), origin: 'code' as const };
		const again = { ...first, submittedAt: '2026-11-26T10:05:00.000Z' };
		const outcome = mergeHandIns([first], [again], round);
		expect(receiveSentences(outcome, new Set([first.handInId]), nameOf)).toEqual([
			ALREADY_RECEIVED
		]);
		// The same hand-in twice in one batch, new to the round: received once, then counted once.
		const batch = mergeHandIns([], [first, again], round);
		expect(receiveSentences(batch, new Set(), nameOf)).toEqual([
			'Received: Rater 3.',
			ALREADY_RECEIVED
		]);
	});

	test('each file gets its own line, found by the hand-in id it claims', () => {
		const files = [
			{ name: 'zoë.json', ok: true as const, handIn: handIn(1, 'ZŁ') },
			{ name: 'notes.txt', ok: false as const, message: 'This is not a rater file.' },
			{ name: 'zoë (copy).json', ok: true as const, handIn: handIn(1, 'ZŁ') },
			{ name: 'josé.json', ok: true as const, handIn: handIn(2, 'JN') },
			{ name: 'broken.json', ok: true as const, handIn: { answers: 3 } },
			{ name: 'other-round.json', ok: true as const, handIn: handIn(3) }
		];
		const outcome: ReceiveOutcome = {
			added: [handIn(1, 'ZŁ')],
			duplicates: [
				{ handInId: handIn(1).handInId, message: '…' },
				{ handInId: handIn(2).handInId, message: '…' }
			],
			problems: [
				{
					kind: 'refused',
					message:
						'A hand-in is damaged or incomplete, so nothing from it was added. Ask the rater to hand in again.'
				},
				{
					handInId: handIn(3).handInId,
					kind: 'refused',
					message:
						'This hand-in is for a different round, so nothing from it was added. Check that the rater joined the round that is open now.'
				}
			]
		};
		const reports = fileReports(files, outcome, new Set([handIn(2).handInId]), nameOf);
		expect(reports.map((r) => `${r.name}: ${r.message}`)).toEqual([
			'zoë.json: Received: Rater 3.',
			'notes.txt: This is not a rater file.',
			`zoë (copy).json: ${ALREADY_RECEIVED}`,
			`josé.json: ${ALREADY_RECEIVED}`,
			'broken.json: A hand-in is damaged or incomplete, so nothing from it was added. Ask the rater to hand in again.',
			'other-round.json: This hand-in is for a different round, so nothing from it was added. Check that the rater joined the round that is open now.'
		]);
		expect(reports.map((r) => r.received)).toEqual([true, false, true, true, false, false]);
		expect(reports.map((r) => r.already ?? false)).toEqual([
			false,
			false,
			true,
			true,
			false,
			false
		]);
		// One new hand-in; the copy and José's file brought nothing new.
		expect(filesSummary(reports)).toBe(
			'1 of 6 files received; 2 were already here (each counts once).'
		);
		expect(filesSummary(reports.slice(2, 3))).toBe(
			'The file was already received. It counts once.'
		);
		expect(filesSummary(reports.slice(0, 1))).toBe('The file was received.');
		expect(filesSummary(reports.slice(1, 2))).toBe('The file was not received.');
		expect(filesSummary([reports[0]!, reports[2]!])).toBe(
			'1 of 2 files received; 1 was already here (each counts once).'
		);
		expect(filesSummary([reports[0]!, reports[0]!])).toBe('All 2 files were received.');
	});
});

describe('a file for a hand-in already here', () => {
	const nameOf = () => 'Rater 1';
	const sameWithNotes = { ...handIn(1), notes: { a1: 'Seen in the last audit.' } };
	const otherAnswers = { ...handIn(2), answers: { a1: { kind: 'score' as const, value: 4 } } };

	test('with the rater’s notes: already received, and its notes were added', () => {
		const files = [{ name: 'rater.json', ok: true as const, handIn: sameWithNotes }];
		const outcome: ReceiveOutcome = {
			added: [sameWithNotes],
			duplicates: [{ handInId: handIn(1).handInId, message: '…' }],
			problems: []
		};
		const [report] = fileReports(files, outcome, new Set([handIn(1).handInId]), nameOf);
		expect(report).toEqual({
			name: 'rater.json',
			received: true,
			already: true,
			message: NOTES_ADDED
		});
	});

	test('with other answers, the copy here kept: the merge’s words, not "could not be read"', () => {
		const conflict =
			'This hand-in came in twice with different answers. The one handed in later is kept.';
		const files = [{ name: 'old.json', ok: true as const, handIn: otherAnswers }];
		const outcome: ReceiveOutcome = {
			added: [],
			duplicates: [],
			problems: [{ handInId: handIn(2).handInId, kind: 'conflict', message: conflict }]
		};
		const [report] = fileReports(files, outcome, new Set([handIn(2).handInId]), nameOf);
		expect(report).toEqual({ name: 'old.json', received: false, message: conflict });
	});
});

describe('camera problems', () => {
	test.each([
		['NotAllowedError', CAMERA_MESSAGES.denied],
		['SecurityError', CAMERA_MESSAGES.denied],
		['NotFoundError', CAMERA_MESSAGES.missing],
		['NotReadableError', CAMERA_MESSAGES.busy],
		['TypeError', CAMERA_MESSAGES.other]
	])('%s', (name, message) => {
		expect(cameraProblem(new DOMException('x', name))).toBe(message);
	});

	test('every message says to type the code instead', () => {
		for (const message of Object.values(CAMERA_MESSAGES))
			expect(message).toMatch(/type the code instead/i);
	});
});

describe('a pass-the-laptop hand-in', () => {
	const now = new Date('2026-11-26T10:15:00.000Z');

	test('keeps answers, and notes only when shared', () => {
		const turn = {
			label: ' Đặng ',
			answers: { a1: { kind: 'score', value: 3 } as const, b1: { kind: 'dont-know' } as const },
			notes: { a1: '  Only in the east team.  ', a2: '   ' },
			shareNotes: false
		};
		const kept = laptopHandIn(turn, round, 4660, now);
		expect(kept).toEqual({
			handInId: handInIdFor(ROUND, 4660),
			roundId: ROUND,
			assessmentId: ASSESSMENT,
			label: 'Đặng',
			answers: { a1: { kind: 'score', value: 3 }, b1: { kind: 'dont-know' } },
			origin: 'laptop',
			submittedAt: '2026-11-26T10:15:00.000Z'
		});
		expect(laptopHandIn({ ...turn, shareNotes: true }, round, 4660, now).notes).toEqual({
			a1: 'Only in the east team.'
		});
	});

	test('answers outside the round are left out', () => {
		const made = laptopHandIn(
			{
				label: '',
				answers: { a2: { kind: 'score', value: 0 }, z9: { kind: 'score', value: 4 } },
				notes: {},
				shareNotes: true
			},
			round,
			77,
			now
		);
		expect(made.answers).toEqual({ a2: { kind: 'score', value: 0 } });
		expect(made.notes).toBeUndefined();
	});
});
