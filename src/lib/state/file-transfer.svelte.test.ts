/**
 * The import path the home page uses: `prepareImport` reads the chosen file as a stream and
 * checks it completely, `applyImport` writes it in one transaction. A refused file writes
 * nothing and says why in plain words.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { readBundle } from '$lib/db/assessments';
import { database } from '$lib/db/database';
import { writeMarker } from '$lib/db/snapshots';
import { applyImport, importFailureMessage, prepareImport } from './file-transfer';
import { recovery } from './recovery.svelte';

const v1Text = readFileSync('src/lib/domain/fixtures/workbook-v1.json', 'utf8');
const FIXTURE_ID = 'f649c9df-192a-4f83-a620-eef887958c7a';
const MAPLE_HOLLOW = 'Maple Hollow Child & Family Services (example)';

const file = (parts: BlobPart[], name = 'backup.json') =>
	new File(parts, name, { type: 'application/json' });

afterEach(async () => {
	const db = database();
	await Promise.all(db.tables.map((table) => table.clear()));
});

/** Prepares a file that must be refused; returns the refusal and checks nothing was written. */
async function refused(chosen: File): Promise<string> {
	const result = await prepareImport(chosen);
	expect(await database().assessments.count()).toBe(0);
	if (result.ok) throw new Error('expected the file to be refused');
	return result.message;
}

describe('a good file', () => {
	test('is checked completely, with progress up to its size, then written', async () => {
		const chosen = file([v1Text]);
		const progress: number[] = [];
		const prepared = await prepareImport(chosen, (p) => progress.push(p.done / p.total));
		if (!prepared.ok) throw new Error(prepared.message);
		expect(prepared.upgradedFrom).toBe(1);
		expect(prepared.existing).toEqual(new Set());
		expect(progress.at(-1)).toBe(1);
		expect(await database().assessments.count()).toBe(0);

		const ids = await applyImport(prepared.file, 'replace');
		expect(ids).toEqual([FIXTURE_ID]);
		expect((await database().assessments.get(FIXTURE_ID))?.organization).toBe(MAPLE_HOLLOW);
		expect((await readBundle(database(), FIXTURE_ID))?.responses).toHaveLength(27);
	});

	test('says which of its assessments this device already has; a copy gets new ids', async () => {
		const first = await prepareImport(file([v1Text]));
		if (!first.ok) throw new Error(first.message);
		await applyImport(first.file, 'replace');

		const again = await prepareImport(file([v1Text]));
		if (!again.ok) throw new Error(again.message);
		expect(again.existing).toEqual(new Set([FIXTURE_ID]));
		const [copyId] = await applyImport(again.file, 'copy');
		expect(copyId).not.toBe(FIXTURE_ID);
		expect(await database().assessments.count()).toBe(2);
	});

	test('a write that fails is put in words and leaves nothing behind', async () => {
		const prepared = await prepareImport(file([v1Text]));
		if (!prepared.ok) throw new Error(prepared.message);
		database().close();
		let failure: unknown;
		try {
			await applyImport(prepared.file, 'copy');
		} catch (error) {
			failure = error;
		} finally {
			await database().open();
		}
		expect(importFailureMessage(failure)).toMatch(
			/^The workbook’s storage was closed .*so this change was not saved\./
		);
		expect(await database().assessments.count()).toBe(0);
	});
});

describe('a hostile or damaged file is refused, and nothing is written', () => {
	test('a file with more than 1 MB of text besides its assessments (the size check)', async () => {
		const padded = v1Text.replace('"scope"', `"padding": "${'x'.repeat(1024 * 1024)}",\n\t"scope"`);
		expect(await refused(file([padded]))).toBe(
			'The file is not a workbook file: apart from its assessments it holds more than 1,024 KB of text.'
		);
	});

	test('a key that could reach object prototypes', async () => {
		const hostile = v1Text.replace(
			'"assessment": {',
			'"assessment": {"__proto__": {"polluted": 1},'
		);
		expect(await refused(file([hostile]))).toBe(
			'The file contains a forbidden key "__proto__" (in assessments[0]).'
		);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	test('a file cut off while it was copied', async () => {
		const cut = `${v1Text.split('\n').slice(0, 100).join('\n')}\n`;
		expect(await refused(file([cut]))).toBe(
			'The file is not a complete workbook file: it stops in the middle (at line 101), as if it was cut off while it was saved or copied.'
		);
	});

	test('nesting far deeper than any workbook file', async () => {
		const deep = `{"format":"sts-workbook","x":${'['.repeat(40)}${']'.repeat(40)}}`;
		expect(await refused(file([deep]))).toBe(
			'The file is not a workbook file: at line 1 it is nested more than 32 levels deep, far deeper than any workbook file.'
		);
	});

	test('an assessment made with a question bank version this app does not have', async () => {
		const newer = v1Text.replace('"frameworkVersion": "1.0.0"', '"frameworkVersion": "3.0.0"');
		expect(newer).not.toBe(v1Text);
		expect(await refused(file([newer]))).toBe(
			`“${MAPLE_HOLLOW}” was made with question bank nctsn-sts-essentials version 3.0.0, which this copy of the workbook does not have. Update the workbook (reload it while online), then import the file again.`
		);
	});

	test('the PDF report chosen by mistake', async () => {
		expect(await refused(file(['%PDF-1.7\n%âãÏÓ'], 'report.pdf'))).toBe(
			'This is a PDF file, not a workbook file. Choose the .json file made by “Back up everything” or “Export”.'
		);
	});
});

test('an import that brings lost work back settles the loss notice', async () => {
	writeMarker({ assessments: 1, at: '2026-11-25T14:03:00.000Z' });
	await recovery.start(database());
	expect(recovery.phase).toBe('lost');

	const prepared = await prepareImport(file([v1Text]));
	if (!prepared.ok) throw new Error(prepared.message);
	await applyImport(prepared.file, 'replace');
	expect(recovery.phase).toBe('ok');
	expect(recovery.loss).toBeUndefined();
});
