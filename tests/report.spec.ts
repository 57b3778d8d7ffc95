import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import Papa from 'papaparse';
import { expect, expectAccessible, test, expectSaved, pdfText } from './fixtures';

const ORGANIZATION = 'Maple Hollow Child & Family Services (example)';

async function readDownload(download: Download): Promise<Buffer> {
	const path = await download.path();
	return readFileSync(path);
}

async function loadExample(page: Page) {
	await page.goto('/');
	await page.getByRole('button', { name: 'Load example' }).click();
	await expect(page.getByRole('heading', { level: 1, name: ORGANIZATION })).toBeVisible();
}

/**
 * Opens the Plan, accepts the most urgent suggestion and returns its title: the first step of
 * our plan from then on (the plan is stored on every page).
 */
async function acceptFirstSuggestion(page: Page): Promise<string> {
	await page.getByRole('link', { name: 'Plan', exact: true }).click();
	const first = page
		.getByRole('region', { name: /^Suggestions/ })
		.getByRole('row')
		.nth(1);
	const title = (
		(await first.getByRole('rowheader').locator('span').first().textContent()) ?? ''
	).trim();
	await first.getByRole('button', { name: `Accept: ${title}` }).click();
	await expect(
		page.getByRole('region', { name: /^Our plan/ }).getByRole('heading', { level: 4, name: title })
	).toBeVisible();
	return title;
}

async function downloadPdf(page: Page) {
	const started = Date.now();
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download PDF' }).click();
	const download = await downloading;
	const bytes = await readDownload(download);
	return { download, bytes, ms: Date.now() - started };
}

test('the PDF holds the cover, names in any script, the plan and page numbers', async ({
	page
}, testInfo) => {
	test.setTimeout(90_000);
	await loadExample(page);

	// A roster name outside Latin-1 and Latin Extended-A.
	await page.getByRole('link', { name: 'Set-up', exact: true }).click();
	await page.getByRole('button', { name: 'Add a member' }).click();
	await page.getByLabel('Role').last().selectOption({ label: 'Clinician or therapist' });
	await page.getByLabel('Name (optional)').last().fill('Đặng Thu');
	await expectSaved(page);

	const nowTitle = await acceptFirstSuggestion(page);
	expect(nowTitle.length).toBeGreaterThan(5);

	await page.getByRole('link', { name: 'Report', exact: true }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Executive summary' })).toBeVisible();
	// The HTML report shows the same first step and the new roster name.
	await expect(
		page.getByRole('region', { name: 'Executive summary' }).getByText(nowTitle, { exact: true })
	).toBeVisible();
	await expect(page.getByText('Clinician or therapist: Đặng Thu')).toBeVisible();

	const { download, bytes, ms } = await downloadPdf(page);
	// Kept beside the test results, to look at.
	await download.saveAs(testInfo.outputPath('report.pdf'));
	expect(download.suggestedFilename()).toBe(
		'maple-hollow-child-family-services-example-baseline-2026-2026-03-12-report.pdf'
	);
	await expect(page.getByRole('status').filter({ hasText: 'PDF downloaded' })).toBeVisible();
	expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
	console.log(
		`PDF of the example assessment: ${ms} ms from click to download, ${bytes.length} bytes`
	);

	const { text, pages } = await pdfText(new Uint8Array(bytes));
	expect(pages).toBeGreaterThan(5);
	expect(text).toContain(ORGANIZATION);
	expect(text).toContain('José Núñez');
	expect(text).toContain('Zoë Łukasik');
	expect(text).toContain('Đặng Thu');
	expect(text).toContain(nowTitle.replace(/\s+/g, ' '));
	expect(text).toContain('Page 1 of');
	expect(text).toContain(`Page ${pages} of ${pages}`);
	expect(text).toContain('Executive summary');
	expect(text).toContain('priority = gap × impact × risk boost');
	// A note of the example: in the full copy, not in the shareable one.
	// (The first sentence of the note on item2.leaders-trained in src/lib/content/v2/example.ts.)
	const note = 'A few managers watched an STS webinar on their own last year.';
	expect(text).toContain(note);

	await page.getByLabel('Leave notes, evidence and names out (shareable copy)').check();
	await expect(
		page.getByText('Shareable copy: the team’s notes, evidence and task-force names are left out.')
	).toBeVisible();
	// The task force by role only on the printed page too.
	await expect(page.getByText('Program manager: José Núñez')).toHaveCount(0);
	const shareable = await downloadPdf(page);
	expect(shareable.download.suggestedFilename()).toMatch(/-report-shareable\.pdf$/);
	const shared = await pdfText(new Uint8Array(shareable.bytes));
	// Names are left out (roles stay), and so are notes.
	expect(shared.text).not.toContain('José Núñez');
	expect(shared.text).not.toContain('Zoë Łukasik');
	expect(shared.text).not.toContain('Đặng Thu');
	expect(shared.text).toContain('Program manager');
	expect(shared.text).not.toContain(note);
	expect(shared.text).toContain('Shareable copy');
});

test('the print view is accessible and hides the toolbar', async ({ page }) => {
	await loadExample(page);
	await acceptFirstSuggestion(page);
	await page.getByRole('link', { name: 'Report', exact: true }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Practices by element' })).toBeVisible();
	// Real tables with header cells, one per practice: the example is on framework version 2,
	// 6 elements × 6 items (src/lib/content/v2/items) = 36 practices across the element tables.
	await expect(
		page.getByRole('region', { name: 'Practices by element' }).getByRole('rowheader')
	).toHaveCount(36);
	await expectAccessible(page, 'on the report');

	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'Download PDF' })).toBeHidden();
	await expect(page.getByRole('heading', { name: 'Download, print or export' })).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'Assessment' })).toBeHidden();
	await expect(page.getByRole('heading', { level: 2, name: ORGANIZATION })).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: 'Methodology' })).toBeVisible();
	await page.emulateMedia({ media: 'screen' });
	await expect(page.getByRole('button', { name: 'Download PDF' })).toBeVisible();
});

