/**
 * The content type of a built file, for the small static servers of the crash trial and the
 * update test (both serve the production build as a real host would).
 */
import { extname } from 'node:path';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ttf': 'font/ttf',
	'.txt': 'text/plain; charset=utf-8'
};

/** @param {string} file */
export function contentType(file) {
	return /** @type {Record<string, string>} */ (TYPES)[extname(file)] ?? 'application/octet-stream';
}
