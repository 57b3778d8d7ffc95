#!/usr/bin/env node
/**
 * Makes sure a Chromium is available for the browser tests, so `npm test` works on a fresh machine.
 * Order: CHROMIUM_PATH if set; /usr/bin/chromium; on Debian as root, install it with apt-get;
 * otherwise Playwright's own browser (`npx playwright install chromium`, needs its download host).
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const wanted = process.env.CHROMIUM_PATH;
if (wanted) {
	if (!existsSync(wanted)) {
		console.error(`CHROMIUM_PATH is set to ${wanted}, but no file is there.`);
		process.exit(1);
	}
	console.log(`Browser: ${wanted} (CHROMIUM_PATH)`);
	process.exit(0);
}
if (existsSync('/usr/bin/chromium')) {
	console.log('Browser: /usr/bin/chromium');
	process.exit(0);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (existsSync('/usr/bin/apt-get') && isRoot) {
	console.log('No Chromium found: installing Debian chromium with apt-get…');
	execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
		stdio: 'inherit'
	});
	process.exit(0);
}
console.log('No system Chromium: using Playwright’s own browser.');
execSync('npx playwright install chromium', { stdio: 'inherit' });
