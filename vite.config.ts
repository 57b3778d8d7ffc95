import { sveltekit } from '@sveltejs/kit/vite';
import { readFileSync } from 'node:fs';
import { parseAst, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/**
 * jsPDF code the report can never reach, left out so it is neither bundled nor precached (the
 * report uses text, rectangles, lines, TrueType fonts, one JPEG and jspdf-autotable).
 *
 * Dependencies: html2canvas, DOMPurify and canvg, imported lazily for doc.html() and SVG images
 * (about 105 KB gzip), and fast-png with pako, the PNG decoder (about 19 KB): the chart goes into
 * the PDF as a JPEG, which jsPDF embeds as it is. Each resolves to a module that throws when used,
 * naming the cause, should a future change call one of them.
 */
const UNUSED_PREFIX = '\0jspdf-unused:';
const leftOutError = (name: string) =>
	`new Error(${JSON.stringify(`${name} is left out of this build: the report does not use it`)})`;
const JSPDF_UNUSED_DEPENDENCIES: Record<string, (name: string) => string> = {
	// Imported lazily: the import itself may fail.
	html2canvas: (name) => `throw ${leftOutError(name)};`,
	dompurify: (name) => `throw ${leftOutError(name)};`,
	canvg: (name) => `throw ${leftOutError(name)};`,
	// Imported statically (`import { decode } from 'fast-png'`): only a call may fail.
	'fast-png': (name) => `export function decode() { throw ${leftOutError(name)}; }`
};

/**
 * jsPDF's own plugins the report never calls, cut out of jsPDF's ES build (each adds itself to
 * jsPDF.API as the file loads, so the bundler keeps them all): doc.html() with its canvas
 * emulation (html, context2d, canvas), SVG images, the old doc.cell() tables with their
 * doc.getTextDimensions() (the report uses jspdf-autotable), and GIF, BMP and WebP images. About
 * 48 KB gzip. A call to one of them fails as "doc.html is not a function"; an image in one of
 * those formats with jsPDF's own "addImage does not support files of type ...".
 */
const JSPDF_UNUSED_PLUGINS = new Set([
	'html',
	'context2d',
	'canvas',
	'svg',
	'cell',
	'gif_support',
	'bmp_support',
	'webp_support'
]);
/** Top-level code only those plugins use: the decoders and the JPEG encoder they convert with. */
const JSPDF_UNUSED_HELPERS = new Set([
	'GifReader',
	'GifReaderLZWOutputIndexStream',
	'BmpDecoder',
	'WebPDecoder',
	'JPEGEncoder'
]);
/** How jsPDF's ES build introduces each plugin: a doc comment with `@name <plugin>` and `@module`. */
const PLUGIN_DOC = /@name (\w+)\s*\n\s*\*\s*@module/;

function withoutUnusedJspdfPlugins(code: string): string {
	const parts: string[] = [];
	const removed = new Set<string>();
	let keptFrom = 0;
	let previousEnd = 0;
	for (const statement of parseAst(code).body) {
		const plugin = PLUGIN_DOC.exec(code.slice(previousEnd, statement.start))?.[1];
		previousEnd = statement.end;
		const helper =
			statement.type === 'FunctionDeclaration'
				? statement.id?.name
				: /^(\w+)\.prototype\./.exec(code.slice(statement.start, statement.end))?.[1];
		const name =
			(plugin && JSPDF_UNUSED_PLUGINS.has(plugin) && plugin) ||
			(helper && JSPDF_UNUSED_HELPERS.has(helper) && helper);
		if (!name) continue;
		removed.add(name);
		parts.push(code.slice(keptFrom, statement.start));
		keptFrom = statement.end;
	}
	parts.push(code.slice(keptFrom));
	const trimmed = parts.join('');
	// A jsPDF upgrade that renames, moves or starts using any of these fails the build here,
	// rather than the PDF in a user's hands.
	const missing = [...JSPDF_UNUSED_PLUGINS, ...JSPDF_UNUSED_HELPERS].filter((n) => !removed.has(n));
	const stillUsed = [...JSPDF_UNUSED_HELPERS].filter((n) => new RegExp(`\\b${n}\\b`).test(trimmed));
	if (missing.length > 0 || stillUsed.length > 0) {
		throw new Error(
			`jsPDF changed: not found ${missing.join(', ') || 'none'}; still used ${stillUsed.join(', ') || 'none'}`
		);
	}
	return trimmed;
}

function leaveOutUnusedJspdfCode(): Plugin {
	return {
		name: 'leave-out-unused-jspdf-code',
		enforce: 'pre',
		async resolveId(id, importer) {
			if (Object.hasOwn(JSPDF_UNUSED_DEPENDENCIES, id)) return UNUSED_PREFIX + id;
			if (id !== 'jspdf') return null;
			// The readable ES build, not the minified one: its doc comments name each plugin.
			const resolved = await this.resolve(id, importer, { skipSelf: true });
			return resolved && { ...resolved, id: resolved.id.replace(/\.es\.min\.js$/, '.es.js') };
		},
		load(id) {
			if (!id.startsWith(UNUSED_PREFIX)) return null;
			const name = id.slice(UNUSED_PREFIX.length);
			return JSPDF_UNUSED_DEPENDENCIES[name]?.(name) ?? null;
		},
		transform(code, id) {
			return /[\\/]jspdf[\\/]dist[\\/]jspdf\.es\.js$/.test(id)
				? withoutUnusedJspdfPlugins(code)
				: null;
		}
	};
}

export default defineConfig({
	plugins: [leaveOutUnusedJspdfCode(), sveltekit()],
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
