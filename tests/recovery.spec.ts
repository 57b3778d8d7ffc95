import type { Page } from '@playwright/test';
import { createAssessment, expect, expectAccessible, expectFocusOnItem, test } from './fixtures';

/** The automatic snapshots in the Origin Private File System, oldest first, with their sizes. */
async function snapshotFiles(page: Page): Promise<{ name: string; size: number }[]> {
	return page.evaluate(async () => {
		const root = await navigator.storage.getDirectory();
		const folder = await root.getDirectoryHandle('snapshots', { create: true });
		const files: { name: string; size: number }[] = [];
		const entries = folder as unknown as {
			entries(): AsyncIterable<[string, FileSystemFileHandle]>;
		};
		for await (const [name, handle] of entries.entries()) {
			// The app may be writing its next snapshot (a temporary file, then renamed) and pruning
			// the oldest while this lists them: a file gone since it was listed is not one.
			try {
				files.push({ name, size: (await handle.getFile()).size });
			} catch (error) {
				if ((error as DOMException).name !== 'NotFoundError') throw error;
			}
		}
		return files.sort((a, b) => a.name.localeCompare(b.name));
	});
}

/** The count the app last remembered outside IndexedDB. */
async function markerCount(page: Page): Promise<number | undefined> {
	return page.evaluate(() => {
		const text = localStorage.getItem('sts-workbook:data-marker');
		return text ? (JSON.parse(text) as { assessments: number }).assessments : undefined;
	});
}

/** Throws the database away under the running app, as a browser that found it corrupt would. */
async function loseDatabase(page: Page) {
	await page.evaluate(
		() =>
			new Promise<void>((done, fail) => {
				const request = indexedDB.deleteDatabase('sts-workbook');
				request.onsuccess = () => done();
				request.onerror = () => fail(new Error('delete failed'));
			})
	);
}

const SNAPSHOT_WAIT = { timeout: 20_000 };

