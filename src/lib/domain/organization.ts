/**
 * An organization (or one of its units) that is assessed cycle after cycle. Its assessments point
 * to it by id, so a retyped name keeps its cycles together. Names are matched only where no id
 * exists yet: assessments stored before organizations were records, and files from before.
 */
import { z } from 'zod/mini';
import { MAX_SHORT_TEXT, isoDateTime, uuid } from './assessment';
import { searchKey } from './cycles/portfolio';

export const Organization = z.object({
	id: uuid,
	/** As last typed in one of its assessments. */
	name: z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_SHORT_TEXT)),
	unit: z.string().check(z.trim(), z.maxLength(MAX_SHORT_TEXT)),
	createdAt: isoDateTime,
	updatedAt: isoDateTime
});
export type Organization = z.infer<typeof Organization>;

/**
 * The key under which names are matched (accents, case and spacing ignored): "Maple Hollow" and
 * "maple  hollow" are one organization, "Maple Hollow / Intake" another.
 */
export function organizationMatchKey(name: string, unit: string): string {
	return `${searchKey(name)}\u0000${searchKey(unit)}`;
}

/**
 * Organization ids for assessments that have none, by matching names: those with the same key
 * share one organization, an existing one when `known` has the key. Returns the id per
 * assessment id and the organizations to create.
 */
export function assignOrganizations(
	assessments: readonly {
		id: string;
		organization: string;
		unit: string;
		organizationId?: string;
		createdAt: string;
	}[],
	known: readonly Pick<Organization, 'id' | 'name' | 'unit'>[],
	newId: () => string,
	now: Date
): { idOf: Map<string, string>; created: Organization[] } {
	const byKey = new Map(known.map((o) => [organizationMatchKey(o.name, o.unit), o.id]));
	const idOf = new Map<string, string>();
	const created: Organization[] = [];
	const stamp = now.toISOString();
	for (const assessment of assessments) {
		if (assessment.organizationId) continue;
		const key = organizationMatchKey(assessment.organization, assessment.unit);
		let id = byKey.get(key);
		if (!id) {
			id = newId();
			byKey.set(key, id);
			created.push({
				id,
				name: assessment.organization.trim() || 'Organization',
				unit: assessment.unit.trim(),
				createdAt: stamp,
				updatedAt: stamp
			});
		}
		idOf.set(assessment.id, id);
	}
	return { idOf, created };
}
