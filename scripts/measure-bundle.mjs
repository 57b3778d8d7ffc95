#!/usr/bin/env node
/**
 * Prints the first-load size of each prerendered page of the production build: the JavaScript
 * and CSS its HTML loads before anything is shown, raw and gzip. Run `npm run build` first.
 * Budget (issue 2): the home page's JavaScript stays under 70 KB gzip.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUILD = process.env.BUILD_DIR ?? 'build';
const PAGES = ['index.html', 'new.html', 'about.html', '200.html'];
const HOME_BUDGET_KB = 70;

if (!existsSync(join(BUILD, 'index.html'))) {
	console.error('No build found: run `npm run build` first.');
	process.exit(1);
}

const kb = (bytes) => (bytes / 1024).toFixed(1);

function measure(page) {
	const html = readFileSync(join(BUILD, page), 'utf8');
	const js = [...html.matchAll(/<link href="\.\/([^"]+\.js)" rel="modulepreload">/g)].map(
		(m) => m[1]
	);
	const css = [...html.matchAll(/<link href="\.\/([^"]+\.css)" rel="stylesheet">/g)].map(
		(m) => m[1]
	);
	const size = (files) =>
		files.reduce(
			(sum, file) => {
				const bytes = readFileSync(join(BUILD, file));
				return {
					raw: sum.raw + bytes.length,
					gzip: sum.gzip + gzipSync(bytes, { level: 9 }).length
				};
			},
			{ raw: 0, gzip: 0 }
		);
	return { page, files: js.length, js: size(js), css: size(css) };
}

console.log('First-load size per page (KB; gzip level 9)');
console.log('page          JS files   JS raw   JS gzip   CSS gzip');
for (const page of PAGES) {
	if (!existsSync(join(BUILD, page))) continue;
	const m = measure(page);
	console.log(
		`${page.padEnd(13)} ${String(m.files).padStart(8)} ${kb(m.js.raw).padStart(8)} ${kb(m.js.gzip).padStart(9)} ${kb(m.css.gzip).padStart(10)}`
	);
	if (page === 'index.html') {
		console.log(
			`  home budget: ${HOME_BUDGET_KB} KB gzip JS -> ${m.js.gzip / 1024 <= HOME_BUDGET_KB ? 'within' : 'OVER'}`
		);
	}
}
