import { readFileSync, writeFileSync } from 'node:fs';
import { bigBackupChunks } from './big-backup-generator';
import { expect, expectAccessible, test } from './fixtures';

const CHOOSE = 'Choose the .json file made by “Back up everything” or “Export”.';

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
	// The example is on framework version 2: 6 elements × 6 items (src/lib/content/v2/items) = 36.
	// src/lib/content/v2/example.ts answers all 36: 31 scores + 3 "Don't know" + 2 "Not
	// applicable" with a reason = 36, and each of these counts as complete: 36 of 36.
	await expect(card).toContainText('36 of 36 items');
	await expect(card).toContainText('Foster care and adoption');
	await expect(card).toContainText('Baseline 2026');
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

	const v1 = JSON.parse(readFileSync('src/lib/domain/fixtures/workbook-v1.json', 'utf8')) as {
		assessments: { assessment: { roster: { id: string }[] } }[];
	};
	const roster = v1.assessments[0]!.assessment.roster;
	roster[2]!.id = roster[0]!.id;
	const cases: [string, string | Buffer, string][] = [
		[
			'truncated.json',
			'{"format": "sts-workbook", "version": 2, "assess',
			'The file is not a complete workbook file: it stops in the middle (at line 1), as if it was cut off while it was saved or copied.'
		],
		[
			'proto.json',
			'{"__proto__": {"polluted": 1}, "format": "sts-workbook"}',
			'forbidden key "__proto__"'
		],
		['newer.json', '{"format": "sts-workbook", "version": 9}', 'newer version of the workbook'],
		[
			'other.json',
			'{"hello": "world"}',
			`This is not a workbook file (its "format" is missing or different). ${CHOOSE}`
		],
		[
			'report.pdf',
			'%PDF-1.7\n%âãÏÓ\n1 0 obj',
			`This is a PDF file, not a workbook file. ${CHOOSE}`
		],
		[
			'photo.json',
			Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64'),
			`This is a GIF image, not a workbook file. ${CHOOSE}`
		],
		[
			'items.csv',
			'Element,Item id,Statement,Score (0-4),Status,Notes,Evidence,Discuss\r\n',
			`This is the items CSV export of an assessment, not a workbook file. A CSV export cannot be read back in. ${CHOOSE}`
		],
		[
			'deep.json',
			`{"format":"sts-workbook","x":${'['.repeat(50_000)}${']'.repeat(50_000)}}`,
			'The file is not a workbook file: at line 1 it is nested more than 32 levels deep, far deeper than any workbook file.'
		],
		[
			'roster.json',
			JSON.stringify(v1),
			'The file does not hold together: assessments[0].assessment.roster[2] has the same id as roster[0]; every task force member needs an id of their own.'
		]
	];
	for (const [name, content, message] of cases) {
		const path = testInfo.outputPath(name);
		writeFileSync(path, content);
		await page.getByLabel('Workbook file to import').setInputFiles(path);
		const alert = page.getByRole('alert');
		await expect(alert).toContainText(`“${name}” was not imported.`);
		await expect(alert).toContainText(message);
		await expect(alert).toContainText('Nothing was changed.');
		await expect(alert).not.toContainText(/Unexpected token|JSON\.parse|Maximum call stack/);
	}
	await expectAccessible(page, 'after a refused file');
	expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted');
	await expect(page.getByRole('listitem').filter({ hasText: 'Maple Hollow' })).toHaveCount(1);
});

test('a big file shows how far the check has come, in an accessible progress bar', async ({
	page
}, testInfo) => {
	test.slow();
	await page.goto('/');
	const path = testInfo.outputPath('big.json');
	writeFileSync(path, [...bigBackupChunks(1_500)].join(''));
	// A fast machine checks this file before the bar can be looked at: slow the CPU down (as on
	// an old laptop) so the bar stays up long enough to be checked, whatever runs the test.
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
	await page.getByLabel('Workbook file to import').setInputFiles(path);
	const progress = page.getByRole('progressbar', { name: 'Checking the file…' });
	// One assertion for "shown, with its scale": two in a row could straddle the end of the check.
	await expect(progress).toHaveAttribute('max', '100');
	await expectAccessible(page, 'while a file is checked');
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
	const ready = page.getByRole('group', { name: 'Ready to import 1500 assessments from a backup' });
	await expect(ready).toBeVisible({ timeout: 60_000 });
	await expect(ready).toContainText('…and 1,450 more.');
	await expect(progress).toBeHidden();
});

test('a consultant with many assessments sees the newest fifty, and more on request', async ({
	page
}, testInfo) => {
	test.slow();
	await page.goto('/');
	const path = testInfo.outputPath('sixty.json');
	writeFileSync(path, [...bigBackupChunks(60)].join(''));
	await page.getByLabel('Workbook file to import').setInputFiles(path);
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByText('Imported 60 assessments.')).toBeVisible();
	// A record damaged on disk, older than every other: beyond the first page, yet named.
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('sts-workbook');
				open.onerror = () => reject(new Error(String(open.error)));
				open.onsuccess = () => {
					const tx = open.result.transaction('assessments', 'readwrite');
					tx.objectStore('assessments').put({ id: 'damaged', updatedAt: '2000-01-01' });
					tx.oncomplete = () => {
						open.result.close();
						resolve();
					};
				};
			})
	);
	await page.reload();

	const cards = page.getByRole('list', { name: 'Assessments' }).getByRole('listitem');
	await expect(cards).toHaveCount(50);
	await expect(page.getByRole('status').filter({ hasText: /^Showing/ })).toHaveText(
		'Showing 50 of 60 organizations (60 assessments)'
	);
	await expect(page.getByRole('alert')).toContainText(
		'1 stored assessment could not be read: its record in this browser is damaged.'
	);
	// The generated assessments are copies of the stored version 1 fixture (27 items, all answered):
	// they keep version 1 on import, so 27 of 27, not the 36 of a new version 2 assessment.
	await expect(cards.first()).toContainText('27 of 27 items');
	await expectAccessible(page, 'on home with a page of a longer list');

	const more = page.getByRole('button', { name: 'Show 10 more organizations' });
	await more.focus();
	await page.keyboard.press('Enter');
	await expect(cards).toHaveCount(60);
	// The keyboard user goes on from the first card the button added.
	await expect(cards.nth(50).getByRole('link').first()).toBeFocused();
	await expect(page.getByRole('status').filter({ hasText: /^Showing/ })).toHaveText(
		'Showing 60 of 60 organizations (60 assessments)'
	);
	await expect(more).toBeHidden();
});
