/**
 * Verbatim passages of the seed text (`seed-nctsn-sts.txt`, the public NCTSN page on secondary
 * traumatic stress). Every element, item, risk factor and action links to at least one of these so
 * the app can show where it comes from. Only the `quote` fields are the seed's words; they must stay
 * exact substrings of the seed (content.test.ts checks this).
 */
import type { SeedPassage } from '$lib/domain/framework';
import { whoIsAtRisk } from './passages/who-is-at-risk';
import { preventionAndIntervention } from './passages/prevention-and-intervention';
import { buildingResiliency } from './passages/building-resiliency';
import { essentialElements } from './passages/essential-elements';

export const passages: SeedPassage[] = [
	...whoIsAtRisk,
	...preventionAndIntervention,
	...buildingResiliency,
	...essentialElements
];
