import { createAssessment, expect, test, waitForServiceWorker } from './fixtures';

test('after the first visit the app works offline, even on pages never visited', async ({
	page,
	context
}) => {
	await page.goto('/');
	await waitForServiceWorker(page);
	await createAssessment(page, { organization: 'Offline Agency' });
	const assessmentUrl = page.url();

	await context.setOffline(true);
	await page.goto('/');
	await expect(page.getByRole('link', { name: 'Offline Agency', exact: true })).toBeVisible();

	// Never visited while online:
	await page.goto('/about');
	await expect(page.getByRole('heading', { name: 'About this workbook' })).toBeVisible();

	await page.goto(assessmentUrl);
	await expect(page.getByRole('heading', { level: 1, name: 'Offline Agency' })).toBeVisible();

	await createAssessment(page, { organization: 'Created Offline' });
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Created Offline' })).toBeVisible();
});

test('the app is installable: manifest with icons and a service worker', async ({ page }) => {
	await page.goto('/');
	const manifest = await page.evaluate(async () => {
		const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
		return link ? ((await (await fetch(link.href)).json()) as Record<string, unknown>) : null;
	});
	expect(manifest).toMatchObject({ display: 'standalone', start_url: '/' });
	const icons = (manifest?.icons ?? []) as { sizes: string; purpose: string; src: string }[];
	expect(icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(
		expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable'])
	);
	for (const icon of icons) {
		const response = await page.request.get(icon.src);
		expect(response.status(), icon.src).toBe(200);
	}
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
});
