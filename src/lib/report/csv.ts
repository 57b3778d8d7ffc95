/**
 * CSV exports of the items and of the plan. The columns and rows are tables.ts's (the Excel
 * export uses the same); quoting is papaparse's, and every cell is neutralized (tables.ts).
 */
import Papa from 'papaparse';
import type { Assessment, PlanAction, Response } from '$lib/domain/assessment';
import type { Framework } from '$lib/domain/framework';
import { itemsTable, neutralizeCell, planTable, type TableOptions } from './tables';

export { neutralizeCell };

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
	return Papa.unparse(
		{ fields: [...header], data: rows.map((row) => row.map(neutralizeCell)) },
		{ newline: '\r\n' }
	);
}

export type { TableOptions as CsvOptions } from './tables';

export function itemsCsv(
	framework: Pick<Framework, 'elements' | 'items'>,
	responses: ReadonlyMap<string, Response>,
	options: TableOptions = { includeNotes: true }
): string {
	const table = itemsTable(framework, responses, options);
	return toCsv(table.header, table.rows);
}

/** Every action, dropped ones too (the Status column says so): the CSV is the whole plan. */
export function planCsv(
	plan: readonly PlanAction[],
	options: TableOptions = { includeNotes: true }
): string {
	const table = planTable(plan, options);
	return toCsv(table.header, table.rows);
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
