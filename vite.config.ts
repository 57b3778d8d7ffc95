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
	build: {
		// Budgets are measured by scripts/measure-bundle.mjs; keep warnings meaningful.
		chunkSizeWarningLimit: 400
	},
	test: {
		include: ['src/**/*.test.ts'],
		benchmark: { include: ['src/**/*.bench.ts'] },
		environment: 'node',
		setupFiles: ['src/test-setup.ts'],
		// CI reads the JSON report to print the real counts.
		reporters: process.env.CI ? ['default', 'json'] : ['default'],
		outputFile: { json: 'reports/unit.json' }
	}
});
