// An assessment id is only known on the device, so these pages are rendered by the SPA fallback.
export const prerender = false;

export function load({ params }: { params: { id: string } }) {
	return { id: params.id };
}
