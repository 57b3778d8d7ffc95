/**
 * The PDF embeds subsets of DejaVu Sans (static/fonts, made by scripts/subset-fonts.mjs). jsPDF
 * draws a character the font lacks as an empty box, so this reads each subset's own cmap and glyph
 * table and checks that every character our users' names and our own report text need is there,
 * with an outline: the Latin blocks, the punctuation and signs the report prints, and every
 * non-ASCII character written anywhere in the content or the report code.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = new URL('../../../', import.meta.url);
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'];

/** Inclusive ranges that must be covered whole (DejaVu Sans has every code point in them). */
const REQUIRED_RANGES: readonly (readonly [number, number, string])[] = [
	[0x0020, 0x007e, 'Basic Latin'],
	[0x00a0, 0x00ff, 'Latin-1 Supplement'],
	[0x0100, 0x017f, 'Latin Extended-A'],
	[0x01cd, 0x01dc, 'Pinyin tone letters'],
	[0x0218, 0x021b, 'Romanian comma-below letters'],
	[0x0300, 0x034f, 'combining diacritical marks'],
	[0x1e00, 0x1efb, 'Latin Extended Additional'],
	[0x2000, 0x2064, 'General Punctuation']
];

/**
 * Letters outside those blocks that languages in everyday use write (Vietnamese, Azerbaijani,
 * West African languages, Navajo, Hawaiian). The rest of Latin Extended-B, IPA and the spacing
 * modifiers is phonetics and rarities, left out of the subsets to keep the offline cache small.
 */
const REQUIRED_LETTERS = 'ƠơƯư Əə ƁɓƊɗƘƙƳƴƎǝ ƐɛƆɔ Ǫǫ ʻʼ';

/** Signs the report prints, named one by one so a reader sees them. */
const REQUIRED_SIGNS = '– — ‘ ’ “ ” … • · → ← ↑ ↓ ÷ × − € £';

/** Names in the scripts our users write, as they must print. */
const NAMES = [
	'José Núñez',
	'Zoë Łukasik',
	'Đặng Thị Hương',
	'Søren Ærø',
	'Ewa Żółć',
	'Çağrı Öztürk',
	'Ștefan Țăranu',
	'Margit Sørensen',
	'Nguyễn Văn Đức',
	'Dvořák Šťastný',
	'Gruffudd ŵ ŷ',
	'Lǚ Xiǎo'
];

interface FontTables {
	/** code point -> glyph id, from the Unicode cmap subtables (formats 4 and 12). */
	cmap: Map<number, number>;
	/** Whether glyph `id` has an outline (its glyf entry is not empty). */
	hasOutline: (id: number) => boolean;
}

/** A minimal TrueType reader: the table directory, cmap formats 4 and 12, head and loca. */
function readFont(bytes: Uint8Array): FontTables {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const tables = new Map<string, number>();
	for (let i = 0; i < view.getUint16(4); i++) {
		const record = 12 + i * 16;
		tables.set(
			String.fromCharCode(...bytes.subarray(record, record + 4)),
			view.getUint32(record + 8)
		);
	}
	const offset = (tag: string) => {
		const at = tables.get(tag);
		if (at === undefined) throw new Error(`no ${tag} table`);
		return at;
	};

	const cmap = new Map<number, number>();
	const cmapAt = offset('cmap');
	for (let i = 0; i < view.getUint16(cmapAt + 2); i++) {
		const sub = cmapAt + view.getUint32(cmapAt + 4 + i * 8 + 4);
		const format = view.getUint16(sub);
		if (format === 4) {
			const segX2 = view.getUint16(sub + 6);
			const ends = sub + 14;
			const starts = ends + segX2 + 2;
			const deltas = starts + segX2;
			const rangeOffsets = deltas + segX2;
			for (let s = 0; s < segX2; s += 2) {
				const start = view.getUint16(starts + s);
				const end = view.getUint16(ends + s);
				const delta = view.getUint16(deltas + s);
				const rangeOffset = view.getUint16(rangeOffsets + s);
				for (let code = start; code <= end && code !== 0xffff; code++) {
					let glyph = code;
					if (rangeOffset !== 0) {
						glyph = view.getUint16(rangeOffsets + s + rangeOffset + (code - start) * 2);
						if (glyph === 0) continue;
					}
					glyph = (glyph + delta) & 0xffff;
					if (glyph !== 0) cmap.set(code, glyph);
				}
			}
		} else if (format === 12) {
			for (let g = 0; g < view.getUint32(sub + 12); g++) {
				const group = sub + 16 + g * 12;
				const first = view.getUint32(group);
				const firstGlyph = view.getUint32(group + 8);
				for (let code = first; code <= view.getUint32(group + 4); code++) {
					cmap.set(code, firstGlyph + code - first);
				}
			}
		}
	}

	const longLoca = view.getInt16(offset('head') + 50) === 1;
	const loca = offset('loca');
	const glyphStart = (id: number) =>
		longLoca ? view.getUint32(loca + id * 4) : view.getUint16(loca + id * 2) * 2;
	return { cmap, hasOutline: (id) => glyphStart(id + 1) > glyphStart(id) };
}

