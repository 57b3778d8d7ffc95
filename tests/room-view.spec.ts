import type { Locator, Page } from '@playwright/test';
import {
	expect,
	expectAccessible,
	expectFocusOnItem,
	expectSaved,
	startWalk,
	test
} from './fixtures';

/**
 * The room view (issue 13, part 5): in presentation mode, with the side list hidden, the current
 * item's statement and its whole scale are on screen without anyone scrolling, on a 1280 × 800
 * and a 1024 × 768 projector, for the first item of every element, with its guidance open too.
 * And the keys: Esc leaves the "Not applicable" reason for the scale, and a shortcut key is
 * never typed into a text box the group did not choose.
 *
 * New assessments use framework version 2: six elements of six items each, so element k starts
 * at item 6(k − 1) + 1 of 36.
 */
const ELEMENTS = 6;
const ITEMS_PER_ELEMENT = 6;
const TOTAL_ITEMS = ELEMENTS * ITEMS_PER_ELEMENT;

interface Rect {
	top: number;
	bottom: number;
	left: number;
	right: number;
}

/** Where an element is on screen, as the browser lays it out (CSS pixels of the viewport). */
function rectOf(locator: Locator): Promise<Rect> {
	return locator.evaluate((el) => {
		const r = el.getBoundingClientRect();
		return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
	});
}

/**
 * The statement, the whole scale and its last answer ("Not applicable") are inside the viewport,
 * as it is now: nothing is scrolled here.
 */
async function expectItemOnScreen(page: Page, card: Locator, when: string) {
	const view = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
	const parts: [string, Locator][] = [
		['statement', card.locator('h3')],
		['scale', card.getByRole('group', { name: 'How far is this in place today?' })],
		['last answer', card.getByRole('radio', { name: 'Not applicable' })]
	];
	const seen: string[] = [];
	for (const [what, locator] of parts) {
		const rect = await rectOf(locator);
		seen.push(`${what} ${Math.round(rect.top)}–${Math.round(rect.bottom)}`);
		expect(rect.top, `${when}: top of the ${what}`).toBeGreaterThanOrEqual(0);
		expect(rect.bottom, `${when}: bottom of the ${what}`).toBeLessThanOrEqual(view.height);
		expect(rect.left, `${when}: left of the ${what}`).toBeGreaterThanOrEqual(0);
		expect(rect.right, `${when}: right of the ${what}`).toBeLessThanOrEqual(view.width);
	}
	console.log(`${view.width}×${view.height}, ${when}: ${seen.join(', ')} (px)`);
}

for (const { width, height } of [
	{ width: 1280, height: 800 },
	{ width: 1024, height: 768 }
]) {
	test(`presentation mode at ${width}×${height}: each element's first item and its whole scale fit, guidance open or closed`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height });
		await page.goto('/');
		const presentation = page.getByRole('button', { name: 'Presentation mode' });
		await presentation.click();
		await expect(presentation).toHaveAttribute('aria-pressed', 'true');
		await startWalk(page, `Room ${width} Agency`);

		await page.getByRole('button', { name: 'Hide the list' }).click();
		// Same button, its label now says what the next press does; focus stays on it.
		await expect(page.getByRole('button', { name: 'Show the list' })).toBeFocused();
		await expect(page.getByRole('navigation', { name: 'Essential elements' })).toBeHidden();
		// Remembered on this device: a reload (the projector laptop waking up) keeps it hidden and
		// puts the room back on item 1, laid out for the projector.
		await page.reload();
		await expect(page.getByRole('button', { name: 'Show the list' })).toBeVisible();
		await expect(page.getByRole('navigation', { name: 'Essential elements' })).toBeHidden();

		for (let element = 1; element <= ELEMENTS; element++) {
			const first = (element - 1) * ITEMS_PER_ELEMENT + 1;
			await expect(page.getByText(`Essential element ${element} of ${ELEMENTS}`)).toBeVisible();
			await expectFocusOnItem(page, first);
			const card = page.locator(`article[data-position="${first}"]`);
			await expect(card.getByText(`Item ${first} of ${TOTAL_ITEMS}`)).toBeVisible();
			await expectItemOnScreen(page, card, `element ${element}, guidance closed`);

			await card.getByText('What good looks like, and evidence').click();
			await expect(
				card.getByRole('region', { name: 'What good looks like, and evidence' })
			).toBeVisible();
			await expectItemOnScreen(page, card, `element ${element}, guidance open`);

			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow, 'sideways scrolling').toBe(0);
			if (element === 1) {
				await expectAccessible(
					page,
					`in presentation mode at ${width}×${height}, list hidden, guidance open`
				);
			}
			if (element < ELEMENTS) await page.getByRole('link', { name: /^Next: / }).click();
		}

		// The list comes back with one press, and the walk is the same walk.
		await page.getByRole('button', { name: 'Show the list' }).click();
		await expect(page.getByRole('navigation', { name: 'Essential elements' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Hide the list' })).toBeFocused();
	});
}

