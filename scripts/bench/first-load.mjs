/**
 * Byte sizes of a production build, read from its files: what a page's HTML names for its first
 * load, and the gzip size of any served URL. Deterministic, so tests/budget.spec.ts can hold the
 * home page to its budget; the bench (scripts/bench/run.mjs) prints the same numbers.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Home's first-load JavaScript named in its HTML, gzip (issue 10, deliverable 1). */
export const HOME_JS_BUDGET_BYTES = 45 * 1024;

/** @typedef {{ files: string[], raw: number, gzip: number }} Size */

/** @type {Map<string, number>} */
const gzipCache = new Map();

/** Gzip size of one file (level 9, as a static host would compress it at best). */
export function gzipSize(/** @type {string} */ file) {
	let size = gzipCache.get(file);
	if (size === undefined) {
		size = gzipSync(readFileSync(file), { level: 9 }).length;
		gzipCache.set(file, size);
	}
	return size;
}

/**
 * The build file that answers a URL path, as the static host does (scripts/crash-trial/server.mjs):
 * the file itself, else `path.html`, else `path/index.html`; an app route without a file gets
 * 200.html. Null for a missing asset.
 */
export function fileForPath(/** @type {string} */ buildDir, /** @type {string} */ pathname) {
	const clean = posix.normalize(decodeURIComponent(pathname));
	for (const candidate of [clean, `${clean}.html`, posix.join(clean, 'index.html')]) {
		const file = join(buildDir, candidate);
		if (existsSync(file) && statSync(file).isFile()) return file;
	}
	return extname(clean) ? null : join(buildDir, '200.html');
}

/** Raw and gzip sizes of build files, by URL path; throws on a path the build does not have. */
export function sizeOf(/** @type {string} */ buildDir, /** @type {string[]} */ paths) {
	let raw = 0;
	let gzip = 0;
	for (const path of paths) {
		const file = fileForPath(buildDir, path);
		if (!file) throw new Error(`${path} is named but not in ${buildDir}/`);
		raw += statSync(file).size;
		gzip += gzipSize(file);
	}
	return { files: paths, raw, gzip };
}

/** The attributes of one start tag, lower-cased names. */
function attributes(/** @type {string} */ tag) {
	/** @type {Record<string, string>} */
	const found = {};
	// A name with a value, or a boolean attribute (`disabled`) standing alone.
	for (const m of tag.matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
		found[(m[1] ?? '').toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
	}
	return found;
}

/**
 * The JavaScript and CSS a page's HTML names for its first load: modulepreload and stylesheet
 * links (whatever their attribute order), preloads of scripts and styles, script src, and the
 * modules its inline start-up script imports. Paths are resolved against the page's own URL
 * (`page` is the file, e.g. "index.html" or "200.html", served from the site root).
 * @returns {{ js: string[], css: string[] }}
 */
export function namedInHtml(/** @type {string} */ html, /** @type {string} */ page) {
	const dir = posix.dirname(`/${page}`);
	const base = new URL(dir.endsWith('/') ? dir : `${dir}/`, 'http://build.local');
	/** @type {Set<string>} */
	const js = new Set();
	/** @type {Set<string>} */
	const css = new Set();
	const add = (/** @type {string} */ href) => {
		const path = new URL(href, base).pathname;
		if (path.endsWith('.js') || path.endsWith('.mjs')) js.add(path);
		else if (path.endsWith('.css')) css.add(path);
	};
	for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
		const a = attributes(tag);
		const rel = (a.rel ?? '').toLowerCase().split(/\s+/);
		// A disabled stylesheet is not fetched (SvelteKit keeps one per inlined style, for later
		// navigations); the inlined CSS itself is counted by firstLoad.
		if (!a.href || 'disabled' in a) continue;
		if (rel.includes('modulepreload') || rel.includes('stylesheet')) add(a.href);
		else if (rel.includes('preload') && (a.as === 'script' || a.as === 'style')) add(a.href);
	}
	for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
		const src = attributes(tag).src;
		if (src) add(src);
	}
	for (const m of html.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) add(m[1] ?? '');
	return { js: [...js], css: [...css] };
}

/**
 * First-load sizes of one prerendered page of the build.
 * @returns {{ page: string, js: Size, css: Size }}
 */
export function firstLoad(/** @type {string} */ buildDir, /** @type {string} */ page) {
	const html = readFileSync(join(buildDir, page), 'utf8');
	const named = namedInHtml(html, page);
	const css = sizeOf(buildDir, named.css);
	// CSS inlined in the HTML (kit.inlineStyleThreshold) is first-load CSS too.
	const inline = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1] ?? '');
	const inlined = inline.join('');
	return {
		page,
		js: sizeOf(buildDir, named.js),
		css: {
			...css,
			raw: css.raw + Buffer.byteLength(inlined),
			gzip: css.gzip + (inlined ? gzipSync(inlined, { level: 9 }).length : 0)
		}
	};
}

export const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KB`;
