/**
 * Files of older versions are read by upgrading them, step by step, to the current version
 * before the schemas check them. To change the format: bump FILE_VERSION (file-schema.ts), add
 * the step here, and keep a fixture of the old version (fixtures/).
 */
import { CHOOSE_WORKBOOK_FILE } from './file-sniff';
import { FileProblem } from './file-stream';
import { APP_NAME, FILE_FORMAT, FILE_VERSION } from './file-schema';
import type { JsonRecord, JsonValue } from './file-json';

interface Upgrade {
	/** Turns a version-n file (its header fields) into version n+1. */
	file: (file: JsonRecord) => JsonRecord;
	/** Turns one version-n assessment bundle into version n+1, when bundles changed. */
	bundle?: (bundle: JsonValue) => JsonValue;
}

/** upgrades[n] turns a version-n file into version n+1. */
const upgrades: Record<number, Upgrade> = {
	1: {
		file: (file) => ({
			...file,
			version: 2,
			generator: { app: APP_NAME, appVersion: 'unknown (version 1 file)' }
		})
	},
	// Version 3 only widened the plan statuses: a version 2 file reads as it is.
	2: { file: (file) => ({ ...file, version: 3 }) }
};

const NOT_A_WORKBOOK = `This is not a workbook file (its "format" is missing or different). ${CHOOSE_WORKBOOK_FILE}`;

/** The file's version after checking format and version; throws a FileProblem. */
export function checkVersion(record: JsonRecord): number {
	if (record.format !== FILE_FORMAT) throw new FileProblem(NOT_A_WORKBOOK);
	const version = record.version;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		throw new FileProblem('The file has no valid "version".');
	}
	if (version > FILE_VERSION) {
		throw new FileProblem(
			`The file was made by a newer version of the workbook (file version ${version}; this one reads up to ${FILE_VERSION}). Update the workbook and try again.`
		);
	}
	for (let v = version; v < FILE_VERSION; v++) {
		if (!upgrades[v]) throw new FileProblem(`Files of version ${v} can no longer be read.`);
	}
	return version;
}

/** The header fields of a file of `version` (checked by checkVersion) at the current version. */
export function upgradeHeader(record: JsonRecord, version: number): JsonRecord {
	let upgraded = record;
	for (let v = version; v < FILE_VERSION; v++) upgraded = upgrades[v]!.file(upgraded);
	return upgraded;
}

/** One assessment bundle of a file of `version` at the current version. */
export function upgradeBundle(data: JsonValue, version: number): JsonValue {
	let upgraded = data;
	for (let v = version; v < FILE_VERSION; v++)
		upgraded = upgrades[v]!.bundle?.(upgraded) ?? upgraded;
	return upgraded;
}
