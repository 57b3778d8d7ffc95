#!/usr/bin/env node
/**
 * Prints the first port, from the one given on, that nothing answers on and that this process can
 * bind (on 127.0.0.1 and on ::1 when the machine has IPv6). Used by playwright.config.ts, which has
 * to decide its port synchronously. Usage: node scripts/free-port.mjs 4317 [--exact]
 * With --exact, only that port is tried; the exit code is 1 when it is taken.
 */
import { createConnection, createServer } from 'node:net';

/** True when something accepts connections on host:port. */
function answers(host, port) {
	return new Promise((resolve) => {
		const socket = createConnection({ host, port });
		socket.setTimeout(1000);
		socket.once('connect', () => {
			socket.destroy();
			resolve(true);
		});
		socket.once('timeout', () => {
			socket.destroy();
			resolve(false);
		});
		socket.once('error', () => resolve(false));
	});
}

/** True when this process could listen on host:port (false when it is in use). */
function bindable(host, port) {
	return new Promise((resolve) => {
		const server = createServer();
		server.once('error', (error) => {
			// No IPv6 on this machine: that address cannot collide with anything.
			resolve(error.code === 'EADDRNOTAVAIL' || error.code === 'EAFNOSUPPORT');
		});
		server.listen({ host, port, exclusive: true }, () => server.close(() => resolve(true)));
	});
}

export async function isFree(port) {
	for (const host of ['127.0.0.1', '::1']) {
		if (await answers(host, port)) return false;
		if (!(await bindable(host, port))) return false;
	}
	return true;
}

const start = Number(process.argv[2]);
const exact = process.argv.includes('--exact');
if (!Number.isInteger(start) || start <= 0 || start > 65535) {
	console.error('Usage: node scripts/free-port.mjs <port> [--exact]');
	process.exit(2);
}
for (let port = start; port < Math.min(start + (exact ? 1 : 100), 65536); port++) {
	if (await isFree(port)) {
		console.log(port);
		process.exit(0);
	}
}
process.exit(1);
