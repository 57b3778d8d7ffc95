import { generate } from 'lean-qr';
import { describe, expect, test } from 'vitest';
import { qrPath, type QrModules } from './qr-path';

/** A code drawn by hand: "#" dark, "." light. */
function modules(rows: string[]): QrModules {
	return { size: rows.length, get: (x, y) => rows[y]?.[x] === '#' };
}

describe('qrPath', () => {
	test('one rectangle per run of dark modules in a row', () => {
		expect(qrPath(modules(['##.', '.#.', '###']))).toBe('M0 0h2v1h-2zM1 1h1v1h-1zM0 2h3v1h-3z');
	});

	test('a light code has no path', () => {
		expect(qrPath(modules(['..', '..']))).toBe('');
	});

	test('a real code of a 36-practice hand-in: every dark module is covered, nothing else', () => {
		const code = generate('1ABC-D0EF-GHJK-MNPQ-RSTV-WXYZ-0123-4567-89AB-K');
		const covered = new Set<string>();
		for (const [, x, y, width] of qrPath(code).matchAll(/M(\d+) (\d+)h(\d+)/g)) {
			for (let dx = 0; dx < Number(width); dx += 1) covered.add(`${Number(x) + dx},${y}`);
		}
		const dark = new Set<string>();
		for (let y = 0; y < code.size; y += 1)
			for (let x = 0; x < code.size; x += 1) if (code.get(x, y)) dark.add(`${x},${y}`);
		expect(covered).toEqual(dark);
	});
});
