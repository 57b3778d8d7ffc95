/**
 * Prioritization, deterministic and explained (README, "How scores and priorities are computed"):
 *   priority = gap x impact x risk boost
 * gap = (4 - score) / 4; "Don't know" counts as 0.5 and asks to assess first; impact 1-3 comes
 * from the framework; the risk boost grows with the linked workforce risk factors. The effort of
 * each linked action then places it in a horizon. Every number comes with a sentence.
 */
import type { RiskLevel, Response } from './assessment';
import type { ActionLevel, ActionType, Effort, Framework, Horizon, RiskFactor } from './framework';

/** How much one linked risk factor raises priority. Unknown adds nothing: we do not guess. */
export const RISK_CONTRIBUTION = { strong: 0.25, moderate: 0.1 } as const;
/** From this priority on an action is "high priority" and goes to Now or Next. */
export const HIGH_PRIORITY = 1.5;
export const DONT_KNOW_GAP = 0.5;

export interface RiskInput {
	riskFactorId: string;
	level: RiskLevel;
	contribution: number;
	phrase: string;
}

export interface ItemPriority {
	itemId: string;
	/** "assess-first" for Don't know. */
	kind: 'gap' | 'assess-first';
	score: number | null;
	gap: number;
	impact: number;
	boost: number;
	risks: RiskInput[];
	priority: number;
	reason: string;
}

type Responses = ReadonlyMap<string, Pick<Response, 'answer'>>;

/** What one linked factor adds, given its direction: high caseloads raise, high EBP use protects. */
export function riskContribution(factor: Pick<RiskFactor, 'direction'>, level: RiskLevel): number {
	if (level === 'unknown' || level === 'moderate') {
		return level === 'moderate' ? RISK_CONTRIBUTION.moderate : 0;
	}
	const raising = factor.direction === 'raises-risk' ? level === 'high' : level === 'low';
	return raising ? RISK_CONTRIBUTION.strong : 0;
}

