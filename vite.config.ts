import { sveltekit } from '@sveltejs/kit/vite';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig({
	plugins: [sveltekit()],
	define: {
		// Written into exported files, so a support question can tell which version made them.
		__APP_VERSION__: JSON.stringify(pkg.version)
	},
	// State classes are tested with their runes and effects running (*.svelte.test.ts, in
	// happy-dom): Svelte's client runtime, as in the app, not its server one.
	resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
	build: {
		// Budgets are measured by scripts/measure-bundle.mjs; keep warnings meaningful.
		chunkSizeWarningLimit: 400
	},
	test: {
		setupFiles: ['src/test-setup.ts'],
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts'],
					benchmark: { include: ['src/**/*.bench.ts'] },
					environment: 'node'
				}
			},
			{
				// Runes and effects need a DOM to run in; rules stay in plain Node.
				extends: true,
				test: {
					name: 'state',
					include: ['src/**/*.svelte.test.ts'],
					benchmark: { include: [] },
					environment: 'happy-dom'
				}
			}
		],
		// CI reads the JSON report to print the real counts.
		reporters: process.env.CI ? ['default', 'json'] : ['default'],
		outputFile: { json: 'reports/unit.json' }
	}
});
