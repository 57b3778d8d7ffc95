import type { Page } from '@playwright/test';
import {
	createAssessment,
	expect,
	expectAccessible,
	expectFocusOnItem,
	test,
	expectSaved,
	startWalk,
	waitForServiceWorker
} from './fixtures';

/**
 * New assessments use framework version 2: six essential elements of six items each
 * (src/lib/content/v2/items/*.ts), 6 × 6 = 36 items. Element k holds items 6(k − 1) + 1 to 6k.
 */
const TOTAL_ITEMS = 36;

/** The statement of the item that has focus. */
async function focusedItemTitle(page: Page) {
	return page.evaluate(
		() =>
			document.activeElement?.closest('[data-item-id]')?.querySelector('h3')?.textContent ?? null
	);
}

test('the whole walk can be done by keyboard alone, and ends at the review', async ({ page }) => {
	await startWalk(page, 'Keyboard Walk Agency');
	let keystrokes = 0;
	const press = async (key: string) => {
		keystrokes += 1;
		await page.keyboard.press(key);
	};

	for (let n = 1; n <= TOTAL_ITEMS; n++) {
		await expectFocusOnItem(page, n);
		const title = await focusedItemTitle(page);
		const card = page.locator('article', { has: page.getByRole('heading', { name: title! }) });
		if (n === 5) {
			await press('d');
			await expect(card.getByRole('radio', { name: "Don't know" })).toBeChecked();
		} else if (n === 9) {
			await press('n');
			const reason = card.getByRole('textbox', { name: /Why does this not apply/ });
			await expect(reason).toBeFocused();
			await page.keyboard.type('We have no on-site clinicians'); // typed text is not counted
			await press('Shift+Tab');
			await expect(card.getByRole('radio', { name: 'Not applicable' })).toBeFocused();
		} else {
			const score = String(n % 5);
			await press(score);
			await expect(card.getByRole('radio', { name: new RegExp(`^${score} `) })).toBeChecked();
		}
		await expect(card.getByText('Answered', { exact: true })).toBeVisible();
		await press('Enter');
	}

	await expect(page.getByRole('heading', { name: 'Review the answers' })).toBeVisible();
	await expect(page.getByText(`${TOTAL_ITEMS} of ${TOTAL_ITEMS} items`)).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Don’t know (1)' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Not answered yet (0)' })).toBeVisible();
	await expectAccessible(page, 'on the review step');
	// 36 answers + 36 moves + Shift+Tab out of the one N/A reason: 2 × 36 + 1 = 73.
	expect(keystrokes).toBe(2 * TOTAL_ITEMS + 1);
	console.log(`Full keyboard walk: ${keystrokes} keystrokes (plus the typed N/A reason).`);
});

test('reload in the middle restores the position and every answer', async ({ page }) => {
	await startWalk(page, 'Reload Agency');
	// All six items of element 1 (items 1-6) and the first of element 2 (item 7).
	const keys = ['3', '1', '4', '0', '2', '1', '3'];
	for (const [n, key] of keys.entries()) {
		await expectFocusOnItem(page, n + 1);
		await page.keyboard.press(key);
		await expect(page.getByText(`Item ${n + 1} of ${TOTAL_ITEMS} · Answered`)).toBeVisible();
		await page.keyboard.press('Enter');
	}
	// Item 8 is the second item of element 2 (items 7-12).
	await expectFocusOnItem(page, 8);
	await expect(page.getByText('Essential element 2 of 6')).toBeVisible();

	await page.goto(page.url().replace(/\/walk\/.*/, ''));
	await page.reload();
	await page.getByRole('link', { name: 'Continue where you left off' }).click();
	await expect(page.getByText('Essential element 2 of 6')).toBeVisible();
	expect(await focusedItemTitle(page)).toBe(
		await page.locator('article').nth(1).locator('h3').textContent()
	);
	await expect(page.getByText(`Item 8 of ${TOTAL_ITEMS} · Not answered yet`)).toBeVisible();

	await page.getByRole('link', { name: /^1\. / }).click();
	const checked = await page
		.locator('input[type="radio"]:checked')
		.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
	// Element 1's page shows its six items: the first six keys.
	expect(checked).toEqual(['3', '1', '4', '0', '2', '1']);
});

test('Not applicable needs a reason before the item counts as done', async ({ page }) => {
	await startWalk(page, 'Reason Agency');
	const card = page.locator('article').first();
	await card.getByRole('radio', { name: 'Not applicable' }).check();
	await expect(card.getByText('Needs a reason')).toBeVisible();
	await expect(card.getByRole('textbox', { name: /Why does this not apply/ })).toHaveAttribute(
		'aria-invalid',
		'true'
	);
	await expectAccessible(page, 'with the N/A reason open');

	await page.getByRole('link', { name: 'Review', exact: true }).click();
	const noReason = page.getByRole('region', { name: /Not applicable, but no reason yet \(1\)/ });
	await expect(noReason).toBeVisible();
	await noReason.getByRole('link').click();
	const reason = page
		.locator('article')
		.first()
		.getByRole('textbox', { name: /Why does/ });
	await reason.fill('Our unit has no clinical staff');
	await reason.blur();
	await expect(
		page.locator('article').first().getByText(`Item 1 of ${TOTAL_ITEMS} · Answered`)
	).toBeVisible();
	await page.reload();
	await expect(
		page
			.locator('article')
			.first()
			.getByRole('textbox', { name: /Why does/ })
	).toHaveValue('Our unit has no clinical staff');
});

