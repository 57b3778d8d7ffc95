import { describe, expect, it, vi } from 'vitest';
import { isStaleCodeError, watchStaleCode } from './stale-code';

describe('isStaleCodeError', () => {
	it.each([
		[
			new TypeError(
				'Failed to fetch dynamically imported module: http://localhost/_app/immutable/chunks/a.js'
			),
			true
		],
		[new TypeError('error loading dynamically imported module: http://x/a.js'), true],
		[new TypeError('Importing a module script failed.'), true],
		[new Error('Unable to preload CSS for /_app/immutable/assets/a.css'), true],
		['Failed to fetch dynamically imported module: /a.js', true],
		[new TypeError('Failed to fetch'), false],
		[new Error('QuotaExceededError'), false],
		[undefined, false],
		[{ message: 'Failed to fetch dynamically imported module' }, false]
	])('%s → %s', (reason, expected) => {
		expect(isStaleCodeError(reason)).toBe(expected);
	});
});

describe('watchStaleCode', () => {
	function preloadError(payload: unknown): Event {
		return Object.assign(new Event('vite:preloadError', { cancelable: true }), { payload });
	}
	function rejection(reason: unknown): Event {
		return Object.assign(new Event('unhandledrejection'), { reason });
	}

	it('reports failed lazy imports, from Vite or unhandled, and nothing else', () => {
		const target = new EventTarget() as unknown as Window;
		const onStale = vi.fn();
		const stop = watchStaleCode(target, onStale);

		target.dispatchEvent(rejection(new Error('Something else')));
		target.dispatchEvent(preloadError(new Error('Not a module error')));
		expect(onStale).not.toHaveBeenCalled();

		const event = preloadError(new TypeError('Failed to fetch dynamically imported module: /a.js'));
		target.dispatchEvent(event);
		expect(onStale).toHaveBeenCalledTimes(1);
		// The failing action still gets its error (Vite rethrows unless the event is cancelled).
		expect(event.defaultPrevented).toBe(false);

		target.dispatchEvent(rejection(new TypeError('Importing a module script failed.')));
		expect(onStale).toHaveBeenCalledTimes(2);

		stop();
		target.dispatchEvent(rejection(new TypeError('Importing a module script failed.')));
		expect(onStale).toHaveBeenCalledTimes(2);
	});
});
