/** The counts per delay, and the table and notes printed at the end of a run. */

/** Per delay: counts over the trials run with it. */
export function newRows(delays) {
	return new Map(
		delays.map((d) => [
			d,
			{
				answers: 0,
				answersLost: 0,
				typings: 0,
				charsTyped: 0,
				charsLost: 0,
				savedShown: 0,
				lostAfterSaved: 0,
				earlierDamaged: 0,
				dbLost: 0,
				errors: 0
			}
		])
	);
}

/** Prints the table by delay, the alerts the user saw, the notes and the run's length. */
export function printReport({ rows, alertsSeen, notes, trials, started }) {
	const header = [
		'delay ms',
		'answers',
		'lost',
		'typed (chars)',
		'chars lost',
		'✓ shown',
		'lost after ✓',
		'earlier damaged',
		'db lost',
		'errors'
	];
	const table = [...rows.entries()].map(([delay, r]) => [
		String(delay),
		String(r.answers),
		String(r.answersLost),
		`${r.typings} (${r.charsTyped})`,
		String(r.charsLost),
		String(r.savedShown),
		String(r.lostAfterSaved),
		String(r.earlierDamaged),
		String(r.dbLost),
		String(r.errors)
	]);
	const sum = (key) => [...rows.values()].reduce((total, r) => total + r[key], 0);
	table.push([
		'total',
		String(sum('answers')),
		String(sum('answersLost')),
		`${sum('typings')} (${sum('charsTyped')})`,
		String(sum('charsLost')),
		String(sum('savedShown')),
		String(sum('lostAfterSaved')),
		String(sum('earlierDamaged')),
		String(sum('dbLost')),
		String(sum('errors'))
	]);
	const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
	const line = (cells) => cells.map((c, i) => c.padStart(widths[i])).join('  ');
	console.log();
	console.log(line(header));
	console.log(widths.map((w) => '-'.repeat(w)).join('  '));
	for (const row of table) console.log(line(row));
	console.log();
	console.log(
		'lost: answers not stored after the kill; ✓ shown: trials where the page said "Saved" after ' +
			'the last keystroke and before the kill; lost after ✓: losses in those (real bugs); earlier damaged: records stored before ' +
			'the trial that changed or vanished.'
	);
	console.log(
		alertsSeen.size
			? `Alerts on home after a relaunch: ${[...alertsSeen].map(([t, n]) => `${n}× "${t}"`).join('; ')}`
			: 'Alerts on home after a relaunch: none.'
	);
	for (const note of notes) console.log(`- ${note}`);
	console.log(`${trials} trials in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}
