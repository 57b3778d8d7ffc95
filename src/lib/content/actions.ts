/**
 * The action library: practical steps a task force can put in its plan. Together they cover every
 * strategy in the seed's two bulleted lists and its prevention and intervention paragraphs
 * (coverage.test.ts proves it). Levels follow the seed's multidimensional approach: the individual,
 * supervisors and organizational policy. Individual actions are things staff do that the
 * organization makes easy.
 */
import type { ActionTemplate } from '$lib/domain/framework';
import { supervisionAndLearning } from './actions/supervision-and-learning';
import { cultureAndCare } from './actions/culture-and-care';
import { outsideHelpAndPolicy } from './actions/outside-help-and-policy';

export const actions: ActionTemplate[] = [
	...supervisionAndLearning,
	...cultureAndCare,
	...outsideHelpAndPolicy
];
