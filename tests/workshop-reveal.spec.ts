import type { Locator, Page } from '@playwright/test';
import { createAssessment, expect, expectAccessible, test } from './fixtures';
import type { Answer } from '../src/lib/domain/assessment';
import { encodeHandIn } from '../src/lib/domain/workshop/hand-in-code';
import { decodeRoundLink } from '../src/lib/domain/workshop/round-link';

/**
 * Reveal and consensus (issue 13, parts 3-4): three raters hand in by typed code; the reveal
 * shows the hand-computed counts, medians, ranges and flags without names; the agreed practices
 * are confirmed together; a split one is settled with a comment on the projector view; Results
 * then show the consensus, a reload keeps it, and the individual ratings can be deleted.
 *
 * New assessments use framework version 2: 6 elements × 6 practices = 36, in walk order
 * (src/lib/content/v2/items). The round takes all 36.
 */
const ORGANIZATION = 'Núñez & Łukasik Family Services';
const ITEM_COUNT = 36;
const ELEMENT_1 = '1. Recognize the impact on the workforce';
// src/lib/content/v2/items/recognize-impact.ts, the first three practices.
const STATEMENT_1_1 =
	'Everyone who hears trauma stories at work, in any role, is taught the basics of STS.';
const STATEMENT_1_2 = 'Leaders have had training on what STS is and how it shows up at work.';
const STATEMENT_1_3 =
	'On a set schedule, the organization checks STS risk across its staff as a group, with no names.';

const score = (value: 0 | 1 | 2 | 3 | 4): Answer => ({ kind: 'score', value });
const DK: Answer = { kind: 'dont-know' };

/**
 * The three raters' answers, in the round's order. Every practice gets 2, 2 and 3, except:
 *   1.1 (index 0): 0, 4, 3
 *   1.2 (index 1): Don't know, Don't know, 2
 *   1.3 (index 2): 2, 2, 4
 *
 * Worked out by hand (src/lib/domain/workshop/spread.ts):
 * - 1.1: sorted 0 3 4, median 3. Within one point of 3: the 3 and the 4, 2 of 3 = 67% < 75%, and
 *   the range is 4 (≥ 3): Discuss. Some scored 0-1 and others 3-4: Split. Disagreement
 *   1000 + 100 + 4 × 10 + (3 + 0 + 1) / 3 = 1141.33.
 * - 1.2: 2 of 3 said Don't know; 2 × 3 ≥ 3 × 1 (a third or more): Many Don't know. One score
 *   only: median 2, range 2 only, not Discuss, not agreed. Disagreement 0.
 * - 1.3: sorted 2 2 4, median 2; within one: 2 of 3 = 67% < 75%: Discuss. Nobody at 0-1: not
 *   Split. Range 2. Disagreement 100 + 20 + (0 + 0 + 2) / 3 = 120.67.
 * - the other 33: 2 2 3, median 2, all within one, range 1: Agreed, proposal 2. Disagreement
 *   10 + 1/3 = 10.33 each.
 * So, most disagreement first: 1.1, 1.3, then the 33 agreed ones in walk order (1.4 … 6.6), and
 * 1.2 last (36th). Agreed to confirm: 33. To discuss one at a time: 1.1, 1.3, 1.2.
 */
function answersOf(rater: 0 | 1 | 2): Answer[] {
	const base = [score(2), score(2), score(3)][rater]!;
	const answers: Answer[] = Array.from({ length: ITEM_COUNT }, () => base);
	answers[0] = [score(0), score(4), score(3)][rater]!;
	answers[1] = [DK, DK, score(2)][rater]!;
	answers[2] = [score(2), score(2), score(4)][rater]!;
	return answers;
}

/** Starts a round of all practices expecting 3 raters and returns its id, read from the join link. */
async function startRound(page: Page, workshopUrl: string): Promise<string> {
	await page.goto(workshopUrl);
	await page.getByLabel('How many raters do you expect? (optional)').fill('3');
	await page.getByRole('button', { name: 'Start the round' }).click();
	await expect(page.getByText('0 of 3 received', { exact: true })).toBeVisible();
	const link = await page.getByRole('textbox', { name: 'Join link' }).inputValue();
	// The link carries positions in the walk order: any 36 ids give back the round's id.
	const placeholders = Array.from({ length: ITEM_COUNT }, (_, index) => `item.p${index}`);
	const joined = decodeRoundLink(link, (version) =>
		version === '2.0.0' ? placeholders : undefined
	);
	if (!joined.ok) throw new Error(joined.message);
	return joined.value.roundId;
}

