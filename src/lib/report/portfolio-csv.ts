/**
 * The portfolio as a CSV file: one row per organization (its latest cycle), its overall score,
 * coverage and every element score as the whole numbers the screen shows. Quoting is papaparse's
 * and every cell is neutralized (csv.ts toCsv), so a name such as "=cmd" stays plain text.
 */
import { scoreText } from '$lib/domain/format';
import { toCsv } from './csv';
import type { PortfolioColumn, PortfolioRow } from './portfolio-model';

export interface PortfolioTable {
	header: string[];
	/** Text cells, not yet neutralized (toCsv does that as it writes). */
	rows: string[][];
}

/** A score cell: the whole number shown, or empty without a score (a spreadsheet sums it). */
function scoreCell(score: number | null): string {
	return score === null ? '' : scoreText(score);
}

export function portfolioTable(
	rows: readonly PortfolioRow[],
	columns: readonly PortfolioColumn[]
): PortfolioTable {
	return {
		header: [
			'Organization',
			'Unit',
			'Cycle',
			'Date',
			'Overall',
			'Coverage %',
			...columns.map((c) => c.label)
		],
		rows: rows.map((row) => {
			const byElement = new Map(row.elements.map((e) => [e.elementId, e.score]));
			return [
				row.label,
				row.unit,
				row.cycleLabel,
				row.date,
				scoreCell(row.overall),
				String(row.coverage.percent),
				...columns.map((c) => scoreCell(byElement.get(c.elementId) ?? null))
			];
		})
	};
}

export function portfolioCsv(
	rows: readonly PortfolioRow[],
	columns: readonly PortfolioColumn[]
): string {
	const table = portfolioTable(rows, columns);
	return toCsv(table.header, table.rows);
}

/** "sts-workbook-portfolio-2026-11-26.csv", from today's date as "YYYY-MM-DD". */
export function portfolioFileName(today: string): string {
	return `sts-workbook-portfolio-${today}.csv`;
}