test('the database is lost; the notice names the snapshot and restore brings the work back', async ({
	page
}) => {
	await page.goto('/');
	await page.getByRole('button', { name: 'Load example' }).click();
	await expect(page.getByRole('heading', { level: 1, name: /\(example\)/ })).toBeVisible();
	await createAssessment(page, { organization: 'Lakeside Crisis Line' });
	await page.getByRole('link', { name: 'Start the walk-through' }).click();
	await expectFocusOnItem(page, 1);
	await page.keyboard.press('3');
	// A new assessment is on framework version 2: 6 elements × 6 items = 36 in the walk.
	await expect(page.getByText('Item 1 of 36 · Answered')).toBeVisible();

	// A snapshot of both assessments appears a few seconds after the last change.
	await expect
		.poll(async () => (await snapshotFiles(page)).map((f) => f.name).join(' '), SNAPSHOT_WAIT)
		.toMatch(/snapshot-\d{8}T\d{9}Z-2\.json\.gz/);
	const before = await snapshotFiles(page);
	expect(await markerCount(page)).toBe(2);
	console.log(`Snapshot of the example + one answer: ${before.at(-1)!.size} bytes (gzip).`);

	await page.goto('/');
	await loseDatabase(page);
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Start your first assessment' })).toBeVisible();
	const notice = page.getByRole('alert').filter({ hasText: 'came back empty' });
	await expect(notice).toContainText(
		/Your latest automatic snapshot, from .+, holds 2 assessments\./
	);
	await expectAccessible(page, 'with the recovery notice');

	// "Not now": the notice goes for this visit; new work made meanwhile writes no snapshot over
	// the one that holds the lost work, and the notice comes back on the next visit.
	await notice.getByRole('button', { name: 'Not now' }).click();
	await expect(notice).toBeHidden();
	await createAssessment(page, { organization: 'Interim Work' });
	// As many new assessments as were lost: still not settled (only a restore, an import or
	// saving the snapshot as a file settles it).
	await createAssessment(page, { organization: 'Second Interim' });
	await page.waitForTimeout(4_000);
	expect(await snapshotFiles(page)).toEqual(before);
	await page.goto('/');
	await page.reload();
	await expect(notice).toContainText('holds 2 assessments');

	await notice.getByRole('button', { name: 'Restore the snapshot' }).click();
	await expect(page.getByRole('alert')).toContainText(
		/Restored 2 assessments from the snapshot of .+\./
	);
	for (const organization of [
		'Maple Hollow',
		'Lakeside Crisis Line',
		'Interim Work',
		'Second Interim'
	]) {
		await expect(page.getByRole('listitem').filter({ hasText: organization })).toHaveCount(1);
	}
	// The example, on version 2, answers all 36 of its items (31 scores + 3 "Don't know" + 2 "Not
	// applicable" with a reason = 36 in src/lib/content/v2/example.ts): 36 of 36.
	await expect(page.getByRole('listitem').filter({ hasText: 'Maple Hollow' })).toContainText(
		'36 of 36 items'
	);
	await expectAccessible(page, 'after the restore');

	const card = page.getByRole('listitem').filter({ hasText: 'Lakeside Crisis Line' });
	await card.getByRole('link', { name: /^Open/ }).click();
	await page.getByRole('link', { name: /^1\. / }).click();
	await expect(page.locator('article').first().getByRole('radio', { name: /^3 / })).toBeChecked();

	// Resolved: snapshots resume, now with all four.
	await expect
		.poll(async () => (await snapshotFiles(page)).at(-1)?.name, SNAPSHOT_WAIT)
		.toMatch(/-4\.json\.gz$/);
	await page.goto('/');
	await page.reload();
	await expect(page.getByRole('listitem').filter({ hasText: 'Maple Hollow' })).toBeVisible();
	await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the lost work can be kept as a file instead, and snapshots start again', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('button', { name: 'Load example' }).click();
	await expect(page.getByRole('heading', { level: 1, name: /\(example\)/ })).toBeVisible();
	await expect.poll(async () => (await snapshotFiles(page)).length, SNAPSHOT_WAIT).toBe(1);
	await page.goto('/');
	await loseDatabase(page);
	await page.reload();
	const notice = page.getByRole('alert').filter({ hasText: 'came back empty' });
	const download = page.waitForEvent('download');
	await notice.getByRole('button', { name: 'Keep it as a file and start fresh' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(/^sts-workbook-snapshot-\d{4}-\d{2}-\d{2}\.json$/);
	await expect(page.getByRole('alert')).toContainText('was saved as a file');
	await createAssessment(page, { organization: 'Fresh Start' });
	await expect
		.poll(async () => (await snapshotFiles(page)).at(-1)?.name, SNAPSHOT_WAIT)
		.toMatch(/-1\.json\.gz$/);
	await page.goto('/');
	await page.reload();
	await expect(page.getByRole('link', { name: 'Fresh Start', exact: true })).toBeVisible();
	await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a first visit shows no recovery notice', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Start your first assessment' })).toBeVisible();
	// The start check has run once the marker records the (empty) workbook.
	await expect.poll(() => markerCount(page)).toBe(0);
	await expect(page.getByRole('alert')).toHaveCount(0);
	expect(await snapshotFiles(page)).toEqual([]);
});

test('deleting every assessment on purpose is not mistaken for a loss', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('button', { name: 'Load example' }).click();
	await expect(page.getByRole('heading', { level: 1, name: /\(example\)/ })).toBeVisible();
	await expect.poll(async () => (await snapshotFiles(page)).length, SNAPSHOT_WAIT).toBe(1);
	console.log(
		`Snapshot of the example assessment: ${(await snapshotFiles(page))[0]!.size} bytes (gzip).`
	);

	await page.goto('/');
	await page.getByRole('button', { name: /^Delete/ }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
	await expect(page.getByRole('heading', { name: 'Start your first assessment' })).toBeVisible();
	// The marker follows at once, so even a reload right away is not a loss.
	await expect.poll(() => markerCount(page)).toBe(0);
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Start your first assessment' })).toBeVisible();
	// Nothing left to protect: the old snapshot is removed (deleted means deleted).
	await expect.poll(async () => (await snapshotFiles(page)).length, SNAPSHOT_WAIT).toBe(0);
	await expect(page.getByRole('alert')).toHaveCount(0);
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Start your first assessment' })).toBeVisible();
	await expect.poll(() => markerCount(page)).toBe(0);
	await expect(page.getByRole('alert')).toHaveCount(0);
});
