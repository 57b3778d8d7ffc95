/**
 * The bench's groups of figures, each measured `runs` times and turned into table rows with the
 * issue's targets. run.mjs picks the groups (BENCH_ONLY) and prints the table.
 */
import { firstLoad, HOME_JS_BUDGET_BYTES, kb } from './first-load.mjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
	answerByKeyboard,
	answerByPointer,
	downloadFromReport,
	importBackup
} from './interactions.mjs';
import {
	comparePath,
	homeAtScale,
	homeFirstVisit,
	pageAtScale,
	pageToIdle
} from './page-loads.mjs';
import { median, percentile, row, textRow } from './table.mjs';

/**
 * @typedef {{
 *   origin: string,
 *   buildDir: string,
 *   clicks: number,
 *   repeat: <T>(label: string, measure: (run: number) => Promise<T>) => Promise<T[]>
 * }} Bench
 * @typedef {import('./table.mjs').Row} Row
 * @typedef {{ js: number, css: number, height?: number }} Bytes
 */

const ms = /** @type {const} */ ({ unit: 'ms' });

/** The page each first-load figure is named after, and the HTML file that serves it. */
export const HTML_OF = {
	home: 'index.html',
	new: 'new.html',
	walk: '200.html',
	results: '200.html',
	plan: '200.html',
	report: '200.html',
	policy: '200.html',
	workshop: '200.html',
	laptop: '200.html',
	reveal: '200.html',
	rate: 'rate.html'
};

/**
 * Home on a first visit: paint, usable, and the service worker's precache.
 * @returns {Promise<{ rows: Row[], toIdle: Bytes[] }>}
 */
export async function firstVisit(/** @type {Bench} */ b) {
	const runs = await b.repeat('home, first visit', (run) =>
		homeFirstVisit(b.origin, b.buildDir, run === 0)
	);
	const first = runs[0]?.precache;
	if (!first) throw new Error('the service worker did not become active within 30 s');
	const precache = first.js + first.css + first.other;
	return {
		toIdle: runs,
		rows: [
			row('home first contentful paint', median(runs.map((r) => r.fcp)), {
				...ms,
				max: 148,
				note: '(peer)'
			}),
			row('home usable (heading, link, list or empty state)', median(runs.map((r) => r.usable)), {
				...ms,
				max: 150
			}),
			row('service worker precache, gzip', precache, { unit: 'KB', max: 400 })
		]
	};
}

/** The JS and CSS a cold load of each assessment page (and New) fetches until idle. */
export async function pagesToIdle(
	/** @type {Bench} */ b,
	/** @type {string} */ seed,
	/** @type {Record<string, string>} */ paths
) {
	/** @type {Record<string, Bytes[]>} */
	const toIdle = {};
	for (const [name, path] of Object.entries(paths)) {
		toIdle[name] = await b.repeat(`${name} page to network idle`, () =>
			pageToIdle(b.origin, b.buildDir, seed, path)
		);
	}
	return toIdle;
}

/** First-load JS and CSS per page: named in the HTML (from the files) / fetched until idle. */
export function firstLoadRows(
	/** @type {string} */ buildDir,
	/** @type {Record<string, Bytes[]>} */ toIdle
) {
	return Object.entries(HTML_OF).flatMap(([name, html]) => {
		const named = firstLoad(buildDir, html);
		const idle = toIdle[name] ?? [];
		const atIdle = (/** @type {'js' | 'css'} */ k) =>
			idle.length ? kb(median(idle.map((r) => r[k]))) : 'n/a';
		const home = name === 'home';
		const height = idle.flatMap((r) => (r.height === undefined ? [] : [r.height]));
		return [
			...(name === 'plan' && height.length
				? [textRow('plan page height, the example (1280 px wide)', `${median(height)} px`)]
				: []),
			textRow(
				`first-load JS, ${name} (${html}): named / to idle`,
				`${kb(named.js.gzip)} / ${atIdle('js')}`,
				home ? `≤ ${kb(HOME_JS_BUDGET_BYTES)} named` : '—',
				home ? named.js.gzip <= HOME_JS_BUDGET_BYTES : null
			),
			textRow(
				`first-load CSS, ${name}: named / to idle`,
				`${kb(named.css.gzip)} / ${atIdle('css')}`
			)
		];
	});
}

/** Pointer answers: p50 and p95 of each run's clicks, median over the runs. */
export async function pointerAnswers(
	/** @type {Bench} */ b,
	/** @type {string} */ seed,
	/** @type {string} */ walk
) {
	const runs = await b.repeat('answer by pointer', () =>
		answerByPointer(b.origin, walk, seed, b.clicks)
	);
	const at = (/** @type {'shown' | 'committed'} */ k, /** @type {number} */ p) =>
		median(runs.map((r) => percentile(r[k], p)));
	const missing = (/** @type {'shown' | 'committed'} */ k) => {
		const lost = runs.flatMap((r) => r[k]).filter((v) => !Number.isFinite(v)).length;
		return lost ? `${lost} of ${runs.length * b.clicks} clicks never got there (10 s)` : undefined;
	};
	return [
		row('answer click → shown selected, p50', at('shown', 50), { ...ms, max: 8 }),
		{
			...row('answer click → shown selected, p95', at('shown', 95), { ...ms, max: 16 }),
			note: missing('shown')
		},
		row('answer click → "Saved" (committed), p50', at('committed', 50), ms),
		{
			...row('answer click → "Saved" (committed), p95', at('committed', 95), { ...ms, max: 30 }),
			note: missing('committed')
		}
	];
}

