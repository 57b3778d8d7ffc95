/**
 * The practice items the task force scores, grouped by the six essential elements. Statements,
 * guidance and evidence examples are our own plain words; `passageIds` point to the seed.
 *
 * Impact: 3 for the seed's most important prevention triad (psychoeducation, skills training,
 * supervision), 2 for core organizational supports, 1 for the rest.
 */
import type { Item } from '$lib/domain/framework';
import { recognizeImpactItems } from './items/recognize-impact';
import { riskOfTheJobItems } from './items/risk-of-the-job';
import { organizationalCultureItems } from './items/organizational-culture';
import { protectClientCareItems } from './items/protect-client-care';
import { knowledgeIntoActionItems } from './items/knowledge-into-action';
import { integrateStsItems } from './items/integrate-sts';

/** Every item, element by element, in walk order. */
export const items: Item[] = [
	...recognizeImpactItems,
	...riskOfTheJobItems,
	...organizationalCultureItems,
	...protectClientCareItems,
	...knowledgeIntoActionItems,
	...integrateStsItems
];
