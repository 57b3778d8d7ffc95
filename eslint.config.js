import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const SVELTE = ['svelte', 'svelte/*', '$app/*'];
const STORAGE = ['dexie', '$lib/db', '$lib/db/*'];
const STATE_AND_SCREENS = ['$lib/state', '$lib/state/*', '$lib/components/*'];

export default ts.config(
	{
		ignores: [
			'build/',
			'build-*/',
			'.svelte-kit/',
			'.svelte-kit-*/',
			'node_modules/',
			'test-results/',
			'playwright-report/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node }
		}
	},
	{
		files: ['**/*.ts', '**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				// The service worker has its own lib (webworker) and the Playwright config sits outside
				// src: both are linted with a default project rather than the app's tsconfig.
				projectService: {
					allowDefaultProject: ['src/service-worker.ts', 'playwright.config.ts']
				},
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		},
		rules: {
			// Unawaited IndexedDB writes lose data silently: every promise must be handled, and
			// `void` does not count as handling one (a rejection would vanish).
			'@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: false }],
			'@typescript-eslint/no-misused-promises': 'error',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
		}
	},
	// The layers (docs/ARCHITECTURE.md), enforced: a wrong-way import fails the lint.
	layer(
		['src/lib/domain/**'],
		[
			...SVELTE,
			...STORAGE,
			...STATE_AND_SCREENS,
			'$lib/content',
			'$lib/content/*',
			'$lib/report/*'
		],
		'The domain is pure TypeScript: no Svelte, no Dexie, no screens, no content (content depends on it, not the other way).'
	),
	layer(
		['src/lib/content/**'],
		[...SVELTE, ...STORAGE, ...STATE_AND_SCREENS],
		'Content is data: it knows the domain types and nothing of storage or screens.'
	),
	layer(
		['src/lib/db/**'],
		[...SVELTE, ...STATE_AND_SCREENS, '$lib/report/*'],
		'The database layer knows no screens and no state: screens come to it through lib/state.'
	),
	layer(
		['src/routes/**', 'src/lib/components/**'],
		STORAGE,
		'Screens reach storage only through lib/state (one-way data flow: action -> repository -> liveQuery -> state -> screen).'
	)
);

/** `no-restricted-imports` for one layer; tests and benchmarks may reach across to set things up. */
function layer(files, forbidden, message) {
	return {
		files,
		ignores: ['**/*.test.ts', '**/*.bench.ts'],
		rules: { 'no-restricted-imports': ['error', { patterns: [{ group: forbidden, message }] }] }
	};
}
