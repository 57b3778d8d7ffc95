import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/** The system Chromium when there is one (Debian), else Playwright's own browser. */
function chromiumPath(): string | undefined {
	const wanted = process.env.CHROMIUM_PATH;
	if (wanted) return wanted;
	return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

const PORT = Number(process.env.E2E_PORT ?? 4173);
const BUILD_DIR = process.env.BUILD_DIR ?? 'build';

export default defineConfig({
	testDir: 'tests',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: 0,
	forbidOnly: Boolean(process.env.CI),
	reporter: process.env.CI ? [['list'], ['json', { outputFile: 'reports/e2e.json' }]] : 'list',
	use: {
		baseURL: `http://localhost:${PORT}`,
		trace: 'retain-on-failure',
		serviceWorkers: 'allow'
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: {
					executablePath: chromiumPath(),
					// This machine has no network beyond localhost: keep Chromium from calling home.
					args: [
						'--disable-background-networking',
						'--disable-component-update',
						'--disable-sync',
						'--no-first-run'
					]
				}
			}
		}
	],
	webServer: {
		// The production build, served as static files exactly as it would be deployed.
		command: `npx sirv ${BUILD_DIR} --single 200.html --port ${PORT} --quiet`,
		port: PORT,
		reuseExistingServer: !process.env.CI
	}
});
