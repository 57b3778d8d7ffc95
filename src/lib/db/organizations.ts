/**
 * Organization records (since database version 6): every assessment points to the organization
 * it is a cycle of. Assessments stored before, and files from before, are matched by name once
 * (domain/organization assignOrganizations); after that only ids count.
 */
import type { Transaction } from 'dexie';
import { cardOf, type Assessment } from '$lib/domain/assessment';
import { isWholeAssessment } from '$lib/domain/stored-records';
import { PlainWriteError } from '$lib/domain/write-errors';
import { cycleOrder } from '$lib/domain/cycles/compare';
import {
	assignOrganizations,
	organizationMatchKey,
	type Organization
} from '$lib/domain/organization';
import type { WorkbookDatabase } from './database';

type Row = Record<string, unknown>;

const newId = () => crypto.randomUUID();

/**
 * The upgrade to version 6: each stored assessment joins an organization by its name and unit
 * (one record per distinct pair). It runs inside the browser's upgrade transaction: all of it
 * happens, or none. `updatedAt` is left as it was: nobody changed the assessment, and home's
 * kept summaries stay current. A damaged record without a name is left as it is.
 */
export async function organizationsFromNames(tx: Transaction, now = new Date()): Promise<void> {
	const rows = (await tx.table('assessments').toArray()) as Row[];
	const named = rows.filter(
		(row): row is Row & { id: string; organization: string; unit: string; createdAt: string } =>
			typeof row?.id === 'string' &&
			typeof row.organization === 'string' &&
			typeof row.unit === 'string'
	);
	const { idOf, created } = assignOrganizations(named, [], newId, now);
	// An id already there (written by a newer app, then opened by this one) gets its record too.
	const stamp = now.toISOString();
	for (const row of named) {
		const id = row.organizationId;
		if (typeof id !== 'string' || created.some((o) => o.id === id)) continue;
		created.push({
			id,
			name: row.organization,
			unit: row.unit,
			createdAt: stamp,
			updatedAt: stamp
		});
	}
	await tx.table('organizations').bulkAdd(created);
	await tx
		.table('assessments')
		.toCollection()
		.modify((row: Row) => {
			const id = idOf.get(row.id as string);
			if (id) row.organizationId = id;
		});
	// Home's kept summaries gain the card it now reads instead of the assessments (a summary is
	// still current: nobody changed its assessment), so the first home after the upgrade does not
	// recompute thousands of them.
	const whole = new Map(
		rows
			.filter(isWholeAssessment)
			.map((a) => [a.id, cardOf({ ...a, organizationId: a.organizationId ?? idOf.get(a.id) })])
	);
	await tx
		.table('summaries')
		.toCollection()
		.modify((summary: Row) => {
			const card = whole.get(summary.assessmentId as string);
			if (card) summary.card = card;
		});
}

/**
 * Gives assessments about to be written (an import) their organization, in the caller's
 * transaction: an id the file carries is kept (its record is made if this device lacks it); a
 * file from before organizations were records is matched by name against this device's.
 */
export async function withOrganizations(
	db: WorkbookDatabase,
	assessments: readonly Assessment[],
	now: Date
): Promise<Assessment[]> {
	const stored = await db.organizations.toArray();
	const storedIds = new Set(stored.map((o) => o.id));
	// Organizations the file itself names (by id) are known too: an assessment of the same file
	// without an id, of the same name, joins them rather than a new one.
	const named = new Map<string, Organization>();
	const stamp = now.toISOString();
	for (const a of assessments) {
		const id = a.organizationId;
		if (!id || storedIds.has(id) || named.has(id)) continue;
		named.set(id, { id, name: a.organization, unit: a.unit, createdAt: stamp, updatedAt: stamp });
	}
	const { idOf, created } = assignOrganizations(
		assessments,
		[...stored, ...named.values()],
		newId,
		now
	);
	await db.organizations.bulkAdd([...created, ...named.values()]);
	return assessments.map((a) => (a.organizationId ? a : { ...a, organizationId: idOf.get(a.id)! }));
}

/** The record for a new organization, named as its first assessment. */
export function newOrganization(
	fields: Pick<Assessment, 'organization' | 'unit'>,
	now: Date
): Organization {
	const stamp = now.toISOString();
	return {
		id: newId(),
		name: fields.organization,
		unit: fields.unit,
		createdAt: stamp,
		updatedAt: stamp
	};
}