async function receiveCode(page: Page, code: string, received: number) {
	await page.getByLabel('Hand-in code').fill(code);
	await page.getByRole('button', { name: 'Receive', exact: true }).click();
	await expect(page.getByText(`${received} of 3 received`, { exact: true })).toBeVisible();
}

/**
 * A new assessment with a round of all 36 practices and the three raters' hand-ins received by
 * typed code; returns the reveal's address.
 */
async function revealWithThreeHandIns(page: Page, organization: string): Promise<string> {
	await createAssessment(page, { organization });
	const assessmentId = new URL(page.url()).pathname.split('/').filter(Boolean).at(-1)!;
	const workshopUrl = `/assessments/${assessmentId}/workshop`;
	const roundId = await startRound(page, workshopUrl);
	for (const rater of [0, 1, 2] as const) {
		const code = encodeHandIn({ roundId, nonce: 1000 + rater, answers: answersOf(rater) });
		await receiveCode(page, code, rater + 1);
	}
	return `${workshopUrl}/reveal`;
}

/** A reveal card's counts, median, range, flags and the room's answer, as a user reads them. */
async function cardOf(page: Page, statement: string) {
	const card = page.getByRole('article', { name: statement });
	return {
		card,
		counts: () => card.locator('.counts li').allTextContents(),
		tags: () => card.locator('.tag').allTextContents(),
		median: card.locator('dd.median'),
		range: card.locator('dd.range'),
		answer: card.locator('dd.answer')
	};
}