/** Every non-ASCII character written in the source files (not the tests) under `folder`. */
function nonAsciiIn(folder: string): Map<string, string> {
	const found = new Map<string, string>();
	const dir = new URL(folder, ROOT);
	for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
		if (!/\.(ts|svelte)$/.test(file) || /\.test\.ts$|\.bench\.ts$/.test(file)) continue;
		const text = readFileSync(join(dir.pathname, file), 'utf8');
		for (const char of text.match(/[^\p{ASCII}]/gu) ?? []) {
			if (!found.has(char)) found.set(char, `${folder}${file}`);
		}
	}
	return found;
}

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
/** Spaces and invisible marks (joiners, soft hyphen, ...) need a cmap entry but draw nothing. */
const drawsNothing = (char: string) =>
	/[\p{White_Space}\p{Cf}\p{Default_Ignorable_Code_Point}]/u.test(char);

function requiredCodePoints(): Map<number, string> {
	const required = new Map<number, string>();
	for (const [first, last, block] of REQUIRED_RANGES) {
		for (let code = first; code <= last; code++) required.set(code, block);
	}
	const add = (text: string, why: string) => {
		// Both forms: a name can arrive composed or decomposed (a Mac keyboard, a pasted name).
		for (const form of [text.normalize('NFC'), text.normalize('NFD')]) {
			for (const char of form) {
				const code = char.codePointAt(0) ?? 0;
				if (!required.has(code)) required.set(code, why);
			}
		}
	};
	add(REQUIRED_LETTERS.replaceAll(' ', ''), 'a letter our users write');
	add(REQUIRED_SIGNS.replaceAll(' ', ''), 'a sign the report prints');
	for (const name of NAMES) add(name, `the name ${name}`);
	for (const folder of ['src/lib/content/', 'src/lib/report/']) {
		for (const [char, file] of nonAsciiIn(folder)) add(char, `written in ${file}`);
	}
	return required;
}

describe.each(FONT_FILES)('the PDF font subset %s', (file) => {
	const font = readFont(new Uint8Array(readFileSync(new URL(`static/fonts/${file}`, ROOT))));
	const required = requiredCodePoints();

	test('has a glyph for every required character', () => {
		const missing = [...required]
			.filter(([code]) => !font.cmap.has(code))
			.map(([code, why]) => `${hex(code)} ${String.fromCodePoint(code)} (${why})`);
		expect(missing).toEqual([]);
	});

	test('draws every required visible character (no empty outlines)', () => {
		const blank = [...required]
			.filter(([code]) => !drawsNothing(String.fromCodePoint(code)))
			.filter(([code]) => {
				const glyph = font.cmap.get(code);
				return glyph !== undefined && !font.hasOutline(glyph);
			})
			.map(([code, why]) => `${hex(code)} (${why})`);
		expect(blank).toEqual([]);
	});

	test('covers the characters the content and report code write, such as ’ · → × ÷ −', () => {
		const written = [
			...nonAsciiIn('src/lib/content/').keys(),
			...nonAsciiIn('src/lib/report/').keys()
		];
		// The scan itself must find the report's own signs, or it would prove nothing.
		expect(written).toEqual(expect.arrayContaining(['’', '·', '→', '×', '÷', '−']));
		expect(written.filter((char) => !font.cmap.has(char.codePointAt(0) ?? 0))).toEqual([]);
	});

	test('is a subset: Cyrillic, Greek and CJK are left out', () => {
		expect(font.cmap.size).toBeLessThan(1200);
		for (const char of 'Жλ中') expect(font.cmap.has(char.codePointAt(0) ?? 0)).toBe(false);
	});
});
