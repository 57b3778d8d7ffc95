/**
 * Two tabs on one assessment: each sees the other's changes live, and neither loses what the
 * other wrote (answers, notes, set-up fields, roster members).
 */
import type { Page } from '@playwright/test';
import { createAssessment, expect, expectSaved, openWalk, startWalk, test } from './fixtures';

test('a second tab on the same assessment shows changes live', async ({ page, context }) => {
	await startWalk(page, 'Two Tabs Agency');
	const other = await context.newPage();
	await other.goto(page.url());
	const otherCard = other.locator('article').first();
	await expect(otherCard.getByText('Not answered yet')).toBeVisible();

	await page.keyboard.press('3');
	await expect(otherCard.getByRole('radio', { name: /^3 / })).toBeChecked();
	await expect(otherCard.getByText('Answered', { exact: true })).toBeVisible();

	await otherCard
		.getByRole('textbox', { name: 'Notes from the discussion' })
		.fill('Typed in tab two');
	await otherCard.getByRole('textbox', { name: 'Notes from the discussion' }).blur();
	await expect(
		page.locator('article').first().getByRole('textbox', { name: 'Notes from the discussion' })
	).toHaveValue('Typed in tab two');
});

test('set-up follows changes made in another tab, without losing what is typed here', async ({
	page,
	context
}) => {
	await createAssessment(page, { organization: 'Tab Sync Agency' });
	await page.getByRole('link', { name: 'Set-up', exact: true }).click();
	await page.waitForURL(/\/setup$/);
	const other = await context.newPage();
	await other.goto(page.url());
	await expect(other.getByLabel('Organization')).toHaveValue('Tab Sync Agency');

	await page.getByLabel('Facilitator').fill('Ana from tab one');
	await expect(other.getByLabel('Facilitator')).toHaveValue('Ana from tab one');

	// Tab two has an unsaved, invalid organization; tab one's change to it does not replace it.
	await other.getByLabel('Organization').fill('');
	await page.getByLabel('Unit or program').fill('Foster care');
	await expect(other.getByLabel('Unit or program')).toHaveValue('Foster care');
	await expect(other.getByLabel('Organization')).toHaveValue('');
});

test('two tabs editing the roster keep each other’s members', async ({ page, context }) => {
	await createAssessment(page, { organization: 'Roster Sync Agency' });
	await page.getByRole('link', { name: 'Set-up', exact: true }).click();
	await page.waitForURL(/\/setup$/);
	const other = await context.newPage();
	await other.goto(page.url());

	await page.getByRole('button', { name: 'Add a member' }).click(); // role not chosen yet
	await other.getByRole('button', { name: 'Add a member' }).click();
	await other.getByLabel('Role').selectOption({ label: 'Clinician or therapist' });
	await other.getByLabel('Name (optional)').fill('Alice');
	await expect(page.getByLabel('Name (optional)').first()).toHaveValue('Alice');

	await page.getByLabel('Role').nth(1).selectOption({ label: 'Caseworker' });
	await page.getByLabel('Name (optional)').nth(1).fill('Bob');
	await expectSaved(page);
	await page.reload();
	await expect(page.getByLabel('Name (optional)')).toHaveCount(2);
	await expect(page.getByLabel('Name (optional)').first()).toHaveValue('Alice');
	await expect(page.getByLabel('Name (optional)').nth(1)).toHaveValue('Bob');
});

test('the same note typed in two tabs ends as one tab’s whole text, and the other tab is told', async ({
	page,
	context
}) => {
	await openWalk(page, 'Two Tabs Agency');
	const other = await context.newPage();
	await other.goto(page.url());
	const noteIn = (p: Page) =>
		p.locator('article').first().getByRole('textbox', { name: 'Notes from the discussion' });
	await noteIn(page).click();
	await noteIn(other).click();
	const typeIn = async (p: Page, text: string) => {
		for (const ch of text) {
			await noteIn(p).press(ch === '-' ? 'Minus' : ch);
		}
	};
	await Promise.all([typeIn(page, 'both-3-typed-in-A'), typeIn(other, 'both-3-typed-in-B')]);
	await noteIn(page).blur();
	await noteIn(other).blur();

	const texts = ['both-3-typed-in-A', 'both-3-typed-in-B'];
	// Both tabs settle on the same whole text, one of the two typed.
	await expect
		.poll(async () => (await noteIn(page).inputValue()) === (await noteIn(other).inputValue()))
		.toBe(true);
	const final = await noteIn(page).inputValue();
	expect(texts).toContain(final);
	const loser = final === texts[0] ? other : page;
	await expect(
		loser.getByText('Another tab saved a different text after yours. This field now shows it.')
	).toBeVisible();

	const third = await context.newPage();
	await third.goto(page.url());
	await expect(noteIn(third)).toHaveValue(final);
});

test('two tabs on set-up: different fields and different members are all kept', async ({
	page,
	context
}) => {
	await createAssessment(page, { organization: 'Setup Tabs Agency' });
	await page.getByRole('link', { name: 'Set-up', exact: true }).click();
	await page.waitForURL(/\/setup$/);
	const other = await context.newPage();
	await other.goto(page.url());
	await expect(other.getByLabel('Facilitator')).toBeVisible();

	await page.getByLabel('Unit or program').fill('Foster care');
	await other.getByLabel('Facilitator').fill('Dana Ortiz');
	await page.getByRole('button', { name: 'Add a member' }).click();
	await page.getByLabel('Role').selectOption({ label: 'Clinician or therapist' });
	await other.getByRole('button', { name: 'Add a member' }).click();
	await other.getByLabel('Role').last().selectOption({ label: 'Clinical supervisor' });

	const third = await context.newPage();
	await third.goto(page.url());
	await expect(third.getByLabel('Unit or program')).toHaveValue('Foster care');
	await expect(third.getByLabel('Facilitator')).toHaveValue('Dana Ortiz');
	await expect(third.getByRole('group', { name: /^Member/ })).toHaveCount(2);
});
