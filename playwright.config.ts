import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

/** The system Chromium when there is one (Debian), else Playwright's own browser. */
function chromiumPath(): string | undefined {
	const wanted = process.env.CHROMIUM_PATH;
	if (wanted) return wanted;
	return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/**
 * The tests serve their own build (`npm run build:test` writes build-test/) on their own port, and
 * never reuse a server they did not start: a user may be running `npm start` (build/ on 4173) at
 * the same time. BUILD_DIR and E2E_PORT override both.
 */
const BUILD_DIR = process.env.BUILD_DIR || 'build-test';
const DEFAULT_PORT = 4317;

/**
 * Decides the port once, in the runner's process: workers load this file again but inherit the
 * environment, so they take the same answer. An E2E_PORT that is taken is an error; the default
 * port, when taken, moves to the next free one.
 */
function choosePort(): number {
	if (process.env.E2E_PORT_CHOSEN) return Number(process.env.E2E_PORT);
	const pinned = process.env.E2E_PORT;
	const wanted = pinned ? Number(pinned) : DEFAULT_PORT;
	let port: number;
	try {
		const args = ['scripts/free-port.mjs', String(wanted), ...(pinned ? ['--exact'] : [])];
		port = Number(execFileSync(process.execPath, args, { encoding: 'utf8' }).trim());
	} catch {
		throw new Error(
			pinned
				? `E2E_PORT=${pinned} is already in use. The browser tests never reuse a server they did not start: stop what runs there or pick another E2E_PORT.`
				: `No free port from ${DEFAULT_PORT} on for the browser tests; set E2E_PORT to a free one.`
		);
	}
	if (port !== wanted) {
		console.log(`Port ${wanted} is in use; the browser tests serve on ${port} instead.`);
	}
	if (!existsSync(join(BUILD_DIR, '200.html'))) {
		throw new Error(
			`No build in ${BUILD_DIR}/ to test: run \`npm run build:test\` first (npm test does it).`
		);
	}
	process.env.E2E_PORT = String(port);
	process.env.E2E_PORT_CHOSEN = '1';
	return port;
}

const PORT = choosePort();

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
		// Never: a server already on this port is someone else's (the port check above moved away
		// from it, so this only trips on a race).
		reuseExistingServer: false
	}
});