function sentence(parts: string[]): string {
	const text = parts.filter(Boolean).join('; ');
	return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** Round for display and stable comparison (floating point would make ties flicker). */
export function round2(value: number): number {
	return Math.round(value * 100) / 100;
}

/** Every item with a gap or an unknown, highest priority first (ties: higher impact, then id). */
export function prioritizeItems(
	framework: Pick<Framework, 'items' | 'riskFactors'>,
	responses: Responses,
	riskProfile: Readonly<Record<string, RiskLevel>>
): ItemPriority[] {
	const factors = new Map(framework.riskFactors.map((f) => [f.id, f]));
	const result: ItemPriority[] = [];
	for (const item of framework.items) {
		const answer = responses.get(item.id)?.answer;
		if (!answer || answer.kind === 'not-applicable') continue;
		const isUnknown = answer.kind === 'dont-know';
		const score = answer.kind === 'score' ? answer.value : null;
		const gap = score === null ? DONT_KNOW_GAP : (4 - score) / 4;
		if (gap === 0) continue;
		const risks: RiskInput[] = [];
		for (const id of item.riskFactorIds) {
			const factor = factors.get(id);
			const level = riskProfile[id];
			if (!factor || !level) continue;
			const contribution = riskContribution(factor, level);
			if (contribution === 0) continue;
			const phrase =
				contribution === RISK_CONTRIBUTION.moderate
					? `${factor.reasonPhrase} (moderate)`
					: factor.reasonPhrase;
			risks.push({ riskFactorId: id, level, contribution, phrase });
		}
		const boost = 1 + risks.reduce((sum, r) => sum + r.contribution, 0);
		const priority = round2(gap * item.impact * boost);
		const opening = isUnknown ? "Don't know yet, so find out first" : `Scored ${score} of 4`;
		result.push({
			itemId: item.id,
			kind: isUnknown ? 'assess-first' : 'gap',
			score,
			gap,
			impact: item.impact,
			boost: round2(boost),
			risks,
			priority,
			reason: sentence([opening, ...risks.map((r) => r.phrase), item.impactReason])
		});
	}
	return result.sort(
		(a, b) => b.priority - a.priority || b.impact - a.impact || a.itemId.localeCompare(b.itemId)
	);
}

/**
 * The time-frame rule: high priority and low effort -> Now; high priority and high effort -> start Next;
 * the rest Later. "High effort" is read as "more than low" (medium or high), since a high-priority
 * step should not wait six months only because it takes some work. "Find out" steps are Now.
 */
export function horizonFor(priority: number, effort: Effort): Horizon {
	if (priority < HIGH_PRIORITY) return 'later';
	return effort === 'low' ? 'now' : 'next';
}

export interface FindOutText {
	title: (statement: string) => string;
	description: string;
	successMeasure: string;
}

export interface Suggestion {
	/** Stable identity across recomputations: the action id, or "find-out:<item id>". */
	key: string;
	origin: { kind: 'suggested'; actionId: string } | { kind: 'find-out'; itemId: string };
	title: string;
	description: string;
	level: ActionLevel;
	type: ActionType;
	effort: Effort;
	linkedItemIds: string[];
	priority: number;
	reason: string;
	horizon: Horizon;
	successMeasure: string;
}

const HORIZON_ORDER: Record<Horizon, number> = { now: 0, next: 1, later: 2 };

/**
 * Turns item priorities into suggested actions. An action linked from several items takes the
 * highest of their priorities and that item's reason. Don't-know items yield a "find out" step.
 */
export function suggestActions(
	framework: Pick<Framework, 'items' | 'actions'>,
	priorities: readonly ItemPriority[],
	findOut: FindOutText
): Suggestion[] {
	const items = new Map(framework.items.map((i) => [i.id, i]));
	const actions = new Map(framework.actions.map((a) => [a.id, a]));
	const byKey = new Map<string, Suggestion>();
	// `priorities` is sorted, so the first item to reach an action is its highest-priority one.
	for (const p of priorities) {
		const item = items.get(p.itemId);
		if (!item) continue;
		if (p.kind === 'assess-first') {
			byKey.set(`find-out:${item.id}`, {
				key: `find-out:${item.id}`,
				origin: { kind: 'find-out', itemId: item.id },
				title: findOut.title(item.statement),
				description: findOut.description,
				level: 'organization',
				type: 'prevention',
				effort: 'low',
				linkedItemIds: [item.id],
				priority: p.priority,
				reason: p.reason,
				horizon: 'now',
				successMeasure: findOut.successMeasure
			});
			continue;
		}
		for (const actionId of item.actionIds) {
			const action = actions.get(actionId);
			if (!action) continue;
			const existing = byKey.get(actionId);
			if (existing) {
				existing.linkedItemIds.push(item.id);
				continue;
			}
			byKey.set(actionId, {
				key: actionId,
				origin: { kind: 'suggested', actionId },
				title: action.title,
				description: action.description,
				level: action.level,
				type: action.type,
				effort: action.effort,
				linkedItemIds: [item.id],
				priority: p.priority,
				reason: p.reason,
				horizon: horizonFor(p.priority, action.effort),
				successMeasure: action.successMeasure
			});
		}
	}
	return [...byKey.values()].sort(
		(a, b) =>
			HORIZON_ORDER[a.horizon] - HORIZON_ORDER[b.horizon] ||
			b.priority - a.priority ||
			a.key.localeCompare(b.key)
	);
}

/**
 * What the answers and the risk profile suggest, in one call: the one rule every writer that
 * changes those inputs uses to keep the stored plan in step (see db/plan-sync).
 */
export function suggestionsFor(
	framework: Pick<Framework, 'items' | 'actions' | 'riskFactors'>,
	responses: Responses,
	riskProfile: Readonly<Record<string, RiskLevel>>,
	findOut: FindOutText
): Suggestion[] {
	return suggestActions(framework, prioritizeItems(framework, responses, riskProfile), findOut);
}
