/** The user's side of one trial: load the example, open the walk, act, and look at home. */
import { setTimeout as sleep } from 'node:timers/promises';
import { kill } from './browser.mjs';
import { answerKey } from './store.mjs';

const NOTES_LABEL = 'Notes from the discussion';

/** Loads the example on home and returns its assessment id. */
export async function loadExample(page, origin) {
	await page.goto(`${origin}/`);
	await page.getByRole('button', { name: 'Load example' }).click();
	await page.waitForURL(/\/assessments\/[^/]+$/);
	return new URL(page.url()).pathname.split('/').at(-1);
}

/** Opens the walk where the group left off, ready to type. */
export async function openWalk(page, origin, assessmentId) {
	await page.goto(`${origin}/assessments/${assessmentId}/walk`);
	await page.locator('article[data-item-id]').first().waitFor();
	await page.locator('.save-indicator').waitFor();
}

/** Non-empty role=alert texts on the home page after a relaunch: what the user is told. */
export async function homeAlerts(page, origin, assessmentId) {
	await page.goto(`${origin}/`);
	await page
		.locator(`a[href$="/assessments/${assessmentId}"], button:has-text("Load example")`)
		.first()
		.waitFor({ timeout: 10_000 })
		.catch(() => {});
	await sleep(300);
	const texts = await page
		.getByRole('alert')
		.evaluateAll((nodes) => nodes.map((n) => n.textContent?.replace(/\s+/g, ' ').trim() ?? ''));
	const listed = await page.locator(`a[href$="/assessments/${assessmentId}"]`).count();
	return { alerts: texts.filter(Boolean), listed: listed > 0 };
}

/**
 * Does one action, waits `delay` ms, kills the browser. Returns what was expected and whether the
 * page said "Saved" before the kill.
 */
export async function act(session, trial, kind, delay, before) {
	const { page } = session;
	const articles = page.locator('article[data-item-id]');
	const article = articles.nth(trial % (await articles.count()));
	const itemId = await article.getAttribute('data-item-id');
	const was = before.items[itemId] ?? { answer: null, notes: '' };
	let expected;
	if (kind === 'answer') {
		const current = was.answer?.kind === 'score' ? was.answer.value : -1;
		const key = String((current + 1) % 5);
		await article.getByRole('radio').first().focus();
		expected = { kind, itemId, answer: key, before: answerKey(was.answer) };
		await page.keyboard.press(key);
	} else {
		const notes = article.getByRole('textbox', { name: NOTES_LABEL });
		// The field shows the stored text before anything is typed after it.
		for (let i = 0; i < 100 && (await notes.inputValue()) !== was.notes; i++) await sleep(20);
		await notes.focus();
		await page.keyboard.press('Control+End');
		const typed = `q${trial.toString(36).padStart(4, 'x')}z!`;
		expected = { kind, itemId, notesBefore: was.notes, typed };
		await page.keyboard.type(typed);
	}
	if (delay > 0) await sleep(delay);
	const savedBeforeKill = session.saved;
	await kill(session);
	return { ...expected, savedBeforeKill };
}
