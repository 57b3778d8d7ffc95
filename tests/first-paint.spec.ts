/**
 * What a page shows before any JavaScript runs: the frame and the page's heading come with the
 * HTML, so a slow laptop paints at once. Checked with JavaScript turned off.
 */
import { expect, test } from '@playwright/test';
import { createAssessment, expectAccessible } from './fixtures';

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false, serviceWorkers: 'block' });

	test('home paints its frame, heading, buttons and a quiet loading line from the HTML', async ({
		page
	}) => {
		await page.goto('/');
		await expect(page.getByRole('link', { name: 'STS Workbook' })).toBeVisible();
		await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
		await expect(page.getByRole('heading', { level: 1, name: 'Assessments' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'New assessment' })).toBeVisible();
		await expect(page.getByText('Loading your assessments…')).toBeVisible();
		// Until the page's code runs a click could do nothing: the buttons say so by being disabled.
		await expect(page.getByRole('button', { name: 'Load example' })).toBeDisabled();
		await expect(page.getByRole('button', { name: 'Presentation mode' })).toBeDisabled();
		// The static shell stands aside when the page brings its own frame: one header only.
		await expect(page.getByRole('banner')).toHaveCount(1);
	});

	test('an assessment page (served by the SPA fallback) paints the frame and a loading line', async ({
		page
	}) => {
		await page.goto('/assessments/00000000-0000-4000-8000-000000000000/walk');
		await expect(page.getByRole('link', { name: 'STS Workbook' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'About' })).toBeVisible();
		await expect(page.getByText('Opening the workbook…')).toBeVisible();
	});

	test('About is readable without JavaScript', async ({ page }) => {
		await page.goto('/about');
		await expect(
			page.getByRole('heading', { level: 1, name: 'About this workbook' })
		).toBeVisible();
	});
});

test('once the app runs, the static shell is gone: one header, one main, accessible', async ({
	page
}) => {
	await createAssessment(page, { organization: 'Shell Agency' });
	await expect(page.getByRole('banner')).toHaveCount(1);
	await expect(page.getByRole('main')).toHaveCount(1);
	await expect(page.getByText('Opening the workbook…')).toBeHidden();
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: /Shell Agency/ })).toBeVisible();
	await expect(page.getByRole('banner')).toHaveCount(1);
	await expectAccessible(page, 'an assessment page after the shell');
});

test.describe("before the app's own code has run", () => {
	test.use({ serviceWorkers: 'block' });
	/** Only the page's small early script runs: every file of the app's code is held back. */
	const holdBackAppCode = (page: import('@playwright/test').Page) =>
		page.route('**/_app/immutable/**/*.js', (route) => route.abort());

	test("a new browser's home shows the empty state from the HTML", async ({ page }) => {
		await holdBackAppCode(page);
		await page.goto('/');
		await expect(page.getByRole('heading', { name: 'Start your first assessment' })).toBeVisible();
		await expect(page.getByText('Loading your assessments…')).toBeHidden();
		await expect(page.getByRole('heading', { name: 'Start your first assessment' })).toHaveCount(1);
	});

	test('a browser that remembers a workbook waits for it, never shows a fresh start', async ({
		page
	}) => {
		// The database is gone but localStorage remembers two assessments: a loss to look at.
		await page.goto('/about');
		await page.evaluate(() =>
			localStorage.setItem(
				'sts-workbook:data-marker',
				JSON.stringify({ assessments: 2, at: '2026-11-20T10:00:00.000Z' })
			)
		);
		await holdBackAppCode(page);
		await page.goto('/');
		await expect(page.getByText('Loading your assessments…')).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Start your first assessment' })).toBeHidden();
	});
});
