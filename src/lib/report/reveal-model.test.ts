import { describe, expect, it } from 'vitest';
import { frameworkV2 } from '$lib/content';
import type { Answer } from '$lib/domain/assessment';
import { walkOrder } from '$lib/domain/walk';
import { MANY_DONT_KNOW_NOTE } from '$lib/domain/workshop/spread';
import {
	agreementRows,
	byDisagreement,
	confirmLabel,
	discussText,
	elementGroups,
	medianText,
	rangeText,
	ratersSaid,
	revealItems,
	sameAnswer,
	sharedNotes,
	toConfirm,
	toDiscuss,
	withConsensusComment,
	roundAgreement
} from './reveal-model';

const s = (value: 0 | 1 | 2 | 3 | 4): Answer => ({ kind: 'score', value });
const DK: Answer = { kind: 'dont-know' };
const NA: Answer = { kind: 'not-applicable', reason: '' };

// Framework version 2, walk order: element 1's six practices, then element 2's first.
const walk = walkOrder(frameworkV2);
const ids = walk.slice(0, 7).map((item) => item.id);
const [i11, i12, i13, i14, i15, i16, i21] = ids as [
	string,
	string,
	string,
	string,
	string,
	string,
	string
];

/**
 * Three raters (ZŁ, José, and one with no label); worked out by hand:
 * 1.1  0, 4, 3      sorted 0 3 4, median 3; within one of 3: 3, 4 = 2 of 3 (< 75%) -> discuss,
 *                   range 4 -> discuss; 0 and 3-4 -> split. Disagreement 1000 + 100 + 40 + 4/3.
 * 1.2  DK, DK, 2    2 of 3 Don't know (a third or more) -> many Don't know; one score: not agreed.
 * 1.3  2, 2, 4      median 2; within one: 2 of 3 -> discuss; no 0-1, so not split. 100 + 20 + 2/3.
 * 1.4  2, 2, 3      median 2, all within one, range 1 -> agreed, proposal 2. 10 + 1/3.
 * 1.5  3, 3, 3      median 3 -> agreed, proposal 3. 0.
 * 1.6  2, 3, blank  median 2.5: agreed, but a half median is the room's choice: no proposal. 10.5.
 * 2.1  NA, NA, NA   everyone Not applicable -> agreed, proposal Not applicable. 0.
 */
const handIns = [
	{
		label: 'ZŁ',
		answers: {
			[i11]: s(0),
			[i12]: DK,
			[i13]: s(2),
			[i14]: s(2),
			[i15]: s(3),
			[i16]: s(2),
			[i21]: NA
		},
		notes: { [i11]: 'Only the clinic team had it, in Łódź.' }
	},
	{
		label: 'José',
		answers: {
			[i11]: s(4),
			[i12]: DK,
			[i13]: s(2),
			[i14]: s(2),
			[i15]: s(3),
			[i16]: s(3),
			[i21]: NA
		}
	},
	{
		label: '',
		answers: { [i11]: s(3), [i12]: s(2), [i13]: s(4), [i14]: s(3), [i15]: s(3), [i21]: NA },
		notes: { [i11]: 'Đặng’s team never heard of it.', [i13]: '' }
	}
];

const items = revealItems(frameworkV2, ids, handIns);
const byId = (id: string) => items.find((item) => item.itemId === id)!;

