/** Passages of the seed section "Strategies to Build Resiliency and Address STS". */
import type { SeedPassage } from '$lib/domain/framework';

const STRATEGIES = 'Strategies to Build Resiliency and Address STS';

export const buildingResiliency = [
	// Strategies to Build Resiliency and Address STS: the organizational list
	{
		id: 'org.clinical-supervision',
		kind: 'organizational-strategy',
		section: STRATEGIES,
		quote: 'Provide adequate clinical supervision, including reflective supervision'
	},
	{
		id: 'org.caseload-balance',
		kind: 'organizational-strategy',
		section: STRATEGIES,
		quote: 'Maintain trauma caseload balance'
	},
	{
		id: 'org.self-care-groups',
		kind: 'organizational-strategy',
		section: STRATEGIES,
		quote: 'Support workplace self-care groups'
	},
	{
		id: 'org.physical-safety',
		kind: 'organizational-strategy',
		section: STRATEGIES,
		quote: 'Enhance the physical safety of staff'
	},
	{
		id: 'org.flextime',
		kind: 'organizational-strategy',
		section: STRATEGIES,
		quote: 'Offer flextime scheduling'
	},
	{
		id: 'org.sts-in-ebp-training',
		kind: 'organizational-strategy',
		section: STRATEGIES,
		quote: 'Incorporate STS training into EBP training for clinical staff'
	},
	{
		id: 'org.external-partnerships',
		kind: 'organizational-strategy',
		section: STRATEGIES,
		quote: 'Create external partnerships with STS intervention providers'
	},
	{
		id: 'org.train-leaders-staff',
		kind: 'organizational-strategy',
		section: STRATEGIES,
		quote: 'Train organizational leaders and non-clinical staff on STS'
	},
	{
		id: 'org.train-leaders-implementation',
		kind: 'organizational-strategy',
		section: STRATEGIES,
		quote: 'Train organizational leaders on organizational implementation and assessment'
	},
	{
		id: 'org.ongoing-assessment',
		kind: 'organizational-strategy',
		section: STRATEGIES,
		quote: 'Provide ongoing assessment of staff risk and resiliency'
	},

	// Strategies to Build Resiliency and Address STS: the individual list
	{
		id: 'ind.supervision',
		kind: 'individual-strategy',
		section: STRATEGIES,
		quote: 'Use supervision to address STS'
	},
	{
		id: 'ind.self-awareness',
		kind: 'individual-strategy',
		section: STRATEGIES,
		quote: 'Increase self-awareness of STS'
	},
	{
		id: 'ind.work-life-balance',
		kind: 'individual-strategy',
		section: STRATEGIES,
		quote: 'Maintain healthy work-life balance'
	},
	{
		id: 'ind.exercise-nutrition',
		kind: 'individual-strategy',
		section: STRATEGIES,
		quote: 'Exercise and good nutrition'
	},
	{
		id: 'ind.self-care',
		kind: 'individual-strategy',
		section: STRATEGIES,
		quote: 'Practice self-care'
	},
	{
		id: 'ind.stay-connected',
		kind: 'individual-strategy',
		section: STRATEGIES,
		quote: 'Stay connected'
	},
	{
		id: 'ind.wellness-plans',
		kind: 'individual-strategy',
		section: STRATEGIES,
		quote: 'Develop and implement plans to increase personal wellness and resilience'
	},
	{
		id: 'ind.continuing-training',
		kind: 'individual-strategy',
		section: STRATEGIES,
		quote: 'Continue individual training on risk reduction and self-care'
	},
	{
		id: 'ind.eap-counseling',
		kind: 'individual-strategy',
		section: STRATEGIES,
		quote: 'Use Employee Assistance Programs or counseling services as needed'
	},
	{
		id: 'ind.buddy-system',
		kind: 'individual-strategy',
		section: STRATEGIES,
		quote: 'Participate in a self-care accountability buddy system'
	}
] satisfies SeedPassage[];
