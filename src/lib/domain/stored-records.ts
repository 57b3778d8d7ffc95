/**
 * Records read back from this device's storage are checked before a screen uses them: a record
 * damaged on disk (or written by a broken build) must not stall or crash a screen. What is
 * whole is shown; what is not is counted, named and left untouched in storage.
 */
import { Assessment, PlanAction, Response, ResponseSet } from './assessment';

export interface DamageCount {
	responseSets: number;
	responses: number;
	plan: number;
}

export interface RawBundle {
	assessment: unknown;
	responseSets: readonly unknown[];
	responses: readonly unknown[];
	plan: readonly unknown[];
}

export type CheckedBundle =
	| { ok: false }
	| {
			ok: true;
			assessment: Assessment;
			responseSets: ResponseSet[];
			responses: Response[];
			plan: PlanAction[];
			damaged: DamageCount;
			/** Records left out, in all. */
			damagedTotal: number;
	  };

function keepValid<T>(
	schema: { safeParse: (v: unknown) => { success: boolean } },
	rows: readonly unknown[]
) {
	const kept = rows.filter((row) => schema.safeParse(row).success) as T[];
	return { kept, dropped: rows.length - kept.length };
}

/** Whole records as they are stored (never rewritten here); a damaged assessment is not ok. */
export function checkStoredBundle(raw: RawBundle): CheckedBundle {
	if (!Assessment.safeParse(raw.assessment).success) return { ok: false };
	const sets = keepValid<ResponseSet>(ResponseSet, raw.responseSets);
	const responses = keepValid<Response>(Response, raw.responses);
	const plan = keepValid<PlanAction>(PlanAction, raw.plan);
	const damaged = {
		responseSets: sets.dropped,
		responses: responses.dropped,
		plan: plan.dropped
	};
	return {
		ok: true,
		assessment: raw.assessment as Assessment,
		responseSets: sets.kept,
		responses: responses.kept,
		plan: plan.kept,
		damaged,
		damagedTotal: damaged.responseSets + damaged.responses + damaged.plan
	};
}

/** True when an assessment record is whole enough to list. */
export function isWholeAssessment(record: unknown): record is Assessment {
	return Assessment.safeParse(record).success;
}

/** "1 stored answer" / "3 stored plan actions" ... for the notice on a screen. */
export function describeDamage(damaged: DamageCount): string {
	const parts: string[] = [];
	const say = (n: number, one: string, many: string) => {
		if (n > 0) parts.push(`${n} ${n === 1 ? one : many}`);
	};
	say(damaged.responses, 'answer', 'answers');
	say(damaged.plan, 'plan action', 'plan actions');
	say(damaged.responseSets, 'answer set', 'answer sets');
	return parts.join(', ');
}

/**
 * A stored answer whole enough to count in a list of thousands: a cheap structural check (the
 * full schema is for a single assessment's screens, see checkStoredBundle). A damaged answer is
 * left out, never crashes the list.
 */
export function isCountableResponse(row: unknown): row is Response {
	if (typeof row !== 'object' || row === null) return false;
	const r = row as Partial<Record<keyof Response, unknown>>;
	const answer = r.answer;
	return (
		typeof r.assessmentId === 'string' &&
		typeof r.responseSetId === 'string' &&
		typeof r.itemId === 'string' &&
		(answer === null ||
			(typeof answer === 'object' &&
				answer !== null &&
				'kind' in answer &&
				typeof answer.kind === 'string'))
	);
}
