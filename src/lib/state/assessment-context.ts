/** Shares one live AssessmentState between the pages of an assessment. */
import { getContext, setContext } from 'svelte';
import type { AssessmentState } from './assessment.svelte';

const KEY = Symbol('assessment');

export function provideAssessment(read: () => AssessmentState): void {
	setContext(KEY, read);
}

export function useAssessment(): () => AssessmentState {
	const read = getContext<(() => AssessmentState) | undefined>(KEY);
	if (!read) throw new Error('useAssessment() must be called inside an assessment page.');
	return read;
}
