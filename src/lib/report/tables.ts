/**
 * The item and plan tables every spreadsheet export writes (CSV and Excel): one set of columns,
 * one order, one rule for cells a spreadsheet would run as a formula.
 */
import type { PlanAction, Response } from '$lib/domain/assessment';
import type { Framework } from '$lib/domain/framework';
import { elementLabel, priorityText } from '$lib/domain/format';
import { dueDateText, isAdopted, planInExportOrder } from '$lib/domain/plan-parts';
import { walkOrder } from '$lib/domain/walk';
import { answerLabel } from '$lib/content/scale';
import { getItem } from '$lib/content';
import {
	horizonLabels,
	levelLabels,
	planStatusLabels,
	reasonText,
	suggestedNote,
	typeLabels
} from '$lib/content/plan-text';

/**
 * A cell starting with = + - @, a tab or a carriage return would run as a formula when a
 * spreadsheet opens it (or when someone edits it): a leading apostrophe makes it plain text.
 */
const DANGEROUS_START = /^[=+\-@\t\r]/;

export function neutralizeCell(value: string): string {
	return DANGEROUS_START.test(value) ? `'${value}` : value;
}

export interface TableOptions {
	/** False for a shareable copy: the notes and evidence columns are left out. */
	includeNotes: boolean;
}

export interface Table {
	header: string[];
	/** Text cells, not yet neutralized (each writer does that as it writes). */
	rows: string[][];
	/** Suggested column widths in characters, one per header cell. */
	widths: number[];
}

/** The score and status columns of an answer: "1", "Beginning"; "", "Not answered yet". */
function answerCells(answer: Response['answer']): { score: string; status: string } {
	const status = answerLabel(answer);
	if (answer?.kind === 'score') return { score: String(answer.value), status };
	// A reason is part of a "Not applicable" answer: it goes with the status.
	if (answer?.kind === 'not-applicable')
		return { score: '', status: `${status}: ${answer.reason}` };
	return { score: '', status };
}

export function itemsTable(
	framework: Pick<Framework, 'elements' | 'items'>,
	responses: ReadonlyMap<string, Pick<Response, 'answer' | 'notes' | 'evidence' | 'discuss'>>,
	{ includeNotes }: TableOptions
): Table {
	const elements = new Map(framework.elements.map((e) => [e.id, e]));
	const rows = walkOrder(framework).map((item) => {
		const response = responses.get(item.id);
		const element = elements.get(item.elementId);
		const { score, status } = answerCells(response?.answer ?? null);
		return [
			element ? elementLabel(element) : item.elementId,
			item.id,
			item.statement,
			score,
			status,
			...(includeNotes ? [response?.notes ?? '', response?.evidence ?? ''] : []),
			response?.discuss ? 'yes' : ''
		];
	});
	return {
		header: [
			'Element',
			'Item id',
			'Statement',
			'Score (0-4)',
			'Status',
			...(includeNotes ? ['Notes', 'Evidence'] : []),
			'Discuss'
		],
		rows,
		widths: [30, 24, 60, 10, 24, ...(includeNotes ? [40, 40] : []), 9]
	};
}

/** "In our plan" or "Suggestion": which part of the Plan screen an action is in. */
function partOf(action: PlanAction): string {
	return isAdopted(action.status) ? 'Our plan' : 'Suggestion';
}

/** Our plan first (by time frame, in the team's order), then the suggestions by decision. */
export function planTable(plan: readonly PlanAction[], { includeNotes }: TableOptions): Table {
	const rows = planInExportOrder(plan).map((a) => [
		partOf(a),
		a.title,
		a.description,
		levelLabels[a.level],
		typeLabels[a.type],
		a.linkedItemIds.map((id) => getItem(id)?.statement ?? id).join('\n'),
		priorityText(a.priority),
		reasonText(a),
		horizonLabels[a.horizon].title,
		a.owner,
		a.startDate ?? '',
		dueDateText(a, (date) => date),
		planStatusLabels[a.status],
		a.successMeasure,
		suggestedNote(a) ?? '',
		...(includeNotes ? [a.notes] : [])
	]);
	return {
		header: [
			'Part',
			'Action',
			'Description',
			'Level',
			'Type',
			'Linked items',
			'Priority',
			'Why',
			'Horizon',
			'Owner',
			'Start',
			'Due',
			'Status',
			'Success measure',
			'Suggested',
			...(includeNotes ? ['Notes'] : [])
		],
		rows,
		widths: [
			11,
			40,
			50,
			13,
			13,
			50,
			9,
			50,
			9,
			20,
			11,
			11,
			12,
			45,
			40,
			...(includeNotes ? [40] : [])
		]
	};
}
