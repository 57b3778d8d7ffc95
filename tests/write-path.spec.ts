/**
 * The write path as people break it: a full disk, a reload of the walk page itself, damaged
 * stored records, and the plan written by the answer rather than by looking. Two tabs on one
 * note or one set-up page: two-tabs.spec.ts.
 */
import type { Page } from '@playwright/test';
import {
	createAssessment,
	expect,
	expectAccessible,
	expectFocusOnItem,
	openWalk,
	test
} from './fixtures';

const FULL =
	'This device is out of storage space, so this change was not saved. Everything saved before it is safe.';

/**
 * A full disk, forced: every IndexedDB write in this page throws the browser's own
 * QuotaExceededError, exactly as Chromium does when the origin is out of space. (Chromium's
 * DevTools quota override is not applied to this origin in this build, so the error is raised
 * at the IndexedDB API itself; the app sees the same DOMException either way.)
 */
async function installDiskFull(page: Page) {
	await page.addInitScript(() => {
		const w = window as unknown as { diskFull?: boolean };
		for (const method of ['put', 'add'] as const) {
			const original = IDBObjectStore.prototype[method];
			IDBObjectStore.prototype[method] = function (
				this: IDBObjectStore,
				...args: [unknown, IDBValidKey?]
			) {
				if (w.diskFull)
					throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				return original.apply(this, args);
			};
		}
	});
}

async function setDiskFull(page: Page, full: boolean) {
	await page.evaluate((value) => {
		(window as unknown as { diskFull?: boolean }).diskFull = value;
	}, full);
}

test('a full disk: the answer is refused in words and the scale shows what is stored', async ({
	page
}) => {
	await installDiskFull(page);
	await openWalk(page, 'Full Disk Agency');
	const card = page.locator('article').first();
	await setDiskFull(page, true);
	await card.getByRole('radio', { name: /^2 / }).click();
	const indicator = page.locator('.save-indicator');
	await expect(indicator).toHaveAttribute('data-state', 'error');
	await expect(indicator).toContainText(`Not saved. ${FULL}`);
	await expect(page.getByRole('alert').filter({ hasText: FULL })).toHaveCount(1);
	await expect(card.getByRole('radio', { name: /^2 / })).not.toBeChecked();
	// A new assessment walks framework version 2: 6 elements × 6 items = 36.
	await expect(card.getByText('Item 1 of 36 · Not answered yet')).toBeVisible();
	await expectAccessible(page, 'with a failed save');

	await setDiskFull(page, false);
	await card.getByRole('radio', { name: /^2 / }).click();
	await expect(indicator).toHaveAttribute('data-state', 'saved');
	await expect(card.getByRole('radio', { name: /^2 / })).toBeChecked();
	await page.reload();
	await expect(page.locator('article').first().getByRole('radio', { name: /^2 / })).toBeChecked();
});

test('a full disk: typed notes stay on screen, marked not saved, and are saved once space is back', async ({
	page
}) => {
	await installDiskFull(page);
	await openWalk(page, 'Full Notes Agency');
	const notes = page
		.locator('article')
		.first()
		.getByRole('textbox', { name: 'Notes from the discussion' });
	await setDiskFull(page, true);
	await notes.fill('Only two teams have this');
	await notes.blur();
	await expect(page.locator('.save-indicator')).toHaveAttribute('data-state', 'error');
	await expect(notes).toHaveValue('Only two teams have this');
	await expect(page.locator('article').first().getByRole('status')).toContainText('Not saved yet');

	await setDiskFull(page, false);
	await notes.focus();
	await notes.blur();
	await expect(page.locator('.save-indicator')).toHaveAttribute('data-state', 'saved');
	await page.reload();
	await expect(
		page.locator('article').first().getByRole('textbox', { name: 'Notes from the discussion' })
	).toHaveValue('Only two teams have this');
});

