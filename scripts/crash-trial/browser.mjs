/**
 * The browser, killed for real: the system Chromium in its own process group, with a profile
 * kept across relaunches, driven over CDP, and SIGKILLed with everything it started.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from '@playwright/test';

function chromiumArgs(profile) {
	return [
		'--headless',
		'--no-sandbox',
		'--no-first-run',
		'--no-default-browser-check',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--password-store=basic',
		'--use-mock-keychain',
		`--user-data-dir=${profile}`,
		'--remote-debugging-address=127.0.0.1',
		'--remote-debugging-port=0'
	];
}

/** Starts Chromium in its own process group and connects to it over CDP. */
export async function launch(chromiumPath, profile) {
	const portFile = join(profile, 'DevToolsActivePort');
	rmSync(portFile, { force: true });
	const child = spawn(chromiumPath, [...chromiumArgs(profile), 'about:blank'], {
		detached: true,
		stdio: 'ignore'
	});
	const exited = new Promise((done) => child.once('exit', done));
	const deadline = Date.now() + 20_000;
	let port = 0;
	while (!port) {
		if (Date.now() > deadline) {
			killGroup(child.pid);
			throw new Error('Chromium did not open its debugging port within 20 s');
		}
		try {
			port = Number(readFileSync(portFile, 'utf8').split('\n')[0]);
		} catch {
			// not written yet
		}
		if (!port) await sleep(50);
	}
	const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`, { timeout: 20_000 });
	const context = browser.contexts()[0];
	const page = context.pages()[0] ?? (await context.newPage());
	page.setDefaultTimeout(15_000);
	return { pid: child.pid, exited, browser, context, page };
}

function killGroup(pid) {
	try {
		process.kill(-pid, 'SIGKILL');
	} catch {
		// already gone
	}
}

/** SIGKILL to the browser and every process it started; waits until all of them are gone. */
export async function kill(session) {
	killGroup(session.pid);
	await Promise.race([session.exited, sleep(5_000)]);
	for (let i = 0; i < 100; i++) {
		try {
			process.kill(-session.pid, 0);
		} catch {
			break; // no process left in the group
		}
		await sleep(50);
	}
	// The connection is dead; let Playwright notice without waiting on it.
	session.browser.close().catch(() => {});
}

/**
 * Keeps `session.saved` up to date. In page order: a key pressed clears "saved", the indicator
 * turning to "saved" sets it. So at the kill, `saved` says whether the page said "Saved" after
 * the last keystroke.
 */
export async function watchSaveState(session) {
	session.saved = false;
	await session.context.exposeBinding('__crashTrialSaveState', (_source, state) => {
		if (state === 'key') session.saved = false;
		if (state === 'saved') session.saved = true;
	});
	await session.context.addInitScript(() => {
		const report = (state) =>
			window.__crashTrialSaveState?.(state)?.catch?.(() => {
				/* browser going away */
			});
		addEventListener('keydown', () => report('key'), true);
		new MutationObserver((records) => {
			for (const record of records) {
				const el = record.target;
				if (el instanceof HTMLElement && el.classList.contains('save-indicator')) {
					report(el.dataset.state);
				}
			}
		}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
	});
}

export function withTimeout(promise, ms, what) {
	let timer;
	return Promise.race([
		promise.finally(() => clearTimeout(timer)),
		new Promise((_, fail) => {
			timer = setTimeout(() => fail(new Error(`${what} took over ${ms / 1000} s`)), ms);
		})
	]);
}
