import { describe, expect, it } from 'vitest';
import { cacheName, cachesToDelete, isImmutableAsset, isPrecachedFile } from './cache-policy';

describe('cachesToDelete', () => {
	const v1 = cacheName('1000');
	const v2 = cacheName('2000');
	const v3 = cacheName('3000');
	const v4 = cacheName('4000');

	it('deletes nothing on the first install', () => {
		expect(cachesToDelete([v1], v1)).toEqual([]);
	});

	it('keeps the previous version for tabs still running it', () => {
		expect(cachesToDelete([v1, v2], v2)).toEqual([]);
	});

	it('deletes every version older than the previous one, oldest first', () => {
		expect(cachesToDelete([v1, v2, v3], v3)).toEqual([v1]);
		expect(cachesToDelete([v1, v2, v3, v4], v4)).toEqual([v1, v2]);
	});

	it('goes by creation order, not by name', () => {
		// A version named "0999" built after "2000" is the newer one.
		const late = cacheName('0999');
		expect(cachesToDelete([v1, v2, late, v3], v3)).toEqual([v1, v2]);
	});

	it('counts the current cache wherever it sits in the list', () => {
		expect(cachesToDelete([v3, v1, v2], v3)).toEqual([v1]);
	});

	it('leaves caches that are not the workbook’s alone', () => {
		expect(cachesToDelete(['other-app', v1, v2, v3], v3)).toEqual([v1]);
	});

	it('keeps only the current version when asked to keep one', () => {
		expect(cachesToDelete([v1, v2, v3], v3, 1)).toEqual([v1, v2]);
	});
});

describe('isImmutableAsset', () => {
	it.each([
		['/_app/immutable/chunks/DzitbRfO.js', '', true],
		['/_app/immutable/assets/0.BG7Cy75G.css', '', true],
		['/workbook/_app/immutable/chunks/a.js', '/workbook', true],
		['/_app/version.json', '', false],
		['/fonts/DejaVuSans.ttf', '', false],
		['/assessments/1/_app/immutable/x.js', '', false],
		['/_app/immutable/chunks/a.js', '/workbook', false]
	])('%s with base "%s" is %s', (path, base, expected) => {
		expect(isImmutableAsset(path, base)).toBe(expected);
	});
});

describe('isPrecachedFile', () => {
	it.each([
		['/fonts/DejaVuSans.ttf', '', true],
		['/fonts/DejaVuSans-Bold.ttf', '', true],
		['/manifest.webmanifest', '', true],
		['/favicon.svg', '', true],
		['/icons/icon-192.png', '', false],
		['/icons/icon-maskable-512.png', '', false],
		['/fonts/DejaVu-LICENSE.txt', '', false],
		['/workbook/icons/icon-512.png', '/workbook', false],
		['/workbook/fonts/DejaVu-LICENSE.txt', '/workbook', false],
		['/workbook/fonts/DejaVuSans.ttf', '/workbook', true],
		// Only the base's own /icons/ folder is left out, not a folder of that name elsewhere.
		['/icons/icon-192.png', '/workbook', true],
		['/fonts/licenses/icon.png', '', true]
	])('%s with base "%s" is %s', (path, base, expected) => {
		expect(isPrecachedFile(path, base)).toBe(expected);
	});
});
