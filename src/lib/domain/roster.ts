/**
 * The task-force roster edited in two places at once (two tabs, or a tab and an import): merge
 * by member id so that neither side's additions, edits or removals are lost.
 */
import { RosterMember } from './assessment';

/** What the form holds for one member, before it is complete. */
export interface MemberDraft {
	id: string;
	role: string;
	roleOther: string;
	name: string;
}

export function toDraft(member: RosterMember): MemberDraft {
	return {
		id: member.id,
		role: member.role,
		roleOther: member.roleOther ?? '',
		name: member.name ?? ''
	};
}

/** Checks a draft exactly as it would be stored ("which role?" only counts for "other"). */
export function parseDraft(draft: MemberDraft) {
	return RosterMember.safeParse({
		id: draft.id,
		role: draft.role,
		roleOther: draft.role === 'other' ? draft.roleOther : undefined,
		name: draft.name.trim() || undefined
	});
}

/** The member as it would be stored, or null while it is incomplete (no role, "other" unnamed). */
export function completeMember(draft: MemberDraft): RosterMember | null {
	const result = parseDraft(draft);
	return result.success ? result.data : null;
}

const same = (a: MemberDraft | undefined, b: MemberDraft | undefined) =>
	a !== undefined &&
	b !== undefined &&
	JSON.stringify(completeMember(a)) === JSON.stringify(completeMember(b)) &&
	a.role === b.role;

/**
 * What the form shows after the stored roster changed elsewhere: members untouched here follow
 * the store (added, changed or removed elsewhere); members being edited here, and new ones not
 * stored yet, stay as they are.
 */
export function followStoredRoster(
	stored: readonly MemberDraft[],
	local: readonly MemberDraft[],
	lastStored: readonly MemberDraft[],
	removedHere: ReadonlySet<string>
): MemberDraft[] {
	const before = new Map(lastStored.map((m) => [m.id, m]));
	const next: MemberDraft[] = [];
	for (const member of stored) {
		if (removedHere.has(member.id)) continue;
		const mine = local.find((m) => m.id === member.id);
		if (!mine) {
			if (!before.has(member.id)) next.push(member); // added elsewhere
			continue; // otherwise removed here before this store landed
		}
		next.push(same(mine, before.get(member.id)) ? member : mine);
	}
	// New here and not stored yet.
	for (const mine of local) {
		if (!before.has(mine.id) && !stored.some((s) => s.id === mine.id)) next.push(mine);
	}
	return next;
}
