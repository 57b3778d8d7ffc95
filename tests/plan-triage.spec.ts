/*
 * From the example's suggestions to the plan a board adopts, by keyboard: five suggestions
 * accepted at once and one moved, then every report leads with those five in the team's order
 * (Results, the HTML report, the PDF, the Word file), the Excel file lists them first with a
 * neutralized formula-looking note, and the policy draft names them under their elements.
 * Names in three scripts come out exactly in every format.
 */
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { unzipSync, strFromU8 } from 'fflate';
import mammoth from 'mammoth';
import { createAssessment, expect, expectAccessible, expectSaved, pdfText, test } from './fixtures';

const ORGANIZATION = 'Maple Hollow Child & Family Services (example)';
const OWNERS = ['José Núñez', 'Đặng Văn Minh', 'Zoë Łukasik'];
const FORMULA_NOTE = '=SUM(1,2)';

const bytesOf = async (download: Download) => readFileSync(await download.path());
const squash = (text: string) => text.replace(/\s+/g, ' ');

async function download(page: Page, button: string): Promise<Download> {
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: button }).click();
	return downloading;
}

/** The titles of our plan as the screen lists them: Now, Next, Later, each in the team's order. */
async function ourPlanTitles(page: Page): Promise<string[]> {
	const titles = await page
		.getByRole('region', { name: /^Our plan/ })
		.getByRole('article')
		.getByRole('heading', { level: 4 })
		.allTextContents();
	return titles.map((t) => t.trim());
}

/** Each title's position in the text, which must rise through the list. */
function expectInOrder(text: string, titles: readonly string[], after = 0) {
	let from = after;
	for (const title of titles) {
		const at = squash(text).indexOf(squash(title), from);
		expect(at, `"${title}" after position ${from}`).toBeGreaterThan(from - 1);
		from = at + 1;
	}
	return from;
}

