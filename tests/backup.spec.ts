import { writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';

test('back up everything, then restore the backup on a wiped browser profile', async ({
	page,
	browser
}, testInfo) => {
	await page.goto('/');
	await expect(page.getByText('No backup made on this device yet.')).toBeVisible();
	await page.getByRole('button', { name: 'Load example' }).click();
	await expect(page.getByRole('heading', { level: 1, name: /\(example\)/ })).toBeVisible();
	await page.goto('/');
	await expect(page.getByText(/A backup keeps your work safe/)).toBeVisible();

	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Back up everything' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^sts-workbook-backup-\d{4}-\d{2}-\d{2}\.json$/);
	const path = testInfo.outputPath('backup.json');
	await download.saveAs(path);
	await expect(page.getByText('Backup downloaded: 1 assessment.')).toBeVisible();
	await expect(page.getByText(/^Last backup: /)).toBeVisible();
	await expect(page.getByText(/A backup keeps your work safe/)).toBeHidden();

	// A fresh profile: nothing stored.
	const wiped = await browser.newContext();
	const fresh = await wiped.newPage();
	await fresh.goto('/');
	await expect(fresh.getByRole('heading', { name: 'Start your first assessment' })).toBeVisible();
	await fresh.getByLabel('Workbook file to import').setInputFiles(path);
	await expect(
		fresh.getByRole('group', { name: 'Ready to import 1 assessments from a backup' })
	).toBeVisible();
	await fresh.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(fresh.getByText('Imported 1 assessment.')).toBeVisible();
	const card = fresh.getByRole('listitem').filter({ hasText: 'Maple Hollow' });
	await expect(card).toContainText('27 of 27 items');
	await card.getByRole('link', { name: /^Open/ }).click();
	await fresh.getByRole('link', { name: 'Set-up', exact: true }).click();
	await expect(fresh.getByLabel('Name (optional)').nth(1)).toHaveValue('José Núñez');
	await wiped.close();
});

test('a broken or hostile file is refused with a message, and nothing changes', async ({
	page
}, testInfo) => {
	await page.goto('/');
	await page.getByRole('button', { name: 'Load example' }).click();
	await expect(page.getByRole('heading', { level: 1, name: /\(example\)/ })).toBeVisible();
	await page.goto('/');

	const cases: [string, string, RegExp][] = [
		['truncated.json', '{"format": "sts-workbook", "version": 2, "assess', /not valid JSON/],
		[
			'proto.json',
			'{"__proto__": {"polluted": 1}, "format": "sts-workbook"}',
			/forbidden key "__proto__"/
		],
		['newer.json', '{"format": "sts-workbook", "version": 9}', /newer version of the workbook/],
		['other.json', '{"hello": "world"}', /not a workbook file/]
	];
	for (const [name, content, message] of cases) {
		const path = testInfo.outputPath(name);
		writeFileSync(path, content);
		await page.getByLabel('Workbook file to import').setInputFiles(path);
		const alert = page.getByRole('alert');
		await expect(alert).toContainText(`“${name}” was not imported.`);
		await expect(alert).toContainText(message);
		await expect(alert).toContainText('Nothing was changed.');
	}
	expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted');
	await expect(page.getByRole('listitem').filter({ hasText: 'Maple Hollow' })).toHaveCount(1);
});
