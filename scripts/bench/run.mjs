#!/usr/bin/env node
/**
 * `npm run bench`: drives the production build (BUILD_DIR, default build/; run `npm run build`
 * first) in Chromium and prints one table: every speed figure of issue 10 with its target and
 * whether it is met. A missed target is printed, not failed: the exit code is non-zero only when
 * a figure could not be measured at all.
 *
 * Every figure is the median of BENCH_RUNS cold runs (default 5), each in a new browser context
 * on a fresh profile. BENCH_QUICK=1: one run, 10 clicks, no 5,000-assessment home. BENCH_ONLY
 * picks groups (comma-separated): home, pages, answer, keyboard, pdf, scale, import.
 * BENCH_VERBOSE=1 prints each run's numbers as it goes.
 * Progress goes to stderr, the table to stdout.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { serveBuild } from '../crash-trial/server.mjs';
import { machine, removeProfile, removeProfiles } from './browser.mjs';
import * as groups from './groups.mjs';
import { makeBackup, seedBackup, seedExample } from './seed.mjs';
import { failedRow, printTable, textRow } from './table.mjs';

const BUILD_DIR = resolve(process.env.BUILD_DIR || 'build');
const QUICK = process.env.BENCH_QUICK === '1';
const VERBOSE = process.env.BENCH_VERBOSE === '1';
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || (QUICK ? 1 : 5));
const CLICKS = QUICK ? 10 : 20;
const SCALES = QUICK ? [100, 1_000] : [100, 1_000, 5_000];
const IMPORT_COUNT = 1_000;
const GROUPS = ['home', 'pages', 'answer', 'keyboard', 'pdf', 'scale', 'import'];
const only = (process.env.BENCH_ONLY ?? '').split(',').filter(Boolean);
const unknown = only.filter((g) => !GROUPS.includes(g));
if (unknown.length) {
	console.error(`BENCH_ONLY: unknown group ${unknown.join(', ')}; groups: ${GROUPS.join(', ')}`);
	process.exit(2);
}
const wanted = (/** @type {string} */ group) => !only.length || only.includes(group);

if (!existsSync(join(BUILD_DIR, '200.html')) || !existsSync(join(BUILD_DIR, 'index.html'))) {
	console.error(`No build in ${BUILD_DIR}: run \`npm run build\` first (or set BUILD_DIR).`);
	process.exit(1);
}

const started = Date.now();
const progress = (/** @type {string} */ text) =>
	process.stderr.write(
		`bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s: ${text}\n`
	);
const backups = mkdtempSync(join(tmpdir(), 'sts-bench-backups-'));
const cleanUp = () => {
	removeProfiles();
	rmSync(backups, { recursive: true, force: true });
};
process.on('SIGINT', () => {
	cleanUp();
	process.exit(130);
});

/** @type {import('./table.mjs').Row[]} */
const rows = [];
let failures = 0;

/**
 * Runs one group of figures; a failure becomes an error row (its reason under the table), and
 * the other groups still run.
 * @template T
 * @param {string} name
 * @param {() => Promise<T>} work
 * @returns {Promise<T | null>}
 */
async function measured(name, work) {
	try {
		return await work();
	} catch (error) {
		failures += 1;
		rows.push(failedRow(name, error));
		progress(`${name} failed: ${error instanceof Error ? error.stack : String(error)}`);
		return null;
	}
}

const load = loadavg()[0] ?? 0;
const box = await machine();
const { server, origin } = await serveBuild(BUILD_DIR);
/** @type {groups.Bench} */
const bench = {
	origin,
	buildDir: BUILD_DIR,
	clicks: CLICKS,
	async repeat(label, measure) {
		const results = [];
		for (let i = 0; i < RUNS; i++) {
			progress(`${label}, run ${i + 1} of ${RUNS}`);
			const result = await measure(i);
			if (VERBOSE)
				progress(
					JSON.stringify(result, (_k, v) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v))
				);
			results.push(result);
		}
		return results;
	}
};

