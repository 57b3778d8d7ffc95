/**
 * Version 2 items of the element "knowledge-into-action" (see ../../elements.ts), in walk order:
 * the policy, the task force that owns the work, outside help and the plan for major events.
 * Leader training on implementation and assessment moved to "integrate-sts" in version 2.
 */
import type { ItemDraft } from '../draft-types';

export const knowledgeIntoActionItemsV2 = [
	{
		id: 'item2.sts-policy',
		elementId: 'knowledge-into-action',
		statement: 'Our leaders have approved a written policy on managing the risk of STS.',
		scaleGuidance: [
			'There is no written policy on STS yet.',
			'A policy is planned or in draft, but not yet approved.',
			'A policy is approved, but only some teams know it or use it.',
			'The policy says how we prevent STS and how we respond, and all teams use it.',
			'The policy is part of how we work, and leaders check and update it.'
		],
		evidenceExamples: [
			'The approved STS policy',
			'Leadership or board minutes that approve it',
			'The date of the last policy review'
		],
		passageIds: [
			'policy.risk-management',
			'approach.multidimensional',
			'element.knowledge-into-action'
		],
		impact: 2,
		impactReason:
			'the source says prevention and response to STS belong in a risk-management policy or task force',
		riskFactorIds: ['turnover'],
		actionIds: ['action.sts-policy'],
		replaces: ['item.risk-management-policy']
	},
	{
		id: 'item2.sts-task-force',
		elementId: 'knowledge-into-action',
		statement: 'A task force guides our work on STS.',
		scaleGuidance: [
			'No group or person is in charge of our STS work yet.',
			'A group is planned, or it meets only when a problem comes up.',
			'A group meets, but it has no named lead or clear plan.',
			'The task force has a named lead, written goals and a set time to meet.',
			'The task force reports to leaders and reviews its own work.'
		],
		evidenceExamples: [
			'Task force terms of reference that name the lead',
			'Member list with front-line staff, supervisors and leaders',
			'Task force meeting notes'
		],
		passageIds: [
			'policy.risk-management',
			'approach.multidimensional',
			'element.knowledge-into-action'
		],
		impact: 2,
		impactReason: 'a task force with a named lead turns what we know about STS into action',
		riskFactorIds: ['turnover'],
		actionIds: ['action.sts-task-force'],
		replaces: ['item.risk-management-policy']
	},
	{
		id: 'item2.outside-sts-providers',
		elementId: 'knowledge-into-action',
		statement: 'We have agreements with outside providers who help staff with STS.',
		scaleGuidance: [
			'We have no outside partners for STS support yet.',
			'We have informal contacts, but no agreement.',
			'An agreement is in place, but only some teams know how to use it.',
			'Written agreements are in place, and all staff are told how to reach them.',
			'We review the agreements, and staff can reach help without going through a manager.'
		],
		evidenceExamples: [
			'Signed agreement with an STS provider',
			'Provider contact list shared with staff',
			'Notes from a review of the partnership'
		],
		passageIds: ['org.external-partnerships', 'int.referrals'],
		impact: 2,
		impactReason:
			'outside STS providers give staff a route to formal help, though the source says evidence on STS interventions is still limited',
		riskFactorIds: ['critical-incidents', 'heavy-caseloads'],
		actionIds: ['action.partner-sts-providers', 'action.referral-pathway'],
		replaces: ['item.external-partnerships']
	},
	{
		id: 'item2.staff-reach-eap',
		elementId: 'knowledge-into-action',
		statement: 'Staff know how to reach the EAP or counseling in private.',
		scaleGuidance: [
			'Staff are not told about the EAP or counseling yet.',
			'Contacts were shared once, or only when someone asked.',
			'Contacts are easy to find in some teams but not in others.',
			'Contacts and a written route to outside help are shared with all staff.',
			'Contacts are shared often, and a pooled, anonymous poll shows staff know them.'
		],
		evidenceExamples: [
			'EAP or counseling notice in staff areas',
			'Written route to outside help (a referral pathway)',
			'Pooled, anonymous staff poll on how to reach help'
		],
		passageIds: ['ind.eap-counseling', 'int.referrals'],
		impact: 2,
		impactReason: 'a private route to outside help is a core organizational support',
		riskFactorIds: ['heavy-caseloads', 'critical-incidents', 'turnover'],
		actionIds: ['action.eap-awareness', 'action.referral-pathway'],
		replaces: ['item.eap-referral'],
		suggested:
			'The poll is our suggestion. Keep it anonymous, and report it only for groups of five or more.'
	},
	{
		id: 'item2.supervisors-suggest-eap',
		elementId: 'knowledge-into-action',
		statement: 'Supervisors know how to suggest the EAP or counseling in a caring way.',
		scaleGuidance: [
			'Supervisors have no guidance on suggesting outside help yet.',
			'Some supervisors suggest help, but it depends on the person.',
			'Supervisors in some teams have a guide or training on it.',
			'All supervisors of staff who hear trauma stories have a written guide.',
			'Supervisor training covers it, and the guide is reviewed with their input.'
		],
		evidenceExamples: [
			'Supervisor guide on suggesting support',
			'Supervisor training agenda with a part on outside help',
			'Written note that the choice to use help stays with staff'
		],
		passageIds: ['int.referrals', 'ind.eap-counseling'],
		impact: 2,
		impactReason: 'a caring suggestion from a supervisor opens a route to outside help',
		riskFactorIds: ['heavy-caseloads', 'critical-incidents', 'turnover'],
		actionIds: ['action.eap-for-supervisors', 'action.referral-pathway'],
		replaces: ['item.eap-referral']
	},
	{
		id: 'item2.major-event-plan',
		elementId: 'knowledge-into-action',
		statement:
			'Our plan for disasters and violence in the community brings in outside group help for staff.',
		scaleGuidance: [
			'We have no plan to support staff after a major event yet.',
			'Leaders would look for outside help, but nothing is written down.',
			'A plan exists, but it does not yet name outside group supervision.',
			'The written plan names who leads and who runs outside group supervision.',
			'The plan is practiced, and we review it after each major event.'
		],
		evidenceExamples: [
			'Staff support plan for major events',
			'Agreement with an outside provider for group supervision',
			'Notes from a practice run or an after-event review'
		],
		passageIds: ['int.external-group-supervision', 'int.reduce-impact'],
		impact: 2,
		impactReason:
			'the source says outside group supervision may be especially important when many staff are affected',
		riskFactorIds: ['critical-incidents'],
		actionIds: [
			'action.critical-incident-plan',
			'action.external-group-agreement',
			'action.post-incident-check-in'
		],
		replaces: ['item.critical-incident-plan']
	}
] satisfies ItemDraft[];
