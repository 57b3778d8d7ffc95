import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
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