test('notes, evidence and the discuss flag are saved and survive a reload', async ({ page }) => {
	await startWalk(page, 'Notes Agency');
	const card = page.locator('article').first();
	await card
		.getByRole('textbox', { name: 'Notes from the discussion' })
		.fill('Only the <b>leads</b> were trained');
	await card.getByRole('textbox', { name: 'Evidence' }).fill('Training roster 2025');
	await card.getByRole('checkbox', { name: 'Flag for later discussion' }).check();
	await expectSaved(page);
	await page.reload();
	const after = page.locator('article').first();
	await expect(after.getByRole('textbox', { name: 'Notes from the discussion' })).toHaveValue(
		'Only the <b>leads</b> were trained'
	);
	await expect(after.getByRole('textbox', { name: 'Evidence' })).toHaveValue(
		'Training roster 2025'
	);
	await expect(after.getByRole('checkbox', { name: 'Flag for later discussion' })).toBeChecked();
});

test('walk-through screens are accessible: unanswered, answered, shortcuts open', async ({
	page
}) => {
	await startWalk(page, 'Axe Agency');
	await expectAccessible(page, 'on an unanswered step');
	await page.keyboard.press('2');
	await expect(page.getByText(`Item 1 of ${TOTAL_ITEMS} · Answered`)).toBeVisible();
	await expectAccessible(page, 'on an answered step');
	await page.keyboard.press('?');
	const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
	await expect(dialog).toBeVisible();
	await expect(dialog.getByRole('cell', { name: 'Next item' })).toBeVisible();
	await expectAccessible(page, 'with the shortcut overlay open');
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(page.locator('article').first().getByRole('radio', { name: /^2 / })).toBeFocused();
});

test('the walk works offline', async ({ page, context }) => {
	await page.goto('/');
	await waitForServiceWorker(page);
	await startWalk(page, 'Offline Walk Agency');
	await context.setOffline(true);
	await page.getByRole('link', { name: /^6\. / }).click();
	await expect(page.getByText('Essential element 6 of 6')).toBeVisible();
	// Elements 1-5 hold 5 × 6 = 30 items, so element 6 starts at item 31.
	await expectFocusOnItem(page, 31);
	await page.keyboard.press('4');
	await expect(page.locator('article').first().getByRole('radio', { name: /^4 / })).toBeChecked();
	await expectSaved(page);
	await page.reload();
	await expect(page.locator('article').first().getByRole('radio', { name: /^4 / })).toBeChecked();
});

