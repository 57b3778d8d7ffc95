/** Practice items of the element "risk-of-the-job" (see ../elements.ts), in walk order. */
import type { Item } from '$lib/domain/framework';
import { TRIAD } from './impact';

export const riskOfTheJobItems = [
	{
		id: 'item.psychoeducation',
		elementId: 'risk-of-the-job',
		statement:
			'Everyone who hears trauma stories in their work gets basic STS education when they start, and a refresher at least once a year.',
		guidance: {
			low: 'There is no STS education, or it depends on each person finding it.',
			middle: 'STS education is offered, but not to all roles, or only once.',
			full: 'All staff who hear trauma stories get STS education at the start and yearly, tracked on a roster.'
		},
		evidenceExamples: [
			'Training roster for STS basics',
			'Orientation agenda that covers STS',
			'Handouts or slides used in the session'
		],
		passageIds: [
			'triad',
			'prev.knowledge-awareness',
			'risk.hearing-trauma',
			'element.risk-of-the-job'
		],
		impact: 3,
		impactReason: `psychoeducation ${TRIAD}`,
		riskFactorIds: ['inadequate-training', 'new-to-field'],
		actionIds: ['action.sts-psychoeducation', 'action.orientation-sts']
	},
	{
		id: 'item.caseload-balance',
		elementId: 'risk-of-the-job',
		statement:
			'Supervisors review trauma caseloads at least monthly and rebalance them so no one carries an unusually heavy share.',
		guidance: {
			low: 'Cases are assigned by who is free, without looking at trauma load.',
			middle: 'Caseloads are balanced in some teams, or only when someone raises a problem.',
			full: 'Every team reviews trauma caseloads monthly against a written guideline, and overload is fixed quickly.'
		},
		evidenceExamples: [
			'Monthly caseload review table',
			'Written caseload guideline',
			'Supervision notes showing changes in assignments'
		],
		passageIds: ['org.caseload-balance', 'prev.caseload-balancing', 'int.reduce-impact'],
		impact: 2,
		impactReason: 'trauma caseload balance is a core organizational support',
		riskFactorIds: ['heavy-caseloads', 'turnover'],
		actionIds: ['action.caseload-review', 'action.caseload-guideline', 'action.caseload-relief']
	},
	{
		id: 'item.physical-safety',
		elementId: 'risk-of-the-job',
		statement:
			'Staff safety is planned for: offices are safe, there is a protocol for home and field visits, and staff have a quick way to call for help.',
		guidance: {
			low: 'Safety is left to each person, with no shared plan.',
			middle: 'Some sites or teams have safety plans, or plans exist but are not used.',
			full: 'Every site and field role has a safety plan that staff know and use, and it is reviewed after any incident.'
		},
		evidenceExamples: [
			'Home and field visit safety protocol',
			'Site safety walk-through report',
			'Incident log with follow-up actions'
		],
		passageIds: ['org.physical-safety'],
		impact: 2,
		impactReason: 'physical safety of staff is a core organizational support',
		riskFactorIds: ['isolation', 'critical-incidents'],
		actionIds: ['action.safety-review']
	},
	{
		id: 'item.new-staff-assignments',
		elementId: 'risk-of-the-job',
		statement:
			'Case assignments take experience into account: staff new to the field build up trauma cases step by step, with extra support.',
		guidance: {
			low: 'New staff get a full trauma caseload from the start.',
			middle: 'Some supervisors ease new staff in, but there is no shared practice.',
			full: 'Every new hire has a written ramp-up plan and more frequent supervision in the first months.'
		},
		evidenceExamples: [
			'New staff ramp-up plans',
			'Supervision schedule for new hires',
			'Caseload records for staff in their first year'
		],
		passageIds: ['risk.protective-factors', 'org.caseload-balance'],
		impact: 1,
		impactReason: 'experience helps protect against STS',
		riskFactorIds: ['new-to-field', 'heavy-caseloads'],
		actionIds: ['action.new-staff-caseloads']
	}
] satisfies Item[];
