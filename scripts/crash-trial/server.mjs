/** The crash trial's own static server: the production build, served on 127.0.0.1. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { contentType } from '../content-types.mjs';

/** The file that answers `pathname`, as a static host would; 200.html for app routes. */
function fileFor(buildDir, pathname) {
	for (const candidate of [pathname, `${pathname}.html`, join(pathname, 'index.html')]) {
		const file = normalize(join(buildDir, candidate));
		if (!file.startsWith(buildDir)) return null;
		if (existsSync(file) && statSync(file).isFile()) return file;
	}
	return extname(pathname) ? null : join(buildDir, '200.html');
}

/** Serves `buildDir` (an absolute path) on a free port; returns the server and its origin. */
export async function serveBuild(buildDir) {
	const server = createServer((req, res) => {
		const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		const file = fileFor(buildDir, pathname);
		if (!file) {
			res.writeHead(404).end('Not found');
			return;
		}
		res.writeHead(200, { 'content-type': contentType(file) });
		res.end(readFileSync(file));
	});
	await new Promise((done) => server.listen(0, '127.0.0.1', done));
	return { server, origin: `http://127.0.0.1:${server.address().port}` };
}
