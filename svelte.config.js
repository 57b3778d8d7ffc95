import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		runes: true
	},
	kit: {
		// A static site. Pages with an assessment id in the URL cannot be prerendered, so 200.html is
		// the SPA fallback that serves them (and the service worker answers navigations with it offline).
		// BUILD_DIR and KIT_OUT_DIR let two builds run side by side (e.g. parallel test runs).
		adapter: adapter({
			pages: process.env.BUILD_DIR ?? 'build',
			assets: process.env.BUILD_DIR ?? 'build',
			fallback: '200.html',
			strict: true
		}),
		outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
		serviceWorker: { register: false },
		// A page's stylesheets (the largest, the global one, is under 7 KB) come inside its HTML:
		// the first paint waits for no other request, so the frame shows before any script.
		inlineStyleThreshold: 8192,
		// No inline scripts from other origins, no requests anywhere else: the policy says so too.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