test('reveal and consensus: three raters, the spread worked out by hand, agreed items confirmed, a split one settled', async ({
	page
}) => {
	test.setTimeout(120_000);
	await createAssessment(page, { organization: ORGANIZATION });
	const assessmentId = new URL(page.url()).pathname.split('/').filter(Boolean).at(-1)!;
	const workshopUrl = `/assessments/${assessmentId}/workshop`;
	const revealUrl = `${workshopUrl}/reveal`;

	// --- Three hand-ins by typed code ---
	const roundId = await startRound(page, workshopUrl);
	for (const rater of [0, 1, 2] as const) {
		const code = encodeHandIn({ roundId, nonce: 1000 + rater, answers: answersOf(rater) });
		await receiveCode(page, code, rater + 1);
	}

	// --- The reveal ---
	await page.goto(revealUrl);
	await expect(page).toHaveTitle('Reveal · STS Workbook');
	await expect(page.getByRole('heading', { level: 1, name: 'What the room said' })).toBeVisible();
	await expect(page.locator('main p.status')).toContainText('3 of 3 received.');

	const list = page.locator('.reveal-list > li');
	await expect(list).toHaveCount(ITEM_COUNT);
	await expect(list.nth(0)).toContainText(`1. Item 1.1 · ${ELEMENT_1}`);
	await expect(list.nth(1)).toContainText(`2. Item 1.3 · ${ELEMENT_1}`);
	await expect(list.nth(2)).toContainText(`3. Item 1.4 · ${ELEMENT_1}`);
	await expect(list.nth(35)).toContainText(`36. Item 1.2 · ${ELEMENT_1}`);

	const split = await cardOf(page, STATEMENT_1_1);
	expect(await split.counts()).toEqual(['1 of 3 said 0', '1 of 3 said 3', '1 of 3 said 4']);
	expect(await split.tags()).toEqual(['Split', 'Discuss']);
	await expect(split.median).toHaveText('3');
	await expect(split.range).toHaveText('0 to 4 (4 points apart)');
	await expect(split.answer).toHaveText('Not agreed yet');

	const unknown = await cardOf(page, STATEMENT_1_2);
	expect(await unknown.counts()).toEqual(['1 of 3 said 2', "2 of 3 said Don't know"]);
	expect(await unknown.tags()).toEqual(["Many Don't know"]);
	await expect(unknown.median).toHaveText('2');
	await expect(unknown.range).toHaveText('2 only');
	await expect(unknown.card.locator('.suggested')).toHaveText(
		"Suggested: \"Many Don't know\" means at least a third of the raters who answered said Don't know. This threshold is the workbook's suggestion, not the source's."
	);

	const discuss = await cardOf(page, STATEMENT_1_3);
	expect(await discuss.counts()).toEqual(['2 of 3 said 2', '1 of 3 said 4']);
	expect(await discuss.tags()).toEqual(['Discuss']);
	await expect(discuss.median).toHaveText('2');
	await expect(discuss.range).toHaveText('2 to 4 (2 points apart)');

	// No names: labels are hidden until the facilitator shows them (codes carry none).
	await expect(page.getByRole('heading', { name: 'Who said what' })).toHaveCount(0);
	const labels = page.getByRole('checkbox', { name: 'Show raters’ labels' });
	await expect(labels).not.toBeChecked();
	await labels.check();
	await expect(split.card.getByRole('heading', { name: 'Who said what' })).toBeVisible();
	await expect(split.card.locator('.who li')).toHaveText([
		'No label: 0 · Not in place yet',
		'No label: 4 · Fully in place',
		'No label: 3 · Mostly in place'
	]);
	await labels.uncheck();
	await expect(page.getByRole('heading', { name: 'Who said what' })).toHaveCount(0);

	// The spread per element: a drawn chart whose text alternative has every count, and a table.
	const chart = page.getByRole('img', {
		name: /^Stacked bars of how 3 raters answered the practices of 1\./
	});
	await expect(chart).toHaveAttribute(
		'aria-label',
		`Stacked bars of how 3 raters answered the practices of ${ELEMENT_1}. ` +
			'Item 1.1: 1 of 3 said 0, 1 of 3 said 3, 1 of 3 said 4; ' +
			"Item 1.2: 1 of 3 said 2, 2 of 3 said Don't know; " +
			'Item 1.3: 2 of 3 said 2, 1 of 3 said 4; ' +
			'Item 1.4: 2 of 3 said 2, 1 of 3 said 3; ' +
			'Item 1.5: 2 of 3 said 2, 1 of 3 said 3; ' +
			'Item 1.6: 2 of 3 said 2, 1 of 3 said 3.'
	);
	// Actually drawn: painted pixels, not only a canvas of the default size.
	await expect
		.poll(() =>
			chart.evaluate((canvas: HTMLCanvasElement) => {
				const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
				let painted = 0;
				for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
				return painted;
			})
		)
		.toBeGreaterThan(1000);
	const table = page.getByRole('table', { name: `How the raters answered: ${ELEMENT_1}` });
	const rows = await table
		.locator('tbody tr')
		.evaluateAll((trs) =>
			trs.map((tr) =>
				[...tr.querySelectorAll('th, td')].map((c) => c.textContent?.replace(/\s+/g, ' ').trim())
			)
		);
	// Columns: 0, 1, 2, 3, 4, Don't know, Not applicable, No answer, Median.
	expect(rows.slice(0, 3)).toEqual([
		[`1.1 ${STATEMENT_1_1}`, '1', '0', '0', '1', '1', '0', '0', '0', '3'],
		[`1.2 ${STATEMENT_1_2}`, '0', '0', '1', '0', '0', '2', '0', '0', '2'],
		[`1.3 ${STATEMENT_1_3}`, '0', '0', '2', '0', '1', '0', '0', '0', '2']
	]);

	// Agreement per element: element 1 has 1.4-1.6 agreed, 1.1 and 1.3 to discuss, 1.1 split,
	// 1.2 many Don't know; every other element is all agreed.
	const agreement = page.getByRole('table', {
		name: 'Agreement by essential element, in practices'
	});
	// Columns: practices, agreed, to discuss, split, many Don't know, some said Not applicable,
	// nobody answered.
	await expect(agreement.locator('tbody tr').first().locator('th, td')).toHaveText([
		ELEMENT_1,
		'6',
		'3',
		'2',
		'1',
		'1',
		'0',
		'0'
	]);
	await expect(agreement.locator('tbody tr').nth(1).locator('th, td')).toHaveText([
		'2. Treat trauma exposure as a risk of the job',
		'6',
		'6',
		'0',
		'0',
		'0',
		'0',
		'0'
	]);
	await expectAccessible(page, 'reveal');

	// --- Consensus: the 33 agreed practices together ---
	await page.getByRole('button', { name: 'Confirm the 33 agreed items' }).click();
	await expect(page.getByText('Confirmed 33 items.')).toBeVisible({ timeout: 30_000 });
	await expect(page.getByText('All 33 agreed practices are confirmed.')).toBeVisible();
	await expect((await cardOf(page, STATEMENT_1_2)).answer).toHaveText('Not agreed yet');
	await expect(list.nth(2).locator('dd.answer')).toHaveText('2 · Partly in place');

	// --- The split practice, on the projector, with a comment ---
	await page.getByRole('button', { name: 'Presentation mode' }).click();
	await page.getByRole('button', { name: 'Discuss one at a time' }).click();
	const heading = page.getByRole('heading', { level: 2, name: STATEMENT_1_1 });
	await expect(heading).toBeFocused();
	await expect(
		page.getByText(`Practice 1 of 3 to discuss · Item 1.1 · ${ELEMENT_1}`)
	).toBeVisible();
	await expect(page.getByText('No rater shared a note on this practice.')).toBeVisible();
	await expectAccessible(page, 'discussing one practice, presentation mode');

	await page.getByRole('radio', { name: '3 Mostly in place' }).check();
	const comment = 'The clinic team has it; the front desk not yet. José Núñez will check with Zoë.';
	await page.getByLabel('Consensus comment (optional)').fill(comment);
	await page.getByRole('button', { name: 'Save and next' }).click();
	await expect(
		page.getByText('Saved: item 1.1 is 3 · Mostly in place, with the comment.')
	).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: STATEMENT_1_3 })).toBeFocused();
	await page.getByRole('button', { name: 'Back to all practices' }).click();
	await expect(page.getByRole('button', { name: 'Discuss one at a time' })).toBeFocused();
	await expect(split.answer).toHaveText('3 · Mostly in place');
	await expectAccessible(page, 'reveal, presentation mode');
	await page.getByRole('button', { name: 'Presentation mode' }).click();

	// --- Results follow the consensus ---
	// Element 1: 1.1 = 3, 1.4-1.6 = 2 (1.2 and 1.3 not answered): (3 + 2 + 2 + 2) / 4 = 2.25 → 56.25.
	// Elements 2-6: all 2 → 50. Overall (56.25 + 5 × 50) / 6 = 51.04 → 51; 34 of 36 scored.
	const resultsUrl = `/assessments/${assessmentId}/results`;
	await page.goto(resultsUrl);
	await expect(page.locator('.overall')).toHaveText('51 of 100 · 34 of 36 items scored');
	const elementRow = page
		.getByRole('table', { name: 'Element scores, out of 100' })
		.getByRole('row', { name: new RegExp(`^${ELEMENT_1.replace('.', '\\.')}`) });
	await expect(elementRow.locator('td').first()).toHaveText('56');

	// The comment is in the practice's notes, after "Consensus:".
	await page.goto(`/assessments/${assessmentId}/walk/recognize-impact`);
	await expect(
		page.locator('[data-position="1"]').getByLabel('Notes from the discussion')
	).toHaveValue(`Consensus: ${comment}`);

	// --- Reload keeps it ---
	await page.goto(revealUrl);
	await page.reload();
	await expect(split.answer).toHaveText('3 · Mostly in place');
	await expect(page.getByText('All 33 agreed practices are confirmed.')).toBeVisible();
	await page.goto(resultsUrl);
	await page.reload();
	await expect(page.locator('.overall')).toHaveText('51 of 100 · 34 of 36 items scored');

	// --- After consensus: the individual ratings are deleted; the room's answers stay ---
	await page.goto(revealUrl);
	await page.getByRole('button', { name: 'Delete the individual ratings' }).click();
	const dialog = page.getByRole('dialog', { name: 'Delete the individual ratings?' });
	await expect(dialog).toContainText('2 practices of this round have no room’s answer yet.');
	await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
	await dialog.getByRole('button', { name: 'Delete the ratings' }).click();
	await expect(
		page.getByText('The individual ratings of this round are deleted.', { exact: false })
	).toBeFocused();
	// The agreement summary from before stays on screen (the round keeps it).
	await expect(
		page
			.getByRole('table', { name: 'Agreement by essential element, in practices' })
			.locator('tbody tr')
	).toHaveCount(6);
	await expectAccessible(page, 'reveal, ratings deleted');
	// Kept with the round: a reload of the page itself still shows the summary, never the ratings.
	await page.reload();
	await expect(
		page.getByText('The individual ratings of this round are deleted.', { exact: false })
	).toBeVisible();
	await expect(
		page
			.getByRole('table', { name: 'Agreement by essential element, in practices' })
			.locator('tbody tr')
	).toHaveCount(6);
	await page.goto(resultsUrl);
	await expect(page.locator('.overall')).toHaveText('51 of 100 · 34 of 36 items scored');
});

