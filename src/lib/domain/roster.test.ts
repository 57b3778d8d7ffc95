import { describe, expect, test } from 'vitest';
import { completeMember, followStoredRoster, type MemberDraft } from './roster';
import { withMember, withoutMember } from './roster-members';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const draft = (n: number, role: string, name = '', roleOther = ''): MemberDraft => ({
	id: id(n),
	role,
	roleOther,
	name
});

describe('completeMember', () => {
	test.each([
		[draft(1, 'clinician', '  Ana  '), { id: id(1), role: 'clinician', name: 'Ana' }],
		[draft(2, 'clinician'), { id: id(2), role: 'clinician' }],
		[draft(3, ''), null],
		[draft(4, 'other'), null],
		[draft(5, 'other', '', 'Liaison'), { id: id(5), role: 'other', roleOther: 'Liaison' }]
	])('%j -> %j', (input, expected) => expect(completeMember(input)).toEqual(expected));
});

describe('withMember and withoutMember', () => {
	const stored = [
		{ id: id(1), role: 'clinician' as const, name: 'Alice' }, // added in another tab
		{ id: id(2), role: 'caseworker' as const }
	];
	test('replaces a member by id and keeps the others in place', () => {
		expect(withMember(stored, { id: id(2), role: 'caseworker', name: 'Bob' })).toEqual([
			{ id: id(1), role: 'clinician', name: 'Alice' },
			{ id: id(2), role: 'caseworker', name: 'Bob' }
		]);
	});
	test('adds a member not stored yet at the end', () => {
		expect(withMember(stored, { id: id(4), role: 'executive-leader' })).toEqual([
			...stored,
			{ id: id(4), role: 'executive-leader' }
		]);
	});
	test('removes only the member named', () => {
		expect(withoutMember(stored, id(1))).toEqual([{ id: id(2), role: 'caseworker' }]);
		expect(withoutMember(stored, id(9))).toEqual(stored);
	});
});

describe('followStoredRoster', () => {
	test('takes changes from elsewhere, keeps what is being edited here', () => {
		const lastStored = [draft(1, 'clinician'), draft(2, 'caseworker'), draft(3, 'peer-support')];
		const local = [
			draft(1, 'clinician'), // untouched here
			draft(2, 'caseworker', 'Bo'), // being typed here
			draft(3, 'peer-support'), // untouched; removed elsewhere
			draft(9, '') // new here, incomplete
		];
		const stored = [
			draft(1, 'clinician', 'Alice'), // renamed elsewhere
			draft(2, 'caseworker'),
			draft(7, 'human-resources') // added elsewhere
		];
		expect(
			followStoredRoster(stored, local, lastStored, new Set()).map((m) => [m.id, m.name])
		).toEqual([
			[id(1), 'Alice'],
			[id(2), 'Bo'],
			[id(7), ''],
			[id(9), '']
		]);
	});
});