/** Keeps an organization's name as last typed in one of its assessments (set-up). */
export async function renameOrganization(
	db: WorkbookDatabase,
	organizationId: string | undefined,
	patch: { organization?: string; unit?: string },
	now: Date
): Promise<void> {
	if (!organizationId || (patch.organization === undefined && patch.unit === undefined)) return;
	await db.organizations.update(organizationId, {
		...(patch.organization !== undefined ? { name: patch.organization } : {}),
		...(patch.unit !== undefined ? { unit: patch.unit } : {}),
		updatedAt: now.toISOString()
	});
}

/** Removes an organization record once none of its assessments is left (after a delete). */
export async function dropIfEmpty(
	db: WorkbookDatabase,
	organizationId: string | undefined
): Promise<void> {
	if (!organizationId) return;
	if ((await db.assessments.where('organizationId').equals(organizationId).count()) === 0) {
		await db.organizations.delete(organizationId);
	}
}

/**
 * The organization of this name and unit on this device (names matched as on import), with its
 * latest cycle's id: "New assessment" offers to start its next cycle instead of a second one.
 */
export async function organizationNamed(
	db: WorkbookDatabase,
	name: string,
	unit: string
): Promise<{ organization: Organization; cycles: number; latestId: string } | null> {
	const key = organizationMatchKey(name, unit);
	return db.transaction('r', [db.organizations, db.assessments], async () => {
		const organization = (await db.organizations.toArray()).find(
			(o) => organizationMatchKey(o.name, o.unit) === key
		);
		if (!organization) return null;
		const cycles = (
			await db.assessments.where('organizationId').equals(organization.id).toArray()
		).filter(isWholeAssessment);
		const latest = cycles
			.map((assessment) => ({ assessment }))
			.sort((a, b) => cycleOrder(b, a))[0]?.assessment;
		return latest ? { organization, cycles: cycles.length, latestId: latest.id } : null;
	});
}

/** Every organization on this device with how many assessments it has, by name. */
export async function listOrganizations(
	db: WorkbookDatabase
): Promise<{ organization: Organization; cycles: number }[]> {
	return db.transaction('r', [db.organizations, db.assessments], async () => {
		const [organizations, keys] = await Promise.all([
			db.organizations.toArray(),
			db.assessments.orderBy('organizationId').keys()
		]);
		const counts = new Map<string, number>();
		for (const key of keys) counts.set(String(key), (counts.get(String(key)) ?? 0) + 1);
		const names = new Intl.Collator('en', { sensitivity: 'base' });
		return organizations
			.map((organization) => ({ organization, cycles: counts.get(organization.id) ?? 0 }))
			.sort(
				(a, b) =>
					names.compare(a.organization.name, b.organization.name) ||
					names.compare(a.organization.unit, b.organization.unit)
			);
	});
}

/**
 * Moves an assessment to another organization on this device (taking that organization's name
 * and unit), or (`to` null) to a new one of its own: the way to part two clients matched by
 * name, or to join a client's cycle that came from another device. One transaction; an
 * organization left with no cycle goes.
 */
export async function moveToOrganization(
	db: WorkbookDatabase,
	assessmentId: string,
	to: string | null,
	now = new Date()
): Promise<string> {
	return db.transaction('rw', [db.assessments, db.organizations], async () => {
		const assessment = await db.assessments.get(assessmentId);
		if (!assessment) {
			throw new PlainWriteError(
				'This assessment was deleted (perhaps in another tab), so it was not moved.'
			);
		}
		let target: Organization | undefined;
		if (to === null) {
			target = newOrganization(assessment, now);
			await db.organizations.add(target);
		} else {
			target = await db.organizations.get(to);
			if (!target) {
				throw new PlainWriteError(
					'That organization is no longer on this device (perhaps deleted in another tab). Nothing was moved.'
				);
			}
		}
		const from = assessment.organizationId;
		// A cycle of another organization carries its name: its report and home's group say it.
		await db.assessments.update(assessmentId, {
			organizationId: target.id,
			organization: target.name,
			unit: target.unit,
			updatedAt: now.toISOString()
		});
		if (from && from !== target.id) await dropIfEmpty(db, from);
		return target.id;
	});
}
