// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	/** The app's version from package.json (see vite.config.ts). */
	const __APP_VERSION__: string;

	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		interface PageState {
			/** The walk-through item to focus after a programmatic navigation. */
			focusItemId?: string;
		}
		// interface Platform {}
	}
}

export {};