/**
 * The projector view of the disputed practices (issue 13, part 4): each one, its spread and the
 * room's decision are on screen at once, on a 1280 × 800 and a 1024 × 768 projector in
 * presentation mode, as the view opens and after each move, without anyone scrolling. As
 * tests/room-view.spec.ts does for the walk: positions as the browser lays them out, measured
 * against the viewport. The three practices to discuss are 1.1 (split: five score rows), 1.3 and
 * 1.2 (six rows, Don't know among them, and the "Many Don't know" note).
 */
const DISPUTED = [
	{ code: '1.1', statement: STATEMENT_1_1 },
	{ code: '1.3', statement: STATEMENT_1_3 },
	{ code: '1.2', statement: STATEMENT_1_2 }
] as const;

/**
 * Each part, top and bottom, is inside the viewport (boundingBox: CSS pixels of the viewport).
 * Every position is logged before the first check, so a failure shows the whole layout.
 */
async function expectOnScreen(page: Page, parts: [string, Locator][], when: string) {
	const view = page.viewportSize()!;
	const boxes: [string, { x: number; y: number; width: number; height: number }][] = [];
	for (const [what, locator] of parts) {
		const box = await locator.boundingBox();
		expect(box, `${when}: ${what} is laid out`).not.toBeNull();
		boxes.push([what, box!]);
	}
	const scrolled = await page.evaluate(() => Math.round(scrollY));
	const seen = boxes.map(
		([what, { y, height }]) => `${what} ${Math.round(y)}–${Math.round(y + height)}`
	);
	console.log(
		`${view.width}×${view.height}, ${when} (scrolled ${scrolled}): ${seen.join(', ')} (px)`
	);
	for (const [what, { x, y, width, height }] of boxes) {
		expect(y, `${when}: top of the ${what}`).toBeGreaterThanOrEqual(0);
		expect(y + height, `${when}: bottom of the ${what}`).toBeLessThanOrEqual(view.height);
		expect(x, `${when}: left of the ${what}`).toBeGreaterThanOrEqual(0);
		expect(x + width, `${when}: right of the ${what}`).toBeLessThanOrEqual(view.width);
	}
}