/** Keyboard answer-and-next: p50 and p95 of each run's presses, median over the runs. */
export async function keyboardAnswers(
	/** @type {Bench} */ b,
	/** @type {string} */ seed,
	/** @type {string} */ walk
) {
	const runs = await b.repeat('keyboard answer-and-next', () =>
		answerByKeyboard(b.origin, walk, seed, b.clicks)
	);
	return [50, 95].map((p) =>
		row(`keyboard digit → focus on next item, p${p}`, median(runs.map((r) => percentile(r, p))), ms)
	);
}

/** The files a report download makes, and the button that makes each. */
const REPORT_FILES = [
	{ name: 'PDF', button: 'Download PDF' },
	{ name: 'Word (DOCX)', button: 'Download Word (DOCX)' },
	{ name: 'Excel (XLSX)', button: 'Download Excel (XLSX)' }
];

/** Gzip bytes of the build's files at these URL paths (the service worker serves them as built). */
function gzipOf(/** @type {string} */ buildDir, /** @type {string[]} */ paths) {
	return paths.reduce(
		(sum, path) => sum + gzipSync(readFileSync(join(buildDir, path)), { level: 9 }).length,
		0
	);
}

export async function pdf(
	/** @type {Bench} */ b,
	/** @type {string} */ seed,
	/** @type {string} */ report
) {
	const rows = [];
	for (const file of REPORT_FILES) {
		const runs = await b.repeat(file.name, () =>
			downloadFromReport(b.origin, report, seed, file.button)
		);
		rows.push(
			row(`${file.name}: click → download (cold report page)`, median(runs.map((r) => r.ms)), ms),
			row(`${file.name} size`, median(runs.map((r) => r.bytes)), { unit: 'KB' }),
			row(
				`${file.name}: code loaded on the click, gzip`,
				median(runs.map((r) => gzipOf(b.buildDir, [...new Set(r.scripts)]))),
				{ unit: 'KB' }
			)
		);
	}
	return rows;
}

/** The browser reports only tasks over 50 ms: none reported is printed as such, not as 0 ms. */
function longestTask(/** @type {string} */ figure, /** @type {number} */ value) {
	return value === 0
		? textRow(figure, 'none > 50 ms', '≤ 50 ms', true)
		: row(figure, value, { ...ms, max: 50 });
}

/** Home with `count` assessments (a profile seeded with them): usable, longest task. */
export async function homeWith(
	/** @type {Bench} */ b,
	/** @type {string} */ seed,
	/** @type {number} */ count
) {
	const label = `home with ${count.toLocaleString('en-US')} assessments`;
	const runs = await b.repeat(label, () => homeAtScale(b.origin, seed));
	/** @type {Record<number, number>} */
	const limits = { 1000: 300, 5000: 600 };
	const portfolio = await b.repeat(`portfolio, ${label}`, () =>
		pageAtScale(b.origin, seed, '/portfolio', 'portfolioUsable')
	);
	const compare = await b.repeat(`compare, ${label}`, () =>
		pageAtScale(b.origin, seed, comparePath, 'compareUsable')
	);
	return [
		row(`${label}: usable`, median(runs.map((r) => r.usable)), { ...ms, max: limits[count] }),
		longestTask(`${label}: longest main-thread task`, median(runs.map((r) => r.longestTask))),
		row(`  portfolio view: usable`, median(portfolio.map((r) => r.usable)), {
			...ms,
			max: limits[count]
		}),
		longestTask(`  portfolio view: longest task`, median(portfolio.map((r) => r.longestTask))),
		row(`  compare (2 cycles): usable`, median(compare.map((r) => r.usable)), {
			...ms,
			max: limits[count]
		}),
		longestTask(`  compare: longest task`, median(compare.map((r) => r.longestTask)))
	];
}

/** Import of a backup of `count` through the UI, on an empty profile. */
export async function importOf(
	/** @type {Bench} */ b,
	/** @type {string} */ file,
	/** @type {number} */ count
) {
	// The first run's profile, holding the imported assessments, seeds home with as many.
	const runs = await b.repeat(`import of ${count}`, (run) =>
		importBackup(b.origin, file, count, run === 0)
	);
	const at = (/** @type {'total' | 'checked' | 'written'} */ k) => median(runs.map((r) => r[k]));
	return {
		profile: runs[0]?.profile ?? null,
		rows: [
			row(`import of ${count.toLocaleString('en-US')}: checked + written`, at('total'), {
				...ms,
				max: 1000
			}),
			row('  of which checked (file chosen → ready to import)', at('checked'), ms),
			row('  of which written (Import click → "Imported …")', at('written'), ms)
		]
	};
}
