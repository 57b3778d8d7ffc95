/**
 * A QR code as one SVG path: each run of dark modules in a row is one rectangle, one unit per
 * module. Drawn as vector shapes it stays sharp at any size, on any screen.
 */
export interface QrModules {
	/** Modules per side. */
	readonly size: number;
	get(x: number, y: number): boolean;
}

export function qrPath(code: QrModules): string {
	const parts: string[] = [];
	for (let y = 0; y < code.size; y += 1) {
		let x = 0;
		while (x < code.size) {
			if (!code.get(x, y)) {
				x += 1;
				continue;
			}
			const start = x;
			while (x < code.size && code.get(x, y)) x += 1;
			parts.push(`M${start} ${y}h${x - start}v1h-${x - start}z`);
		}
	}
	return parts.join('');
}