test('CSV downloads, and a JSON export that imports back as a copy', async ({ page }, testInfo) => {
	await loadExample(page);
	const nowTitle = await acceptFirstSuggestion(page);
	await page.getByRole('link', { name: 'Report', exact: true }).click();

	let downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download items (CSV)' }).click();
	const items = await downloading;
	expect(items.suggestedFilename()).toMatch(/-items\.csv$/);
	const itemsText = (await readDownload(items)).toString('utf8');
	expect(itemsText.charCodeAt(0)).toBe(0xfeff);
	const rows = Papa.parse<string[]>(itemsText.slice(1), { skipEmptyLines: true }).data;
	// 1 header row + 36 items (6 elements × 6 items on version 2) = 37 rows.
	expect(rows).toHaveLength(37);
	expect(rows[0]).toEqual([
		'Element',
		'Item id',
		'Statement',
		'Score (0-4)',
		'Status',
		'Notes',
		'Evidence',
		'Discuss'
	]);
	// item2.leaders-trained: its statement in src/lib/content/v2/items/recognize-impact.ts, and
	// score(1) in src/lib/content/v2/example.ts, which the scale calls "Beginning".
	const leaders = rows.find((row) => row[1] === 'item2.leaders-trained');
	expect(leaders?.slice(2, 5)).toEqual([
		'Leaders have had training on what STS is and how it shows up at work.',
		'1',
		'Beginning'
	]);

	downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download plan (CSV)' }).click();
	const planRows = Papa.parse<string[]>(
		(await readDownload(await downloading)).toString('utf8').slice(1),
		{ skipEmptyLines: true }
	).data;
	expect(planRows[0]?.slice(0, 2)).toEqual(['Part', 'Action']);
	expect(planRows[1]?.slice(0, 2)).toEqual(['Our plan', nowTitle]);

	downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export this assessment (JSON)' }).click();
	const json = await downloading;
	expect(json.suggestedFilename()).toMatch(/\.json$/);
	const path = testInfo.outputPath(json.suggestedFilename());
	await json.saveAs(path);

	await page.goto('/');
	await page.getByLabel('Workbook file to import').setInputFiles(path);
	await expect(page.getByRole('button', { name: 'Replace the 1 on this device' })).toBeVisible();
	await page.getByRole('button', { name: 'Import as new copies' }).click();
	await expect(page.getByText('Imported 1 assessment.')).toBeVisible();
	// The copy joins its organization (one group on home), marked as a copy among its cycles.
	const groups = page.getByRole('list', { name: 'Assessments' }).locator(':scope > li');
	await expect(groups).toHaveCount(1);
	await groups.getByText('1 earlier cycle').click();
	await expect(groups.locator('.tag').filter({ hasText: /^Copy/ })).toHaveCount(1);
});
