/**
 * CSV exports of the items and of the plan. Quoting is papaparse's; we only neutralize cells that
 * a spreadsheet would run as a formula (a cell starting with = + - @, tab or carriage return).
 */
import Papa from 'papaparse';
import type { Assessment, PlanAction, Response } from '$lib/domain/assessment';
import type { Framework } from '$lib/domain/framework';
import { inPlanOrder } from '$lib/domain/plan';
import { walkOrder } from '$lib/domain/walk';
import { elementLabel } from '$lib/domain/format';
import { answerLabel } from '$lib/content/scale';
import { horizonLabels, levelLabels, planStatusLabels, typeLabels } from '$lib/content/plan-text';
import { HORIZONS } from './summary';

const DANGEROUS_START = /^[=+\-@\t\r]/;

/** Prefixes a quote so spreadsheets show the text instead of evaluating it. */
export function neutralizeCell(value: string): string {
	return DANGEROUS_START.test(value) ? `'${value}` : value;
}

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
	return Papa.unparse(
		{ fields: [...header], data: rows.map((row) => row.map(neutralizeCell)) },
		{ newline: '\r\n' }
	);
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

export interface CsvOptions {
	/** False for a shareable copy: the notes and evidence columns are left out. */
	includeNotes: boolean;
}

export function itemsCsv(
	framework: Pick<Framework, 'elements' | 'items'>,
	responses: ReadonlyMap<string, Response>,
	{ includeNotes }: CsvOptions = { includeNotes: true }
): string {
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
	return toCsv(
		[
			'Element',
			'Item id',
			'Statement',
			'Score (0-4)',
			'Status',
			...(includeNotes ? ['Notes', 'Evidence'] : []),
			'Discuss'
		],
		rows
	);
}

export function planCsv(
	plan: readonly PlanAction[],
	{ includeNotes }: CsvOptions = { includeNotes: true }
): string {
	// Every action, dropped ones too (the Status column says so): the CSV is the whole plan.
	const rows = HORIZONS.flatMap((horizon) =>
		inPlanOrder(plan.filter((a) => a.horizon === horizon)).map((a) => [
			horizonLabels[horizon].title,
			a.title,
			a.description,
			levelLabels[a.level],
			typeLabels[a.type],
			planStatusLabels[a.status],
			a.owner,
			a.startDate ?? '',
			a.dueDate ?? '',
			a.successMeasure,
			String(a.priority),
			a.priorityReason,
			...(includeNotes ? [a.notes] : [])
		])
	);
	return toCsv(
		[
			'Horizon',
			'Action',
			'Description',
			'Level',
			'Type',
			'Status',
			'Owner',
			'Start',
			'Due',
			'Success measure',
			'Priority',
			'Why',
			...(includeNotes ? ['Notes'] : [])
		],
		rows
	);
}

/** A file name from the assessment: letters, digits and dashes only. */
export function fileStem(
	assessment: Pick<Assessment, 'organization' | 'cycleLabel' | 'date'>
): string {
	const text = `${assessment.organization} ${assessment.cycleLabel} ${assessment.date}`;
	const stem = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^A-Za-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.toLowerCase()
		.slice(0, 80);
	return stem || 'assessment';
}
