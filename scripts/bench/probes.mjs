/**
 * What the bench runs inside the page. Each function is sent to the browser as source, so it
 * uses nothing from this module's scope. Times are `performance.now()` in the page: milliseconds
 * since the navigation started, or since an input event's own timestamp. A condition is checked
 * after every DOM change (MutationObserver), after input events and on every animation frame,
 * so a figure is the moment the DOM first shows it, not the moment the bench looked.
 */

/**
 * Init script (before any of the app's code): long tasks, and watchers that record when the
 * home page is usable, when an import is ready to confirm and when it is done.
 */
export function installPageProbes(watched = ['homeUsable']) {
	/** @type {{ marks: Record<string, number>, kinds: Record<string, string>, longTasks: number[], watch: Set<string> }} */
	const bench = { marks: {}, kinds: {}, longTasks: [], watch: new Set(watched) };
	Object.assign(window, { __bench: bench });
	try {
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) bench.longTasks.push(entry.duration);
		}).observe({ type: 'longtask', buffered: true });
	} catch {
		// No long-task timing in this browser: the figure stays empty.
	}
	const text = (/** @type {Element} */ el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
	const visible = (/** @type {Element | null | undefined} */ el) =>
		Boolean(el) &&
		/** @type {Element} */ (el).checkVisibility({
			opacityProperty: true,
			visibilityProperty: true
		});
	const all = (/** @type {string} */ selector) => [...document.querySelectorAll(selector)];

	/** @type {Record<string, () => string | null>} */
	const tests = {
		// The Assessments heading and the "New assessment" link are visible, and so is the empty
		// state or a listed assessment (not a loading placeholder).
		homeUsable() {
			const heading = all('h1').filter((h) => text(h) === 'Assessments');
			const link = all('a').filter((a) => text(a) === 'New assessment');
			const empty = all('h2').filter((h) => text(h) === 'Start your first assessment');
			const listed = all('li a[href*="/assessments/"]').filter((a) => !a.closest('nav, header'));
			if (!heading.length || !link.length || (!empty.length && !listed.length)) return null;
			if (!heading.some(visible) || !link.some(visible)) return null;
			if (empty.some(visible)) return 'empty';
			return listed.some(visible) ? 'list' : null;
		},
		// Compare: its heading and the scores table with a row per element.
		compareUsable() {
			const heading = all('h1').filter((h) => text(h) === 'Compare cycles');
			const rows = all('main table tbody tr');
			return heading.some(visible) && rows.length >= 2 && rows.some(visible) ? 'table' : null;
		},
		// Portfolio: its heading and the table of organizations.
		portfolioUsable() {
			const heading = all('h1').filter((h) => text(h) === 'Portfolio');
			const rows = all('main table tbody tr');
			return heading.some(visible) && rows.length >= 2 && rows.some(visible) ? 'table' : null;
		},
		importReady() {
			const button = all('button').find((b) => /^Import( as new copies)?$/.test(text(b)));
			return button && visible(button) ? 'ready' : null;
		},
		imported() {
			const said = all('[role="status"]').find((s) => text(s).startsWith('Imported '));
			return said ? text(said) : null;
		}
	};
	let frameAsked = false;
	const check = () => {
		for (const name of bench.watch) {
			const kind = tests[name]?.();
			if (kind) {
				bench.marks[name] = performance.now();
				bench.kinds[name] = kind;
				bench.watch.delete(name);
			}
		}
		if (bench.watch.size && !frameAsked) {
			frameAsked = true;
			requestAnimationFrame(() => {
				frameAsked = false;
				check();
			});
		}
	};
	Object.assign(bench, {
		/** Starts watching for a named condition again. */
		arm(/** @type {string} */ name) {
			delete bench.marks[name];
			bench.watch.add(name);
			check();
		}
	});
	new MutationObserver(check).observe(document, {
		subtree: true,
		childList: true,
		attributes: true,
		characterData: true
	});
	for (const type of ['change', 'click', 'input']) {
		addEventListener(type, () => setTimeout(check), { capture: true });
	}
	addEventListener(
		'change',
		(e) => {
			const input = e.target;
			if (input instanceof HTMLInputElement && input.type === 'file') {
				bench.marks.fileChosen = performance.now();
			}
		},
		{ capture: true }
	);
	addEventListener('pointerdown', (e) => (bench.marks.pointerdown = e.timeStamp), {
		capture: true
	});
	check();
}