/** The rows of one sheet of an .xlsx file, as text (shared or inline strings, and numbers). */
function sheetRows(files: Record<string, Uint8Array>, sheet: number): string[][] {
	const shared = [
		...strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array()).matchAll(
			/<si>([\s\S]*?)<\/si>/g
		)
	].map((m) => [...m[1]!.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join(''));
	const xml = strFromU8(files[`xl/worksheets/sheet${sheet}.xml`]!);
	const decode = (s: string) =>
		s
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&quot;/g, '"')
			.replace(/&apos;/g, "'")
			.replace(/&amp;/g, '&');
	// Empty cells are left out of the file: place each cell by its reference ("C7" -> column 2).
	const columnOf = (reference: string) =>
		[...reference.replace(/\d+/g, '')].reduce(
			(n, letter) => n * 26 + letter.charCodeAt(0) - 64,
			0
		) - 1;
	return [...xml.matchAll(/<row[^>]*>([\s\S]*?)<\/row>/g)].map((row) => {
		const cells: string[] = [];
		for (const cell of row[1]!.matchAll(/<c([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
			const attributes = cell[1] ?? '';
			const body = cell[2] ?? '';
			const at = columnOf(/r="([A-Z]+\d+)"/.exec(attributes)?.[1] ?? 'A1');
			const value = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1] ?? '';
			const inline = /<t[^>]*>([\s\S]*?)<\/t>/.exec(body)?.[1];
			cells[at] = /t="s"/.test(attributes)
				? decode(shared[Number(value)] ?? '')
				: decode(inline ?? value);
		}
		return Array.from(cells, (cell) => cell ?? '');
	});
}

test('five suggestions triaged by keyboard lead every report in the team’s order', async ({
	page
}) => {
	test.setTimeout(150_000);
	await page.goto('/');
	await page.getByRole('button', { name: 'Load example' }).click();
	await expect(page.getByRole('heading', { level: 1, name: ORGANIZATION })).toBeVisible();
	await page.getByRole('link', { name: 'Plan', exact: true }).click();

	// Select the five most urgent suggestions with the keyboard, then accept them together.
	const suggestions = page.getByRole('region', { name: /^Suggestions/ });
	const boxes = suggestions.getByRole('checkbox', { name: /^Select: / });
	const picked: string[] = [];
	for (let i = 0; i < 5; i++) {
		await boxes.nth(i).focus();
		await page.keyboard.press('Space');
		await expect(boxes.nth(i)).toBeChecked();
		picked.push(((await boxes.nth(i).getAttribute('aria-label')) ?? '').replace('Select: ', ''));
	}
	const accept = page.getByRole('button', { name: 'Accept selected (5)' });
	await accept.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('region', { name: /^Our plan/ }).getByRole('article')).toHaveCount(5);
	await expect(page.getByRole('heading', { name: /^Our plan/ })).toBeFocused();
	expect([...(await ourPlanTitles(page))].sort()).toEqual([...picked].sort());
	for (const title of picked) {
		await expect(suggestions.getByRole('button', { name: `Accept: ${title}` })).toHaveCount(0);
	}

	// Move the second action of the first time frame that has two up, by keyboard.
	const before = await ourPlanTitles(page);
	const frames = page.getByRole('region', { name: /^Our plan/ }).getByRole('region');
	let moved = '';
	for (let f = 0; f < (await frames.count()); f++) {
		const cards = frames.nth(f).getByRole('article');
		if ((await cards.count()) < 2) continue;
		moved = ((await cards.nth(1).getByRole('heading', { level: 4 }).textContent()) ?? '').trim();
		await frames
			.nth(f)
			.getByRole('button', { name: `Move up: ${moved}` })
			.focus();
		await page.keyboard.press('Enter');
		break;
	}
	expect(moved).not.toBe('');
	const at = before.indexOf(moved);
	const order = [...before];
	[order[at - 1], order[at]] = [order[at]!, order[at - 1]!];
	await expect.poll(() => ourPlanTitles(page)).toEqual(order);

	// Owners in three scripts, and a note a spreadsheet would run as a formula.
	const cards = page.getByRole('region', { name: /^Our plan/ }).getByRole('article');
	for (const [i, name] of OWNERS.entries()) {
		const owner = cards.nth(i).getByLabel('Owner (a role or a name)');
		await owner.fill(name);
		await owner.blur();
		await expectSaved(page);
	}
	await cards.nth(0).getByText('Why, wording, measure and notes').click();
	const notes = cards.nth(0).getByRole('textbox', { name: 'Notes' });
	await notes.fill(FORMULA_NOTE);
	await notes.blur();
	await expectSaved(page);
	await expectAccessible(page, 'on the triaged plan');

	// A reload of the page itself keeps the order.
	await page.reload();
	await expect.poll(() => ourPlanTitles(page)).toEqual(order);

	// Results: "Start here" is our plan in its order.
	await page.getByRole('link', { name: 'Results', exact: true }).click();
	const start = page.getByRole('region', { name: 'Start here' });
	await expect(start.getByText('First steps of our plan')).toBeVisible();
	await expect(start.getByRole('heading', { level: 3 })).toHaveText(order);

	// The HTML report: first steps and our plan, in that order, before the element scores.
	await page.getByRole('link', { name: 'Report', exact: true }).click();
	const summary = page.getByRole('region', { name: 'Executive summary' });
	await expect(summary.getByRole('heading', { name: 'First steps of our plan' })).toBeVisible();
	const ourPlan = page.getByRole('region', { name: 'Our plan', exact: true });
	await expect(ourPlan.getByRole('rowheader')).toHaveText(order);
	const reportText = (await page.locator('article.report').textContent()) ?? '';
	const planAt = squash(reportText).indexOf('Our plan');
	expect(planAt).toBeGreaterThan(-1);
	expect(squash(reportText).indexOf('Element scores')).toBeGreaterThan(planAt);
	await expect(
		page.getByRole('region', { name: 'Appendix: suggestions not yet adopted' })
	).toBeVisible();
	await expectAccessible(page, 'on the report with our plan first');

	// The PDF leads with the same five, in order; the appendix comes after.
	const pdf = await download(page, 'Download PDF');
	const { text } = await pdfText(new Uint8Array(await bytesOf(pdf)));
	expect(text).toContain(ORGANIZATION);
	for (const name of OWNERS) expect(text).toContain(name);
	const pdfPlanAt = squash(text).indexOf('Our plan');
	expect(pdfPlanAt).toBeGreaterThan(-1);
	const afterPlan = expectInOrder(text, order, pdfPlanAt);
	expect(squash(text).indexOf('Appendix: suggestions not yet adopted')).toBeGreaterThan(afterPlan);

	// The Word file: the same order under "Our plan", names exact.
	const docx = await download(page, 'Download Word (DOCX)');
	expect(docx.suggestedFilename()).toMatch(/-report\.docx$/);
	await expect(page.getByRole('status').filter({ hasText: 'Word file downloaded' })).toBeVisible();
	const { value: docxText } = await mammoth.extractRawText({ buffer: await bytesOf(docx) });
	expect(docxText).toContain(ORGANIZATION);
	for (const name of [...OWNERS, 'Zoë Łukasik']) expect(docxText).toContain(name);
	const docxPlanAt = squash(docxText).indexOf('Our plan');
	expect(docxPlanAt).toBeGreaterThan(-1);
	expectInOrder(docxText, order, docxPlanAt);

	// The Excel file: Items, Scores and Plan; our plan's five first, the formula neutralized.
	const xlsx = await download(page, 'Download Excel (XLSX)');
	expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
	const files = unzipSync(new Uint8Array(await bytesOf(xlsx)));
	const workbook = strFromU8(files['xl/workbook.xml']!);
	expect([...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual([
		'Items',
		'Scores',
		'Plan'
	]);
	const plan = sheetRows(files, 3);
	const header = plan[0]!;
	const column = (name: string) => header.indexOf(name);
	expect(plan.slice(1, 6).map((row) => row[column('Action')])).toEqual(order);
	expect(plan.slice(1, 6).every((row) => row[column('Part')] === 'Our plan')).toBe(true);
	expect(plan.slice(1, 4).map((row) => row[column('Owner')])).toEqual(OWNERS);
	expect(plan[1]![column('Notes')]).toBe(`'${FORMULA_NOTE}`);
	expect(plan[6]![column('Part')]).toBe('Suggestion');
	for (const name of Object.values(files)) expect(strFromU8(name, true)).not.toContain('<f>');
	const items = sheetRows(files, 1);
	expect(items[0]!.slice(0, 5)).toEqual([
		'Element',
		'Item id',
		'Statement',
		'Score (0-4)',
		'Status'
	]);
	expect(items).toHaveLength(37);

	// The policy draft: each accepted action under its essential element.
	await page.getByRole('link', { name: 'Policy draft', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('policy');
	const commitments = page.getByRole('region', { name: /commitments/i }).first();
	for (const title of order) {
		const element = commitments.getByRole('region').filter({ hasText: title });
		await expect(element).toHaveCount(1);
		await expect(element.getByRole('heading', { level: 3 })).toHaveText(/^\d+\. /);
	}
	await expectAccessible(page, 'on the policy draft');
	const policy = await download(page, 'Download as Word (DOCX)');
	const { value: policyText } = await mammoth.extractRawText({
		buffer: await bytesOf(policy)
	});
	for (const title of order) expect(squash(policyText)).toContain(squash(title));
	expect(policyText).toContain('To complete');
	for (const name of ['José Núñez', 'Zoë Łukasik']) expect(policyText).toContain(name);
});

test('each decision keeps the keyboard on the next suggestion: Enter, Enter, Enter', async ({
	page
}) => {
	await page.goto('/');
	await page.getByRole('button', { name: 'Load example' }).click();
	await expect(page.getByRole('heading', { level: 1, name: ORGANIZATION })).toBeVisible();
	await page.getByRole('link', { name: 'Plan', exact: true }).click();
	const rows = page.getByRole('region', { name: /^Suggestions/ }).getByRole('row');
	const titleOf = async (n: number) =>
		((await rows.nth(n).getByRole('rowheader').locator('span').first().textContent()) ?? '').trim();
	const [first, second, third, fourth] = [
		await titleOf(1),
		await titleOf(2),
		await titleOf(3),
		await titleOf(4)
	];
	let keys = 0;
	const press = async (key: string) => {
		keys++;
		await page.keyboard.press(key);
	};

	// Accept, accept, then "Not now" (one Tab along the row), then drop (two Tabs).
	await page.getByRole('button', { name: `Accept: ${first}` }).focus();
	await press('Enter');
	await expect(page.getByRole('button', { name: `Accept: ${second}` })).toBeFocused();
	await press('Enter');
	await expect(page.getByRole('button', { name: `Accept: ${third}` })).toBeFocused();
	await press('Tab');
	await expect(page.getByRole('button', { name: `Not now: ${third}` })).toBeFocused();
	await press('Enter');
	await expect(page.getByRole('button', { name: `Accept: ${fourth}` })).toBeFocused();
	await press('Tab');
	await press('Tab');
	await expect(page.getByRole('button', { name: `Drop: ${fourth}` })).toBeFocused();
	await press('Enter');
	console.log(`Four suggestions decided by keyboard in ${keys} keystrokes.`);

	const ourPlan = page.getByRole('region', { name: /^Our plan/ });
	await expect(ourPlan.getByRole('heading', { level: 4 })).toHaveCount(2);
	await expect(ourPlan.getByRole('heading', { level: 4, name: first })).toBeVisible();
	await expect(ourPlan.getByRole('heading', { level: 4, name: second })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Not now · 1' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Dropped · 1' })).toBeVisible();
	// Decisions are stored: a reload of the page itself shows the same parts.
	await page.reload();
	await expect(
		page.getByRole('region', { name: /^Our plan/ }).getByRole('heading', { level: 4 })
	).toHaveCount(2);
	await expect(page.getByRole('heading', { name: 'Not now · 1' })).toBeVisible();
	await page
		.getByRole('region', { name: 'Not now · 1' })
		.getByText('Show the 1 suggestion')
		.click();
	await expect(page.getByRole('button', { name: `Reconsider: ${third}` })).toBeVisible();
	await expectAccessible(page, 'on the plan with Not now open');
});

test('a new time frame chosen by keyboard moves the card and keeps focus on its When field', async ({
	page
}) => {
	await createAssessment(page, { organization: 'Horizon Agency' });
	await page.getByRole('link', { name: 'Plan', exact: true }).click();
	const title = 'Write an STS policy';
	await page.getByRole('region', { name: 'Add your own action' }).getByLabel('Title').fill(title);
	await page.getByRole('button', { name: 'Add action' }).click();
	const ourPlan = page.getByRole('region', { name: /^Our plan/ });
	const when = ourPlan
		.getByRole('region', { name: /^Now/ })
		.getByRole('article', { name: title })
		.getByLabel('When');
	await when.focus();
	await page.keyboard.press('ArrowDown');
	const moved = ourPlan
		.getByRole('region', { name: /^Next/ })
		.getByRole('article', { name: title });
	await expect(moved.getByLabel('When')).toBeFocused();
	await expect(moved.getByLabel('When')).toHaveValue('next');
	await expect(page.getByRole('status').filter({ hasText: `${title} moved to Next` })).toHaveCount(
		1
	);
	// A second key press goes on from there: Later.
	await page.keyboard.press('ArrowDown');
	await expect(
		ourPlan
			.getByRole('region', { name: /^Later/ })
			.getByRole('article', { name: title })
			.getByLabel('When')
	).toBeFocused();
});

test('filtered by "No owner yet", a card being filled in stays until focus leaves it', async ({
	page
}) => {
	await createAssessment(page, { organization: 'Owner Filter Agency' });
	await page.getByRole('link', { name: 'Plan', exact: true }).click();
	const title = 'Write an STS policy';
	await page.getByRole('region', { name: 'Add your own action' }).getByLabel('Title').fill(title);
	await page.getByRole('button', { name: 'Add action' }).click();
	await page.getByLabel('Owner', { exact: true }).selectOption({ label: 'No owner yet' });
	const card = page
		.getByRole('region', { name: /^Our plan/ })
		.getByRole('article', { name: title });
	const owner = card.getByLabel('Owner (a role or a name)');
	// Typed at a person's pace: each key is saved as it comes, and the card no longer matches.
	await owner.pressSequentially('José Núñez', { delay: 60 });
	await expectSaved(page);
	await expect(owner).toHaveValue('José Núñez');
	await expect(owner).toBeFocused();
	// Tab stays in the card (its dates); leaving the card, it has an owner now, so it goes.
	await page.keyboard.press('Tab');
	await expect(card.getByLabel('Start date')).toBeFocused();
	await page.getByRole('button', { name: 'Clear filters' }).focus();
	await expect(card).toHaveCount(0);
	await page.getByRole('button', { name: 'Clear filters' }).click();
	await expect(card.getByLabel('Owner (a role or a name)')).toHaveValue('José Núñez');
});
