#!/usr/bin/env node
/**
 * `npm run lint`: Prettier's check and ESLint side by side (they read the same files but share
 * nothing), each one's output printed whole once it is done; fails if either fails.
 *
 * Both keep a cache of files unchanged since the last run (in node_modules/.cache), so a second
 * run takes seconds instead of most of a minute. Its type-aware rules also depend on other files,
 * so a file whose imports changed type could keep an old verdict: `npm run lint -- --fresh` (and
 * every CI run, on a clean checkout) lints everything from scratch.
 */
import { spawn } from 'node:child_process';

const fresh = process.argv.includes('--fresh') || process.env.CI === 'true';
const cache = fresh
	? []
	: ['--cache', '--cache-strategy', 'content', '--cache-location', 'node_modules/.cache/eslint/'];

/** Runs a command, collecting its output; resolves to its exit code and what it printed. */
function run(command, args) {
	return new Promise((resolve) => {
		const child = spawn(command, args, { shell: process.platform === 'win32' });
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		child.on('close', (code) => resolve({ code: code ?? 1, output }));
		child.on('error', (error) => resolve({ code: 1, output: String(error) }));
	});
}

const bin = (name) => `node_modules/.bin/${name}`;
const results = await Promise.all([
	run(
		bin('prettier'),
		fresh ? ['--check', '.'] : ['--check', '--cache', '--cache-strategy', 'content', '.']
	),
	run(bin('eslint'), [...cache, '.'])
]);
for (const { output } of results) if (output.trim()) process.stdout.write(`${output.trimEnd()}\n`);
process.exit(results.some((r) => r.code !== 0) ? 1 : 0);
