/**
 * The code the portfolio view needs (the workbook's list of every assessment, the framework
 * content and the view itself), fetched once. The page's load asks for it before the page
 * hydrates (routes/portfolio/+page.ts), so it downloads while the page starts; the page then
 * waits on the same request.
 */
let pending:
	| Promise<[typeof import('$lib/state/workbook'), typeof import('./PortfolioView.svelte')]>
	| undefined;

export function portfolioModules() {
	pending ??= Promise.all([import('$lib/state/workbook'), import('./PortfolioView.svelte')]);
	return pending;
}
