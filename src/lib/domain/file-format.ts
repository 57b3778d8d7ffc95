/**
 * The versioned file format for exports and backups. A file is hostile until these schemas say
 * otherwise: `readWorkbookFile` checks size, JSON, version (upgrading older ones), shape and
 * links, and says in words what is wrong and where. Nothing here touches the database.
 */
import { z } from 'zod/mini';
import { Assessment, PlanAction, Response, ResponseSet } from './assessment';

export const FILE_FORMAT = 'sts-workbook';
/**
 * Version history:
 * 1: assessments with response sets, responses and plan.
 * 2: adds `generator` (which app and version wrote the file), for support questions.
 * Bump when the shape changes, and add an upgrade step below.
 */
export const FILE_VERSION = 2;
/** Larger than any real workbook (the example is about 40 KB); refuses absurd files early. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

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
	generator: z.object({ app: z.string(), appVersion: z.string() }),
	exportedAt: z.iso.datetime({ offset: true }),
	/** "assessment" for one, "backup" for everything on this device. */
	scope: z.enum(['assessment', 'backup']),
	assessments: z.array(AssessmentBundle)
});
export type WorkbookFile = z.infer<typeof WorkbookFile>;

export const APP_NAME = 'STS Workbook';

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
	const seen = new Set<string>();
	bundle.responses.forEach((r, i) => {
		if (r.assessmentId !== id) problems.push(`responses[${i}] belongs to another assessment.`);
		if (!setIds.has(r.responseSetId)) problems.push(`responses[${i}] points to a missing set.`);
		const key = `${r.responseSetId}|${r.itemId}`;
		if (seen.has(key)) problems.push(`responses[${i}] answers the same item twice.`);
		seen.add(key);
	});
	bundle.plan.forEach((a, i) => {
		if (a.assessmentId !== id) problems.push(`plan[${i}] belongs to another assessment.`);
	});
	const consensus = bundle.responseSets.filter((s) => s.kind === 'consensus').length;
	if (consensus !== 1) problems.push(`Expected one consensus set, found ${consensus}.`);
	return problems;
}

type Upgrade = (file: Record<string, unknown>) => Record<string, unknown>;

/** upgrades[n] turns a version-n file into version n+1. */
const upgrades: Record<number, Upgrade> = {
	1: (file) => ({
		...file,
		version: 2,
		generator: { app: APP_NAME, appVersion: 'unknown (version 1 file)' }
	})
};

export type ReadResult =
	{ ok: true; file: WorkbookFile; upgradedFrom?: number } | { ok: false; message: string };

/** "assessments[0].responses[3].answer.value" from a zod path. */
export function formatPath(path: readonly PropertyKey[]): string {
	return path
		.map((part, index) =>
			typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`
		)
		.join('');
}

function describeIssue(issue: z.core.$ZodIssue): string {
	const where = formatPath(issue.path) || 'the file';
	switch (issue.code) {
		case 'invalid_type':
			return `${where}: expected ${issue.expected}`;
		case 'invalid_value':
			return `${where}: expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
		case 'too_big':
			return `${where}: too long (at most ${String(issue.maximum)})`;
		case 'too_small':
			return `${where}: too short or empty`;
		case 'invalid_union':
			return `${where}: not a valid answer (expected a score 0-4, "dont-know" or "not-applicable" with a reason)`;
		default:
			return `${where}: ${issue.message}`;
	}
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

class ForbiddenKeyError extends Error {
	constructor(readonly key: string) {
		super(`Forbidden key ${key}`);
	}
}

/** Reads an untrusted file's text. Never throws; a failure says what is wrong and where. */
export function readWorkbookFile(text: string, byteSize = text.length): ReadResult {
	if (byteSize > MAX_FILE_BYTES) {
		return {
			ok: false,
			message: `The file is too large (${(byteSize / 1024 / 1024).toFixed(1)} MB). A workbook file is at most ${MAX_FILE_BYTES / 1024 / 1024} MB.`
		};
	}
	let data: unknown;
	try {
		data = JSON.parse(text, (key, value: unknown) => {
			// Keys that could reach object prototypes have no place in a workbook file.
			if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKeyError(key);
			return value;
		});
	} catch (error) {
		if (error instanceof ForbiddenKeyError) {
			return { ok: false, message: `The file contains a forbidden key "${error.key}".` };
		}
		const detail = error instanceof Error ? error.message : String(error);
		return { ok: false, message: `The file is not valid JSON (${detail}).` };
	}
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		return { ok: false, message: 'The file is not a workbook file: it holds no object.' };
	}
	let record = data as Record<string, unknown>;
	if (record.format !== FILE_FORMAT) {
		return {
			ok: false,
			message: 'The file is not a workbook file (its "format" is missing or different).'
		};
	}
	const version = record.version;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return { ok: false, message: 'The file has no valid "version".' };
	}
	if (version > FILE_VERSION) {
		return {
			ok: false,
			message: `The file was made by a newer version of the workbook (file version ${version}; this one reads up to ${FILE_VERSION}). Update the workbook and try again.`
		};
	}
	const upgradedFrom = version < FILE_VERSION ? version : undefined;
	for (let v = version; v < FILE_VERSION; v++) {
		const step = upgrades[v];
		if (!step) return { ok: false, message: `Files of version ${v} can no longer be read.` };
		record = step(record);
	}
	const parsed = WorkbookFile.safeParse(record);
	if (!parsed.success) {
		const issues = parsed.error.issues;
		const shown = issues.slice(0, 3).map(describeIssue).join('; ');
		const more = issues.length > 3 ? ` (and ${issues.length - 3} more problems)` : '';
		return { ok: false, message: `The file does not match the workbook format: ${shown}${more}.` };
	}
	for (const [index, bundle] of parsed.data.assessments.entries()) {
		const problems = bundleIntegrityProblems(bundle);
		if (problems.length > 0) {
			return { ok: false, message: `assessments[${index}]: ${problems[0]}` };
		}
	}
	if (parsed.data.assessments.length === 0) {
		return { ok: false, message: 'The file holds no assessments.' };
	}
	const ids = parsed.data.assessments.map((b) => b.assessment.id);
	if (new Set(ids).size !== ids.length) {
		return { ok: false, message: 'The file holds the same assessment twice.' };
	}
	const recordIds = parsed.data.assessments.flatMap((b) => [
		...b.responseSets.map((r) => r.id),
		...b.responses.map((r) => r.id),
		...b.plan.map((r) => r.id)
	]);
	if (new Set(recordIds).size !== recordIds.length) {
		return { ok: false, message: 'The file uses the same record id twice.' };
	}
	return upgradedFrom
		? { ok: true, file: parsed.data, upgradedFrom }
		: { ok: true, file: parsed.data };
}

/**
 * A copy of a bundle with fresh ids everywhere (links kept), so a file can be imported as a new
 * assessment next to the one it came from.
 */
export function withFreshIds(bundle: AssessmentBundle, newId: () => string): AssessmentBundle {
	const assessmentId = newId();
	const setIds = new Map(bundle.responseSets.map((s) => [s.id, newId()]));
	return {
		assessment: { ...bundle.assessment, id: assessmentId },
		responseSets: bundle.responseSets.map((s) => ({
			...s,
			id: setIds.get(s.id)!,
			assessmentId
		})),
		responses: bundle.responses.map((r) => ({
			...r,
			id: newId(),
			assessmentId,
			responseSetId: setIds.get(r.responseSetId)!
		})),
		plan: bundle.plan.map((a) => ({ ...a, id: newId(), assessmentId }))
	};
}
