/**
 * The rater file: one rater's hand-in, downloaded on their own device and sent to the facilitator
 * any way they like (a message, a USB stick, a shared folder). It is the only hand-in that can
 * carry a label, Not applicable reasons and, if the rater ticks the box, their notes.
 *
 * On the facilitator's laptop a rater file is hostile until checked: `readRaterFile` only says
 * whether the text is a rater file at all (size, JSON, format, version, no "__proto__"); the
 * hand-in inside it is checked by `mergeHandIns`, like a typed or scanned code.
 */
import { z } from 'zod/mini';
import { isoDateTime } from '../assessment';
import { APP_NAME, FILE_FORMAT } from '../file-schema';
import { roundShortId } from './hand-in-code';
import type { HandIn } from './merge';

export const RATER_FILE_FORMAT = 'sts-workbook-rater';
/** Bump when the shape changes; an older workbook then says the file is newer, not damaged. */
export const RATER_FILE_VERSION = 1;
/** A full round with long notes on every item is far below this (36 x 10,000 characters is 360 KB). */
export const MAX_RATER_FILE_BYTES = 1024 * 1024;

export const RATER_FILE_MESSAGES = {
	empty: 'This file is empty. Ask the rater to download their rater file again.',
	tooBig:
		'This file is too large to be a rater file (a rater file is well under 1 MB). Check that you chose the file the rater sent.',
	notJson:
		'This is not a rater file: it could not be read as one. Check that you chose the file the rater sent, or ask them to download it again.',
	workbookFile:
		'This is a workbook file (an assessment or a backup), not a rater file. Import it from the list of assessments instead.',
	otherFormat:
		'This is not a rater file of the STS Workbook. Check that you chose the file the rater sent.',
	newerVersion:
		'This rater file was made by a newer version of the workbook. Reload the page to update the workbook, then try again.',
	damaged:
		'This rater file is damaged or incomplete, so nothing from it was read. Ask the rater to download it again.',
	hiddenKey:
		'This rater file holds a field the workbook never writes (“__proto__”), so nothing from it was read. Ask the rater to download it again.'
} as const;

/** The wrapper; the hand-in itself stays `unknown` here and is checked by `mergeHandIns`. */
const RaterFileShape = z.object({
	format: z.literal(RATER_FILE_FORMAT),
	version: z.literal(RATER_FILE_VERSION),
	generator: z.object({ app: z.string(), appVersion: z.string() }),
	exportedAt: isoDateTime,
	handIn: z.unknown()
});

/**
 * The file's text (pretty-printed, so a curious rater can read what they send). The hand-in is
 * written as given: the caller decides what goes in it (notes only if the rater ticked the box).
 */
export function raterFile(handIn: HandIn, now: Date, appVersion: string = __APP_VERSION__): string {
	const file = {
		format: RATER_FILE_FORMAT,
		version: RATER_FILE_VERSION,
		generator: { app: APP_NAME, appVersion },
		exportedAt: now.toISOString(),
		handIn
	};
	return JSON.stringify(file, null, '\t');
}

/**
 * "sts-rater-1ABC-7F3D2.json": the round's short id (the same four symbols its codes carry), then
 * the five hex digits that carry the hand-in's own number (hand-in-code.ts handInIdFor puts them
 * after the UUID's version digit and its variant digit; the rest repeats the round's id), so two
 * raters' files share a name only if they drew the same number. Never the rater's label: the
 * facilitator's screen lists file names, and it is often projected.
 */
export function raterFileName(handIn: Pick<HandIn, 'roundId' | 'handInId'>): string {
	const hex = handIn.handInId.replace(/-/g, '');
	const own = `${hex.slice(13, 16)}${hex.slice(17, 19)}`.toUpperCase();
	return `sts-rater-${roundShortId(handIn.roundId)}-${own}.json`;
}

export type RaterFileResult = { ok: true; handIn: unknown } | { ok: false; message: string };

/** Reads an untrusted file's text. Never throws; a refusal says what is wrong and what to do. */
export function readRaterFile(text: string): RaterFileResult {
	const fail = (message: string): RaterFileResult => ({ ok: false, message });
	// Characters are never more than bytes, so the cheap test rules out most huge texts first.
	if (text.length > MAX_RATER_FILE_BYTES || byteLength(text) > MAX_RATER_FILE_BYTES)
		return fail(RATER_FILE_MESSAGES.tooBig);
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	if (body.trim() === '') return fail(RATER_FILE_MESSAGES.empty);

	let raw: unknown;
	let hiddenKey = false;
	try {
		raw = JSON.parse(body, (key, value: unknown) => {
			// JSON.parse makes "__proto__" an ordinary key (no prototype is touched), but nothing
			// the workbook writes has one: a file that does was made to probe, so it is refused.
			if (key === '__proto__') hiddenKey = true;
			return value;
		});
	} catch {
		return fail(RATER_FILE_MESSAGES.notJson);
	}
	if (hiddenKey) return fail(RATER_FILE_MESSAGES.hiddenKey);
	if (!isRecord(raw)) return fail(RATER_FILE_MESSAGES.notJson);
	if (raw.format === FILE_FORMAT) return fail(RATER_FILE_MESSAGES.workbookFile);
	if (raw.format !== RATER_FILE_FORMAT) return fail(RATER_FILE_MESSAGES.otherFormat);
	if (typeof raw.version === 'number' && raw.version > RATER_FILE_VERSION)
		return fail(RATER_FILE_MESSAGES.newerVersion);
	const parsed = RaterFileShape.safeParse(raw);
	if (!parsed.success || !isRecord(parsed.data.handIn)) return fail(RATER_FILE_MESSAGES.damaged);
	return { ok: true, handIn: parsed.data.handIn };
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function byteLength(text: string): number {
	return new TextEncoder().encode(text).length;
}
