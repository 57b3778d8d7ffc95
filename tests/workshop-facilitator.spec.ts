import type { Page } from '@playwright/test';
import { createAssessment, expect, expectAccessible, test } from './fixtures';
import type { Answer } from '../src/lib/domain/assessment';
import { CODE_MESSAGES, encodeHandIn, handInIdFor } from '../src/lib/domain/workshop/hand-in-code';
import type { HandIn } from '../src/lib/domain/workshop/merge';
import { raterFile } from '../src/lib/domain/workshop/rater-file';
import { decodeRoundLink } from '../src/lib/domain/workshop/round-link';

/**
 * The facilitator's side of a rating round (issue 13, parts 1-2): start a round of all practices
 * expecting 3 raters, show a join link that a phone can read, and receive three hand-ins, one each
 * by typed code, rater file and pass the laptop. A code entered twice counts once; a code with one
 * character changed is refused as a typing mistake. Reload keeps all three.
 *
 * New assessments use framework version 2: 36 practices.
 */
const ORGANIZATION = 'Núñez & Łukasik Family Services';
const ITEM_COUNT = 36;

/** The round's practice ids in its order, as the pass-the-laptop screen names its radio groups. */
async function roundItemIds(page: Page, workshopUrl: string): Promise<string[]> {
	await page.goto(`${workshopUrl}/laptop`);
	await page.getByRole('button', { name: 'Start rating' }).click();
	await expect(page.getByRole('heading', { name: 'Your answers' })).toBeFocused();
	// A private turn: no menu to the workshop's screens, and no "saved" line for answers not stored.
	await expect(
		page.getByText(
			'Passing the laptop: the menu is hidden, and answers are stored only when handed in.'
		)
	).toBeVisible();
	await expect(page.getByRole('navigation', { name: 'Assessment' })).toHaveCount(0);
	// Any link out of a turn asks first, answers or not; "Cancel" keeps the turn.
	const asked: string[] = [];
	page.once('dialog', async (dialog) => {
		asked.push(dialog.message());
		await dialog.dismiss();
	});
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link').first().click();
	await expect
		.poll(() => asked)
		.toEqual(['Leave this private turn? Hand the laptop back to the facilitator first.']);
	await expect(page.getByRole('heading', { name: 'Your answers' })).toBeVisible();
	const ids = await page
		.locator('input[type="radio"][value="0"]')
		.evaluateAll((inputs) =>
			inputs.map((input) => (input as HTMLInputElement).name.slice('laptop-'.length))
		);
	// Nothing chosen: stopping asks nothing and stores nothing.
	await page.getByRole('button', { name: 'Stop without handing in' }).click();
	await expect(page.getByRole('button', { name: 'Start rating' })).toBeVisible();
	// The hand-over screen keeps the menu hidden too; its own link goes back to the workshop.
	await expect(page.getByRole('navigation', { name: 'Assessment' })).toHaveCount(0);
	await page.getByRole('link', { name: 'Back to the workshop' }).click();
	await expect(page.getByRole('navigation', { name: 'Assessment' })).toBeVisible();
	await page.goto(workshopUrl);
	return ids;
}