test('set-up: details, roster and risk profile are validated and saved', async ({ page }) => {
	await createAssessment(page, { organization: 'Setup Agency' });
	await page.getByRole('link', { name: 'Set-up', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Set-up', level: 1 })).toBeVisible();

	const org = page.getByLabel('Organization');
	await org.fill('');
	await org.blur();
	await expect(page.getByText('Organization is required. Not saved yet.')).toBeVisible();
	await page.getByLabel('Unit or program').fill('x'.repeat(10_000));
	await page.getByLabel('Unit or program').blur();
	await expect(
		page.getByText('Unit or program is too long: at most 200 characters.')
	).toBeVisible();
	await page.getByLabel('Unit or program').fill('<script>alert(1)</script> Team');
	await org.fill('Setup Agency Renamed');
	await expectSaved(page);

	await page.getByRole('button', { name: 'Add a member' }).click();
	await expect(page.getByLabel('Role')).toBeFocused();
	await expect(page.getByText('Role: choose one from the list.')).toBeVisible();
	await page.getByLabel('Role').selectOption({ label: 'Other role' });
	await expect(page.getByText('Describe the role in a few words.')).toBeVisible();
	await page.getByLabel('Which role?').fill('Foster parent liaison');
	await page.getByLabel('Name (optional)').fill('Zoë Łukasik');

	await expect(page.getByText('A note before you start.')).toBeVisible();
	const caseloads = page.getByRole('group', { name: /^Heavy trauma caseloads/ });
	await caseloads.getByRole('radio', { name: 'High' }).check();
	await expectAccessible(page, 'on set-up with errors shown');

	await page.reload();
	await expect(page.getByLabel('Organization')).toHaveValue('Setup Agency Renamed');
	await expect(page.getByLabel('Unit or program')).toHaveValue('<script>alert(1)</script> Team');
	await expect(page.getByLabel('Which role?')).toHaveValue('Foster parent liaison');
	await expect(page.getByLabel('Name (optional)')).toHaveValue('Zoë Łukasik');
	await expect(
		page
			.getByRole('group', { name: /^Heavy trauma caseloads/ })
			.getByRole('radio', { name: 'High' })
	).toBeChecked();
	await page.getByRole('link', { name: 'Overview' }).click();
	await expect(page.getByText('Heavy trauma caseloads: High')).toBeVisible();
	await expect(page.getByText('Foster parent liaison')).toBeVisible();
});

test('Load example creates a full, clearly labelled example', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('button', { name: 'Load example' }).click();
	// The organization of src/lib/content/v2/example.ts.
	await expect(
		page.getByRole('heading', {
			level: 1,
			name: 'Maple Hollow Child & Family Services (example)'
		})
	).toBeVisible();
	await expect(page.getByText('Example', { exact: true })).toBeVisible();
	// The example answers every item: 36 of 36.
	await expect(page.getByText(`${TOTAL_ITEMS} of ${TOTAL_ITEMS} items`)).toBeVisible();
	await page.getByRole('link', { name: 'Review', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Not answered yet (0)' })).toBeVisible();
	// Don't know in the example: item2.risk-in-safety-policy, item2.outside-sts-providers and
	// item2.leaders-trained-to-lead, so 3.
	await expect(page.getByRole('heading', { name: 'Don’t know (3)' })).toBeVisible();
	// Both Not applicable answers give a reason (item2.evidence-based-practice and
	// item2.sts-in-ebp-training), so none is listed without one.
	await expect(
		page.getByRole('heading', { name: 'Not applicable, but no reason yet (0)' })
	).toBeVisible();
	// Flagged: item2.private-self-check, item2.caseload-balance, item2.reflective-supervision and
	// item2.sts-in-supervision, so 4.
	await expect(page.getByRole('heading', { name: 'Flagged for discussion (4)' })).toBeVisible();
	await page.goto('/');
	await expect(page.getByText(`${TOTAL_ITEMS} of ${TOTAL_ITEMS} items`)).toBeVisible();
});

test('presentation mode enlarges the page and is remembered', async ({ page }) => {
	await page.goto('/');
	const toggle = page.getByRole('button', { name: 'Presentation mode' });
	const size = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
	expect(await size()).toBe('16px');
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	expect(await size()).toBe('20px');
	await page.reload();
	await expect(page.getByRole('button', { name: 'Presentation mode' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expectAccessible(page, 'in presentation mode');
});

for (const width of [768, 1920]) {
	test(`the walk-through fits a ${width} px screen without sideways scrolling`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height: 900 });
		await startWalk(page, `Width ${width} Agency`);
		await page.getByRole('button', { name: 'Presentation mode' }).click();
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBe(0);
		const card = await page.locator('article').first().boundingBox();
		expect(card!.x + card!.width).toBeLessThanOrEqual(width);
		await page.screenshot({ path: `test-results/walk-${width}.png` });
	});
}

test('notes typed just before a reload are not lost', async ({ page }) => {
	await startWalk(page, 'Fast Reload Agency');
	const notes = page
		.locator('article')
		.first()
		.getByRole('textbox', { name: 'Notes from the discussion' });
	await notes.click();
	await page.keyboard.type('Typed right before the reload');
	// Each keystroke is written at once (one write at a time), so a tenth of a second after the
	// last key, with focus still in the field, a reload keeps everything.
	await page.waitForTimeout(100);
	await page.reload();
	await expect(
		page.locator('article').first().getByRole('textbox', { name: 'Notes from the discussion' })
	).toHaveValue('Typed right before the reload');
});

test('typing at a person’s pace keeps every character, in notes and in plan fields', async ({
	page
}) => {
	await startWalk(page, 'Slow Typing Agency');
	await page.keyboard.press('1');
	const notes = page
		.locator('article')
		.first()
		.getByRole('textbox', { name: 'Notes from the discussion' });
	await notes.pressSequentially('Clinical director', { delay: 120 });
	await expect(notes).toHaveValue('Clinical director');
	await page.getByRole('link', { name: 'Plan', exact: true }).click();
	await page
		.getByRole('button', { name: 'Accept: Train leaders and non-clinical staff on STS' })
		.click();
	// Accepted and without an owner yet, its details are open: the owner comes next.
	const card = page.getByRole('article', { name: 'Train leaders and non-clinical staff on STS' });
	const owner = card.getByRole('textbox', { name: 'Owner (a role or a name)' });
	await owner.pressSequentially('HR lead', { delay: 120 });
	await expect(owner).toHaveValue('HR lead');
	await expect(owner).toBeFocused();
	await page.reload();
	await expect(
		page
			.getByRole('article', { name: 'Train leaders and non-clinical staff on STS' })
			.getByRole('textbox', { name: 'Owner (a role or a name)' })
	).toHaveValue('HR lead');
	await page.getByRole('link', { name: 'Walk-through', exact: true }).click();
	await page.getByRole('link', { name: /^1\. / }).click();
	await expect(
		page.locator('article').first().getByRole('textbox', { name: 'Notes from the discussion' })
	).toHaveValue('Clinical director');
});