test('Esc goes from the Not applicable reason back to the scale, and is listed', async ({
	page
}) => {
	await startWalk(page, 'Room Keys Agency');
	await page.keyboard.press('2');
	await page.keyboard.press('Enter');
	await expectFocusOnItem(page, 2);
	const card = page.locator('article[data-position="2"]');
	const reason = card.getByRole('textbox', { name: /Why does this not apply/ });
	const notApplicable = card.getByRole('radio', { name: 'Not applicable' });

	await page.keyboard.press('n');
	await expect(reason).toBeFocused();
	await page.keyboard.type('We have no on-site clinicians');
	await page.keyboard.press('Escape');
	await expect(notApplicable).toBeFocused();
	await expect(notApplicable).toBeChecked();
	await expect(reason).toHaveValue('We have no on-site clinicians');
	await expect(card.getByText(`Item 2 of ${TOTAL_ITEMS} · Answered`)).toBeVisible();
	await expectSaved(page);

	// From the notes too: the letters typed there are text (the group chose the field), and Esc
	// goes back to the chosen answer.
	const notes = card.getByRole('textbox', { name: 'Notes from the discussion' });
	await notes.click();
	await page.keyboard.type('kd');
	await expect(notes).toHaveValue('kd');
	await page.keyboard.press('Escape');
	await expect(notApplicable).toBeFocused();

	await page.keyboard.press('?');
	const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
	const escRow = help.getByRole('row').filter({
		has: page.getByRole('cell', {
			name: 'From the reason, the notes or the evidence: back to the scale (what you typed is saved)',
			exact: true
		})
	});
	await expect(escRow.locator('kbd')).toHaveText('Esc');
	await page.keyboard.press('Escape');
	await expect(help).toBeHidden();
	await expect(notApplicable).toBeFocused();
});

test('a shortcut key is never typed into a text box the group did not choose', async ({ page }) => {
	await startWalk(page, 'Room Tab Agency');
	await page.keyboard.press('2');
	await page.keyboard.press('Enter');
	await expectFocusOnItem(page, 2);
	const card = page.locator('article[data-position="2"]');
	const reason = card.getByRole('textbox', { name: /Why does this not apply/ });
	const notes = card.getByRole('textbox', { name: 'Notes from the discussion' });

	await page.keyboard.press('n');
	await expect(reason).toBeFocused();
	await page.keyboard.type('We have no on-site clinicians');
	// Tab from the reason lands on "Back to the scale", not in the notes: "d" there is a shortcut.
	await page.keyboard.press('Tab');
	await expect(card.getByRole('button', { name: 'Back to the scale' })).toBeFocused();
	await page.keyboard.press('d');
	await expect(card.getByRole('radio', { name: "Don't know" })).toBeChecked();
	await expect(card.getByRole('radio', { name: "Don't know" })).toBeFocused();

	// "N" again brings the written reason back; focus stays on the scale, so "k" moves on
	// instead of being added to the reason.
	await page.keyboard.press('n');
	await expect(reason).toHaveValue('We have no on-site clinicians');
	await expect(card.getByRole('radio', { name: 'Not applicable' })).toBeFocused();
	await page.keyboard.press('k');
	await expectFocusOnItem(page, 1);
	await expect(reason).toHaveValue('We have no on-site clinicians');
	await expect(notes).toHaveValue('');

	// "N" on an item with no reason: focus is in the reason field at once, whatever the write's
	// speed (decided at the key press), so what comes next is typed in plain sight. Esc goes
	// back to the scale, and "J" moves on; the reason stays empty.
	await page.keyboard.press('j');
	await expectFocusOnItem(page, 2);
	await page.keyboard.press('Enter');
	await expectFocusOnItem(page, 3);
	const third = page.locator('article[data-position="3"]');
	await page.keyboard.press('n');
	await expect(third.getByRole('textbox', { name: /Why does this not apply/ })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(third.getByRole('radio', { name: 'Not applicable' })).toBeFocused();
	await page.keyboard.press('j');
	await expect(third.getByRole('radio', { name: 'Not applicable' })).toBeChecked();
	await expect(third.getByText('Needs a reason')).toBeVisible();
	await expectFocusOnItem(page, 4);
	await page.keyboard.press('3');
	const fourth = page.locator('article[data-position="4"]');
	await expect(fourth.getByText(`Item 4 of ${TOTAL_ITEMS} · Answered`)).toBeVisible();
	await expect(fourth.getByRole('radio', { name: /^3 / })).toBeChecked();
	await expect(third.getByRole('textbox', { name: /Why does this not apply/ })).toHaveValue('');
	await expect(third.getByRole('textbox', { name: 'Notes from the discussion' })).toHaveValue('');
});
