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
 *
 * The parts live in crash-trial/: server.mjs (the build on 127.0.0.1), browser.mjs (launch and
 * SIGKILL), scenario.mjs (what the user does), store.mjs (what IndexedDB holds, and the verdict),
 * report.mjs (the table). This file is the run.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { kill, launch, watchSaveState, withTimeout } from './crash-trial/browser.mjs';
import { newRows, printReport } from './crash-trial/report.mjs';
import { act, homeAlerts, loadExample, openWalk } from './crash-trial/scenario.mjs';
import { serveBuild } from './crash-trial/server.mjs';
import { judge, readStore } from './crash-trial/store.mjs';

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

if (!existsSync(join(BUILD_DIR, '200.html'))) {
	console.error(`No build in ${BUILD_DIR}: run \`npm run build\` first (or set BUILD_DIR).`);
	process.exit(1);
}
if (!existsSync(CHROMIUM)) {
	console.error(`No Chromium at ${CHROMIUM}: set CHROMIUM_PATH.`);
	process.exit(1);
}

const { server, origin: ORIGIN } = await serveBuild(BUILD_DIR);
const profile = mkdtempSync(join(tmpdir(), 'sts-crash-trial-'));

const rows = newRows(DELAYS);
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
	session = await launch(CHROMIUM, profile);
	await watchSaveState(session);
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
				if (!assessmentId) assessmentId = await loadExample(session.page, ORIGIN);
				await openWalk(session.page, ORIGIN, assessmentId);
				const before = await readStore(session.page, assessmentId);
				if (!before.exists || !before.hasAssessment) {
					assessmentId = await loadExample(session.page, ORIGIN);
					await openWalk(session.page, ORIGIN, assessmentId);
				}
				const baseline = before.hasAssessment
					? before
					: await readStore(session.page, assessmentId);
				const done = await act(session, trial, kind, delay, baseline);
				session = null;

				await ensureSession();
				const seen = await homeAlerts(session.page, ORIGIN, assessmentId);
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

printReport({ rows, alertsSeen, notes, trials: TRIALS, started });
process.exit(0);
