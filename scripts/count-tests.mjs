#!/usr/bin/env node
/**
 * Prints "tests: N passed, N failed" from the unit (Vitest) and end-to-end (Playwright) JSON
 * reports. A suite that did not report (it crashed, or never ran) counts as one failure, so a
 * broken run can never look green.
 */
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;

function read(path) {
	if (!existsSync(path)) return null;
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch {
		return null;
	}
}

const unit = read('reports/unit.json');
if (unit) {
	passed += unit.numPassedTests ?? 0;
	failed += unit.numFailedTests ?? 0;
} else {
	console.error('No unit test report (reports/unit.json).');
	failed += 1;
}

const e2e = read('reports/e2e.json');
if (e2e) {
	passed += e2e.stats?.expected ?? 0;
	failed += (e2e.stats?.unexpected ?? 0) + (e2e.stats?.flaky ?? 0);
} else {
	console.error('No end-to-end test report (reports/e2e.json).');
	failed += 1;
}

console.log(`tests: ${passed} passed, ${failed} failed`);
if (failed > 0) process.exitCode = 1;
