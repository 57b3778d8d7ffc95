/**
 * Verbatim passages of the seed text (`seed-nctsn-sts.txt`, the public NCTSN page on secondary
 * traumatic stress). Every element, item, risk factor and action links to at least one of these so
 * the app can show where it comes from. Only the `quote` fields are the seed's words; they must stay
 * exact substrings of the seed (content.test.ts checks this).
 */
import type { SeedPassage } from '$lib/domain/framework';

const RISK = 'Understanding Who is at Risk';
const PREVENTION_AND_INTERVENTION = 'Strategies for Prevention and Intervention';
const STRATEGIES = 'Strategies to Build Resiliency and Address STS';
const ELEMENTS = 'Worker Resiliency in Trauma-Informed Systems: Essential Elements';

export const passages = [
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
	},

	// Strategies for Prevention and Intervention: the approach and the triad
	{
		id: 'approach.multidimensional',
		kind: 'context',
		section: PREVENTION_AND_INTERVENTION,
		quote:
			'A multidimensional approach to prevention and intervention—involving the individual, supervisors, and organizational policy—will yield the most positive outcomes for those affected by secondary traumatic stress.'
	},
	{
		id: 'triad',
		kind: 'triad',
		section: PREVENTION_AND_INTERVENTION,
		quote:
			'The most important strategy for preventing the development of secondary traumatic stress is the triad of psychoeducation, skills training, and supervision.'
	},
	{
		id: 'prev.knowledge-awareness',
		kind: 'prevention',
		section: PREVENTION_AND_INTERVENTION,
		quote:
			'As workers gain knowledge and awareness of the hazards of indirect trauma exposure, they become empowered to explore and utilize prevention strategies to both reduce their risk and increase their resiliency to secondary stress.'
	},

	// Preventive strategies
	{
		id: 'prev.self-report',
		kind: 'prevention',
		section: PREVENTION_AND_INTERVENTION,
		quote: 'Preventive strategies may include self-report assessments'
	},
	{
		id: 'prev.self-care-groups',
		kind: 'prevention',
		section: PREVENTION_AND_INTERVENTION,
		quote: 'participation in self-care groups in the workplace'
	},
	{
		id: 'prev.caseload-balancing',
		kind: 'prevention',
		section: PREVENTION_AND_INTERVENTION,
		quote: 'caseload balancing'
	},
	{
		id: 'prev.flextime',
		kind: 'prevention',
		section: PREVENTION_AND_INTERVENTION,
		quote: 'use of flextime scheduling'
	},
	{
		id: 'prev.buddy-system',
		kind: 'prevention',
		section: PREVENTION_AND_INTERVENTION,
		quote: 'use of the self-care accountability buddy system'
	},
	{
		id: 'prev.rest-nutrition-exercise',
		kind: 'prevention',
		section: PREVENTION_AND_INTERVENTION,
		quote:
			'Proper rest, nutrition, exercise, and stress reduction activities are also important in preventing secondary traumatic stress.'
	},

	// Intervention strategies
	{
		id: 'int.cbt-mindfulness',
		kind: 'intervention',
		section: PREVENTION_AND_INTERVENTION,
		quote:
			'cognitive-behavioral strategies and mindfulness-based methods are emerging as best practices'
	},
	{
		id: 'int.reduce-impact',
		kind: 'intervention',
		section: PREVENTION_AND_INTERVENTION,
		quote:
			'caseload management, training, reflective supervision, and peer supervision or external group processing have been shown to reduce the impact of secondary traumatic stress'
	},
	{
		id: 'int.referrals',
		kind: 'intervention',
		section: PREVENTION_AND_INTERVENTION,
		quote:
			'Many organizations make referrals for formal intervention from outside providers such as individual therapists or Employee Assistance Programs.'
	},
	{
		id: 'int.external-group-supervision',
		kind: 'intervention',
		section: PREVENTION_AND_INTERVENTION,
		quote:
			'External group supervision services may be especially important in cases of disasters or community violence where a large number of staff have been affected.'
	},

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
	},

	// Worker Resiliency in Trauma-Informed Systems: Essential Elements
	{
		id: 'policy.risk-management',
		kind: 'context',
		section: ELEMENTS,
		quote:
			'Both preventive and interventional strategies for secondary traumatic stress should be implemented as part of an organizational risk-management policy or task force that recognizes the scope and consequences of the condition.'
	},
	{
		id: 'element.recognize-impact',
		kind: 'essential-element',
		section: ELEMENTS,
		quote: 'Recognize the impact of secondary trauma on the workforce'
	},
	{
		id: 'element.risk-of-the-job',
		kind: 'essential-element',
		section: ELEMENTS,
		quote:
			'Recognize that exposure to trauma is a risk of the job of serving traumatized children and families'
	},
	{
		id: 'element.organizational-culture',
		kind: 'essential-element',
		section: ELEMENTS,
		quote:
			'Understand that trauma can shape the culture of organizations in the same way that trauma shapes the world view of individuals'
	},
	{
		id: 'element.protect-client-care',
		kind: 'essential-element',
		section: ELEMENTS,
		quote:
			'Understand that a traumatized organization is less likely to effectively identify its clients’ past trauma or mitigate or prevent future trauma'
	},
	{
		id: 'element.knowledge-into-action',
		kind: 'essential-element',
		section: ELEMENTS,
		quote:
			'Develop the capacity to translate trauma-related knowledge into meaningful action, policy, and improvements in practices'
	},
	{
		id: 'element.integrate-sts',
		kind: 'essential-element',
		section: ELEMENTS,
		quote:
			'Be integrated into direct services, programs, policies, and procedures, staff development and training, and other activities directed at secondary traumatic stress'
	}
] satisfies SeedPassage[];