test('a full disk on set-up: a typed field and a removed member are not lost or hidden', async ({
	page
}) => {
	await installDiskFull(page);
	await createAssessment(page, { organization: 'Full Setup Agency' });
	await page.getByRole('link', { name: 'Set-up', exact: true }).click();
	await page.getByRole('button', { name: 'Add a member' }).click();
	await page.getByLabel('Role').selectOption({ label: 'Caseworker' });
	await expect(page.locator('.save-indicator')).toHaveAttribute('data-state', 'saved');

	await setDiskFull(page, true);
	await page.getByLabel('Facilitator').fill('Dana Ortiz');
	await expect(
		page.getByText('Not saved yet: see the message at the top of the page.')
	).toBeVisible();
	await page.getByRole('button', { name: 'Remove member 1' }).click();
	await expect(page.getByRole('group', { name: 'Member 1' })).toBeVisible();
	await expect(page.getByText('This change to member 1 is not saved yet')).toBeVisible();
	await expectAccessible(page, 'on set-up with failed saves');

	await setDiskFull(page, false);
	await page.getByLabel('Facilitator').focus();
	await page.getByLabel('Facilitator').blur();
	await expect(page.locator('.save-indicator')).toHaveAttribute('data-state', 'saved');
	await page.reload();
	await expect(page.getByLabel('Facilitator')).toHaveValue('Dana Ortiz');
	await expect(page.getByRole('group', { name: 'Member 1' })).toBeVisible();
});

test('a full disk: a new action is not announced as added, and its title stays typed', async ({
	page
}) => {
	await installDiskFull(page);
	await createAssessment(page, { organization: 'Full Plan Agency' });
	await page.getByRole('link', { name: 'Plan', exact: true }).click();
	await setDiskFull(page, true);
	await page.getByLabel('Title', { exact: true }).fill('Monthly peer support circle');
	await page.getByRole('button', { name: /^Add/ }).click();
	await expect(
		page.getByRole('alert').filter({ hasText: 'Monthly peer support circle was not added.' })
	).toBeVisible();
	await expect(page.getByLabel('Title', { exact: true })).toHaveValue(
		'Monthly peer support circle'
	);
	await expect(page.getByRole('status').filter({ hasText: 'Added' })).toHaveCount(0);
	await expect(page.getByRole('article', { name: 'Monthly peer support circle' })).toHaveCount(0);
});

test('reloading a walk page puts focus back on the current item, so the next key answers it', async ({
	page
}) => {
	await openWalk(page, 'Reload Focus Agency');
	await expectFocusOnItem(page, 1);
	await page.keyboard.press('3');
	await page.keyboard.press('Enter');
	await expectFocusOnItem(page, 2);
	await page.keyboard.press('2');
	await page.keyboard.press('Enter');
	await expectFocusOnItem(page, 3);
	// Framework version 2: 6 elements × 6 items = 36.
	await expect(page.getByText('Item 2 of 36 · Answered')).toBeVisible();

	await page.reload();
	await expectFocusOnItem(page, 3);
	await page.keyboard.press('4');
	await expect(page.getByText('Item 3 of 36 · Answered')).toBeVisible();
	await page.keyboard.press('Enter');
	await expectFocusOnItem(page, 4);
	const checked = await page
		.locator('input[type="radio"]:checked')
		.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
	expect(checked).toEqual(['3', '2', '4']);
});

test('Load example writes its plan with its answers, before any assessment page is seen', async ({
	page
}) => {
	await page.goto('/');
	await page.getByRole('button', { name: 'Load example' }).click();
	await page.waitForURL(/\/assessments\/[0-9a-f-]{36}$/);
	await expect(page.getByText('Example', { exact: true }).first()).toBeVisible();
	const counts = await page.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const open = indexedDB.open('sts-workbook');
				open.onerror = () => reject(new Error(String(open.error)));
				open.onsuccess = () => {
					// One plan record per assessment, holding its actions (database version 3).
					const tx = open.result.transaction('plans');
					const plans = tx.objectStore('plans').getAll();
					plans.onsuccess = () => {
						const all = plans.result as { actions: unknown[] }[];
						resolve(all.reduce((sum, plan) => sum + plan.actions.length, 0));
						open.result.close();
					};
				};
			})
	);
	expect(counts).toBeGreaterThan(20);
});

/** Writes records straight into IndexedDB, around the app, as a damaged disk could leave them. */
async function putRaw(page: Page, store: string, records: unknown[]) {
	await page.evaluate(
		([storeName, rows]) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('sts-workbook');
				open.onerror = () => reject(new Error(String(open.error)));
				open.onsuccess = () => {
					const tx = open.result.transaction(storeName, 'readwrite');
					for (const row of rows) tx.objectStore(storeName).put(row);
					tx.oncomplete = () => {
						open.result.close();
						resolve();
					};
					tx.onerror = () => reject(new Error(String(tx.error)));
				};
			}),
		[store, records] as const
	);
}

