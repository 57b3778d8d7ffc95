/**
 * Turns schema issues into plain sentences shown next to the field they concern.
 * Our own refinements already carry a plain message; generic ones are worded here.
 */
import type { z } from 'zod/mini';

type Issue = z.core.$ZodIssue;

export function plainMessage(issue: Issue, label: string): string {
	switch (issue.code) {
		case 'too_small':
			return issue.minimum === 1 ? `${label} is required.` : `${label} is too short.`;
		case 'too_big':
			return `${label} is too long: at most ${String(issue.maximum)} characters.`;
		case 'invalid_value':
			return `${label}: choose one from the list.`;
		case 'invalid_type':
			return `${label} is missing or not valid.`;
		case 'invalid_format':
		case 'custom':
			// Our schemas give every format check and refinement its own plain message.
			return issue.message;
		default:
			return `${label} is not valid.`;
	}
}

/** Field name -> first problem with it, ready to show beside the field. */
export function fieldErrors(
	issues: readonly Issue[],
	labels: Readonly<Record<string, string>>
): Record<string, string> {
	const errors: Record<string, string> = {};
	for (const issue of issues) {
		const field = issue.path.map(String).join('.');
		if (field in errors) continue;
		errors[field] = plainMessage(issue, labels[field] ?? 'This field');
	}
	return errors;
}