describe('revealItems', () => {
	it('keeps the round order, with each practice numbered as the walk-through counts it', () => {
		expect(items.map((item) => item.code)).toEqual([
			'1.1',
			'1.2',
			'1.3',
			'1.4',
			'1.5',
			'1.6',
			'2.1'
		]);
		expect(byId(i11).statement).toBe(
			'Everyone who hears trauma stories at work, in any role, is taught the basics of STS.'
		);
		expect(byId(i21).elementName).toBe('2. Treat trauma exposure as a risk of the job');
	});

	it('says the counts, median and range in words', () => {
		expect(
			items.map((item) => [item.code, item.counts, medianText(item.spread), rangeText(item.spread)])
		).toEqual([
			['1.1', ['1 of 3 said 0', '1 of 3 said 3', '1 of 3 said 4'], '3', '0 to 4 (4 points apart)'],
			['1.2', ['1 of 3 said 2', "2 of 3 said Don't know"], '2', '2 only'],
			['1.3', ['2 of 3 said 2', '1 of 3 said 4'], '2', '2 to 4 (2 points apart)'],
			['1.4', ['2 of 3 said 2', '1 of 3 said 3'], '2', '2 to 3 (1 point apart)'],
			['1.5', ['3 of 3 said 3'], '3', '3 only'],
			[
				'1.6',
				['1 of 3 said 2', '1 of 3 said 3', '1 of 3 did not answer'],
				'2.5',
				'2 to 3 (1 point apart)'
			],
			['2.1', ['3 of 3 said Not applicable'], 'No scores', 'No scores']
		]);
	});

	it('turns the flags into tags, with the workbook’s threshold as a suggested note', () => {
		expect(items.map((item) => [item.code, item.tags.map((tag) => tag.label)])).toEqual([
			['1.1', ['Split', 'Discuss']],
			['1.2', ["Many Don't know"]],
			['1.3', ['Discuss']],
			['1.4', ['Agreed']],
			['1.5', ['Agreed']],
			['1.6', ['Agreed']],
			['2.1', ['Agreed']]
		]);
		expect(byId(i12).tags[0]?.suggested).toBe(MANY_DONT_KNOW_NOTE);
	});

	it('sorts by disagreement, ties in walk order', () => {
		expect(byDisagreement(items).map((item) => item.code)).toEqual([
			'1.1',
			'1.3',
			'1.6',
			'1.4',
			'1.2',
			'1.5',
			'2.1'
		]);
	});

	it('groups the practices by element for the charts', () => {
		expect(elementGroups(items).map((g) => [g.elementName, g.rows.map((r) => r.code)])).toEqual([
			['1. Recognize the impact on the workforce', ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6']],
			['2. Treat trauma exposure as a risk of the job', ['2.1']]
		]);
	});

	it('summarizes agreement per element', () => {
		expect(agreementRows(items)).toEqual([
			{
				elementId: 'recognize-impact',
				elementName: '1. Recognize the impact on the workforce',
				items: 6,
				agreed: 3,
				discuss: 2,
				split: 1,
				manyDontKnow: 1,
				someNotApplicable: 0,
				unanswered: 0
			},
			{
				elementId: 'risk-of-the-job',
				elementName: '2. Treat trauma exposure as a risk of the job',
				items: 1,
				agreed: 1,
				discuss: 0,
				split: 0,
				manyDontKnow: 0,
				someNotApplicable: 0,
				unanswered: 0
			}
		]);
	});
});

describe('raters, labels and notes', () => {
	it('says who said what, with "No label" for a rater who gave none', () => {
		expect(ratersSaid(handIns, i11)).toEqual([
			{ label: 'ZŁ', answer: '0 · Not in place yet' },
			{ label: 'José', answer: '4 · Fully in place' },
			{ label: 'No label', answer: '3 · Mostly in place' }
		]);
		expect(ratersSaid(handIns, i16)[2]).toEqual({ label: 'No label', answer: 'Not answered yet' });
	});

	it('lists shared notes without labels unless labels are shown; empty notes are left out', () => {
		expect(sharedNotes(handIns, i11, false)).toEqual([
			{ by: 'Note 1', note: 'Only the clinic team had it, in Łódź.' },
			{ by: 'Note 2', note: 'Đặng’s team never heard of it.' }
		]);
		expect(sharedNotes(handIns, i11, true).map((n) => n.by)).toEqual(['ZŁ', 'No label']);
		expect(sharedNotes(handIns, i13, true)).toEqual([]);
	});
});

describe('consensus', () => {
	it('adds the room’s comment to the notes on a line of its own', () => {
		expect(withConsensusComment('', 'We agreed on 3.')).toBe('Consensus: We agreed on 3.');
		expect(withConsensusComment('José Núñez has the rota.  ', ' Checked it together. ')).toBe(
			'José Núñez has the rota.\n\nConsensus: Checked it together.'
		);
		expect(withConsensusComment('Kept as it is.', '   ')).toBe('Kept as it is.');
	});

	it('compares answers by kind and score, not by a Not applicable reason', () => {
		expect(sameAnswer(s(2), s(2))).toBe(true);
		expect(sameAnswer(s(2), s(3))).toBe(false);
		expect(sameAnswer(NA, { kind: 'not-applicable', reason: 'No clinic' })).toBe(true);
		expect(sameAnswer(DK, null)).toBe(false);
		expect(sameAnswer(null, undefined)).toBe(true);
	});

	it('proposes the agreed items with no answer yet: 2.1; 1.4 (now 1) is kept; 1.5 already holds 3', () => {
		const responses = new Map([
			[i14, { answer: s(1) }],
			[i15, { answer: s(3) }]
		]);
		const { pending, kept, confirmed, agreed } = toConfirm(items, responses);
		expect(agreed).toBe(3);
		expect(confirmed).toBe(1);
		expect(pending.map((p) => [p.code, p.answer, p.current])).toEqual([
			['2.1', { kind: 'not-applicable', reason: 'Agreed by the room' }, null]
		]);
		// The room's own answer is never overwritten by the batch.
		expect(kept.map((p) => [p.code, p.answer, p.current])).toEqual([['1.4', s(2), s(1)]]);
		expect(confirmLabel(pending.length)).toBe('Confirm the 1 agreed item');
		expect(confirmLabel(2)).toBe('Confirm the 2 agreed items');
	});

	it('takes every other practice one at a time, most disagreement first', () => {
		expect(toDiscuss(items).map((item) => item.code)).toEqual(['1.1', '1.3', '1.6', '1.2']);
	});
});

describe('roundAgreement: what the report shows of a round', () => {
	const round = {
		id: '00000000-0000-4000-8000-000000000001',
		assessmentId: '00000000-0000-4000-8000-000000000002',
		itemIds: ids,
		frameworkVersion: '2.0.0',
		status: 'closed' as const,
		revealLabels: false,
		createdAt: '2026-11-26T09:00:00.000Z'
	};
	it('nothing without a round, or with fewer than two hand-ins', () => {
		expect(roundAgreement(frameworkV2, undefined, handIns)).toBeNull();
		expect(roundAgreement(frameworkV2, round, handIns.slice(0, 1))).toBeNull();
	});
	it('from the hand-ins while they are kept: the same rows as the reveal', () => {
		const live = roundAgreement(frameworkV2, round, handIns);
		expect(live?.raters).toBe(handIns.length);
		expect(live?.ratingsDeleted).toBe(false);
		expect(live?.rows).toEqual(agreementRows(revealItems(frameworkV2, ids, handIns)));
	});
	it('after deletion: the summary the round kept, with no count', () => {
		const kept = [
			{
				elementId: 'e',
				elementName: '1. One',
				items: 6,
				agreed: 5,
				discuss: 1,
				split: 1,
				manyDontKnow: 0,
				unanswered: 0
			}
		];
		expect(
			roundAgreement(
				frameworkV2,
				{ ...round, ratingsDeleted: { at: '2026-11-26T10:00:00.000Z', agreement: kept } },
				[]
			)
		).toEqual({ raters: null, ratingsDeleted: true, rows: kept });
	});
});

describe('discussText', () => {
	const how =
		'Take them one at a time on the projector: the practice, how the raters answered and the notes they chose to share. Then choose the room’s answer together.';
	it.each([
		[2, 2, `2 practices need the room’s conversation. ${how}`],
		[1, 1, `1 practice needs the room’s conversation. ${how}`],
		[
			3,
			1,
			`1 of 3 practices still needs the room’s conversation; the room has answered the others. ${how}`
		],
		[
			2,
			0,
			'The room has answered all 2 practices where the raters differed. You can go through them again.'
		]
	])('%i to talk through, %i without an answer', (total, left, text) => {
		expect(discussText(total, left)).toBe(text);
	});
});
