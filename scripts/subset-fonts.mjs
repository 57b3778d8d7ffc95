#!/usr/bin/env node
/**
 * Makes the two fonts the PDF embeds (static/fonts/DejaVuSans.ttf and DejaVuSans-Bold.ttf) as
 * subsets of DejaVu Sans 2.37 that cover the Latin scripts our users write, so the service worker
 * precaches about 50 KB gzip of fonts instead of 726 KB. The subsets are committed; CI never runs
 * this. Run it again (`node scripts/subset-fonts.mjs`) only to change what the fonts cover, then
 * run the font coverage test (src/lib/report/pdf-fonts.test.ts).
 *
 * Reproducible: the full fonts come from the npm package dejavu-fonts-ttf@2.37.3 (fetched with
 * `npm pack` into a temporary folder, not installed) and are checked against pinned SHA-256 sums;
 * the subsetter is HarfBuzz's hb-subset (subset-font, pinned by package-lock.json). The same
 * inputs give byte-identical files, whose sums are printed. `--from DIR` reads the two full TTF
 * files from DIR instead (they must still match the sums).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import subsetFont from 'subset-font';

const SOURCE_PACKAGE = 'dejavu-fonts-ttf@2.37.3';
const OUT_DIR = 'static/fonts';
const FONTS = [
	{
		file: 'DejaVuSans.ttf',
		sha256: '7da195a74c55bef988d0d48f9508bd5d849425c1770dba5d7bfc6ce9ed848954'
	},
	{
		file: 'DejaVuSans-Bold.ttf',
		sha256: 'e6476c1b80502924294eed40894c5b18e06c181444ca953e5334262df9c27724'
	}
];

/**
 * Inclusive code point ranges kept. The font coverage test holds the same list of what must be
 * covered; a range the font has no glyphs for simply adds nothing. Whole blocks where a name may
 * use any letter; from Latin Extended-B, IPA and the spacing modifiers (most of them phonetics,
 * about 19 KB gzip for both fonts) only the letters of languages in everyday use, in LETTERS.
 */
const RANGES = [
	[0x0020, 0x007e], // Basic Latin
	[0x00a0, 0x00ff], // Latin-1 Supplement (includes £ × ÷ ·)
	[0x0100, 0x017f], // Latin Extended-A (Ł ő ž ş ŵ ...)
	[0x01cd, 0x01dc], // Pinyin tone letters (ǎ ǐ ǒ ǔ ǖ ǘ ǚ ǜ and capitals)
	[0x0218, 0x021b], // Romanian ș ț (comma below)
	[0x0300, 0x036f], // combining diacritical marks (a name typed in decomposed form)
	[0x1e00, 0x1eff], // Latin Extended Additional (Vietnamese ặ ầ ữ, Yoruba ṣ ẹ, Welsh ẁ, ẞ ...)
	[0x2000, 0x206f], // General Punctuation (– — ‘ ’ “ ” … • and the special spaces)
	[0x20ac, 0x20ac], // €
	[0x2190, 0x2193], // ← ↑ → ↓
	[0x2212, 0x2212] // − (minus)
];

/** Single letters from Latin Extended-B, IPA and the spacing modifiers, with who writes them. */
const LETTERS = [
	'ƠơƯư', // Vietnamese
	'Əə', // Azerbaijani
	'ƁɓƊɗƘƙƳƴƎǝ', // Hausa, Fula and other West African languages
	'ƐɛƆɔ', // Akan, Ewe, Lingala and other African languages
	'Ǫǫ', // Navajo
	'ʻʼ', // ʻokina (Hawaiian) and the modifier apostrophe (Navajo, Uzbek ...)
	'ˆˇ˘˙˚˛˜˝' // accents typed on their own (Windows-1252 has ˆ and ˜)
].join('');

// jsPDF reads only the glyphs, metrics, cmap, name, post and OS/2 tables and does no shaping or
// kerning, so the layout and math tables and TrueType hinting are weight without effect on the PDF.
const SUBSET_OPTIONS = {
	targetFormat: 'truetype',
	noHinting: true,
	noLayoutClosure: true,
	dropTables: ['GSUB', 'GPOS', 'GDEF', 'kern', 'MATH'],
	// Family and style names (1-6) for jsPDF and viewers; copyright (0), license (13, 14) and
	// trademark (7) stay with the font, as its license asks.
	preserveNameIds: [0, 1, 2, 3, 4, 5, 6, 7, 13, 14]
};

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

function rangeText() {
	let text = LETTERS;
	for (const [first, last] of RANGES) {
		for (let code = first; code <= last; code++) text += String.fromCodePoint(code);
	}
	return text;
}

/** The folder holding the full fonts: --from DIR, or the npm package unpacked in a temp folder. */
function sourceDir() {
	const from = process.argv.indexOf('--from');
	if (from !== -1) return { dir: process.argv[from + 1], cleanup: () => undefined };
	const tmp = mkdtempSync(join(tmpdir(), 'dejavu-'));
	const shell = process.platform === 'win32';
	const packed = execFileSync('npm', ['pack', SOURCE_PACKAGE, '--silent'], {
		cwd: tmp,
		encoding: 'utf8',
		shell
	})
		.trim()
		.split('\n')
		.pop();
	execFileSync('tar', ['-xzf', packed], { cwd: tmp });
	return { dir: join(tmp, 'package', 'ttf'), cleanup: () => rmSync(tmp, { recursive: true }) };
}

async function main() {
	const { dir, cleanup } = sourceDir();
	try {
		const text = rangeText();
		for (const font of FONTS) {
			const full = readFileSync(join(dir, font.file));
			if (sha256(full) !== font.sha256) {
				throw new Error(`${font.file} in ${dir} is not the DejaVu Sans 2.37 file this expects`);
			}
			const subset = await subsetFont(full, text, SUBSET_OPTIONS);
			writeFileSync(join(OUT_DIR, font.file), subset);
			const gzip = gzipSync(subset, { level: 9 }).length;
			console.log(
				`${font.file}: ${full.length} -> ${subset.length} bytes (${gzip} gzip), sha256 ${sha256(subset)}`
			);
		}
	} finally {
		cleanup();
	}
}

await main();
