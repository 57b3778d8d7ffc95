/*
 * A whole room, offline: the facilitator's laptop and three raters' phones are separate browser
 * contexts (separate devices: nothing shared but what a person carries across). Rater A hands in
 * by typing the code from their phone, rater B by a rater file, rater C by passing the laptop,
 * and rater D by showing the result QR code to the laptop's camera (Chromium's fake camera plays
 * a video of D's QR code). Then the reveal shows the hand-computed spread, the room confirms what
 * it agrees on and settles the split practice, and Results follow the consensus.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { correction, generate } from 'lean-qr';
import { createAssessment, expect, expectAccessible, test, waitForServiceWorker } from './fixtures';

const VIDEO = join(tmpdir(), `sts-workbook-qr-${process.pid}.y4m`);
const W = 640;
const H = 480;

/** A few frames of a grey-scale video of `text` as a QR code, as Chromium's fake camera plays it. */
function writeQrVideo(text: string) {
	const code = generate(text, { minCorrectionLevel: correction.M });
	const quiet = 4;
	const scale = Math.floor((Math.min(W, H) * 0.8) / (code.size + quiet * 2));
	const offsetX = Math.floor((W - (code.size + quiet * 2) * scale) / 2);
	const offsetY = Math.floor((H - (code.size + quiet * 2) * scale) / 2);
	const luma = new Uint8Array(W * H).fill(235);
	for (let y = 0; y < code.size; y++) {
		for (let x = 0; x < code.size; x++) {
			if (!code.get(x, y)) continue;
			for (let dy = 0; dy < scale; dy++) {
				const row = (offsetY + (y + quiet) * scale + dy) * W;
				luma.fill(16, row + offsetX + (x + quiet) * scale, row + offsetX + (x + quiet + 1) * scale);
			}
		}
	}
	const chroma = new Uint8Array((W / 2) * (H / 2)).fill(128);
	const frames = Array.from({ length: 3 }, () => [Buffer.from('FRAME\n'), luma, chroma, chroma]);
	writeFileSync(
		VIDEO,
		Buffer.concat([Buffer.from(`YUV4MPEG2 W${W} H${H} F10:1 Ip A1:1 C420jpeg\n`), ...frames.flat()])
	);
	return (code.size - 17) / 4;
}

