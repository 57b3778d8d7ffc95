#!/usr/bin/env node
/**
 * Prints, without a browser, the first-load size of each prerendered page of a build: the
 * JavaScript and CSS its HTML names, raw and gzip. `npm run bench` prints these and the browser
 * figures in one table; this is the quick look. BUILD_DIR picks the build (default build/).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { firstLoad, HOME_JS_BUDGET_BYTES, kb } from './bench/first-load.mjs';

const BUILD = process.env.BUILD_DIR || 'build';
if (!existsSync(join(BUILD, 'index.html'))) {
	console.error(`No build in ${BUILD}/: run \`npm run build\` first (or set BUILD_DIR).`);
	process.exit(1);
}

console.log(`First load named in the HTML, ${BUILD}/ (gzip level 9)`);
console.log('page          JS files     JS raw    JS gzip   CSS gzip');
for (const page of readdirSync(BUILD).filter((name) => name.endsWith('.html'))) {
	const { js, css } = firstLoad(BUILD, page);
	console.log(
		`${page.padEnd(13)} ${String(js.files.length).padStart(8)} ${kb(js.raw).padStart(10)} ${kb(js.gzip).padStart(10)} ${kb(css.gzip).padStart(10)}`
	);
	if (page === 'index.html') {
		const within = js.gzip <= HOME_JS_BUDGET_BYTES;
		console.log(`  home budget ${kb(HOME_JS_BUDGET_BYTES)} JS gzip: ${within ? 'within' : 'OVER'}`);
	}
}
