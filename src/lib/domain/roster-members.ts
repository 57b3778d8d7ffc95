/**
 * Merging one roster member into the roster as stored, by id. Kept apart from the roster form
 * rules (roster.ts): the repository uses it, and it must not bring the schemas with it into
 * the home page's first load.
 */
import type { RosterMember } from './assessment';

/** The roster with one member added, or replaced where its id is already there. */
export function withMember(roster: readonly RosterMember[], member: RosterMember): RosterMember[] {
	return roster.some((m) => m.id === member.id)
		? roster.map((m) => (m.id === member.id ? member : m))
		: [...roster, member];
}

export function withoutMember(roster: readonly RosterMember[], memberId: string): RosterMember[] {
	return roster.filter((m) => m.id !== memberId);
}
