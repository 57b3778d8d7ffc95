/**
 * The save indicator's rule: "Saved" only once the database has the change, "Not saved" in words
 * until a later write succeeds, and never a success for a failed write.
 */
import { describe, expect, it } from 'vitest';
import { saveStatus } from './save-status.svelte';

function quotaError(): Error {
	const error = new Error('The quota has been exceeded.');
	error.name = 'QuotaExceededError';
	return error;
}

describe('saveStatus.track', () => {
	it('is "saving" while a write is on its way and "saved" once it is stored', async () => {
		let finish!: (value: string) => void;
		const write = new Promise<string>((resolve) => (finish = resolve));
		const tracked = saveStatus.track(write);
		expect(saveStatus.state).toBe('saving');
		finish('stored');
		expect(await tracked).toEqual({ ok: true, value: 'stored' });
		expect(saveStatus.state).toBe('saved');
	});

	it('reports a failure in words, never as a success, and keeps it until a write succeeds', async () => {
		const failed = await saveStatus.track(Promise.reject(quotaError()));
		expect(failed.ok).toBe(false);
		expect(saveStatus.state).toBe('error');
		expect(saveStatus.error).toMatch(/^This device is out of storage space/);
		expect(saveStatus.error).not.toContain('QuotaExceededError');

		// A write still on its way does not hide the failure.
		let finish!: () => void;
		const pending = saveStatus.track(new Promise<void>((resolve) => (finish = resolve)));
		expect(saveStatus.state).toBe('error');
		finish();
		await pending;
		expect(saveStatus.state).toBe('saved');
		expect(saveStatus.error).toBe('');
	});

	it('stays "saving" until the last of several writes is stored', async () => {
		let first!: () => void;
		const a = saveStatus.track(new Promise<void>((resolve) => (first = resolve)));
		const b = saveStatus.track(Promise.resolve());
		await b;
		expect(saveStatus.state).toBe('saving');
		first();
		await a;
		expect(saveStatus.state).toBe('saved');
	});

	it('a held change keeps "Saving…" between one write landing and the next starting', async () => {
		await saveStatus.track(Promise.resolve());
		const release = saveStatus.hold();
		await saveStatus.track(Promise.resolve()); // the write ahead lands
		expect(saveStatus.state).toBe('saving');
		const next = saveStatus.track(Promise.resolve()); // the held text is handed over
		release();
		release(); // twice is harmless
		expect(saveStatus.state).toBe('saving');
		await next;
		expect(saveStatus.state).toBe('saved');
	});
});