try {
	/** @type {Record<string, groups.Bytes[]>} */
	let toIdle = {};
	if (wanted('home')) {
		const visit = await measured('home, first visit', () => groups.firstVisit(bench));
		if (visit) {
			rows.push(...visit.rows);
			toIdle.home = visit.toIdle;
		}
	}
	const needsExample = ['pages', 'answer', 'keyboard', 'pdf'].some(wanted);
	const example = needsExample
		? await measured('the example assessment (seeding)', () => seedExample(origin))
		: null;
	if (example) {
		const { profile, pages } = example;
		if (wanted('pages')) {
			const idle = await measured('pages to network idle', () =>
				groups.pagesToIdle(bench, profile, pages)
			);
			toIdle = { ...toIdle, ...idle };
		}
		if (wanted('answer')) {
			rows.push(
				...((await measured('answer by pointer', () =>
					groups.pointerAnswers(bench, profile, pages.walk)
				)) ?? [])
			);
		}
		if (wanted('keyboard')) {
			rows.push(
				...((await measured('keyboard answer-and-next', () =>
					groups.keyboardAnswers(bench, profile, pages.walk)
				)) ?? [])
			);
		}
		if (wanted('pdf')) {
			rows.push(...((await measured('PDF', () => groups.pdf(bench, profile, pages.report))) ?? []));
		}
	}
	if (wanted('home') || wanted('pages')) rows.unshift(...groups.firstLoadRows(BUILD_DIR, toIdle));

	/** @type {Map<number, string>} */
	const files = new Map();
	const backupOf = async (/** @type {number} */ count) => {
		let file = files.get(count);
		if (!file) {
			progress(`making a backup of ${count} assessments`);
			file = await makeBackup(backups, count);
			files.set(count, file);
		}
		return file;
	};
	/** @type {Map<number, string>} */
	const seeded = new Map();
	if (wanted('import')) {
		const imported = await measured(`import of ${IMPORT_COUNT}`, async () =>
			groups.importOf(bench, await backupOf(IMPORT_COUNT), IMPORT_COUNT)
		);
		if (imported?.profile) seeded.set(IMPORT_COUNT, imported.profile);
		rows.push(...(imported?.rows ?? []));
	}
	for (const count of wanted('scale') ? SCALES : []) {
		const name = `home with ${count.toLocaleString('en-US')} assessments`;
		const scaled = await measured(name, async () => {
			let profile = seeded.get(count);
			if (!profile) {
				const file = await backupOf(count);
				progress(`importing ${count} assessments into a profile`);
				profile = await seedBackup(origin, file);
			}
			try {
				return await groups.homeWith(bench, profile, count);
			} finally {
				removeProfile(profile);
			}
		});
		rows.push(...(scaled ?? []));
	}
	if (wanted('scale') && QUICK) {
		rows.push(textRow('home with 5,000 assessments', 'skipped (BENCH_QUICK=1)'));
	}
} finally {
	server.close();
	cleanUp();
}

printTable(
	[
		`STS Workbook bench: ${relative(process.cwd(), BUILD_DIR) || '.'}/ served on ${origin}`,
		`Machine: ${box.cores} CPU cores (${box.cpu}), load average ${load.toFixed(2)} at start; Chromium ${box.chromium}; Node ${process.version}`,
		`Each figure: median of ${RUNS} cold run${RUNS === 1 ? '' : 's'}, each in a new browser context on a fresh profile (empty HTTP cache; a service worker only on the first visit); p50/p95 over ${CLICKS} clicks or key presses per run.`,
		'Sizes: gzip -9 of the files served. "named": the JS/CSS the HTML names; "to idle": all the page fetched until the network was idle.',
		`The bench took ${Math.round((Date.now() - started) / 1000)} s.`
	],
	rows
);
process.exit(failures ? 1 : 0);
