import { sveltekit } from '@sveltejs/kit/vite';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/**
 * jsPDF lazily imports html2canvas, DOMPurify and canvg for doc.html() and SVG images, which the
 * report never calls; left alone they are bundled and precached (about 105 KB gzip) for nothing.
 * Each resolves instead to a module that throws, so jsPDF's own "Could not load ..." error would
 * name the cause if a future change called one of them.
 */
const JSPDF_UNUSED_OPTIONAL = new Set(['html2canvas', 'dompurify', 'canvg']);
const UNUSED_PREFIX = '\0jspdf-unused:';

function leaveOutJspdfOptionalDependencies(): Plugin {
	return {
		name: 'leave-out-jspdf-optional-dependencies',
		enforce: 'pre',
		resolveId(id) {
			return JSPDF_UNUSED_OPTIONAL.has(id) ? UNUSED_PREFIX + id : null;
		},
		load(id) {
			if (!id.startsWith(UNUSED_PREFIX)) return null;
			const name = id.slice(UNUSED_PREFIX.length);
			return `throw new Error(${JSON.stringify(`${name} is left out of this build: the report does not use it`)});`;
		}
	};
}

export default defineConfig({
	plugins: [leaveOutJspdfOptionalDependencies(), sveltekit()],
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
