/** Practice items of the element "knowledge-into-action" (see ../elements.ts), in walk order. */
import type { Item } from '$lib/domain/framework';

export const knowledgeIntoActionItems = [
	{
		id: 'item.risk-management-policy',
		elementId: 'knowledge-into-action',
		statement:
			'A written STS risk-management policy or a standing task force covers both prevention and intervention, with a named lead.',
		guidance: {
			low: 'STS is not covered by any policy or group.',
			middle: 'A task force or draft policy exists, but meets or is used only now and then.',
			full: 'An approved policy and a standing task force cover individual, supervisor and organization roles, and are reviewed yearly.'
		},
		evidenceExamples: [
			'Approved STS policy',
			'Task force terms of reference and member list',
			'Task force meeting notes'
		],
		passageIds: [
			'policy.risk-management',
			'approach.multidimensional',
			'element.knowledge-into-action'
		],
		impact: 2,
		impactReason: 'a risk-management policy or task force is a core organizational support',
		riskFactorIds: ['turnover'],
		actionIds: ['action.sts-task-force', 'action.sts-policy']
	},
	{
		id: 'item.leaders-implementation',
		elementId: 'knowledge-into-action',
		statement:
			'Leaders have training on how to put STS practices in place and how to check whether they work.',
		guidance: {
			low: 'Leaders have had no training on putting STS practices in place.',
			middle: 'Some leaders have had this training, or it was informal.',
			full: 'All senior leaders are trained and use what they learned to plan, track and review STS work.'
		},
		evidenceExamples: [
			'Leadership training records',
			'STS implementation plan with measures',
			'Progress reports to the board'
		],
		passageIds: ['org.train-leaders-implementation', 'element.knowledge-into-action'],
		impact: 2,
		impactReason:
			'leaders trained in implementation and assessment are a core organizational support',
		riskFactorIds: ['inadequate-training'],
		actionIds: ['action.leader-implementation-training']
	},
	{
		id: 'item.external-partnerships',
		elementId: 'knowledge-into-action',
		statement:
			'The organization has agreements with outside STS intervention providers that staff can reach quickly.',
		guidance: {
			low: 'There are no outside partners for STS support.',
			middle: 'Informal contacts exist, but no agreement is in place.',
			full: 'Signed agreements with STS providers are in place, staff know how to use them, and they are reviewed yearly.'
		},
		evidenceExamples: [
			'Signed partnership agreement',
			'Provider contact list',
			'Notes from a yearly partner review'
		],
		passageIds: ['org.external-partnerships'],
		impact: 2,
		impactReason: 'external partnerships with STS providers are a core organizational support',
		riskFactorIds: ['critical-incidents', 'heavy-caseloads'],
		actionIds: ['action.partner-sts-providers']
	},
	{
		id: 'item.eap-referral',
		elementId: 'knowledge-into-action',
		statement:
			'Staff know how to reach the EAP or counseling privately, and supervisors know how to suggest it kindly.',
		guidance: {
			low: 'Few staff know about the EAP or counseling, or worry it is not private.',
			middle:
				'Information exists but is hard to find, or supervisors are unsure how to suggest help.',
			full: 'Contacts are shared often, a referral pathway to outside help is written down, and supervisors are guided on suggesting it.'
		},
		evidenceExamples: [
			'EAP or counseling contact notice',
			'Written referral pathway',
			'Supervisor guide on suggesting support'
		],
		passageIds: ['ind.eap-counseling', 'int.referrals'],
		impact: 2,
		impactReason: 'a clear route to outside help is a core organizational support',
		riskFactorIds: ['heavy-caseloads', 'critical-incidents', 'turnover'],
		actionIds: ['action.eap-awareness', 'action.referral-pathway', 'action.eap-for-supervisors']
	},
	{
		id: 'item.critical-incident-plan',
		elementId: 'knowledge-into-action',
		statement:
			'There is a plan for disasters and community violence that includes external group supervision when many staff are affected.',
		guidance: {
			low: 'There is no plan for supporting staff after a major event.',
			middle: 'A plan exists for client services, but not for staff support.',
			full: 'A staff-support plan names who leads, includes external group supervision, is practised, and was used well after any recent event.'
		},
		evidenceExamples: [
			'Critical incident staff-support plan',
			'Agreement for external group supervision',
			'Notes from a practice run or after-event review'
		],
		passageIds: ['int.external-group-supervision'],
		impact: 2,
		impactReason: 'support after events that affect many staff is a core organizational support',
		riskFactorIds: ['critical-incidents'],
		actionIds: [
			'action.critical-incident-plan',
			'action.external-group-agreement',
			'action.post-incident-check-in'
		]
	}
] satisfies Item[];
