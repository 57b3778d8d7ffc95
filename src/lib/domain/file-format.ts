/**
 * The versioned file format for exports and backups. A file is hostile until these schemas say
 * otherwise; importers validate with them before anything touches the database.
 */
import { z } from 'zod/mini';
import { Assessment, PlanAction, Response, ResponseSet } from './assessment';

export const FILE_FORMAT = 'sts-workbook';
/** Bump when the shape changes, and add an upgrade step for the older version. */
export const FILE_VERSION = 1;

/** Everything that belongs to one assessment. */
export const AssessmentBundle = z.object({
	assessment: Assessment,
	responseSets: z.array(ResponseSet),
	responses: z.array(Response),
	plan: z.array(PlanAction)
});
export type AssessmentBundle = z.infer<typeof AssessmentBundle>;

export const WorkbookFile = z.object({
	format: z.literal(FILE_FORMAT),
	version: z.literal(FILE_VERSION),
	exportedAt: z.iso.datetime({ offset: true }),
	/** "assessment" for one, "backup" for everything on this device. */
	scope: z.enum(['assessment', 'backup']),
	assessments: z.array(AssessmentBundle)
});
export type WorkbookFile = z.infer<typeof WorkbookFile>;

export function toWorkbookFile(
	bundles: AssessmentBundle[],
	scope: WorkbookFile['scope'],
	now: Date
): WorkbookFile {
	return {
		format: FILE_FORMAT,
		version: FILE_VERSION,
		exportedAt: now.toISOString(),
		scope,
		assessments: bundles
	};
}

/**
 * Links inside a bundle must agree: every child belongs to the bundle's assessment, every
 * response to one of its sets, and there is exactly one consensus set.
 */
export function bundleIntegrityProblems(bundle: AssessmentBundle): string[] {
	const problems: string[] = [];
	const id = bundle.assessment.id;
	const setIds = new Set(bundle.responseSets.map((s) => s.id));
	bundle.responseSets.forEach((s, i) => {
		if (s.assessmentId !== id) problems.push(`responseSets[${i}] belongs to another assessment.`);
	});
	bundle.responses.forEach((r, i) => {
		if (r.assessmentId !== id) problems.push(`responses[${i}] belongs to another assessment.`);
		if (!setIds.has(r.responseSetId)) problems.push(`responses[${i}] points to a missing set.`);
	});
	bundle.plan.forEach((a, i) => {
		if (a.assessmentId !== id) problems.push(`plan[${i}] belongs to another assessment.`);
	});
	const consensus = bundle.responseSets.filter((s) => s.kind === 'consensus').length;
	if (consensus !== 1) problems.push(`Expected one consensus set, found ${consensus}.`);
	return problems;
}
