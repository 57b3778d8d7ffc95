/**
 * A consultant's portfolio: three organizations with two cycles each, imported from a backup,
 * then found, sorted and filtered on home; a second import marked as copies; the portfolio view
 * side by side with its CSV.
 *
 * The file: tests/big-backup-generator's assessments (version 1, all 27 practices answered as the
 * stored fixture), two cycles per organization (Review 2020 and Review 2021), renamed, and the
 * latest cycle of one organization scored all 4 (overall 100) and of another all 0 (overall 0).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { bigBackupChunks } from './big-backup-generator';
import { expect, expectAccessible, test } from './fixtures';

const NAMES = ['Zoë Łukasik Services', 'Đặng Family Center', 'José Núñez Clinic'];

/** The backup file: header line, one assessment per line, end. */
function portfolioFile(path: string) {
	const lines = [...bigBackupChunks(6, 2)].join('').split('\n');
	const out = lines.map((line) => {
		if (!line.startsWith('{"assessment"')) return line;
		const comma = line.endsWith(',');
		const bundle = JSON.parse(comma ? line.slice(0, -1) : line) as {
			assessment: { organization: string; cycleLabel: string };
			responses: { answer: { kind: string; value?: number } | null }[];
		};
		const n = Number(bundle.assessment.organization.replace('Generated agency ', ''));
		bundle.assessment.organization = NAMES[n - 1]!;
		const latest = bundle.assessment.cycleLabel === 'Review 2021';
		const score = n === 3 ? 4 : n === 2 ? 0 : null;
		if (latest && score !== null) {
			for (const r of bundle.responses) r.answer = { kind: 'score', value: score };
		}
		return JSON.stringify(bundle) + (comma ? ',' : '');
	});
	writeFileSync(path, out.join('\n'));
}

const groups = (page: Page) =>
	page.getByRole('list', { name: 'Assessments' }).locator(':scope > li');
const groupNames = async (page: Page) =>
	(await groups(page).getByRole('heading', { level: 2 }).getByRole('link').allInnerTexts()).map(
		(t) => t.trim()
	);

async function importFile(page: Page, path: string, copies = false) {
	await page.getByLabel('Workbook file to import').setInputFiles(path);
	await expect(page.getByRole('group', { name: /^Ready to import 6 assessments/ })).toBeVisible();
	await page
		.getByRole('button', { name: copies ? 'Import as new copies' : 'Import', exact: true })
		.click();
	await expect(page.getByText('Imported 6 assessments.')).toBeVisible();
}

test('three organizations, two cycles each: grouped, searched, sorted, filtered; copies marked', async ({
	page
}, testInfo) => {
	const path = testInfo.outputPath('portfolio.json');
	portfolioFile(path);
	await page.goto('/');
	await importFile(page, path);

	// One group per organization, its latest cycle first and the earlier one folded.
	await expect(groups(page)).toHaveCount(3);
	for (const name of NAMES) {
		const group = groups(page).filter({ has: page.getByRole('heading', { name }) });
		await expect(group.getByRole('link', { name: `Open ${name}, Review 2021` })).toBeVisible();
		await expect(group.getByText('1 earlier cycle')).toBeVisible();
	}
	await expectAccessible(page, 'on home with three organizations');

	// Sorted by overall score: José Núñez (all 4: 100), Zoë Łukasik (the fixture), Đặng (all 0).
	await page.getByLabel('Sort by').selectOption({ label: 'Overall score (highest first)' });
	await expect.poll(() => groupNames(page)).toEqual([NAMES[2], NAMES[0], NAMES[1]]);
	await expect(groups(page).first().getByText('Overall 100 of 100', { exact: true })).toBeVisible();
	await expect(groups(page).last().getByText('Overall 0 of 100', { exact: true })).toBeVisible();
	// By name, as people read it: Đ with D, then J, then Z.
	await page.getByLabel('Sort by').selectOption({ label: 'Name (A to Z)' });
	await expect.poll(() => groupNames(page)).toEqual([NAMES[1], NAMES[2], NAMES[0]]);

	// Search without accents or capitals.
	await page.getByLabel('Search by name').fill('zoe lukasik');
	await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText(
		'1 organization matches'
	);
	await expect.poll(() => groupNames(page)).toEqual([NAMES[0]]);
	await page.getByLabel('Search by name').fill('dang');
	await expect.poll(() => groupNames(page)).toEqual([NAMES[1]]);
	await page.getByRole('button', { name: 'Clear' }).click();
	await expect(groups(page)).toHaveCount(3);

	// A year: each organization shows its cycle of that year.
	await page.getByLabel('Year').selectOption('2020');
	for (const name of NAMES) {
		await expect(page.getByRole('link', { name: `Open ${name}, Review 2020` })).toBeVisible();
	}
	await expect(page.getByRole('link', { name: /, Review 2021$/ })).toHaveCount(0);
	await page.getByRole('button', { name: 'Clear' }).click();

	// The same file again, as copies: each marked, none taken for a new organization.
	await importFile(page, path, true);
	await expect(groups(page)).toHaveCount(3);
	// The original comes before its copy of the same date: the copies are among the earlier cycles.
	const first = groups(page).first();
	await first.getByText('3 earlier cycles').click();
	await expect(first.locator('.tag').filter({ hasText: /^Copy/ })).toHaveCount(2);
	await expect(first.getByRole('link', { name: /Review 2021/ })).toHaveCount(2);

	// A reload of home itself keeps it all.
	await page.reload();
	await expect(groups(page)).toHaveCount(3);
});