test('damaged stored records: screens show what is whole and name what is not', async ({
	page
}) => {
	await createAssessment(page, { organization: 'Whole Agency' });
	const wholeUrl = page.url();
	const id = wholeUrl.split('/assessments/')[1]!;
	const brokenId = '11111111-1111-4111-8111-111111111111';
	await putRaw(page, 'assessments', [
		{ id: brokenId, organization: 42, updatedAt: '2026-11-25T10:00:00.000Z' }
	]);
	// An answer is a row inside its set's record: a damaged one sits beside the whole ones.
	await page.evaluate(
		([assessmentId, row]) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('sts-workbook');
				open.onerror = () => reject(new Error(String(open.error)));
				open.onsuccess = () => {
					const tx = open.result.transaction('responseSets', 'readwrite');
					const store = tx.objectStore('responseSets');
					const sets = store.index('assessmentId').getAll(assessmentId);
					sets.onsuccess = () => {
						for (const set of sets.result) store.put({ ...set, responses: [row] });
					};
					tx.oncomplete = () => {
						open.result.close();
						resolve();
					};
					tx.onerror = () => reject(new Error(String(tx.error)));
				};
			}),
		[
			id,
			{
				id: '22222222-2222-4222-8222-222222222222',
				assessmentId: id,
				responseSetId: 'x',
				itemId: 7
			}
		] as const
	);

	await page.goto('/');
	await expect(page.getByRole('alert')).toContainText(
		'1 stored assessment could not be read: its record in this browser is damaged.'
	);
	await expect(page.getByRole('link', { name: 'Whole Agency', exact: true })).toBeVisible();
	await expectAccessible(page, 'on home with a damaged record');

	await page.goto(`/assessments/${brokenId}`);
	await expect(page.getByRole('heading', { name: 'This assessment is damaged' })).toBeVisible();

	await page.goto(wholeUrl);
	await expect(page.getByRole('alert').filter({ hasText: 'Some stored' })).toContainText(
		'Some stored records of this assessment are damaged and are left out: 1 answer.'
	);
	await page.getByRole('link', { name: 'Walk-through', exact: true }).click();
	await page.getByRole('link', { name: /^1\. / }).click();
	await page.locator('article').first().getByRole('radio', { name: /^3 / }).check();
	await expect(page.locator('.save-indicator')).toHaveAttribute('data-state', 'saved');
});

test('a full disk: a new time frame or status for an action is refused, and the card shows what is stored', async ({
	page
}) => {
	await installDiskFull(page);
	await createAssessment(page, { organization: 'Full Horizon Agency' });
	await page.getByRole('link', { name: 'Plan', exact: true }).click();
	const title = 'Write an STS policy';
	await page.getByRole('region', { name: 'Add your own action' }).getByLabel('Title').fill(title);
	await page.getByRole('button', { name: 'Add action' }).click();
	const card = page.getByRole('region', { name: /^Now/ }).getByRole('article', { name: title });
	await expect(card).toBeVisible();

	await setDiskFull(page, true);
	await card.getByLabel('When').selectOption('later');
	await expect(page.getByRole('status').filter({ hasText: `${title} was not moved.` })).toHaveCount(
		1
	);
	await expect(card.getByLabel('When')).toHaveValue('now');
	await card.getByLabel('Status').selectOption('done');
	await expect(page.getByRole('alert').filter({ hasText: FULL }).first()).toBeVisible();
	await expect(card.getByLabel('Status')).toHaveValue('accepted');

	// Room again: the same choice is stored, and a reload of the page itself keeps it.
	await setDiskFull(page, false);
	await card.getByLabel('When').selectOption('later');
	const moved = page.getByRole('region', { name: /^Later/ }).getByRole('article', { name: title });
	await expect(moved.getByLabel('When')).toBeFocused();
	await page.reload();
	await expect(
		page.getByRole('region', { name: /^Later/ }).getByRole('article', { name: title })
	).toBeVisible();
});
