/**
 * The shape of a workbook file (exports and backups) at the current version, and the limits that
 * keep a hostile file from costing the browser too much. `docs/workbook-file.schema.json` is
 * generated from these schemas (see file-schema.test.ts).
 */
import { z } from 'zod/mini';
import { Assessment, PlanAction, Response, ResponseSet } from './assessment';
import type { SplitLimits } from './file-stream';

export const FILE_FORMAT = 'sts-workbook';
/**
 * Version history:
 * 1: assessments with response sets, responses and plan.
 * 2: adds `generator` (which app and version wrote the file), for support questions.
 * 3: a plan action's status may be "not-now" (a suggestion set aside): an older app must say the
 *    file is newer, not call it damaged.
 * Bump when the shape changes, and add an upgrade step in file-upgrade.ts.
 */
export const FILE_VERSION = 3;

export const APP_NAME = 'STS Workbook';

/**
 * The limits protect against hostile files, not against our own backups (a backup of 5,000
 * example-sized assessments is about 250 MB and is read as a stream).
 * `readWorkbookFile` holds the whole text in memory, so it has a size limit of its own.
 */
export const MAX_TEXT_BYTES = 64 * 1024 * 1024;
export const MAX_ASSESSMENTS = 20_000;
export const MAX_RESPONSE_SETS = 200;
export const MAX_RESPONSES = 10_000;
export const MAX_PLAN_ACTIONS = 2_000;
export const MAX_DEPTH = 32;
export const FILE_LIMITS: SplitLimits = {
	maxDepth: MAX_DEPTH,
	maxAssessments: MAX_ASSESSMENTS,
	/** Any other list or object: the longest real one is the responses of a large workshop. */
	maxEntries: MAX_RESPONSES,
	maxBundleChars: 32 * 1024 * 1024,
	maxHeaderChars: 1024 * 1024
};

/** Everything that belongs to one assessment. */
export const AssessmentBundle = z.object({
	assessment: Assessment,
	responseSets: z.array(ResponseSet).check(z.maxLength(MAX_RESPONSE_SETS)),
	responses: z.array(Response).check(z.maxLength(MAX_RESPONSES)),
	plan: z.array(PlanAction).check(z.maxLength(MAX_PLAN_ACTIONS))
});
export type AssessmentBundle = z.infer<typeof AssessmentBundle>;

const headerShape = {
	format: z.literal(FILE_FORMAT),
	version: z.literal(FILE_VERSION),
	generator: z.object({ app: z.string(), appVersion: z.string() }),
	exportedAt: z.iso.datetime({ offset: true }),
	/** "assessment" for one, "backup" for everything on this device. */
	scope: z.enum(['assessment', 'backup'])
};
/** The file without its assessments: what the first line of a backup holds. */
export const WorkbookHeader = z.object(headerShape);
export type WorkbookHeader = z.infer<typeof WorkbookHeader>;

export const WorkbookFile = z.object({
	...headerShape,
	assessments: z.array(AssessmentBundle).check(z.maxLength(MAX_ASSESSMENTS))
});
export type WorkbookFile = z.infer<typeof WorkbookFile>;