test('the portfolio view: latest scores side by side, where one stands, and a CSV', async ({
	page
}, testInfo) => {
	const path = testInfo.outputPath('portfolio.json');
	portfolioFile(path);
	await page.goto('/');
	await importFile(page, path);
	await page.getByRole('link', { name: 'Portfolio view' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Portfolio' })).toBeVisible();

	const table = page.getByRole('table', {
		name: 'Latest scores of each organization on this device'
	});
	const rows = table.locator('tbody tr');
	await expect(rows).toHaveCount(3);
	// Sorted by name; each row is the organization's latest cycle (Review 2021).
	await expect(rows.nth(0)).toContainText(NAMES[1]!);
	await expect(rows.nth(1)).toContainText(NAMES[2]!);
	await expect(rows.nth(1)).toContainText('100');
	await expect(rows.nth(0)).toContainText('Review 2021');
	await expect(page.getByRole('img', { name: /./ }).first()).toBeVisible();

	// José Núñez Clinic: all 4 now, the highest of the three; Đặng: all 0, the lowest.
	await page
		.getByLabel('Organization', { exact: true })
		.selectOption({ label: `${NAMES[2]}, Foster care and adoption` });
	const standing = page.getByRole('table', {
		name: `Where ${NAMES[2]} stands among this device’s assessments`
	});
	await expect(standing.getByRole('row').filter({ hasText: /^Overall/ })).toContainText(
		'Highest of 3'
	);
	await page
		.getByLabel('Organization', { exact: true })
		.selectOption({ label: `${NAMES[1]}, Foster care and adoption` });
	await expect(
		page
			.getByRole('table', { name: `Where ${NAMES[1]} stands among this device’s assessments` })
			.getByRole('row')
			.filter({ hasText: /^Overall/ })
	).toContainText('3rd highest of 3');
	await expect(page.getByText('It is not a norm or a benchmark.', { exact: false })).toBeVisible();
	await expectAccessible(page, 'on the portfolio view');

	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download CSV' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^sts-workbook-portfolio-\d{4}-\d{2}-\d{2}\.csv$/);
	const csv = readFileSync(await download.path(), 'utf8');
	const lines = csv.trim().split(/\r?\n/);
	expect(lines[0]).toMatch(/^Organization,Unit,Cycle,Date,Overall,Coverage %/);
	expect(lines).toHaveLength(4);
	expect(csv).toContain(NAMES[0]);
	expect(csv).toContain(`${NAMES[2]},Foster care and adoption,Review 2021,2021-03-01,100,100`);
});

test('a cycle moved to another organization, or to one of its own, in Set-up', async ({
	page
}, testInfo) => {
	const path = testInfo.outputPath('portfolio.json');
	portfolioFile(path);
	await page.goto('/');
	await importFile(page, path);
	await page.getByRole('link', { name: `Open ${NAMES[0]}, Review 2021` }).click();
	await page.getByRole('link', { name: 'Set-up', exact: true }).click();
	const section = page.getByRole('region', { name: 'Organization' });
	await expect(section).toContainText(`This assessment is one of 2 cycles of ${NAMES[0]}`);
	await expectAccessible(page, 'on Set-up with the organization section');

	await section.getByLabel('Move this assessment to').selectOption({
		label: `${NAMES[1]}, Foster care and adoption (2 cycles)`
	});
	await section.getByRole('button', { name: 'Move' }).click();
	await expect(section.getByRole('status')).toHaveText(
		`Moved to ${NAMES[1]}, Foster care and adoption.`
	);
	await expect(section).toContainText(`This assessment is one of 3 cycles of ${NAMES[1]}`);

	// Home: Đặng now has this cycle among its three; Zoë keeps its other one.
	await page.goto('/');
	const dang = groups(page).filter({ has: page.getByRole('heading', { name: NAMES[1] }) });
	await expect(dang.getByText('2 earlier cycles')).toBeVisible();
	const zoe = groups(page).filter({ has: page.getByRole('heading', { name: NAMES[0] }) });
	await expect(zoe.getByRole('link', { name: `Open ${NAMES[0]}, Review 2020` })).toBeVisible();
});
