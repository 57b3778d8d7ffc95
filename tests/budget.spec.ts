/**
 * The home page's first-load budget (issue 10): the JavaScript its prerendered HTML names stays
 * within 45 KB gzip, so home paints and gets going before the rest (Dexie, the list) loads.
 * Byte sizes are deterministic, unlike timings, which only `npm run bench` prints. Reads the
 * test build (BUILD_DIR, default build-test/) with the bench's own reader.
 */
import { test, expect } from '@playwright/test';
import { firstLoad, HOME_JS_BUDGET_BYTES } from '../scripts/bench/first-load.mjs';

const BUILD_DIR = process.env.BUILD_DIR || 'build-test';

test('home’s first-load JavaScript named in its HTML is at most 45 KB gzip', () => {
	const { js } = firstLoad(BUILD_DIR, 'index.html');
	// A page whose links the reader cannot see would pass any budget.
	expect(js.files.length, 'JavaScript files named in index.html').toBeGreaterThan(0);
	expect(js.files, 'the start-up module is among them').toContainEqual(
		expect.stringMatching(/\/_app\/immutable\/entry\/start\.[\w-]+\.js$/)
	);
	const kb = (js.gzip / 1024).toFixed(1);
	expect(
		js.gzip,
		`index.html names ${js.files.length} JS files, ${kb} KB gzip:\n${js.files.join('\n')}`
	).toBeLessThanOrEqual(HOME_JS_BUDGET_BYTES);
});
