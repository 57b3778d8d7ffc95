/**
 * A consultant's backup of 5,000 example-sized assessments (about 250 MB) restores through the
 * home page's file input, on a fresh browser profile. Prints the size and the restore time.
 */
import { createWriteStream, statSync } from 'node:fs';
import { once } from 'node:events';
import { bigBackupChunks } from './big-backup-generator';
import { expect, test } from './fixtures';

const COUNT = Number(process.env.BIG_BACKUP_COUNT ?? 5_000);

test('a backup of 5,000 assessments restores', async ({ page }, testInfo) => {
	test.slow();
	test.setTimeout(15 * 60_000);
	const path = testInfo.outputPath('backup-5000.json');
	const out = createWriteStream(path);
	for (const chunk of bigBackupChunks(COUNT)) {
		if (!out.write(chunk)) await once(out, 'drain');
	}
	out.end();
	await once(out, 'finish');
	const megabytes = statSync(path).size / 1024 / 1024;

	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Start your first assessment' })).toBeVisible();
	const started = Date.now();
	await page.getByLabel('Workbook file to import').setInputFiles(path);
	await expect(
		page.getByRole('group', { name: `Ready to import ${COUNT} assessments from a backup` })
	).toBeVisible({ timeout: 10 * 60_000 });
	const checked = Date.now();
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(
		page.getByText(`Imported ${COUNT.toLocaleString('en-US')} assessments.`)
	).toBeVisible({ timeout: 10 * 60_000 });
	const imported = Date.now();
	// Home lists the newest page of them, says how many there are, and pages on.
	const items = page.getByRole('list', { name: 'Assessments' }).getByRole('listitem');
	await expect(
		page.getByText(
			`Showing 50 of ${COUNT.toLocaleString('en-US')} organizations (${COUNT.toLocaleString('en-US')} assessments)`
		)
	).toBeVisible({ timeout: 5 * 60_000 });
	await expect(items).toHaveCount(50);
	await page.getByRole('button', { name: 'Show 50 more organizations' }).click();
	await expect(items).toHaveCount(100);
	console.log(
		`backup of ${COUNT} assessments: ${megabytes.toFixed(1)} MB; checked in ${((checked - started) / 1000).toFixed(1)} s, written in ${((imported - checked) / 1000).toFixed(1)} s, listed after ${((Date.now() - started) / 1000).toFixed(1)} s in all`
	);
});
