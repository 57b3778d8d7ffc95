// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
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
