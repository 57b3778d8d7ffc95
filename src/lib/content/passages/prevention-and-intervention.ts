/** Passages of the seed section "Strategies for Prevention and Intervention". */
import type { SeedPassage } from '$lib/domain/framework';

const PREVENTION_AND_INTERVENTION = 'Strategies for Prevention and Intervention';

export const preventionAndIntervention = [
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
	}
] satisfies SeedPassage[];
