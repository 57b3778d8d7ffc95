import { onMount } from 'svelte';

/**
 * Whether the component calling this has hydrated. A prerendered page paints its buttons before
 * its code runs; a click in that moment would do nothing and say nothing, so such a button is
 * disabled until it can act (a slow machine showed the gap: "Load example" clicked, nothing came).
 * Call during component set-up.
 */
export function hydration(): { readonly done: boolean } {
	const state = $state({ done: false });
	onMount(() => {
		state.done = true;
	});
	return state;
}
