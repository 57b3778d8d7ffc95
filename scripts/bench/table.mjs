/**
 * Medians, percentiles and the one table the bench prints: each figure with its value, its
 * target and whether the target is met. A missed target is printed, never an exit code.
 */

/** @param {number[]} values */
function sorted(values) {
	return values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
}

/** Nearest-rank percentile (p in 0..100) of the finite values; NaN when there are none. */
export function percentile(/** @type {number[]} */ values, /** @type {number} */ p) {
	const s = sorted(values);
	if (!s.length) return NaN;
	return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
}

/** The median of the finite values (mean of the middle two for an even count). */
export function median(/** @type {number[]} */ values) {
	const s = sorted(values);
	if (!s.length) return NaN;
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/**
 * @typedef {{ figure: string, value: string, target: string, met: boolean | null, note?: string }} Row
 * @typedef {{ unit: 'ms' | 'KB', max?: number, note?: string }} Target
 */

const show = (/** @type {number} */ n, /** @type {'ms' | 'KB'} */ unit) =>
	!Number.isFinite(n)
		? 'n/a'
		: unit === 'KB'
			? `${(n / 1024).toFixed(1)} KB`
			: `${Math.round(n)} ms`;

/** One figure; `value` in ms, or in bytes for KB. */
export function row(
	/** @type {string} */ figure,
	/** @type {number} */ value,
	/** @type {Target} */ target
) {
	const bound =
		target.max === undefined
			? '—'
			: `≤ ${target.unit === 'KB' ? `${target.max} KB` : `${target.max} ms`}`;
	const limit =
		target.max === undefined ? undefined : target.unit === 'KB' ? target.max * 1024 : target.max;
	return {
		figure,
		value: show(value, target.unit),
		target: target.note ? `${bound} ${target.note}` : bound,
		met: limit === undefined || !Number.isFinite(value) ? null : value <= limit
	};
}

/** A row whose value is text (two numbers, a size and a time); `met` as given. */
export function textRow(
	/** @type {string} */ figure,
	/** @type {string} */ value,
	/** @type {string} */ target = '—',
	/** @type {boolean | null} */ met = null
) {
	return { figure, value, target, met };
}

/** A row for a figure that could not be measured; the reason goes under the table. */
export function failedRow(/** @type {string} */ figure, /** @type {unknown} */ error) {
	const message = error instanceof Error ? error.message : String(error);
	return { figure, value: 'error', target: '—', met: null, note: message.split('\n')[0] ?? '' };
}

/** Prints the heading lines and the table. */
export function printTable(/** @type {string[]} */ heading, /** @type {Row[]} */ rows) {
	const verdict = (/** @type {Row} */ r) => (r.met === null ? '' : r.met ? 'met' : 'not met');
	const width = (/** @type {(r: Row) => string} */ pick, /** @type {string} */ title) =>
		Math.max(title.length, ...rows.map((r) => pick(r).length));
	const w = [
		width((r) => r.figure, 'figure'),
		width((r) => r.value, 'value'),
		width((r) => r.target, 'target')
	];
	const line = (/** @type {string[]} */ cells) =>
		[
			(cells[0] ?? '').padEnd(w[0] ?? 0),
			(cells[1] ?? '').padStart(w[1] ?? 0),
			(cells[2] ?? '').padEnd(w[2] ?? 0),
			cells[3] ?? ''
		]
			.join('  ')
			.trimEnd();
	for (const text of heading) console.log(text);
	console.log('');
	console.log(line(['figure', 'value', 'target', 'met']));
	console.log('-'.repeat(line(['', '', '', 'not met']).length));
	for (const r of rows) console.log(line([r.figure, r.value, r.target, verdict(r)]));
	const judged = rows.filter((r) => r.met !== null);
	console.log('');
	console.log(`${judged.filter((r) => r.met).length} of ${judged.length} targets met.`);
	for (const r of rows) if (r.note) console.log(`${r.figure}: ${r.note}`);
}
