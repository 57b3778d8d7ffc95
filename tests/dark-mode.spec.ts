import { expect, expectAccessible, test } from './fixtures';

// Colours come from design tokens with a dark set (prefers-color-scheme): axe checks contrast
// of every screen of a filled-in assessment in dark mode, and once more in presentation mode.
test('every screen passes axe in dark mode and in presentation mode', async ({ page }) => {
	// Fifteen full axe runs: more than the default 30 s on a busy two-core machine.
	test.setTimeout(120_000);
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/');
	await page.getByRole('button', { name: 'Load example' }).click();
	await expect(page.getByRole('heading', { level: 1, name: /\(example\)/ })).toBeVisible();
	const screens = ['Overview', 'Set-up', 'Walk-through', 'Review', 'Results', 'Plan', 'Report'];
	for (const presentation of [false, true]) {
		if (presentation) await page.getByRole('button', { name: 'Presentation mode' }).click();
		for (const name of screens) {
			const link = page
				.getByRole('navigation', { name: 'Assessment' })
				.getByRole('link', { name, exact: true });
			await link.click();
			await expect(link).toHaveAttribute('aria-current', 'page');
			await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
			await expectAccessible(page, `on ${name} (dark${presentation ? ', presentation' : ''})`);
		}
	}
	await page.getByRole('link', { name: 'Assessments', exact: true }).first().click();
	await expectAccessible(page, 'on home (dark, presentation)');
});
