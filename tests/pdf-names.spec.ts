/**
 * The PDF embeds a Latin subset of DejaVu Sans (static/fonts, scripts/subset-fonts.mjs): names in
 * the Latin scripts our users write must still print as written, in the roster and as plan owners.
 * jsPDF silently drops a character the font has no glyph for ("Đặng" would print as "Đng"), so the
 * PDF's text shows whether the subset covers a name. Made offline, it also shows that the
 * service worker precached the fonts.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectSaved, pdfText, test, waitForServiceWorker } from './fixtures';

const ROSTER_NAMES = ['Đặng Thị Hương', 'Søren Ærø', 'Ewa Żółć'];
const OWNER_NAMES = ['Çağrı Öztürk', 'Ștefan Țăranu'];
/** The task force as the report lists it: the example's own members, then the ones added here. */
const ROSTER_LINES = [
	'Program manager: José Núñez',
	'Casework supervisor: Zoë Łukasik',
	...ROSTER_NAMES.map((name) => `Clinician or therapist: ${name}`)
];

async function addRosterMember(page: Page, name: string) {
	await page.getByRole('button', { name: 'Add a member' }).click();
	await page.getByLabel('Role').last().selectOption({ label: 'Clinician or therapist' });
	await page.getByLabel('Name (optional)').last().fill(name);
	await expectSaved(page);
}

test('names in every Latin script print exactly in the PDF, made offline', async ({
	page,
	context
}) => {
	test.setTimeout(90_000);
	await page.goto('/');
	// Offline from here on: the fonts and the PDF code come from the service worker's cache.
	await waitForServiceWorker(page);
	await context.setOffline(true);
	await page.getByRole('button', { name: 'Load example' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Maple Hollow Child & Family Services (example)' })
	).toBeVisible();

	await page.getByRole('link', { name: 'Set-up', exact: true }).click();
	for (const name of ROSTER_NAMES) await addRosterMember(page, name);

	await page.getByRole('link', { name: 'Plan', exact: true }).click();
	// Adopt the two most urgent suggestions: owners belong to our plan.
	const suggestions = page.getByRole('region', { name: /^Suggestions/ });
	await suggestions
		.getByRole('checkbox', { name: /^Select: / })
		.nth(0)
		.check();
	await suggestions
		.getByRole('checkbox', { name: /^Select: / })
		.nth(1)
		.check();
	await page.getByRole('button', { name: 'Accept selected (2)' }).click();
	const actions = page.getByRole('region', { name: /^Our plan/ }).getByRole('article');
	await expect(actions).toHaveCount(2);
	for (const [i, name] of OWNER_NAMES.entries()) {
		const owner = actions.nth(i).getByLabel('Owner (a role or a name)');
		await owner.fill(name);
		await owner.blur();
		await expectSaved(page);
	}

	await page.getByRole('link', { name: 'Report', exact: true }).click();
	// The HTML report shows them too, so the PDF below is made from the stored names.
	for (const line of ROSTER_LINES) await expect(page.getByText(line)).toBeVisible();
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download PDF' }).click();
	const bytes = readFileSync(await (await downloading).path());

	const { text } = await pdfText(new Uint8Array(bytes));
	for (const line of ROSTER_LINES) expect(text).toContain(line);
	for (const name of OWNER_NAMES) expect(text).toContain(name);
});
