/*
 * The first two journeys prove that a version 1 assessment (27 items, made before framework
 * version 2) plans exactly as before: they run on an imported version 1 assessment
 * (v1-assessment.ts) and keep their hand-computed priorities and time frames.
 */
import type { Page } from '@playwright/test';
import { createAssessment, expect, expectAccessible, test, expectSaved } from './fixtures';
import { createV1Assessment } from './v1-assessment';

/** Scores the first item of element 1 by clicking its scale (item 1: leaders and non-clinical staff trained). */
async function scoreFirstItem(page: Page, score: string) {
	await page.getByRole('link', { name: 'Walk-through', exact: true }).click();
	await page.getByRole('link', { name: /^1\. / }).click();
	const card = page.locator('article').first();
	await card.getByRole('radio', { name: new RegExp(`^${score} `) }).check();
	await expect(card.getByRole('radio', { name: new RegExp(`^${score} `) })).toBeChecked();
	await expectSaved(page);
}

const TRAIN = 'Train leaders and non-clinical staff on STS';

test('suggestions carry hand-computed priorities, and the team’s edits survive new answers', async ({
	page
}) => {
	await createV1Assessment(page, { organization: 'Plan Agency' });
	await page.getByRole('link', { name: 'Set-up', exact: true }).click();
	await page
		.getByRole('group', { name: /^Gaps in STS training/ })
		.getByRole('radio', { name: 'High' })
		.check();
	await scoreFirstItem(page, '1');

	// Item 1: gap (4-1)/4 = 0.75, impact 2, risk boost 1 + 0.25 (training gaps high) = 1.25.
	// Priority 0.75 x 2 x 1.25 = 1.875 -> 1.88: high. Its one action has medium effort -> Next.
	await page.getByRole('link', { name: 'Plan', exact: true }).click();
	await expect(
		page.getByRole('heading', { name: '1 actions suggested from your answers' })
	).toBeVisible();
	const suggestions = page.getByRole('region', { name: /^Suggestions/ });
	const row = suggestions.getByRole('row', { name: new RegExp(TRAIN) });
	await expect(row.getByRole('cell').nth(1)).toHaveText('Next 3-6 months');
	await expect(row.getByRole('cell').nth(2)).toHaveText('1.88');
	await row.getByText('Why').click();
	await expect(row).toContainText(
		'Scored 1 of 4; gaps in STS training reported; training leaders and non-clinical staff is a core organizational support.'
	);
	await expect(page.getByRole('region', { name: /^Our plan/ })).toContainText(
		'Nothing adopted yet.'
	);
	await expectAccessible(page, 'on the plan');

	// Accept it: it leaves the suggestions for our plan; give it an owner.
	await row.getByRole('button', { name: `Accept: ${TRAIN}` }).click();
	const ourPlan = page.getByRole('region', { name: /^Our plan/ });
	const action = ourPlan
		.getByRole('region', { name: /^Next/ })
		.getByRole('article', { name: TRAIN });
	await expect(action).toContainText('Accepted');
	await expect(action).toContainText('(priority 1.88)');
	await expect(suggestions).toContainText('No suggestion is waiting.');
	const owner = action.getByRole('textbox', { name: 'Owner (a role or a name)' });
	await owner.fill('Zoë Łukasik');
	await owner.blur();
	await expectSaved(page);

	// Improve the answer: untouched, it would drop to 0.25 x 2 x 1.25 = 0.63 (Later).
	await scoreFirstItem(page, '3');
	await page.getByRole('link', { name: 'Plan', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Action plan' })).toBeVisible();
	await page.reload();
	const kept = page
		.getByRole('region', { name: /^Our plan/ })
		.getByRole('region', { name: /^Next/ })
		.getByRole('article', { name: TRAIN });
	await expect(kept).toContainText('(priority 1.88)');
	await expect(kept).toContainText('Accepted');
	await expect(kept.getByRole('textbox', { name: 'Owner (a role or a name)' })).toHaveValue(
		'Zoë Łukasik'
	);
});

test('untouched suggestions are recomputed and the screen says what changed', async ({ page }) => {
	await createV1Assessment(page, { organization: 'Recompute Agency' });
	await scoreFirstItem(page, '0');
	// 1 x 2 x 1 = 2: high, medium effort -> Next.
	await page.getByRole('link', { name: 'Plan', exact: true }).click();
	const row = page.getByRole('row', { name: new RegExp(TRAIN) });
	await expect(row.getByRole('cell').nth(1)).toHaveText('Next 3-6 months');
	await expect(row.getByRole('cell').nth(2)).toHaveText('2.00');

	await scoreFirstItem(page, '3');
	// 0.25 x 2 x 1 = 0.5: low -> Later.
	await page.getByRole('link', { name: 'Plan', exact: true }).click();
	const notice = page.getByRole('region', {
		name: 'The plan was updated from your latest answers'
	});
	await expect(notice).toContainText(
		'Updated: Train leaders and non-clinical staff on STS. Moved from Next to Later, priority 2.00 → 0.50.'
	);
	await expect(row.getByRole('cell').nth(1)).toHaveText('Later 6-12 months');
	await expect(row.getByRole('cell').nth(2)).toHaveText('0.50');
});

test('custom actions, keyboard re-ordering, drop and restore, filters', async ({ page }) => {
	await createAssessment(page, { organization: 'Custom Agency' });
	await page.getByRole('link', { name: 'Plan', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Nothing to suggest yet' })).toBeVisible();

	const addForm = page.getByRole('region', { name: 'Add your own action' });
	await page.getByRole('button', { name: 'Add action' }).click();
	await expect(page.getByText('Give the action a title.')).toBeVisible();
	for (const title of ['Monthly STS huddle', 'Quiet room for breaks']) {
		await addForm.getByLabel('Title').fill(title);
		await page.getByRole('button', { name: 'Add action' }).click();
		await expect(page.getByRole('article', { name: title })).toBeVisible();
	}
	const now = page.getByRole('region', { name: /^Our plan/ }).getByRole('region', { name: /^Now/ });
	const titles = () => now.getByRole('heading', { level: 4 }).allTextContents();
	expect(await titles()).toEqual(['Monthly STS huddle', 'Quiet room for breaks']);

	// Keyboard only: focus "Move down" on the first and press Enter.
	await now.getByRole('button', { name: 'Move down: Monthly STS huddle' }).focus();
	await page.keyboard.press('Enter');
	await expect.poll(titles).toEqual(['Quiet room for breaks', 'Monthly STS huddle']);
	await expect(now.getByRole('button', { name: 'Move up: Monthly STS huddle' })).toBeFocused();
	await page.reload();
	await expect.poll(titles).toEqual(['Quiet room for breaks', 'Monthly STS huddle']);

	// The pressed button goes away with the card: focus goes to the next card of our plan.
	await page.getByRole('button', { name: 'Drop: Quiet room for breaks' }).press('Enter');
	await expect.poll(titles).toEqual(['Monthly STS huddle']);
	await expect(now.getByRole('heading', { name: 'Monthly STS huddle' })).toBeFocused();
	await page
		.getByRole('region', { name: 'Dropped · 1' })
		.getByText('Show the 1 suggestion')
		.click();
	// The team's own action goes back into our plan, to the place it had.
	await page.getByRole('button', { name: 'Restore: Quiet room for breaks' }).press('Enter');
	await expect.poll(titles).toEqual(['Quiet room for breaks', 'Monthly STS huddle']);

	await page.getByLabel('Type').first().selectOption({ label: 'Intervention' });
	await expect(page.getByText('Showing 0 of 2 actions.')).toBeVisible();
	await expectAccessible(page, 'on the plan with filters');
	await page.getByRole('button', { name: 'Clear filters' }).click();
	await expect.poll(titles).toEqual(['Quiet room for breaks', 'Monthly STS huddle']);
	await expect(page.getByRole('heading', { name: /^Our plan/ })).toBeFocused();
});

test('a due date before the start date is refused with a message', async ({ page }) => {
	await createAssessment(page, { organization: 'Dates Agency' });
	await page.getByRole('link', { name: 'Plan', exact: true }).click();
	await page
		.getByRole('region', { name: 'Add your own action' })
		.getByLabel('Title')
		.fill('Write an STS policy');
	await page.getByRole('button', { name: 'Add action' }).click();
	const card = page.getByRole('article', { name: 'Write an STS policy' });
	await card.getByLabel('Start date').fill('2026-05-01');
	await expectSaved(page);
	await card.getByLabel('Due date').fill('2026-04-01');
	await expect(card.getByText('The due date is before the start date. Not saved.')).toBeVisible();
	await page.reload();
	await expect(
		page.getByRole('article', { name: 'Write an STS policy' }).getByLabel('Due date')
	).toHaveValue('');
});
