/** Presentation helpers shared by screens. */

/** "2026-03-31" -> a date in the reader's own locale, without a time-zone shift. */
export function formatCalendarDate(value: string): string {
	const [y, m, d] = value.split('-').map(Number);
	if (!y || !m || !d) return value;
	return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(
		new Date(Date.UTC(y, m - 1, d))
	);
}

/** An ISO date-time -> date and time in the reader's locale. */
export function formatDateTime(iso: string): string {
	return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(
		new Date(iso)
	);
}

/** Today's date as "YYYY-MM-DD" in local time (the default date of a new assessment). */
export function todayLocal(now = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
