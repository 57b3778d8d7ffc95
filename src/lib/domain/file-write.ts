/**
 * Writing workbook files. Backups are written in a line layout that is still one JSON document
 * of the current version: a first line with the header fields ending in `"assessments":[`, then
 * one assessment per line (separated by ",\n"), then `]}`. The readers take any layout.
 */
import {
	APP_NAME,
	FILE_FORMAT,
	FILE_VERSION,
	type AssessmentBundle,
	type WorkbookFile
} from './file-schema';

export function toWorkbookFile(
	bundles: AssessmentBundle[],
	scope: WorkbookFile['scope'],
	now: Date,
	appVersion: string
): WorkbookFile {
	return {
		format: FILE_FORMAT,
		version: FILE_VERSION,
		generator: { app: APP_NAME, appVersion },
		exportedAt: now.toISOString(),
		scope,
		assessments: bundles
	};
}

/**
 * The backup layout, piece by piece (so a huge backup is never one string): the header line
 * ending in `"assessments":[`, one assessment per line, then `]}`. Valid JSON of FILE_VERSION.
 */
export function* workbookFileChunks(file: WorkbookFile): Generator<string> {
	const { assessments, ...header } = file;
	const head = JSON.stringify({ ...header, assessments: [] });
	yield `${head.slice(0, -'[]}'.length)}[\n`;
	const last = assessments.length - 1;
	for (const [index, bundle] of assessments.entries()) {
		yield `${JSON.stringify(bundle)}${index < last ? ',' : ''}\n`;
	}
	yield ']}\n';
}

/** The backup layout as one string (for small files and tests). */
export function serializeWorkbookFile(file: WorkbookFile): string {
	let text = '';
	for (const chunk of workbookFileChunks(file)) text += chunk;
	return text;
}
