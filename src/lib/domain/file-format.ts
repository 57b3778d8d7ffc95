/**
 * The versioned file format for exports and backups, in one import. Nothing here touches the
 * database. The parts, each in its own module:
 * - file-schema.ts: the shape at the current version, FILE_VERSION and the limits;
 * - file-write.ts: writing a file (the backup layout: one assessment per line);
 * - file-read.ts: reading an untrusted file, in memory or as a stream, with file-json.ts (safe
 *   JSON pieces), file-upgrade.ts (older versions) and file-problems.ts (what is wrong, in words);
 * - bundle-links.ts: the links inside one assessment, and a copy with fresh ids.
 */
export {
	APP_NAME,
	AssessmentBundle,
	FILE_FORMAT,
	FILE_LIMITS,
	FILE_VERSION,
	MAX_ASSESSMENTS,
	MAX_DEPTH,
	MAX_PLAN_ACTIONS,
	MAX_RESPONSES,
	MAX_RESPONSE_SETS,
	MAX_TEXT_BYTES,
	WorkbookFile,
	WorkbookHeader
} from './file-schema';
export { serializeWorkbookFile, toWorkbookFile, workbookFileChunks } from './file-write';
export {
	readWorkbookBlob,
	readWorkbookFile,
	type ReadProgress,
	type ReadResult
} from './file-read';
export { formatPath } from './file-problems';
export { bundleIntegrityProblems, withFreshIds } from './bundle-links';