/** The statement and its whole spread: counts per answer, median, range and flags. */
function statementAndSpread(page: Page, statement: string): [string, Locator][] {
	const view = page.locator('section.discuss');
	return [
		['statement', view.getByRole('heading', { level: 2, name: statement })],
		['flags', view.locator('.tags')],
		['spread table', view.getByRole('table', { name: 'How the 3 raters answered' })],
		['median', view.getByText('Median:', { exact: false })],
		['range', view.getByText('Range:', { exact: false })]
	];
}

for (const { width, height } of [
	{ width: 1280, height: 800 },
	{ width: 1024, height: 768 }
]) {
	test(`discussing one at a time, presentation mode at ${width}×${height}: the practice, its spread, the answers, the comment and Save fit`, async ({
		page
	}) => {
		test.setTimeout(90_000);
		await page.setViewportSize({ width, height });
		const revealUrl = await revealWithThreeHandIns(page, `Discuss ${width} Agency`);
		await page.goto(revealUrl);
		const presentation = page.getByRole('button', { name: 'Presentation mode' });
		await presentation.click();
		await expect(presentation).toHaveAttribute('aria-pressed', 'true');
		await page.getByRole('button', { name: 'Discuss one at a time' }).click();

		const view = page.locator('section.discuss');
		for (const [n, { code, statement }] of DISPUTED.entries()) {
			await expect(page.getByRole('heading', { level: 2, name: statement })).toBeFocused();
			await expect(
				view.getByText(`Practice ${n + 1} of 3 to discuss · Item ${code}`)
			).toBeVisible();
			await expectOnScreen(
				page,
				[
					...statementAndSpread(page, statement),
					['last answer choice', view.getByRole('radio', { name: 'Not applicable' })],
					['comment', view.getByRole('textbox', { name: 'Consensus comment (optional)' })],
					['Save', view.getByRole('button', { name: 'Save and next' })]
				],
				`practice ${code}`
			);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow, 'sideways scrolling').toBe(0);
			if (n === 0) {
				await expectAccessible(
					page,
					`discussing one practice, presentation mode, ${width}×${height}`
				);
			}
			await view.getByRole('button', { name: 'Skip for now' }).click();
		}
		await expect(
			page.getByRole('heading', { level: 2, name: 'That was the last one to discuss' })
		).toBeFocused();
	});
}

