/** Passages of the seed section "Understanding Who is at Risk". */
import type { SeedPassage } from '$lib/domain/framework';

const RISK = 'Understanding Who is at Risk';

export const whoIsAtRisk = [
	// Understanding Who is at Risk
	{
		id: 'risk.occupational-hazard',
		kind: 'risk',
		section: RISK,
		quote:
			'The development of secondary traumatic stress is recognized as a common occupational hazard for professionals working with traumatized children.'
	},
	{
		id: 'risk.hearing-trauma',
		kind: 'risk',
		section: RISK,
		quote:
			'Any professional who works directly with traumatized children, and is in a position to hear the recounting of traumatic experiences, is at risk for secondary traumatic stress.'
	},
	{
		id: 'risk.heavy-caseload',
		kind: 'risk',
		section: RISK,
		quote:
			'Risk is also higher for professionals who carry a heavy caseload of traumatized children'
	},
	{
		id: 'risk.isolation',
		kind: 'risk',
		section: RISK,
		quote: 'are socially or organizationally isolated'
	},
	{
		id: 'risk.inadequate-training',
		kind: 'risk',
		section: RISK,
		quote: 'feel professionally compromised due to inadequate training'
	},
	{
		id: 'risk.protective-factors',
		kind: 'risk',
		section: RISK,
		quote:
			'Protecting against the development of secondary traumatic stress includes factors such as longer duration of professional experience and the use of evidence-based practices in the course of providing care.'
	},
	{
		id: 'risk.client-care',
		kind: 'risk',
		section: RISK,
		quote:
			'Clearly, client care can be compromised if the therapist is emotionally depleted or cognitively affected by secondary trauma.'
	},
	{
		id: 'risk.leaving-the-field',
		kind: 'risk',
		section: RISK,
		quote:
			'Some traumatized professionals, believing they can no longer be of service to their clients, end up leaving their jobs or the serving field altogether. Several studies have shown that the development of secondary traumatic stress often predicts that the helping professional will eventually leave the field for another type of work.'
	}
] satisfies SeedPassage[];
