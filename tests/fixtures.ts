/**
 * Shared test fixtures. Every test fails if the page asked any origin other than the app's own:
 * the workbook promises that nothing leaves the device.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export const test = base.extend<{ foreignRequests: string[] }>({
	foreignRequests: [
		async ({ page, baseURL }, use) => {
			const origin = new URL(baseURL ?? 'http://localhost:4173').origin;
			const foreign: string[] = [];
			page.context().on('request', (request) => {
				const url = request.url();
				if (url.startsWith('data:') || url.startsWith('blob:')) return;
				if (new URL(url).origin !== origin) foreign.push(url);
			});
			await use(foreign);
			expect(foreign, 'requests to other origins').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** Runs axe-core with the WCAG 2.x A and AA rules (2.2 included) and expects no violations. */
export async function expectAccessible(page: Page, context = '') {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	const summary = results.violations.map(
		(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
	);
	expect(summary, `axe violations ${context}`).toEqual([]);
}

/** Waits until the service worker is active and controls the page (the app is cached offline). */
export async function waitForServiceWorker(page: Page) {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await expect
		.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)))
		.toBe(true);
}

/** Creates an assessment through the form, as a user would, and waits for its page. */
export async function createAssessment(
	page: Page,
	fields: { organization: string; unit?: string; cycle?: string }
) {
	await page.goto('/new');
	await page.getByLabel('Organization').fill(fields.organization);
	if (fields.unit) await page.getByLabel('Unit or program').fill(fields.unit);
	if (fields.cycle) await page.getByLabel('Cycle').fill(fields.cycle);
	await page.getByRole('button', { name: 'Create assessment' }).click();
	await expect(page.getByRole('heading', { level: 1, name: fields.organization })).toBeVisible();
}

/** Creates an assessment and opens its walk-through at essential element 1. */
export async function openWalk(page: Page, organization: string) {
	await createAssessment(page, { organization });
	await page.getByRole('link', { name: 'Start the walk-through' }).click();
	await expect(page.getByText('Essential element 1 of 6')).toBeVisible();
}

/** Opens the walk-through of a new assessment, as openWalk, and waits for a focused answer. */
export async function startWalk(page: Page, organization: string) {
	await openWalk(page, organization);
	await expect(page.locator('input[type="radio"]:focus')).toHaveCount(1);
}

/** Waits until keyboard focus is inside item number `n` of the walk. */
export async function expectFocusOnItem(page: Page, n: number) {
	await expect
		.poll(() =>
			page.evaluate(
				() =>
					(document.activeElement?.closest('[data-item-id]') as HTMLElement | null)?.dataset
						.position
			)
		)
		.toBe(String(n));
}

/**
 * Waits for the save indicator to say the last change is stored. Reads its state, not its
 * words: the idle text ("All changes are saved…") would match a text search too.
 */
export async function expectSaved(page: Page) {
	await expect(page.locator('.save-indicator[data-state="saved"]')).toBeVisible();
}

/** All the text of a PDF, pages joined, runs of white space made single spaces. */
export async function pdfText(data: Uint8Array): Promise<{ text: string; pages: number }> {
	const doc = await getDocument({ data, isEvalSupported: false, disableFontFace: true }).promise;
	const parts: string[] = [];
	for (let n = 1; n <= doc.numPages; n++) {
		const content = await (await doc.getPage(n)).getTextContent();
		parts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
	}
	const pages = doc.numPages;
	await doc.destroy();
	return { text: parts.join(' ').normalize('NFC').replace(/\s+/g, ' '), pages };
}
