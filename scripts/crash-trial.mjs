#!/usr/bin/env node
/**
 * Crash trial: how much does a user lose when the browser dies mid-work? Not a test (it passes
 * nothing and fails nothing), and not part of CI: it prints numbers.
 *
 *   npm run build && npm run trial:crash -- --trials 200 --delays 0,5,10,20,50,100
 *
 * Serves the build (BUILD_DIR, default build/) on a free port of 127.0.0.1, starts the system
 * Chromium itself (CHROMIUM_PATH, default /usr/bin/chromium) with a profile kept across
 * relaunches, loads the example assessment, then repeats: answer an item by keyboard on the walk
 * (or type characters into its notes), wait a delay, SIGKILL the browser's whole process group,
 * relaunch, look at what the home page shows and read back what IndexedDB holds.
 *
 * Counts, by delay: answers lost, characters lost, earlier data damaged, whole database lost,
 * and what the user saw (any role=alert text on the home page after the relaunch).
 * "after ✓" counts losses where the page had said "Saved" after the last keystroke and before the
 * kill: those are the real bugs; a loss with no "Saved" yet is a keystroke the browser never got
 * to store.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { contentType } from './content-types.mjs';

const { values: flags } = parseArgs({
	options: {
		trials: { type: 'string', default: '200' },
		delays: { type: 'string', default: '0,5,10,20,50,100' },
		'keep-profile': { type: 'boolean', default: false },
		verbose: { type: 'boolean', default: false }
	}
});
const TRIALS = Number(flags.trials);
const DELAYS = flags.delays.split(',').map((d) => Number(d.trim()));
if (!Number.isInteger(TRIALS) || TRIALS < 1 || DELAYS.some((d) => !Number.isFinite(d) || d < 0)) {
	console.error('Usage: npm run trial:crash -- [--trials N] [--delays 0,5,10,20,50,100]');
	process.exit(2);
}
const BUILD_DIR = resolve(process.env.BUILD_DIR || 'build');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const TRIAL_TIMEOUT_MS = 60_000;
const DATABASE = 'sts-workbook';
const NOTES_LABEL = 'Notes from the discussion';

if (!existsSync(join(BUILD_DIR, '200.html'))) {
	console.error(`No build in ${BUILD_DIR}: run \`npm run build\` first (or set BUILD_DIR).`);
	process.exit(1);
}
if (!existsSync(CHROMIUM)) {
	console.error(`No Chromium at ${CHROMIUM}: set CHROMIUM_PATH.`);
	process.exit(1);
}

// ---------------------------------------------------------------- the app, served on 127.0.0.1

function fileFor(pathname) {
	for (const candidate of [pathname, `${pathname}.html`, join(pathname, 'index.html')]) {
		const file = normalize(join(BUILD_DIR, candidate));
		if (!file.startsWith(BUILD_DIR)) return null;
		if (existsSync(file) && statSync(file).isFile()) return file;
	}
	return extname(pathname) ? null : join(BUILD_DIR, '200.html');
}

const server = createServer((req, res) => {
	const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
	const file = fileFor(pathname);
	if (!file) {
		res.writeHead(404).end('Not found');
		return;
	}
	res.writeHead(200, { 'content-type': contentType(file) });
	res.end(readFileSync(file));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const ORIGIN = `http://127.0.0.1:${server.address().port}`;

// ---------------------------------------------------------------- the browser, killed for real

const profile = mkdtempSync(join(tmpdir(), 'sts-crash-trial-'));
const CHROMIUM_ARGS = [
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

/** Starts Chromium in its own process group and connects to it over CDP. */
async function launch() {
	const portFile = join(profile, 'DevToolsActivePort');
	rmSync(portFile, { force: true });
	const child = spawn(CHROMIUM, [...CHROMIUM_ARGS, 'about:blank'], {
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
async function kill(session) {
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

// ---------------------------------------------------------------- reading the stored truth

/** What IndexedDB holds for the assessment, read without the app (raw IndexedDB). */
async function readStore(page, assessmentId) {
	return page.evaluate(
		async ({ name, id }) => {
			const names = (await indexedDB.databases()).map((d) => d.name);
			if (!names.includes(name)) return { exists: false };
			const db = await new Promise((ok, fail) => {
				const request = indexedDB.open(name);
				request.onsuccess = () => ok(request.result);
				request.onerror = () => fail(request.error);
			});
			const all = (store) =>
				new Promise((ok, fail) => {
					const request = db.transaction(store).objectStore(store).getAll();
					request.onsuccess = () => ok(request.result);
					request.onerror = () => fail(request.error);
				});
			try {
				const assessments = await all('assessments');
				const sets = await all('responseSets');
				const responses = await all('responses');
				const consensus = sets.find((s) => s.assessmentId === id && s.kind === 'consensus');
				const items = {};
				for (const r of responses) {
					if (r.responseSetId === consensus?.id) {
						items[r.itemId] = { answer: r.answer, notes: r.notes };
					}
				}
				return {
					exists: true,
					assessments: assessments.length,
					hasAssessment: assessments.some((a) => a.id === id),
					items
				};
			} finally {
				db.close();
			}
		},
		{ name: DATABASE, id: assessmentId }
	);
}

const answerKey = (answer) => (answer?.kind === 'score' ? String(answer.value) : answer?.kind);

/** Loads the example on home and returns its assessment id. */
async function loadExample(page) {
	await page.goto(`${ORIGIN}/`);
	await page.getByRole('button', { name: 'Load example' }).click();
	await page.waitForURL(/\/assessments\/[^/]+$/);
	return new URL(page.url()).pathname.split('/').at(-1);
}

/** Opens the walk where the group left off, ready to type. */
async function openWalk(page, assessmentId) {
	await page.goto(`${ORIGIN}/assessments/${assessmentId}/walk`);
	await page.locator('article[data-item-id]').first().waitFor();
	await page.locator('.save-indicator').waitFor();
}

/** Non-empty role=alert texts on the home page after a relaunch: what the user is told. */
async function homeAlerts(page, assessmentId) {
	await page.goto(`${ORIGIN}/`);
	await page
		.locator(`a[href$="/assessments/${assessmentId}"], button:has-text("Load example")`)
		.first()
		.waitFor({ timeout: 10_000 })
		.catch(() => {});
	await sleep(300);
	const texts = await page
		.getByRole('alert')
		.evaluateAll((nodes) => nodes.map((n) => n.textContent?.replace(/\s+/g, ' ').trim() ?? ''));
	const listed = await page.locator(`a[href$="/assessments/${assessmentId}"]`).count();
	return { alerts: texts.filter(Boolean), listed: listed > 0 };
}

// ---------------------------------------------------------------- one trial

/**
 * Does one action, waits `delay` ms, kills the browser. Returns what was expected and whether the
 * page said "Saved" before the kill.
 */
async function act(session, trial, kind, delay, before) {
	const { page } = session;
	const articles = page.locator('article[data-item-id]');
	const article = articles.nth(trial % (await articles.count()));
	const itemId = await article.getAttribute('data-item-id');
	const was = before.items[itemId] ?? { answer: null, notes: '' };
	let expected;
	if (kind === 'answer') {
		const current = was.answer?.kind === 'score' ? was.answer.value : -1;
		const key = String((current + 1) % 5);
		await article.getByRole('radio').first().focus();
		expected = { kind, itemId, answer: key, before: answerKey(was.answer) };
		await page.keyboard.press(key);
	} else {
		const notes = article.getByRole('textbox', { name: NOTES_LABEL });
		// The field shows the stored text before anything is typed after it.
		for (let i = 0; i < 100 && (await notes.inputValue()) !== was.notes; i++) await sleep(20);
		await notes.focus();
		await page.keyboard.press('Control+End');
		const typed = `q${trial.toString(36).padStart(4, 'x')}z!`;
		expected = { kind, itemId, notesBefore: was.notes, typed };
		await page.keyboard.type(typed);
	}
	if (delay > 0) await sleep(delay);
	const savedBeforeKill = session.saved;
	await kill(session);
	return { ...expected, savedBeforeKill };
}

/** Compares what is stored after the relaunch with what was there and what was done. */
function judge(before, after, done) {
	const result = {
		dbLost: false,
		answerLost: 0,
		charsTyped: 0,
		charsLost: 0,
		earlierDamaged: 0,
		lostAfterSaved: 0
	};
	if (!after.exists || !after.hasAssessment || Object.keys(after.items).length === 0) {
		result.dbLost = true;
		return result;
	}
	for (const [itemId, was] of Object.entries(before.items)) {
		if (itemId === done.itemId) continue;
		const now = after.items[itemId];
		if (!now || answerKey(now.answer) !== answerKey(was.answer) || now.notes !== was.notes) {
			result.earlierDamaged += 1;
		}
	}
	const now = after.items[done.itemId] ?? { answer: null, notes: '' };
	if (done.kind === 'answer') {
		const got = answerKey(now.answer);
		if (got !== done.answer) {
			result.answerLost = 1;
			if (done.savedBeforeKill) result.lostAfterSaved = 1;
			if (got !== done.before) result.earlierDamaged += 1; // neither old nor new
		}
		if (now.notes !== (before.items[done.itemId]?.notes ?? '')) result.earlierDamaged += 1;
	} else {
		result.charsTyped = done.typed.length;
		if (!now.notes.startsWith(done.notesBefore)) {
			result.earlierDamaged += 1;
			result.charsLost = done.typed.length;
		} else {
			const added = now.notes.slice(done.notesBefore.length);
			let kept = 0;
			while (kept < added.length && added[kept] === done.typed[kept]) kept++;
			result.charsLost = done.typed.length - kept;
		}
		if (result.charsLost > 0 && done.savedBeforeKill) result.lostAfterSaved = 1;
		if (answerKey(now.answer) !== answerKey(before.items[done.itemId]?.answer)) {
			result.earlierDamaged += 1;
		}
	}
	return result;
}

function withTimeout(promise, ms, what) {
	let timer;
	return Promise.race([
		promise.finally(() => clearTimeout(timer)),
		new Promise((_, fail) => {
			timer = setTimeout(() => fail(new Error(`${what} took over ${ms / 1000} s`)), ms);
		})
	]);
}

// ---------------------------------------------------------------- the run

/** Per delay: counts over the trials run with it. */
const rows = new Map(
	DELAYS.map((d) => [
		d,
		{
			answers: 0,
			answersLost: 0,
			typings: 0,
			charsTyped: 0,
			charsLost: 0,
			savedShown: 0,
			lostAfterSaved: 0,
			earlierDamaged: 0,
			dbLost: 0,
			errors: 0
		}
	])
);
const alertsSeen = new Map();
const notes = [];

// A dead connection's pending calls must not end the run.
process.on('unhandledRejection', (error) => {
	if (flags.verbose) console.error('(ignored after a kill)', error?.message ?? error);
});

console.log(
	`Crash trial: ${TRIALS} trials, delays ${DELAYS.join(', ')} ms; app ${BUILD_DIR} at ${ORIGIN}; ` +
		`browser ${CHROMIUM}; profile ${profile}`
);

let session = null;
let assessmentId = null;

async function ensureSession() {
	if (session) return;
	session = await launch();
	session.saved = false;
	// In page order: a key pressed clears "saved", the indicator turning to "saved" sets it. So at
	// the kill, `saved` says whether the page said "Saved" after the last keystroke.
	const current = session;
	await session.context.exposeBinding('__crashTrialSaveState', (_source, state) => {
		if (state === 'key') current.saved = false;
		if (state === 'saved') current.saved = true;
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

const started = Date.now();
for (let trial = 0; trial < TRIALS; trial++) {
	const delay = DELAYS[trial % DELAYS.length];
	const kind = Math.floor(trial / DELAYS.length) % 2 === 0 ? 'answer' : 'type';
	const row = rows.get(delay);
	try {
		await withTimeout(
			(async () => {
				await ensureSession();
				if (!assessmentId) assessmentId = await loadExample(session.page);
				await openWalk(session.page, assessmentId);
				const before = await readStore(session.page, assessmentId);
				if (!before.exists || !before.hasAssessment) {
					assessmentId = await loadExample(session.page);
					await openWalk(session.page, assessmentId);
				}
				const baseline = before.hasAssessment
					? before
					: await readStore(session.page, assessmentId);
				const done = await act(session, trial, kind, delay, baseline);
				session = null;

				await ensureSession();
				const seen = await homeAlerts(session.page, assessmentId);
				const after = await readStore(session.page, assessmentId);
				const result = judge(baseline, after, done);
				for (const text of seen.alerts) alertsSeen.set(text, (alertsSeen.get(text) ?? 0) + 1);
				if (kind === 'answer') {
					row.answers += 1;
					row.answersLost += result.answerLost;
				} else {
					row.typings += 1;
					row.charsTyped += result.charsTyped;
					row.charsLost += result.charsLost;
				}
				if (done.savedBeforeKill) row.savedShown += 1;
				row.lostAfterSaved += result.lostAfterSaved;
				row.earlierDamaged += result.earlierDamaged;
				if (result.dbLost) {
					row.dbLost += 1;
					notes.push(
						`trial ${trial + 1} (${delay} ms): whole assessment gone; home ${seen.listed ? 'still listed it' : 'did not list it'}` +
							(seen.alerts.length ? `, alert: ${seen.alerts.join(' | ')}` : ', no alert')
					);
					assessmentId = null; // load the example again
				}
				if (flags.verbose) {
					const saved = done.savedBeforeKill ? 'said Saved' : 'no Saved yet';
					console.log(
						`trial ${trial + 1}: ${kind}, ${delay} ms, ${saved}:`,
						JSON.stringify(result)
					);
				}
			})(),
			TRIAL_TIMEOUT_MS,
			`trial ${trial + 1}`
		);
	} catch (error) {
		row.errors += 1;
		notes.push(`trial ${trial + 1} (${delay} ms, ${kind}): ${error.message.split('\n')[0]}`);
		if (session) await kill(session);
		session = null;
	}
	if ((trial + 1) % 10 === 0 || trial + 1 === TRIALS) {
		const secs = ((Date.now() - started) / 1000).toFixed(0);
		process.stdout.write(`  ${trial + 1}/${TRIALS} trials (${secs} s)\n`);
	}
}
if (session) await kill(session);
server.close();
if (!flags['keep-profile']) rmSync(profile, { recursive: true, force: true });

// ---------------------------------------------------------------- the table

const header = [
	'delay ms',
	'answers',
	'lost',
	'typed (chars)',
	'chars lost',
	'✓ shown',
	'lost after ✓',
	'earlier damaged',
	'db lost',
	'errors'
];
const table = [...rows.entries()].map(([delay, r]) => [
	String(delay),
	String(r.answers),
	String(r.answersLost),
	`${r.typings} (${r.charsTyped})`,
	String(r.charsLost),
	String(r.savedShown),
	String(r.lostAfterSaved),
	String(r.earlierDamaged),
	String(r.dbLost),
	String(r.errors)
]);
const sum = (key) => [...rows.values()].reduce((total, r) => total + r[key], 0);
table.push([
	'total',
	String(sum('answers')),
	String(sum('answersLost')),
	`${sum('typings')} (${sum('charsTyped')})`,
	String(sum('charsLost')),
	String(sum('savedShown')),
	String(sum('lostAfterSaved')),
	String(sum('earlierDamaged')),
	String(sum('dbLost')),
	String(sum('errors'))
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
const line = (cells) => cells.map((c, i) => c.padStart(widths[i])).join('  ');
console.log();
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table) console.log(line(row));
console.log();
console.log(
	'lost: answers not stored after the kill; ✓ shown: trials where the page said "Saved" after ' +
		'the last keystroke and before the kill; lost after ✓: losses in those (real bugs); earlier damaged: records stored before ' +
		'the trial that changed or vanished.'
);
console.log(
	alertsSeen.size
		? `Alerts on home after a relaunch: ${[...alertsSeen].map(([t, n]) => `${n}× "${t}"`).join('; ')}`
		: 'Alerts on home after a relaunch: none.'
);
for (const note of notes) console.log(`- ${note}`);
console.log(`${TRIALS} trials in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
process.exit(0);