test('a round of 3 raters: typed code, rater file and pass the laptop, each counted once', async ({
	page,
	baseURL
}) => {
	await createAssessment(page, { organization: ORGANIZATION });
	const assessmentId = new URL(page.url()).pathname.split('/').filter(Boolean).at(-1)!;
	const workshopUrl = `/assessments/${assessmentId}/workshop`;

	// --- Start a round ---
	await page.goto(workshopUrl);
	await expect(page).toHaveTitle('Workshop · STS Workbook');
	await expect(page.getByRole('heading', { level: 1, name: 'Workshop' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Start a rating round' })).toBeVisible();
	await expect(page.getByRole('radio', { name: `All ${ITEM_COUNT} practices` })).toBeChecked();
	await expectAccessible(page, 'workshop, no round yet');

	await page.getByLabel('How many raters do you expect? (optional)').fill('3');
	await page.getByRole('button', { name: 'Start the round' }).click();
	await expect(page.getByRole('heading', { name: 'Rating round open' })).toBeFocused();
	await expect(page.getByText('0 of 3 received', { exact: true })).toBeVisible();
	// A wrong first guess can be changed, and a word that is not a count is refused.
	const expected = page.getByLabel('Raters expected (optional)');
	await expected.fill('three');
	await page.getByRole('button', { name: 'Change' }).click();
	await expect(page.getByRole('alert').filter({ hasText: 'whole number' })).toBeVisible();
	await expect(page.getByText('0 of 3 received', { exact: true })).toBeVisible();
	await expected.fill('4');
	await page.getByRole('button', { name: 'Change' }).click();
	await expect(page.getByText('0 of 4 received', { exact: true })).toBeVisible();
	await expected.fill('3');
	await page.getByRole('button', { name: 'Change' }).click();
	await expect(page.getByText('0 of 3 received', { exact: true })).toBeVisible();

	const itemIds = await roundItemIds(page, workshopUrl);
	expect(itemIds).toHaveLength(ITEM_COUNT);

	// --- The join link: shown, drawn as a QR code, and readable by a rater's device ---
	const link = await page.getByRole('textbox', { name: 'Join link' }).inputValue();
	expect(link.startsWith(`${baseURL}/rate#join=`), link).toBe(true);
	const joined = decodeRoundLink(link, (version) => (version === '2.0.0' ? itemIds : undefined));
	if (!joined.ok) throw new Error(joined.message);
	expect(joined.value.assessmentId).toBe(assessmentId);
	expect(joined.value.organization).toBe(ORGANIZATION);
	expect(joined.value.itemIds).toEqual(itemIds);
	const roundId = joined.value.roundId;
	const qr = page.getByRole('img', { name: 'QR code of the join link' }).locator('canvas');
	await expect
		.poll(() => qr.evaluate((canvas) => (canvas as HTMLCanvasElement).width))
		.toBeGreaterThan(20);
	await expectAccessible(page, 'workshop, round open');

	// --- Rater 1 by typed code ---
	const answers: (Answer | null)[] = Array.from({ length: ITEM_COUNT }, (_, index) =>
		index % 3 === 0 ? { kind: 'score', value: 1 } : index % 3 === 1 ? { kind: 'dont-know' } : null
	);
	const code = encodeHandIn({ roundId, nonce: 101, answers });
	const codeField = page.getByLabel('Hand-in code');
	await codeField.fill(code.toLowerCase());
	await page.getByRole('button', { name: 'Receive', exact: true }).click();
	await expect(page.getByText('Received: Rater 1.')).toBeVisible();
	await expect(page.getByText('1 of 3 received', { exact: true })).toBeVisible();
	await expect(codeField).toHaveValue('');
	await expect(codeField).toBeFocused();

	// The same code again counts once.
	await codeField.fill(code);
	await page.getByRole('button', { name: 'Receive', exact: true }).click();
	await expect(page.getByText('Already received: this hand-in counts once.')).toBeVisible();
	await expect(page.getByText('1 of 3 received', { exact: true })).toBeVisible();

	// One character changed (a symbol of the answers, not a dash): a typing mistake.
	const at = 12;
	const wrong = `${code.slice(0, at)}${code[at] === '0' ? '1' : '0'}${code.slice(at + 1)}`;
	expect(wrong).not.toBe(code);
	await codeField.fill(wrong);
	await page.getByRole('button', { name: 'Receive', exact: true }).click();
	await expect(page.getByText(CODE_MESSAGES.typingMistake)).toBeVisible();
	await expect(codeField).toHaveValue(wrong);
	await expect(page.getByText('1 of 3 received', { exact: true })).toBeVisible();

	// --- Rater 2 by rater file ---
	const fromFile: HandIn = {
		handInId: handInIdFor(roundId, 202),
		roundId,
		assessmentId,
		label: 'ZŁ',
		answers: {
			[itemIds[0]!]: { kind: 'score', value: 4 },
			[itemIds[1]!]: { kind: 'score', value: 3 },
			[itemIds[2]!]: { kind: 'not-applicable', reason: 'We have no night shifts.' }
		},
		notes: { [itemIds[0]!]: 'Zoë’s team has this in writing.' },
		origin: 'file',
		submittedAt: new Date().toISOString()
	};
	await page.getByLabel('Add rater files').setInputFiles({
		name: 'sts-rater-7K2M-B0B0.json',
		mimeType: 'application/json',
		buffer: Buffer.from(raterFile(fromFile, new Date(), '0.1.0'))
	});
	await expect(page.getByText('The file was received.')).toBeVisible();
	await expect(page.getByText('sts-rater-7K2M-B0B0.json: Received: Rater 2.')).toBeVisible();
	await expect(page.getByText('2 of 3 received', { exact: true })).toBeVisible();
	// Two hand-ins: the reveal is one step away.
	await expect(page.getByRole('link', { name: 'See the answers together' })).toBeVisible();

	// --- Rater 3 by pass the laptop ---
	await page.getByRole('link', { name: 'Pass the laptop' }).click();
	await expect(page).toHaveTitle('Pass the laptop · STS Workbook');
	await expect(page.getByRole('heading', { level: 1, name: 'Pass the laptop' })).toBeVisible();
	await expect(page.getByText('Stop projecting before the next person rates.')).toBeVisible();
	await expectAccessible(page, 'pass the laptop, hand-over');

	await page.getByLabel('Your initials (optional)').fill('Đặng');
	await page.getByRole('button', { name: 'Start rating' }).click();
	await expect(page.getByRole('heading', { name: 'Your answers' })).toBeFocused();
	// No earlier rater's answer is on screen.
	await expect(page.locator('input[type="radio"]:checked')).toHaveCount(0);
	await expect(page.getByText('You answered 0 of 36 practices.')).toBeVisible();

	const first = page.getByRole('group', { name: /^1\. / });
	await first.getByRole('radio', { name: '2 Partly in place' }).check();
	await page
		.getByRole('group', { name: /^2\. / })
		.getByRole('radio', { name: '0 Not in place yet' })
		.check();
	await page
		.getByRole('group', { name: /^3\. / })
		.getByRole('radio', { name: "Don't know" })
		.check();
	await expect(page.getByText('You answered 3 of 36 practices.')).toBeVisible();
	await expectAccessible(page, 'pass the laptop, rating');

	await page.getByRole('button', { name: 'Hand in' }).click();
	await expect(
		page.getByText('Thank you. Hand the laptop back or to the next person.')
	).toBeVisible();
	await expect(page.getByText('3 of 3 received', { exact: true })).toBeVisible();
	await expect(page.getByLabel('Your initials (optional)')).toHaveValue('');
	// The next person starts from a clean screen.
	await page.getByRole('button', { name: 'Start rating' }).click();
	await expect(page.getByText('You answered 0 of 36 practices.')).toBeVisible();
	await expect(page.locator('input[type="radio"]:checked')).toHaveCount(0);
	await page.getByRole('button', { name: 'Stop without handing in' }).click();

	// --- Back on the workshop screen: three hand-ins, no names shown ---
	await page.getByRole('link', { name: 'Back to the workshop' }).click();
	await expect(page.getByText('3 of 3 received', { exact: true })).toBeVisible();
	const rows = page.getByRole('table').getByRole('row');
	await expect(rows).toHaveText([
		/^Rater\s*How\s*Received$/,
		/^Rater 1\s*Typed code/,
		/^Rater 2\s*Rater file/,
		/^Rater 3\s*Pass the laptop/
	]);
	await expect(page.getByText('ZŁ')).toHaveCount(0);
	await expect(page.getByText('Đặng')).toHaveCount(0);

	// --- Reload keeps all three ---
	await page.reload();
	await expect(page.getByText('3 of 3 received', { exact: true })).toBeVisible();
	await expect(rows).toHaveCount(4);

	// Closing stops hand-ins; the button keeps focus and now reopens.
	await page.getByRole('button', { name: 'Close the round' }).click();
	await expect(page.getByRole('heading', { name: 'Rating round closed' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Reopen the round' })).toBeFocused();
	await expect(page.getByLabel('Hand-in code')).toHaveCount(0);
	await expect(page.getByRole('heading', { name: 'Start a new rating round' })).toBeVisible();
	await expectAccessible(page, 'workshop, round closed');
});
