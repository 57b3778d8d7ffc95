/**
 * The code home's list needs (the workbook commands and the list component), fetched once. The
 * page's load asks for it before the page hydrates (routes/+page.ts), so it downloads while the
 * page starts instead of after; the page then waits on the same request.
 */
let pending:
	| Promise<[typeof import('$lib/state/workbook'), typeof import('./AssessmentList.svelte')]>
	| undefined;

export function listModules() {
	pending ??= Promise.all([import('$lib/state/workbook'), import('./AssessmentList.svelte')]);
	return pending;
}
