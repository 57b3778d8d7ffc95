/**
 * How scores, coverage, element names and dates read: each written once, here, and used by every
 * screen, report and file. A number a user sees is computed in the domain and formatted by one of
 * these functions, so the Results screen, the printable report, the PDF and the CSV never disagree.
 */
import { bandOf, type Band, type Coverage } from './scoring';

/** Band words, shown beside every element score. Rules of thumb, not validated cut-offs. */
export const bandLabels: Record<Band, string> = {
	strength: 'Strength',
	developing: 'Developing',
	'growth-area': 'Growth area'
};

export const NO_SCORE_YET = 'No score yet';

/** "58" (the whole number) or "No score yet"; the unrounded value stays for sorting and sums. */
export function scoreText(score: number | null): string {
	return score === null ? NO_SCORE_YET : String(Math.round(score));
}

/** The band word of a score as shown, or "Not yet" when there is no score. */
export function bandText(score: number | null): string {
	return score === null ? 'Not yet' : bandLabels[bandOf(score)];
}

/** "58 of 100 (Developing)", or "No score yet". */
export function scoreOutOf100(score: number | null): string {
	return score === null ? NO_SCORE_YET : `${scoreText(score)} of 100 (${bandText(score)})`;
}

/**
 * "1,234": a count with the same digits whatever the reader's locale (a page mixing "1.234" and
 * "1,234" reads as two numbers), used for every count a user sees.
 */
export function countText(n: number): string {
	return n.toLocaleString('en-US');
}

/** "3.60": an action's priority (gap × impact × risk boost), two decimals so a column lines up. */
export function priorityText(priority: number): string {
	return priority.toFixed(2);
}

/** "1 practice", "2 practices". */
export function plural(count: number, one: string, many: string): string {
	return `${count} ${count === 1 ? one : many}`;
}

/** "1, 2 and 4": a list in a sentence. */
export function listed(values: readonly (number | string)[]): string {
	if (values.length <= 1) return values.join('');
	return `${values.slice(0, -1).join(', ')} and ${values[values.length - 1]}`;
}

/** What a score leaves out: ["1 Don’t know", "1 not applicable", "2 not answered yet"]. */
export function leftOutParts(coverage: Coverage): string[] {
	const parts: string[] = [];
	if (coverage.dontKnow > 0) parts.push(`${coverage.dontKnow} Don’t know`);
	if (coverage.notApplicable > 0) parts.push(`${coverage.notApplicable} not applicable`);
	if (coverage.unanswered > 0) parts.push(`${coverage.unanswered} not answered yet`);
	return parts;
}

/** "25 of 27 items scored": how many of the items that apply have a score. */
export function scoredText(coverage: Pick<Coverage, 'scored' | 'applicable'>): string {
	return `${coverage.scored} of ${coverage.applicable} items scored`;
}

/**
 * An element's coverage beside its score: "3 of 4 items scored · 1 Don’t know". Unanswered items
 * are not named: they are the difference, and "not answered" beside a score reads as an error.
 */
export function coverageText(coverage: Coverage): string {
	const parts = [scoredText(coverage)];
	if (coverage.dontKnow > 0) parts.push(`${coverage.dontKnow} Don’t know`);
	if (coverage.notApplicable > 0) parts.push(`${coverage.notApplicable} not applicable`);
	return parts.join(' · ');
}

/** "22 of 24 practices that apply have a score (91% coverage). 2 Don’t know, 1 not applicable." */
export function coverageSentence(coverage: Coverage): string {
	const leftOut = leftOutParts(coverage);
	return (
		`${coverage.scored} of ${coverage.applicable} practices that apply have a score ` +
		`(${coverage.percent}% coverage).${leftOut.length > 0 ? ` ${leftOut.join(', ')}.` : ''}`
	);
}

/**
 * Said wherever an overall score is shown while some practices that apply have no score:
 * "This picture is not complete yet: 2 of 27 practices have no score (2 Don’t know)."
 */
export function incompleteNote(coverage: Coverage): string | null {
	const missing = coverage.applicable - coverage.scored;
	if (missing <= 0) return null;
	const parts = [
		coverage.dontKnow > 0 ? `${coverage.dontKnow} Don’t know` : '',
		coverage.unanswered > 0 ? `${coverage.unanswered} not answered yet` : ''
	].filter(Boolean);
	const practices = coverage.applicable === 1 ? 'practice' : 'practices';
	const verb = missing === 1 ? 'has' : 'have';
	return `This picture is not complete yet: ${missing} of ${coverage.applicable} ${practices} ${verb} no score (${parts.join(', ')}).`;
}

/** "3. Build a culture that supports staff": how an element is named everywhere. */
export function elementLabel(element: { number: number; title: string }): string {
	return `${element.number}. ${element.title}`;
}

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** "2026-03-12" -> "12 March 2026": the same words on paper whatever the reader's locale. */
export function longDate(value: string): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
	if (!match || !month) return value;
	return `${Number(match[3])} ${month} ${match[1]}`;
}

// One formatter each, made once: a new Intl.DateTimeFormat per card is slow on a long list.
const calendarDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "2026-03-31" -> a date in the reader's own locale on screen, without a time-zone shift. */
export function formatCalendarDate(value: string): string {
	const [y, m, d] = value.split('-').map(Number);
	if (!y || !m || !d) return value;
	return calendarDate.format(new Date(Date.UTC(y, m - 1, d)));
}

/** An ISO date-time -> date and time in the reader's locale. */
export function formatDateTime(iso: string): string {
	return dateTime.format(new Date(iso));
}

/** Today's date as "YYYY-MM-DD" in local time (the default date of a new assessment). */
export function todayLocal(now = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