// Chromium needs the file when it starts; the real code is written before the scan.
writeQrVideo('PLACEHOLDER');
test.use({
	launchOptions: {
		executablePath:
			process.env.CHROMIUM_PATH ||
			(existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
		args: [
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
			'--use-fake-device-for-media-stream',
			'--use-fake-ui-for-media-stream',
			`--use-file-for-fake-video-capture=${VIDEO}`
		]
	},
	permissions: ['camera']
});

const ORGANIZATION = 'Đặng & Núñez Community Services';

/** A rater's own phone: a new context, the app cached by its service worker, then offline. */
async function phone(
	browser: Browser,
	baseURL: string,
	link: string
): Promise<[BrowserContext, Page]> {
	const context = await browser.newContext({ baseURL, serviceWorkers: 'allow' });
	const page = await context.newPage();
	await page.goto('/');
	await waitForServiceWorker(page);
	await context.setOffline(true);
	await page.goto(link.slice(baseURL.length));
	await expect(
		page.getByRole('heading', { level: 1, name: `You are rating for ${ORGANIZATION}` })
	).toBeVisible();
	return [context, page];
}

/** The rater's answers on their phone: practice 1, practice 2, then 2 on the other four. */
async function rate(page: Page, first: string, second: string) {
	const card = (n: number) => page.locator(`[data-position="${n}"]`);
	await card(1)
		.getByRole('radio', { name: new RegExp(`^${first} `) })
		.check();
	await card(2)
		.getByRole('radio', { name: new RegExp(`^${second} `) })
		.check();
	for (const n of [3, 4, 5, 6]) await card(n).getByRole('radio', { name: /^2 / }).check();
	await expect(page.getByText('6 of 6 answered')).toBeVisible();
	await page.getByRole('button', { name: 'Hand in now' }).click();
	await expect(page.getByRole('heading', { name: 'Your hand-in is ready' })).toBeFocused();
	return ((await page.locator('.hand-in-code').textContent()) ?? '').replace(/\s+/g, '');
}

test('a four-rater round offline: code, file, pass the laptop and a scanned QR code', async ({
	page,
	context,
	browser,
	baseURL
}) => {
	test.setTimeout(180_000);
	await createAssessment(page, { organization: ORGANIZATION });
	const assessmentId = new URL(page.url()).pathname.split('/').filter(Boolean).at(-1)!;
	await waitForServiceWorker(page);
	await context.setOffline(true);

	// The facilitator starts a round on element 1 only (6 practices), expecting 4.
	await page.getByRole('link', { name: 'Workshop', exact: true }).click();
	await page.getByRole('radio', { name: 'Only the essential elements I choose' }).check();
	await page
		.getByRole('group', { name: 'Essential elements' })
		.getByRole('checkbox')
		.first()
		.check();
	await page.getByLabel('How many raters do you expect? (optional)').fill('4');
	await page.getByRole('button', { name: 'Start the round' }).click();
	await expect(page.getByText('0 of 4 received', { exact: true })).toBeVisible();
	const link = await page.getByRole('textbox', { name: 'Join link' }).inputValue();

	// Rater A types the code from their phone into the laptop.
	const [phoneA, a] = await phone(browser, baseURL!, link);
	const codeA = await rate(a, '0', '3');
	await page.getByLabel('Hand-in code').fill(codeA);
	await page.getByRole('button', { name: 'Receive', exact: true }).click();
	await expect(page.getByText('1 of 4 received', { exact: true })).toBeVisible();

	// Rater B sends a rater file, with a note.
	const [phoneB, b] = await phone(browser, baseURL!, link);
	await b
		.locator('[data-position="1"]')
		.getByLabel('My private notes (optional)')
		.fill('Only the clinic team has this.');
	await rate(b, '1', '3');
	await b.getByRole('checkbox', { name: 'Include my notes' }).check();
	const downloading = b.waitForEvent('download');
	await b.getByRole('button', { name: 'Download a rater file' }).click();
	const file = readFileSync((await (await downloading).path())!);
	await page.getByLabel('Add rater files').setInputFiles({
		name: 'rater-b.json',
		mimeType: 'application/json',
		buffer: file
	});
	await expect(page.getByText('2 of 4 received', { exact: true })).toBeVisible();

	// Rater D shows the result QR code; the laptop's camera reads it.
	const [phoneD, d] = await phone(browser, baseURL!, link);
	const codeD = await rate(d, '3', '3');
	const qr = d.getByRole('img', { name: 'QR code of your hand-in code' });
	expect(await qr.getAttribute('data-code')).toBe(codeD);
	// What the phone draws: the code without its dashes (ResultQr), read by the laptop's camera.
	const version = writeQrVideo(codeD.replace(/-/g, ''));
	console.log(`Hand-in code for 6 practices: ${codeD.length} characters; QR version ${version}.`);
	await page.getByRole('button', { name: 'Scan a code' }).click();
	await expect(page.getByText('3 of 4 received', { exact: true })).toBeVisible({ timeout: 15_000 });

	// Rater C passes the laptop round.
	await page.goto(`/assessments/${assessmentId}/workshop/laptop`);
	await page.getByRole('button', { name: 'Start rating' }).click();
	const groups = page.locator('fieldset.item');
	await groups.nth(0).getByRole('radio', { name: /^4 / }).check();
	await groups.nth(1).getByRole('radio', { name: /^4 / }).check();
	for (const n of [2, 3, 4, 5]) await groups.nth(n).getByRole('radio', { name: /^2 / }).check();
	await page.getByRole('button', { name: 'Hand in', exact: true }).click();
	await expect(
		page.getByText('Thank you. Hand the laptop back or to the next person.')
	).toBeVisible();
	await page.goto(`/assessments/${assessmentId}/workshop`);
	await expect(page.getByText('4 of 4 received', { exact: true })).toBeVisible();
	await page.reload();
	await expect(page.getByText('4 of 4 received', { exact: true })).toBeVisible();

	// The reveal. Practice 1.1: 0, 1, 3, 4 -> median (1 + 3) / 2 = 2, range 4, split.
	// Practice 1.2: 3, 3, 3, 4 -> median 3, range 1, all within one: agreed. 1.3-1.6: all 2.
	await page.getByRole('link', { name: 'See the answers together' }).click();
	const first = page.locator('article').first();
	await expect(first).toContainText('1 of 4 said 0');
	await expect(first).toContainText('1 of 4 said 4');
	await expect(first).toContainText('Split');
	await expectAccessible(page, 'reveal of a four-rater round');

	await page.getByRole('button', { name: 'Confirm the 5 agreed items' }).click();
	await expect(page.getByText('Confirmed 5 items.')).toBeVisible();
	await page.getByRole('button', { name: 'Presentation mode' }).click();
	await page.getByRole('button', { name: 'Discuss one at a time' }).click();
	await expect(page.getByText('Only the clinic team has this.')).toBeVisible();
	await page.getByRole('radio', { name: '2 Partly in place' }).check();
	await page.getByLabel('Consensus comment (optional)').fill('Zoë and José agreed on 2.');
	await page.getByRole('button', { name: 'Save and next' }).click();
	await expectAccessible(page, 'discussion, presentation mode');
	await page.getByRole('button', { name: 'Presentation mode' }).click();

	// Results: element 1 = 2, 3, 2, 2, 2, 2 -> 13 / 6 / 4 = 54.17 -> 54; only element 1 scored.
	await page.goto(`/assessments/${assessmentId}/results`);
	await expect(page.locator('.overall')).toHaveText('54 of 100 · 6 of 36 items scored');
	await page.reload();
	await expect(page.locator('.overall')).toHaveText('54 of 100 · 6 of 36 items scored');

	// The report's agreement per element: 6 practices, 5 agreed, 1.1 to discuss and split; no
	// many Don't know, no Not applicable beside scores, none unanswered.
	await page.goto(`/assessments/${assessmentId}/report`);
	const agreement = page.getByRole('region', { name: 'How far the raters agreed' });
	await expect(agreement).toContainText('Before talking it over, 4 people rated alone.');
	await expect(agreement.getByRole('row').nth(1).getByRole('cell')).toHaveText([
		'6',
		'5',
		'1',
		'1',
		'0',
		'0',
		'0'
	]);

	for (const device of [phoneA, phoneB, phoneD]) await device.close();
});