/**
 * Arms one answer-by-pointer measurement on the walk: from the pointerdown on the choice
 * (`itemId`, `value`) to the moment it looks selected (its label's colours become those of the
 * choice selected now) and to the moment the save indicator says "Saved" after having said
 * something else. Call, click, then read `window.__answer`.
 * @param {{ itemId: string, value: string }} target
 */
export function armAnswer({ itemId, value }) {
	const inputs = [
		...document.querySelectorAll(`input[type="radio"][name="answer-${CSS.escape(itemId)}"]`)
	].map((el) => /** @type {HTMLInputElement} */ (el));
	const input = inputs.find((i) => i.value === value);
	const label = input?.closest('label');
	const selected = inputs.find((i) => i.checked && i !== input)?.closest('label');
	if (!input || !label || !selected) throw new Error(`no choice ${value} beside a selected one`);
	const look = (/** @type {Element} */ el) => {
		const style = getComputedStyle(el);
		return `${style.backgroundColor}|${style.color}|${style.borderTopColor}`;
	};
	const selectedLook = look(selected);
	if (look(label) === selectedLook) throw new Error('a selected choice looks like the others');
	const indicator = document.querySelector('.save-indicator');
	const says = () => /\bSaved\b/.test(indicator?.textContent ?? '');
	const record = { t0: NaN, shown: NaN, committed: NaN, pending: false, done: false };
	Object.assign(window, { __answer: record });
	const check = () => {
		if (Number.isNaN(record.t0) || record.done) return;
		const now = performance.now();
		if (Number.isNaN(record.shown) && look(label) === selectedLook) record.shown = now;
		if (!says()) record.pending = true;
		else if (record.pending && Number.isNaN(record.committed)) record.committed = now;
		// Ten seconds without both is a figure missing, reported as such, not a hang.
		record.done =
			(!Number.isNaN(record.shown) && !Number.isNaN(record.committed)) || now - record.t0 > 10_000;
		if (!record.done) requestAnimationFrame(check);
	};
	const observer = new MutationObserver(check);
	observer.observe(document, {
		subtree: true,
		childList: true,
		attributes: true,
		characterData: true
	});
	const late = () => setTimeout(check);
	for (const type of ['pointerup', 'click', 'input', 'change']) {
		addEventListener(type, late, { capture: true, once: true });
	}
	addEventListener(
		'pointerdown',
		(event) => {
			record.t0 = event.timeStamp;
			check();
		},
		{ capture: true, once: true }
	);
	setTimeout(() => observer.disconnect(), 10_000);
}

/**
 * Arms one keyboard measurement on the walk: from the keydown of a digit to the first focus on
 * another item's card (`[data-item-id]`). Read `window.__key`.
 */
export function armKey() {
	const itemOf = (/** @type {EventTarget | Element | null} */ el) =>
		el instanceof Element
			? (el.closest('[data-item-id]')?.getAttribute('data-item-id') ?? null)
			: null;
	const record = { t0: NaN, next: NaN, from: itemOf(document.activeElement) };
	Object.assign(window, { __key: record });
	const onKey = (/** @type {KeyboardEvent} */ event) => {
		if (Number.isNaN(record.t0) && /^[0-4]$/.test(event.key)) record.t0 = event.timeStamp;
	};
	const onFocus = (/** @type {FocusEvent} */ event) => {
		const item = itemOf(event.target);
		if (Number.isNaN(record.t0) || !item || item === record.from) return;
		record.next = performance.now();
		removeEventListener('keydown', onKey, { capture: true });
		removeEventListener('focusin', onFocus, { capture: true });
	};
	addEventListener('keydown', onKey, { capture: true });
	addEventListener('focusin', onFocus, { capture: true });
}

/** The service worker's precache, once installed: every URL path in this origin's caches. */
export async function precachedPaths() {
	const ready = await Promise.race([
		navigator.serviceWorker.ready,
		new Promise((done) => setTimeout(() => done(null), 30_000))
	]);
	if (!ready) return null;
	const paths = new Set();
	for (const key of await caches.keys()) {
		const cache = await caches.open(key);
		for (const request of await cache.keys()) paths.add(new URL(request.url).pathname);
	}
	return [...paths];
}
