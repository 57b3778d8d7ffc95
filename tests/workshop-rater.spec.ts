/**
 * A rater's own device (issue 13): open the join link, answer alone, hand in by code, QR code and
 * file, erase. No assessment is on this device: the link carries the round.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { decodeHandIn } from '../src/lib/domain/workshop/hand-in-code';
import { readRaterFile } from '../src/lib/domain/workshop/rater-file';
import { encodeRoundLink, type RoundLink } from '../src/lib/domain/workshop/round-link';
import { expect, expectAccessible, expectSaved, test, waitForServiceWorker } from './fixtures';

const ORGANIZATION = 'Núñez & Łukasik Family Services';
const ITEMS = 9;
/**
 * A join link carries walk positions, not ids: stand-in ids for positions 0-8 give the very link
 * the facilitator's laptop makes for the first nine practices of framework version 2.0.0.
 */
const POSITIONS = Array.from({ length: ITEMS }, (_, index) => `position${index}`);

function joinPath(round: Partial<RoundLink> = {}): string {
	const link: RoundLink = {
		roundId: randomUUID(),
		assessmentId: randomUUID(),
		frameworkVersion: '2.0.0',
		itemIds: POSITIONS,
		organization: ORGANIZATION,
		...round
	};
	return `/rate#join=${encodeRoundLink(link, POSITIONS)}`;
}

const card = (page: Page, position: number) => page.locator(`[data-position="${position}"]`);
const itemIdAt = async (page: Page, position: number) =>
	(await card(page, position).getAttribute('data-item-id')) ?? '';
const draftKeys = (page: Page) =>
	page.evaluate(() =>
		Object.keys(localStorage).filter((key) => key.startsWith('sts-workbook:rate:'))
	);

/** Downloads the rater file as it is now and reads it back as the facilitator's laptop would. */
async function downloadRaterFile(page: Page) {
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download a rater file' }).click();
	const download = await downloading;
	const text = readFileSync((await download.path())!, 'utf8');
	return { name: download.suggestedFilename(), read: readRaterFile(text) };
}

