import { afterEach, expect, test } from 'vitest';
import { flushSync } from 'svelte';
import type { RosterMember } from '$lib/domain/assessment';
import { RosterDraft, type RosterStore } from './roster-draft.svelte';
import type { SaveResult } from './save-status.svelte';

const FULL = 'This device is out of storage space, so this change was not saved.';
const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const C = '00000000-0000-4000-8000-00000000000c';

/** Storage as the repository keeps it; `publish` is the live query bringing it to the screen. */
class FakeStore implements RosterStore {
	assessment = $state.raw<{ id: string; roster: RosterMember[] }>({ id: 'one', roster: [] });
	stored: RosterMember[] = [];
	/** The next writes fail with this message. */
	failure: string | undefined;
	written: RosterMember[] = [];

	async saveMember(member: RosterMember): Promise<SaveResult<unknown>> {
		await Promise.resolve();
		if (this.failure) return { ok: false, message: this.failure };
		this.written.push(member);
		const at = this.stored.findIndex((m) => m.id === member.id);
		if (at === -1) this.stored.push(member);
		else this.stored[at] = member;
		return { ok: true, value: undefined };
	}

	async removeMember(memberId: string): Promise<SaveResult<unknown>> {
		await Promise.resolve();
		if (this.failure) return { ok: false, message: this.failure };
		this.stored = this.stored.filter((m) => m.id !== memberId);
		return { ok: true, value: undefined };
	}

	publish(roster = this.stored, id = this.assessment.id) {
		this.stored = [...roster];
		this.assessment = { id, roster: [...roster] };
		flushSync();
	}
}

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function setup(roster: RosterMember[] = []) {
	const store = new FakeStore();
	let draft!: RosterDraft;
	cleanup = $effect.root(() => {
		draft = new RosterDraft(() => store);
	});
	store.publish(roster);
	return { store, draft };
}

const names = (draft: RosterDraft) => draft.members.map((m) => m.name);

test('a new member stays on screen until its role is chosen, then it is saved', async () => {
	const { store, draft } = setup();
	const id = draft.add();
	expect(draft.errors).toEqual([{ role: 'Role: choose one from the list.' }]);

	await draft.edit(id, { name: 'Zoë Łukasik' });
	expect(store.written).toEqual([]);

	await draft.edit(id, { role: 'other' });
	expect(draft.errors).toEqual([{ roleOther: 'Describe the role in a few words.' }]);
	expect(store.written).toEqual([]);

	await draft.edit(id, { roleOther: ' Foster parent liaison ' });
	expect(store.written).toEqual([
		{ id, role: 'other', roleOther: 'Foster parent liaison', name: 'Zoë Łukasik' }
	]);
	expect(draft.errors).toEqual([{}]);
});

test('a failed write marks the member, and the next saved change clears the mark', async () => {
	const { store, draft } = setup([{ id: A, role: 'caseworker' }]);
	store.failure = FULL;
	await draft.edit(A, { name: 'Bob' });
	expect(draft.unsaved(A)).toBe(true);
	expect(names(draft)).toEqual(['Bob']);

	store.failure = undefined;
	await draft.edit(A, { name: 'Bobby' });
	expect(draft.unsaved(A)).toBe(false);
	expect(store.stored).toEqual([{ id: A, role: 'caseworker', name: 'Bobby' }]);
});

test('a removal storage refuses puts the member back where it was, marked not saved', async () => {
	const { store, draft } = setup([
		{ id: A, role: 'caseworker', name: 'Ann' },
		{ id: B, role: 'clinician', name: 'Bea' }
	]);
	store.failure = FULL;
	const removing = draft.remove(0);
	expect(names(draft)).toEqual(['Bea']);
	await removing;
	expect(names(draft)).toEqual(['Ann', 'Bea']);
	expect(draft.unsaved(A)).toBe(true);
	expect(draft.unsaved(B)).toBe(false);

	// The store still holds Ann: she stays when it is read again.
	store.publish();
	expect(names(draft)).toEqual(['Ann', 'Bea']);
});

test('a member removed here is not brought back by a store read before the removal landed', async () => {
	const roster: RosterMember[] = [
		{ id: A, role: 'caseworker', name: 'Ann' },
		{ id: B, role: 'clinician', name: 'Bea' }
	];
	const { store, draft } = setup(roster);
	await draft.remove(0);
	// Another tab added a member; that read was made while Ann was still stored.
	store.publish([...roster, { id: C, role: 'other', roleOther: 'Peer lead', name: 'Cy' }]);
	expect(names(draft)).toEqual(['Bea', 'Cy']);
});

test('members untouched here follow the store; one being edited here keeps its text', async () => {
	const { store, draft } = setup([
		{ id: A, role: 'caseworker', name: 'Ann' },
		{ id: B, role: 'clinician', name: 'Bea' }
	]);
	store.failure = FULL;
	await draft.edit(A, { name: 'Annie' }); // on screen only
	const fresh = draft.add(); // no role yet: not stored

	// Another tab renames both and adds a third.
	store.publish([
		{ id: A, role: 'caseworker', name: 'Anna' },
		{ id: B, role: 'clinician', name: 'Beatrix' },
		{ id: C, role: 'human-resources', name: 'Cy' }
	]);
	expect(names(draft)).toEqual(['Annie', 'Beatrix', 'Cy', '']);
	expect(draft.members.at(-1)?.id).toBe(fresh);
});

test('another assessment shows its own roster, whatever was typed before', async () => {
	const { store, draft } = setup([{ id: A, role: 'caseworker', name: 'Ann' }]);
	draft.add();
	store.publish([{ id: B, role: 'clinician', name: 'Bea' }], 'two');
	expect(names(draft)).toEqual(['Bea']);
});
