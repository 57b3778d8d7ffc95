/**
 * Assessment repository: the only code that writes assessments and their children. Each user
 * action is one transaction, so a crash can never leave half a change behind.
 */
import type {
	Assessment,
	AssessmentDraft,
	PlanAction,
	Response,
	ResponseSet,
	RosterMember
} from '$lib/domain/assessment';
import { withMember, withoutMember } from '$lib/domain/roster-members';
import { PlainWriteError } from '$lib/domain/write-errors';
import type { AssessmentBundle } from '$lib/domain/file-format';
import type { WorkbookDatabase } from './database';
import type { Organization } from '$lib/domain/organization';
import { planRows, splitSets } from './stored-sets';
import { dropIfEmpty, newOrganization, renameOrganization } from './organizations';

export interface FrameworkRef {
	id: string;
	version: string;
}

/**
 * The records of a new assessment: the assessment itself, its one consensus response set and
 * the new organization it is the first cycle of. Shared by "New assessment" and "Load example"
 * so both start from the same shape.
 */
export function newAssessmentRecords(
	fields: AssessmentDraft & Partial<Pick<Assessment, 'roster' | 'riskProfile' | 'isExample'>>,
	framework: FrameworkRef,
	now: Date
): { assessment: Assessment; consensus: ResponseSet; organization: Organization } {
	const stamp = now.toISOString();
	const organization = newOrganization(fields, now);
	const assessment: Assessment = {
		id: crypto.randomUUID(),
		frameworkId: framework.id,
		frameworkVersion: framework.version,
		roster: [],
		riskProfile: {},
		isExample: false,
		...fields,
		organizationId: organization.id,
		createdAt: stamp,
		updatedAt: stamp
	};
	const consensus: ResponseSet = {
		id: crypto.randomUUID(),
		assessmentId: assessment.id,
		kind: 'consensus',
		label: 'Consensus',
		createdAt: stamp,
		updatedAt: stamp
	};
	return { assessment, consensus, organization };
}

/** Creates an assessment and its consensus response set; returns the new id. */
export async function createAssessment(
	db: WorkbookDatabase,
	draft: AssessmentDraft,
	framework: FrameworkRef,
	now = new Date()
): Promise<string> {
	const { assessment, consensus, organization } = newAssessmentRecords(draft, framework, now);
	await db.transaction('rw', [db.assessments, db.responseSets, db.organizations], async () => {
		await db.organizations.add(organization);
		await db.assessments.add(assessment);
		await db.responseSets.add({ ...consensus, responses: [] });
	});
	return assessment.id;
}

/** Newest first: the assessment a group worked on last is the one they look for. */
export async function listAssessments(db: WorkbookDatabase): Promise<Assessment[]> {
	return db.assessments.orderBy('updatedAt').reverse().toArray();
}

export async function getAssessment(
	db: WorkbookDatabase,
	id: string
): Promise<Assessment | undefined> {
	return db.assessments.get(id);
}

/** Deletes an assessment with everything that belongs to it (its home summary too), all or nothing. */
export async function deleteAssessment(db: WorkbookDatabase, id: string): Promise<void> {
	await db.transaction(
		'rw',
		[
			db.assessments,
			db.responseSets,
			db.plans,
			db.summaries,
			db.rounds,
			db.handIns,
			db.organizations
		],
		async () => {
			const organizationId = (await db.assessments.get(id))?.organizationId;
			await db.responseSets.where('assessmentId').equals(id).delete();
			await db.plans.delete(id);
			await db.summaries.delete(id);
			await db.handIns.where('assessmentId').equals(id).delete();
			await db.rounds.where('assessmentId').equals(id).delete();
			await db.assessments.delete(id);
			await dropIfEmpty(db, organizationId);
		}
	);
}

/** Everything that belongs to one assessment, read in one consistent snapshot. */
export async function readBundle(
	db: WorkbookDatabase,
	id: string
): Promise<AssessmentBundle | undefined> {
	return db.transaction('r', [db.assessments, db.responseSets, db.plans], async () => {
		const [assessment, sets, plan] = await Promise.all([
			db.assessments.get(id),
			db.responseSets.where('assessmentId').equals(id).toArray(),
			db.plans.get(id)
		]);
		if (!assessment) return undefined;
		// As stored, unchecked: the screens check every record (domain/stored-records).
		const { responseSets, responses } = splitSets(sets);
		return {
			assessment,
			responseSets: responseSets as ResponseSet[],
			responses: responses as Response[],
			plan: planRows(plan) as PlanAction[]
		};
	});
}

/** The set-up fields one change may patch (already checked by the caller's schema). */
export type DetailsPatch = Partial<AssessmentDraft>;

async function storedAssessment(db: WorkbookDatabase, id: string): Promise<Assessment> {
	const assessment = await db.assessments.get(id);
	if (!assessment) {
		throw new PlainWriteError(
			'This assessment was deleted (perhaps in another tab), so the change was not saved.'
		);
	}
	return assessment;
}

/**
 * Saves only the set-up fields that changed. Two tabs editing different fields both keep
 * their change; the same field ends with the later tab's whole value.
 */
export async function updateDetails(
	db: WorkbookDatabase,
	id: string,
	patch: DetailsPatch,
	now = new Date()
): Promise<void> {
	await db.transaction('rw', [db.assessments, db.organizations], async () => {
		const stored = await storedAssessment(db, id);
		await db.assessments.update(id, { ...patch, updatedAt: now.toISOString() });
		// A retyped name is the organization's name from now on; its cycles stay together by id.
		await renameOrganization(db, stored.organizationId, patch, now);
	});
}

/**
 * Adds or replaces one roster member, merged by member id against the roster as stored at the
 * moment of the write (not against a screen's possibly older view).
 */
export async function putRosterMember(
	db: WorkbookDatabase,
	id: string,
	member: RosterMember,
	now = new Date()
): Promise<void> {
	await db.transaction('rw', db.assessments, async () => {
		const assessment = await storedAssessment(db, id);
		const roster = withMember(assessment.roster, member);
		await db.assessments.update(id, { roster, updatedAt: now.toISOString() });
	});
}

export async function removeRosterMember(
	db: WorkbookDatabase,
	id: string,
	memberId: string,
	now = new Date()
): Promise<void> {
	await db.transaction('rw', db.assessments, async () => {
		const assessment = await storedAssessment(db, id);
		const roster = withoutMember(assessment.roster, memberId);
		await db.assessments.update(id, { roster, updatedAt: now.toISOString() });
	});
}
