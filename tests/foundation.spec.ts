import { createAssessment, expect, expectAccessible, test } from './fixtures';

test('an empty workbook explains itself and promises privacy', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Start your first assessment' })).toBeVisible();
	await expect(page.getByText('nothing is sent anywhere').first()).toBeVisible();
	await expectAccessible(page, 'on the empty home page');
});

test('create an assessment, reload, and it is still there', async ({ page }) => {
	await createAssessment(page, {
		organization: 'Riverbend Family Services',
		unit: 'Foster care',
		cycle: 'Baseline 2026'
	});
	await expect(page.getByRole('link', { name: 'Start the walk-through' })).toBeVisible();
	// A new assessment uses framework version 2: element 1 has six items
	// (src/lib/content/v2/items/recognize-impact.ts), none answered yet.
	await expect(page.getByRole('link', { name: /^1\. Recognize/ })).toContainText('0 of 6 done');
	await expectAccessible(page, 'on the assessment page');

	await page.goto('/');
	const card = page.getByRole('listitem').filter({ hasText: 'Riverbend Family Services' });
	await expect(card).toContainText('Foster care');
	await expect(card).toContainText('Baseline 2026');
	await expect(card).toContainText(/0 of \d+ items/);

	await page.reload();
	await expect(card).toBeVisible();
	await expectAccessible(page, 'on the home page with an assessment');
});

test('the form refuses bad input with messages beside the fields', async ({ page }) => {
	await page.goto('/new');
	await page.getByLabel('Organization').fill('   ');
	await page.getByLabel('Date').fill('');
	await page.getByRole('button', { name: 'Create assessment' }).click();
	await expect(page.getByText('Organization is required.')).toBeVisible();
	await expect(page.getByLabel('Organization')).toBeFocused();
	await expect(page.getByLabel('Organization')).toHaveAttribute('aria-invalid', 'true');
	await expectAccessible(page, 'on the form with errors');

	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Start your first assessment' })).toBeVisible();
});

test('markup typed into a field is shown as text, never run', async ({ page }) => {
	const hostile = '<img src=x onerror="document.title=\'pwned\'">Harbor House';
	await createAssessment(page, { organization: hostile });
	await page.goto('/');
	await expect(page.getByRole('link', { name: hostile, exact: true })).toBeVisible();
	expect(await page.locator('main img').count()).toBe(0);
	expect(await page.title()).not.toBe('pwned');
});

test('delete asks first; cancel keeps, confirm removes', async ({ page }) => {
	await createAssessment(page, { organization: 'Keep Me' });
	await createAssessment(page, { organization: 'Remove Me' });
	await page.goto('/');

	await page.getByRole('button', { name: 'Delete Remove Me' }).click();
	const dialog = page.getByRole('dialog', { name: 'Delete this assessment?' });
	await expect(dialog).toBeVisible();
	await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
	await expectAccessible(page, 'with the delete dialog open');
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(page.getByRole('link', { name: 'Remove Me', exact: true })).toBeVisible();

	await page.getByRole('button', { name: 'Delete Remove Me' }).click();
	await dialog.getByRole('button', { name: 'Delete' }).click();
	await expect(page.getByRole('link', { name: 'Remove Me', exact: true })).toBeHidden();
	await expect(page.getByRole('link', { name: 'Keep Me', exact: true })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('link', { name: 'Keep Me', exact: true })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Remove Me', exact: true })).toBeHidden();
});

test('about page names the source and the privacy promise', async ({ page }) => {
	await page.goto('/about');
	await expect(page.getByRole('heading', { name: 'About this workbook' })).toBeVisible();
	await expect(page.getByText('The National Child Traumatic Stress Network').first()).toBeVisible();
	await expect(page.getByText(/no account and no server/i)).toBeVisible();
	await expectAccessible(page, 'on the about page');
});

test('an unknown assessment address says so kindly', async ({ page }) => {
	await page.goto('/assessments/00000000-0000-4000-8000-000000000000');
	await expect(page.getByRole('heading', { name: 'Assessment not found' })).toBeVisible();
	await expectAccessible(page, 'on the not-found page');
});

test('the whole keyboard path: create an assessment without a mouse', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Assessments', level: 1 })).toBeVisible();
	await page.keyboard.press('Tab'); // skip link
	await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
	const newLink = page.getByRole('main').getByRole('link', { name: 'New assessment' }).first();
	await newLink.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: 'New assessment' })).toBeVisible();
	await page.getByLabel('Organization').focus();
	await page.keyboard.type('Keyboard Agency');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1, name: 'Keyboard Agency' })).toBeVisible();
});