test('a rater answers alone, reloads, hands in by code, QR code and file, then erases', async ({
	page
}) => {
	const roundId = randomUUID();
	const assessmentId = randomUUID();
	await page.goto(joinPath({ roundId, assessmentId }));

	await expect(
		page.getByRole('heading', { level: 1, name: `You are rating for ${ORGANIZATION}` })
	).toBeVisible();
	await expect(page.getByText(`${ITEMS} practices. For each, choose`)).toBeVisible();
	await expect(
		page.getByText(
			'Your answers stay on this device. Nothing is sent anywhere: at the end you hand them in yourself, by showing a code or sending a file. No name needed.'
		)
	).toBeVisible();
	await expect(page.getByText(`0 of ${ITEMS} answered`)).toBeVisible();
	await expectAccessible(page, 'rater page');

	await page.getByLabel('Your initials (optional)').fill('ZŁ');
	await card(page, 1).getByRole('radio', { name: /^3 / }).check();
	await card(page, 1)
		.getByLabel('My private notes (optional)')
		.fill('José Núñez runs the peer group.');
	await card(page, 2).getByRole('radio', { name: "Don't know" }).check();
	await card(page, 3).getByRole('radio', { name: 'Not applicable' }).check();
	await card(page, 3)
		.getByLabel('Why does this not apply? (optional)')
		.fill('No night shift here.');
	await expectSaved(page);
	await expect(page.getByText(`3 of ${ITEMS} answered`)).toBeVisible();
	const ids = [await itemIdAt(page, 1), await itemIdAt(page, 2), await itemIdAt(page, 3)];

	// A reload brings everything back from this device.
	await page.reload();
	await expect(
		page.getByText('Welcome back: your 3 answers kept on this device are here.')
	).toBeVisible();
	await expect(page.getByText(`3 of ${ITEMS} answered`)).toBeVisible();
	await expect(page.getByLabel('Your initials (optional)')).toHaveValue('ZŁ');
	await expect(card(page, 1).getByRole('radio', { name: /^3 / })).toBeChecked();
	await expect(card(page, 1).getByLabel('My private notes (optional)')).toHaveValue(
		'José Núñez runs the peer group.'
	);
	await expect(card(page, 2).getByRole('radio', { name: "Don't know" })).toBeChecked();
	await expect(card(page, 3).getByLabel('Why does this not apply? (optional)')).toHaveValue(
		'No night shift here.'
	);
	await expect(card(page, 4).getByRole('radio', { checked: true })).toHaveCount(0);

	// Hand in: six left, which is allowed and said.
	await expect(
		page.getByText(
			'6 practices are not answered yet. You can hand in now: they count as not answered.'
		)
	).toBeVisible();
	await page.getByRole('button', { name: 'Hand in now' }).click();
	await expect(page.getByRole('heading', { name: 'Your hand-in is ready' })).toBeFocused();

	const shown = ((await page.locator('.hand-in-code').textContent()) ?? '').replace(/\s+/g, '');
	const decoded = decodeHandIn(shown, { roundId, itemCount: ITEMS });
	expect(decoded.ok, shown).toBe(true);
	if (!decoded.ok) return;
	expect(decoded.value.answers).toEqual([
		{ kind: 'score', value: 3 },
		{ kind: 'dont-know' },
		{ kind: 'not-applicable', reason: '' },
		null,
		null,
		null,
		null,
		null,
		null
	]);
	// The result QR code holds the same code, and shows it in text below.
	const qr = page.getByRole('img', { name: 'QR code of your hand-in code' });
	await expect(qr).toBeVisible();
	expect(await qr.getAttribute('data-code')).toBe(shown);
	await expect(page.locator('.result-qr figcaption')).toHaveText(shown);
	await expectAccessible(page, 'hand-in shown');

	// The rater file, without notes unless ticked; the same hand-in id as the code.
	const plain = await downloadRaterFile(page);
	expect(plain.name).toMatch(/^sts-rater-[0-9A-Z]{4}-[0-9A-F]{5}\.json$/);
	expect(plain.read.ok).toBe(true);
	if (!plain.read.ok) return;
	expect(plain.read.handIn).toMatchObject({
		handInId: decoded.value.handInId,
		roundId,
		assessmentId,
		label: 'ZŁ',
		origin: 'file',
		answers: {
			[ids[0]!]: { kind: 'score', value: 3 },
			[ids[1]!]: { kind: 'dont-know' },
			[ids[2]!]: { kind: 'not-applicable', reason: 'No night shift here.' }
		}
	});
	expect(Object.keys((plain.read.handIn as { answers: object }).answers)).toHaveLength(3);
	expect(plain.read.handIn).not.toHaveProperty('notes');

	await page.getByRole('checkbox', { name: 'Include my notes' }).check();
	const withNotes = await downloadRaterFile(page);
	expect(withNotes.read.ok && withNotes.read.handIn).toMatchObject({
		handInId: decoded.value.handInId,
		notes: { [ids[0]!]: 'José Núñez runs the peer group.' }
	});

	// Erase, after a question whose safe answer is "Cancel".
	await page.getByRole('button', { name: 'Erase my answers from this device' }).click();
	const dialog = page.getByRole('dialog', { name: 'Erase your answers from this device?' });
	await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
	await dialog.getByRole('button', { name: 'Erase my answers' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Your answers are erased from this device' })
	).toBeFocused();
	expect(await draftKeys(page)).toEqual([]);
	await expectAccessible(page, 'erased');

	await page.reload();
	await expect(page.getByText(`0 of ${ITEMS} answered`)).toBeVisible();
	await expect(page.getByLabel('Your initials (optional)')).toHaveValue('');
	await expect(page.getByText(/Welcome back/)).toBeHidden();
});

test('a damaged or expired join link is refused in words that say what to do', async ({ page }) => {
	await page.goto('/rate#join=not-a-link');
	await expect(
		page.getByRole('heading', { level: 1, name: 'This link does not open a round' })
	).toBeVisible();
	await expect(
		page.getByText('This join link is damaged. Ask the facilitator to show it again.')
	).toBeVisible();
	await expect(
		page.getByText('Ask the facilitator for the link again, or scan the join QR code again.')
	).toBeVisible();
	await expectAccessible(page, 'refused link');

	await page.goto('about:blank');
	await page.goto(joinPath({ expires: '2020-01-01T00:00:00Z' }));
	await expect(
		page.getByText('This join link has expired. Ask the facilitator for a new one.')
	).toBeVisible();

	await page.goto('about:blank');
	await page.goto('/rate');
	await expect(
		page.getByRole('heading', { level: 1, name: 'Rate on your own device' })
	).toBeVisible();
	await expectAccessible(page, 'no link');
});

test('answers kept on this device are listed without a link, to carry on or erase', async ({
	page
}) => {
	await page.goto(joinPath());
	await card(page, 1).getByRole('radio', { name: /^2 / }).check();
	await expectSaved(page);

	// A new tab (no round remembered) opened without the link.
	const other = await page.context().newPage();
	await other.goto('/rate');
	const kept = other.getByRole('listitem').filter({ hasText: ORGANIZATION });
	await expect(kept).toContainText(`1 of ${ITEMS} answered`);
	await kept.getByRole('button', { name: `Carry on rating for ${ORGANIZATION}` }).click();
	await expect(
		other.getByRole('heading', { level: 1, name: `You are rating for ${ORGANIZATION}` })
	).toBeFocused();
	await expect(card(other, 1).getByRole('radio', { name: /^2 / })).toBeChecked();

	// That tab now remembers its round; a third one, again without the link, erases it.
	const third = await page.context().newPage();
	await third.goto('/rate');
	await third
		.getByRole('listitem')
		.filter({ hasText: ORGANIZATION })
		.getByRole('button', { name: `Erase the answers for ${ORGANIZATION}` })
		.click();
	await third.getByRole('dialog').getByRole('button', { name: 'Erase the answers' }).click();
	await expect(
		third.getByText(`Erased the answers for ${ORGANIZATION} from this device.`)
	).toBeFocused();
	expect(await draftKeys(third)).toEqual([]);
	await expect(third.getByRole('heading', { name: 'Answers kept on this device' })).toBeHidden();
});

test('the rater page works offline once the service worker is ready', async ({ page, context }) => {
	const path = joinPath();
	await page.goto(path);
	await waitForServiceWorker(page);
	await card(page, 1).getByRole('radio', { name: /^4 / }).check();
	await expectSaved(page);

	await context.setOffline(true);
	await page.reload();
	await expect(
		page.getByRole('heading', { level: 1, name: `You are rating for ${ORGANIZATION}` })
	).toBeVisible();
	await expect(card(page, 1).getByRole('radio', { name: /^4 / })).toBeChecked();
	await card(page, 2).getByRole('radio', { name: /^1 / }).check();
	await expectSaved(page);

	// A round never opened online, and the QR encoder, loaded only now, both come from the cache.
	await page.goto('about:blank');
	await page.goto(joinPath({ organization: 'Đặng Clinic' }));
	await expect(
		page.getByRole('heading', { level: 1, name: 'You are rating for Đặng Clinic' })
	).toBeVisible();
	// Nothing answered yet: nothing to hand in, and the page says why.
	await expect(page.getByRole('button', { name: 'Hand in now' })).toBeDisabled();
	await expect(page.getByText('Answer at least one practice to hand in.')).toBeVisible();
	await card(page, 1).getByRole('radio', { name: /^3 / }).check();
	await page.getByRole('button', { name: 'Hand in now' }).click();
	await expect(page.getByRole('img', { name: 'QR code of your hand-in code' })).toBeVisible();
});
