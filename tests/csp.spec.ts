/**
 * The main journey with the Content Security Policy enforced: every violation the page reports,
 * every console error and every uncaught error fails the test. A new library that evaluates code,
 * injects a script or loads a font from elsewhere shows up here before a user meets a broken screen.
 */
import { readFileSync } from 'node:fs';
import { expect, expectFocusOnItem, test } from './fixtures';

const ORGANIZATION = 'Maple Hollow Child & Family Services (example)';

interface Violation {
	directive: string;
	blocked: string;
	source: string;
	line: number;
	sample: string;
}

// Playwright's default, written down: this test is only worth anything with the policy enforced.
test.use({ bypassCSP: false });

test('the whole journey, PDF included, runs under the CSP without a violation or an error', async ({
	page
}) => {
	test.setTimeout(120_000);
	const violations: Violation[] = [];
	const errors: string[] = [];
	await page.exposeFunction('__reportCspViolation', (v: Violation) => violations.push(v));
	await page.addInitScript(() => {
		window.addEventListener('securitypolicyviolation', (e) => {
			const report = (window as unknown as Record<string, (v: unknown) => void>)
				.__reportCspViolation;
			report?.({
				directive: e.effectiveDirective,
				blocked: e.blockedURI,
				source: e.sourceFile,
				line: e.lineNumber,
				sample: e.sample
			});
		});
	});
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
	const nav = page.getByRole('navigation', { name: 'Assessment' });
	const open = async (name: string) => {
		const link = nav.getByRole('link', { name, exact: true });
		await link.click();
		await expect(link).toHaveAttribute('aria-current', 'page');
	};

	await page.goto('/');
	// The policy is in the page and strict about scripts.
	const policy = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	expect(policy).toContain("default-src 'self'");
	expect(policy).toMatch(/script-src 'self'( 'sha256-[^']+')*;/);
	expect(policy).not.toContain('unsafe-eval');

	await page.getByRole('button', { name: 'Load example' }).click();
	await expect(page.getByRole('heading', { level: 1, name: ORGANIZATION })).toBeVisible();

	await open('Set-up');
	await expect(page.getByLabel('Organization')).toHaveValue(ORGANIZATION);

	// A few answers by keyboard on the walk-through.
	await open('Walk-through');
	await page.getByRole('link', { name: /^1\. / }).click();
	await page.locator('article').first().getByRole('radio').first().focus();
	for (const [n, key] of ['2', '0', '4'].entries()) {
		await expectFocusOnItem(page, n + 1);
		await page.keyboard.press(key);
		await expect(
			page
				.locator('article')
				.nth(n)
				.getByRole('radio', { name: new RegExp(`^${key} `) })
		).toBeChecked();
		await page.keyboard.press('Enter');
	}

	await open('Review');
	await expect(page.getByRole('heading', { name: 'Review the answers' })).toBeVisible();

	// Results: Chart.js loads lazily and draws.
	await open('Results');
	const chart = page.getByRole('img', { name: /^Bar chart of the element scores/ });
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

	await open('Plan');
	await expect(
		page
			.getByRole('region', { name: /^Suggestions/ })
			.getByRole('row')
			.nth(1)
	).toBeVisible();

	// Report and the PDF (jsPDF, its fonts and an off-screen chart), made on the device.
	await open('Report');
	await expect(page.getByRole('heading', { level: 2, name: 'Executive summary' })).toBeVisible();
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download PDF' }).click();
	const download = await downloading;
	await expect(page.getByRole('status').filter({ hasText: 'PDF downloaded' })).toBeVisible();
	expect(
		readFileSync(await download.path())
			.subarray(0, 5)
			.toString('latin1')
	).toBe('%PDF-');

	expect(violations, 'CSP violations').toEqual([]);
	expect(errors, 'console and page errors').toEqual([]);

	// And the listener hears a real violation: an injected inline script is refused.
	const ran = await page.evaluate(() => {
		const script = document.createElement('script');
		script.textContent = 'window.__injectedRan = true;';
		document.head.append(script);
		return (window as unknown as { __injectedRan?: boolean }).__injectedRan ?? false;
	});
	expect(ran).toBe(false);
	await expect
		.poll(() => violations.map((v) => v.directive))
		.toEqual([expect.stringMatching(/^script-src/)]);
});
