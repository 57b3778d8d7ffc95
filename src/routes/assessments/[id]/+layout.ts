// An assessment id is only known on the device, so these pages are rendered by the SPA fallback
// (200.html), which paints the static shell of app.html until the app is on the page.
export const prerender = false;
export const ssr = false;

export function load({ params }: { params: { id: string } }) {
	return { id: params.id };
}
