/**
 * The file format's JSON Schema is generated from the zod schemas and kept in docs/. This test
 * fails when the two drift apart; run `UPDATE_SCHEMA=1 npx vitest run file-schema` to refresh it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { z } from 'zod/mini';
import { WorkbookFile } from './file-format';

const PATH = 'docs/workbook-file.schema.json';

test('docs/workbook-file.schema.json is generated from the current schemas', () => {
	const schema = z.toJSONSchema(WorkbookFile, { io: 'input', unrepresentable: 'any' });
	const text = `${JSON.stringify(
		{ ...schema, title: 'STS Workbook file', $id: 'sts-workbook.schema.json' },
		null,
		'\t'
	)}\n`;
	if (process.env.UPDATE_SCHEMA) writeFileSync(PATH, text);
	expect(existsSync(PATH), `${PATH} is missing: run with UPDATE_SCHEMA=1`).toBe(true);
	expect(readFileSync(PATH, 'utf8')).toBe(text);
});