test('discussing one at a time without presentation mode at 1280×800: the practice, its spread and the answers fit; the answer keys work as in the walk', async ({
	page
}) => {
	test.setTimeout(90_000);
	await page.setViewportSize({ width: 1280, height: 800 });
	const revealUrl = await revealWithThreeHandIns(page, 'Discuss Keys Agency');
	await page.goto(revealUrl);
	await page.getByRole('button', { name: 'Discuss one at a time' }).click();
	const view = page.locator('section.discuss');
	const heading = page.getByRole('heading', { level: 2, name: STATEMENT_1_1 });
	await expect(heading).toBeFocused();
	await expectOnScreen(
		page,
		[
			...statementAndSpread(page, STATEMENT_1_1),
			['last answer choice', view.getByRole('radio', { name: 'Not applicable' })]
		],
		'practice 1.1, presentation mode off'
	);

	// The keys on the answer choices are the walk's: 0-4, D and N choose (here the room still
	// saves with "Save and next"), never while typing in the comment; Esc goes from the comment
	// back to the answers. The view says so.
	await expect(
		view.getByText('Keys, as in the walk-through: 0 to 4, D or N choose an answer', {
			exact: false
		})
	).toBeVisible();
	// A chosen answer's name has its check mark ("3 ✓ Mostly in place"): matched by its end.
	const radio = (word: string) => view.getByRole('radio', { name: new RegExp(`${word}$`) });
	await page.keyboard.press('3');
	await expect(radio('Mostly in place')).toBeChecked();
	await expect(radio('Mostly in place')).toBeFocused();
	await page.keyboard.press('d');
	await expect(radio("Don't know")).toBeChecked();
	await expect(radio("Don't know")).toBeFocused();

	const comment = view.getByRole('textbox', { name: 'Consensus comment (optional)' });
	await comment.click();
	await page.keyboard.type('Front desk 2 days; 4 in the clinic. Done.');
	await expect(comment).toHaveValue('Front desk 2 days; 4 in the clinic. Done.');
	await expect(radio("Don't know")).toBeChecked();
	await page.keyboard.press('Escape');
	await expect(radio("Don't know")).toBeFocused();
	await expect(comment).toHaveValue('Front desk 2 days; 4 in the clinic. Done.');

	// "N" with a comment written: Not applicable, focus stays on the answers (the comment is its
	// reason). With no comment yet, focus goes on into the comment, to type the reason.
	await page.keyboard.press('n');
	await expect(radio('Not applicable')).toBeChecked();
	await expect(radio('Not applicable')).toBeFocused();
	await comment.fill('');
	await page.keyboard.press('Escape');
	await expect(radio('Not applicable')).toBeFocused();
	await page.keyboard.press('2');
	await page.keyboard.press('N');
	await expect(radio('Not applicable')).toBeChecked();
	await expect(comment).toBeFocused();
	await page.keyboard.type('No front desk');
	await expect(comment).toHaveValue('No front desk');
	await expect(radio('Not applicable')).toBeChecked();

	// An answer chosen by key is saved like a clicked one, with "Save and next".
	await page.keyboard.press('Escape');
	await page.keyboard.press('4');
	await expect(radio('Fully in place')).toBeChecked();
	await view.getByRole('button', { name: 'Save and next' }).click();
	await expect(
		page.getByText('Saved: item 1.1 is 4 · Fully in place, with the comment.')
	).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: STATEMENT_1_3 })).toBeFocused();
	await expectAccessible(page, 'discussing one practice, presentation mode off');
});
