#!/usr/bin/env node
/**
 * Builds the app for the browser tests into its own folder (build-test, with Kit's working files in
 * .svelte-kit-test), so `npm test` never rewrites build/ under a running `npm start`.
 * BUILD_DIR and KIT_OUT_DIR still override both (playwright.config.ts reads the same BUILD_DIR).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const env = {
	...process.env,
	BUILD_DIR: process.env.BUILD_DIR || 'build-test',
	KIT_OUT_DIR: process.env.KIT_OUT_DIR || '.svelte-kit-test'
};
const shell = process.platform === 'win32';
// tsconfig.json extends .svelte-kit/tsconfig.json, which the build needs even with another outDir.
if (!existsSync('.svelte-kit/tsconfig.json')) {
	spawnSync('npx', ['svelte-kit', 'sync'], { stdio: 'inherit', shell });
}
console.log(`Building the app for the browser tests into ${env.BUILD_DIR}/`);
const result = spawnSync('npx', ['vite', 'build'], {
	stdio: 'inherit',
	env,
	shell
});
process.exit(result.status ?? 1);
