/**
 * The links inside one assessment bundle: whether they hold together (a file is checked before
 * anything is written, a backup is checked before it is made), and a copy with fresh ids.
 */
import type { AssessmentBundle } from './file-schema';

/**
 * Links inside a bundle must agree with each other, because the screens rely on them: every
 * child belongs to the bundle's assessment, every response to one of its sets, no item is
 * answered twice in a set, roster members and records have ids of their own, and there is
 * exactly one consensus set. Each problem starts with where it is, relative to the bundle.
 */
export function bundleIntegrityProblems(bundle: AssessmentBundle): string[] {
	const problems: string[] = [];
	const id = bundle.assessment.id;
	const rosterIds = new Map<string, number>();
	bundle.assessment.roster.forEach((member, i) => {
		const first = rosterIds.get(member.id);
		if (first !== undefined) {
			problems.push(
				`assessment.roster[${i}] has the same id as roster[${first}]; every task force member needs an id of their own.`
			);
		} else rosterIds.set(member.id, i);
	});
	const setIds = new Set<string>();
	bundle.responseSets.forEach((s, i) => {
		if (s.assessmentId !== id) {
			problems.push(`responseSets[${i}] belongs to another assessment (its assessmentId differs).`);
		}
		setIds.add(s.id);
	});
	const answered = new Map<string, number>();
	bundle.responses.forEach((r, i) => {
		if (r.assessmentId !== id) {
			problems.push(`responses[${i}] belongs to another assessment (its assessmentId differs).`);
		}
		if (!setIds.has(r.responseSetId)) {
			problems.push(`responses[${i}] points to a response set that is not in the file.`);
		}
		const key = `${r.responseSetId}|${r.itemId}`;
		const first = answered.get(key);
		if (first !== undefined) {
			problems.push(
				`responses[${i}] answers item "${r.itemId}" a second time in the same set (first in responses[${first}]).`
			);
		} else answered.set(key, i);
	});
	bundle.plan.forEach((a, i) => {
		if (a.assessmentId !== id) {
			problems.push(`plan[${i}] belongs to another assessment (its assessmentId differs).`);
		}
	});
	const consensus = bundle.responseSets.filter((s) => s.kind === 'consensus').length;
	if (consensus !== 1) {
		problems.push(
			`responseSets has ${consensus === 0 ? 'no consensus set' : `${consensus} consensus sets`}; an assessment has exactly one.`
		);
	}
	return problems;
}

/**
 * A copy of a bundle with fresh ids everywhere (links kept), so a file can be imported as a new
 * assessment next to the one it came from. With `keepAssessmentId`, only the records inside get
 * new ids (their ids were taken on this device by another assessment).
 */
export function withFreshIds(
	bundle: AssessmentBundle,
	newId: () => string,
	keepAssessmentId = false
): AssessmentBundle {
	const assessmentId = keepAssessmentId ? bundle.assessment.id : newId();
	const setIds = new Map(bundle.responseSets.map((s) => [s.id, newId()]));
	return {
		assessment: keepAssessmentId
			? bundle.assessment
			: { ...bundle.assessment, id: assessmentId, copyOf: bundle.assessment.id },
		responseSets: bundle.responseSets.map((s) => ({
			...s,
			id: setIds.get(s.id)!,
			assessmentId
		})),
		responses: bundle.responses.map((r) => ({
			...r,
			id: newId(),
			assessmentId,
			responseSetId: setIds.get(r.responseSetId)!
		})),
		plan: bundle.plan.map((a) => ({ ...a, id: newId(), assessmentId }))
	};
}

/**
 * Copies made together (one file imported as new copies) keep the links between them: a cycle
 * started from another cycle of the file points to that cycle's copy, and an action carried
 * forward to the copy of the action it came from. `copies[i]` is withFreshIds of `originals[i]`.
 */
export function relinkCopies(
	originals: readonly AssessmentBundle[],
	copies: readonly AssessmentBundle[]
): AssessmentBundle[] {
	const assessmentIds = new Map(
		originals.map((b, i) => [b.assessment.id, copies[i]!.assessment.id])
	);
	const actionIds = new Map(
		originals.flatMap((b, i) => b.plan.map((a, j) => [a.id, copies[i]!.plan[j]!.id] as const))
	);
	return copies.map((copy) => {
		const previous = copy.assessment.previousCycleId;
		return {
			...copy,
			assessment:
				previous && assessmentIds.has(previous)
					? { ...copy.assessment, previousCycleId: assessmentIds.get(previous)! }
					: copy.assessment,
			plan: copy.plan.map((action) => {
				const from = action.carriedFrom;
				if (!from || !actionIds.has(from.actionId)) return action;
				return {
					...action,
					carriedFrom: {
						assessmentId: assessmentIds.get(from.assessmentId) ?? from.assessmentId,
						actionId: actionIds.get(from.actionId)!
					}
				};
			})
		};
	});
}
