/**
 * Re-assessment cycles: a baseline, the next cycle with different answers, and what the board
 * sees: the hand-computed changes on Compare, the plan carried forward with its owner and status,
 * the quiet hint of last answers (off unless chosen), and "Since last time" in the report.
 *
 * Hand-computed: element 1 of framework version 2 starts with "Everyone who hears trauma stories
 * …" and "Leaders have had training …". Baseline answers 1 and 2: element 1 = (1 + 2) / 2 / 4 ×
 * 100 = 37.5, shown 38; overall = the one element with a score = 38. Review answers 3 and 2:
 * (3 + 2) / 2 / 4 × 100 = 62.5, shown 63. Change +25 (63 − 38). First practice improved
 * (1 → 3), second unchanged (2 → 2).
 */
import type { Page } from '@playwright/test';
import {
	expect,
	expectAccessible,
	expectSaved,
	expectFocusOnItem,
	startWalk,
	test
} from './fixtures';

const ORGANIZATION = 'Núñez & Łukasik Family Services';
const FIRST =
	'Everyone who hears trauma stories at work, in any role, is taught the basics of STS.';
const SECOND = 'Leaders have had training on what STS is and how it shows up at work.';

/** Answers the first practices of element 1 by keyboard: a digit, then Enter to go on. */
async function answerFirst(page: Page, scores: number[]) {
	for (const [i, score] of scores.entries()) {
		await expectFocusOnItem(page, i + 1);
		await page.keyboard.press(String(score));
		await expectSaved(page);
		await page.keyboard.press('Enter');
	}
}

/** Accepts the most urgent suggestion, gives it an owner and puts it in progress; its title. */
async function adoptFirstSuggestion(page: Page, owner: string): Promise<string> {
	await page.getByRole('link', { name: 'Plan', exact: true }).click();
	const first = page
		.getByRole('region', { name: /^Suggestions/ })
		.getByRole('row')
		.nth(1);
	const title = (
		(await first.getByRole('rowheader').locator('span').first().textContent()) ?? ''
	).trim();
	await first.getByRole('button', { name: `Accept: ${title}` }).click();
	const card = page
		.getByRole('region', { name: /^Our plan/ })
		.getByRole('article')
		.filter({ has: page.getByRole('heading', { level: 4, name: title }) });
	await card.getByLabel('Owner (a role or a name)').fill(owner);
	await card.getByLabel('Owner (a role or a name)').blur();
	await expectSaved(page);
	await card.getByLabel('Status').selectOption({ label: 'In progress' });
	await expectSaved(page);
	return title;
}

test('baseline, next cycle, compare: the changes by hand, the plan carried, the report says since when', async ({
	page
}) => {
	// The baseline.
	await startWalk(page, ORGANIZATION);
	await answerFirst(page, [1, 2]);
	const carried = await adoptFirstSuggestion(page, 'José Núñez');

	// Compare with one cycle only: a kind way on.
	await page.getByRole('link', { name: 'Compare', exact: true }).click();
	await expect(page.getByText(/This is the first cycle of/)).toBeVisible();

	// The next cycle.
	await page.getByRole('link', { name: 'Overview', exact: true }).click();
	await page.getByRole('link', { name: 'Start the next cycle' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Start the next cycle' })).toBeVisible();
	await expect(page.getByLabel("Show last cycle's answer beside each practice")).not.toBeChecked();
	await expectAccessible(page, 'on Start the next cycle');
	await page.getByLabel('Name of the new cycle').fill('');
	await page.getByRole('button', { name: 'Start the next cycle' }).click();
	await expect(page.getByLabel('Name of the new cycle')).toBeFocused();
	await page.getByLabel('Name of the new cycle').fill('Review 2027');
	await page.getByRole('button', { name: 'Start the next cycle' }).click();
	await expect(page.getByRole('heading', { level: 1, name: ORGANIZATION })).toBeVisible();
	await expect(page.getByText('Review 2027')).toBeVisible();
	const nextUrl = page.url();

	// The plan came along: owner and status kept.
	await page.getByRole('link', { name: 'Plan', exact: true }).click();
	const card = page
		.getByRole('region', { name: /^Our plan/ })
		.getByRole('article')
		.filter({ has: page.getByRole('heading', { level: 4, name: carried }) });
	await expect(card.getByLabel('Owner (a role or a name)')).toHaveValue('José Núñez');
	await expect(card.getByLabel('Status')).toHaveValue('in-progress');

	// Answers start empty; no hint of last time unless chosen.
	await page.getByRole('link', { name: 'Walk-through', exact: true }).click();
	await expect(page.getByText('Essential element 1 of 6')).toBeVisible();
	await expect(page.locator('input[type="radio"]:focus')).toHaveCount(1);
	await expect(page.getByText(/^Last cycle/)).toHaveCount(0);
	await answerFirst(page, [3, 2]);

	// Turned on in Set-up, the hint shows last cycle's answer under each practice.
	await page.getByRole('link', { name: 'Set-up', exact: true }).click();
	await page.getByLabel("Show last cycle's answer beside each practice").check();
	await expectSaved(page);
	await page.getByRole('link', { name: 'Walk-through', exact: true }).click();
	await page
		.getByRole('link', { name: /walk-through|where you left off/i })
		.first()
		.click();
	const first = page.locator('article', { has: page.getByRole('heading', { name: FIRST }) });
	await expect(first.getByText(/^Last cycle/)).toHaveText(
		`Last cycle (Baseline ${new Date().getFullYear()}): 1 (Beginning)`
	);

	// Compare: the hand-computed scores and changes, after a reload of the page itself.
	await page.goto(nextUrl + '/compare');
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Compare cycles' })).toBeVisible();
	const scores = page.getByRole('table').first();
	const overall = scores.getByRole('row').filter({ hasText: /^Overall/ });
	await expect(overall).toContainText('38');
	await expect(overall).toContainText('63');
	await expect(overall).toContainText('+25');
	const practices = page.getByRole('row').filter({ hasText: FIRST });
	await expect(practices).toContainText('1 (Beginning)');
	await expect(practices).toContainText('3 (Mostly in place)');
	await expect(practices).toContainText('Improved');
	await expect(page.getByRole('row').filter({ hasText: SECOND })).toContainText('Unchanged');
	await expectAccessible(page, 'on Compare');

	// The report of the review says what changed since the baseline.
	await page.getByRole('link', { name: 'Report', exact: true }).click();
	const since = page.getByRole('region', { name: 'Since last time', exact: true });
	await expect(since).toBeVisible();
	await expect(since.getByText(/^Compared with Baseline \d{4}/)).toBeVisible();
	await expect(since.getByText('Overall score: 38 then, 63 now (+25).')).toBeVisible();
	await expect(since.getByRole('row').filter({ hasText: FIRST })).toContainText(
		'3 (Mostly in place)'
	);

	// "New assessment" with the same name points to the next cycle instead of a second organization.
	await page.goto('/new');
	await page.getByLabel('Organization').fill(ORGANIZATION.toUpperCase());
	await expect(
		page.getByRole('status').filter({ hasText: `${ORGANIZATION} already has 2 assessments` })
	).toBeVisible();
	await expect(
		page.getByRole('link', { name: `Start the next cycle of ${ORGANIZATION}` })
	).toHaveAttribute('href', new URL(nextUrl).pathname + '/next-cycle');
});
