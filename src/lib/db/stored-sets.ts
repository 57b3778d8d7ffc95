/**
 * Between the stored shape (a response set with its answers, a plan with its actions: see
 * StoredResponseSet and StoredPlan) and the domain's separate sets, responses and actions. A
 * stored record may be damaged on disk, so reading never trusts its shape: what is not an array
 * reads as empty, and the domain's checks (domain/stored-records) judge each row.
 */
import type { PlanAction, Response, ResponseSet } from '$lib/domain/assessment';
import type { StoredPlan, StoredResponseSet } from './database';

const rowsOf = (value: unknown): unknown[] => (Array.isArray(value) ? (value as unknown[]) : []);

/** The sets (without their answers) and every answer of stored set records, as the domain has them. */
export function splitSets(stored: readonly unknown[]): {
	responseSets: unknown[];
	responses: unknown[];
} {
	const responseSets: unknown[] = [];
	const responses: unknown[] = [];
	for (const record of stored) {
		if (typeof record !== 'object' || record === null) {
			responseSets.push(record);
			continue;
		}
		const { responses: answers, ...set } = record as Record<string, unknown>;
		responseSets.push(set);
		for (const answer of rowsOf(answers)) responses.push(answer);
	}
	return { responseSets, responses };
}

/** The actions of a stored plan record (none when there is no record yet). */
export function planRows(plan: unknown): unknown[] {
	return rowsOf((plan as { actions?: unknown } | null | undefined)?.actions);
}

/** Sets with their answers, for writing: each answer goes into the record of its set. */
export function nestSets(
	responseSets: readonly ResponseSet[],
	responses: readonly Response[]
): StoredResponseSet[] {
	const bySet = new Map<string, Response[]>(responseSets.map((set) => [set.id, []]));
	for (const response of responses) bySet.get(response.responseSetId)?.push(response);
	return responseSets.map((set) => ({
		...set,
		updatedAt: latestStamp([set, ...(bySet.get(set.id) ?? [])]) ?? set.updatedAt,
		responses: bySet.get(set.id) ?? []
	}));
}

/** One plan record for writing, stamped with the given time (none: its newest action). */
export function planRecord(
	assessmentId: string,
	actions: readonly unknown[],
	stamp?: string
): StoredPlan {
	return {
		assessmentId,
		updatedAt: stamp ?? latestStamp(actions) ?? '',
		actions: actions as PlanAction[]
	};
}

/** A set record with `response` in place of the stored answer to the same item (or added). */
export function withStoredResponse(
	stored: StoredResponseSet,
	response: Response
): StoredResponseSet {
	const others = rowsOf(stored.responses).filter(
		(row) => (row as { itemId?: unknown } | null)?.itemId !== response.itemId
	) as Response[];
	return {
		...stored,
		// Never earlier than it was (a clock set back must not hide the record from the checks
		// that read the newest change).
		updatedAt: latestStamp([stored, response]) ?? response.updatedAt,
		responses: [...others, response]
	};
}

/**
 * A stored record whose list of answers or actions is not a list (damaged on disk) is refused
 * for writing: a write would replace what is there, and nothing is dropped by a write.
 */
export function damagedList(record: unknown, key: 'responses' | 'actions'): boolean {
	if (record === undefined) return false;
	return !Array.isArray((record as Record<string, unknown> | null)?.[key]);
}

export const DAMAGED_RECORD =
	'The stored record this change belongs to is damaged, so the change was not saved (the record is left as it is). A backup file or an automatic snapshot may hold a good copy.';

/** The stored answer to one item in a set record, if any (unchecked). */
export function storedResponse(stored: StoredResponseSet, itemId: string): unknown {
	return rowsOf(stored.responses).find(
		(row) => (row as { itemId?: unknown } | null)?.itemId === itemId
	);
}

/** The latest `updatedAt` among rows that have one (ISO stamps compare as text). */
export function latestStamp(rows: readonly unknown[]): string | undefined {
	let latest: string | undefined;
	for (const row of rows) {
		const stamp = (row as { updatedAt?: unknown } | null)?.updatedAt;
		if (typeof stamp === 'string' && (latest === undefined || stamp > latest)) latest = stamp;
	}
	return latest;
}
