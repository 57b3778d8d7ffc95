/** Actions on help from outside, critical incidents, and leadership, policy and integration. */
import type { ActionTemplate } from '$lib/domain/framework';

export const outsideHelpAndPolicy = [
	// Help from outside
	{
		id: 'action.eap-awareness',
		title: 'Make EAP and counseling easy to find',
		description:
			'Remind staff often how to reach the Employee Assistance Program or counseling services, and that it is private. Put the contact details where people will see them.',
		level: 'organization',
		type: 'intervention',
		effort: 'low',
		typicalHorizon: 'now',
		successMeasure:
			'EAP and counseling contacts are shared with all staff every quarter, and 90% say in a quick poll they know how to reach them.',
		passageIds: ['ind.eap-counseling', 'int.referrals']
	},
	{
		id: 'action.referral-pathway',
		title: 'Set up a referral pathway to outside help',
		description:
			'Build a short list of outside therapists and services who understand STS, and a simple way to refer staff to them. Make sure staff can use it without going through their manager.',
		level: 'organization',
		type: 'intervention',
		effort: 'medium',
		typicalHorizon: 'next',
		successMeasure:
			'A written referral pathway with at least three outside providers is in place and shared with all staff within 6 months.',
		passageIds: ['int.referrals', 'ind.eap-counseling']
	},
	{
		id: 'action.eap-for-supervisors',
		title: 'Help supervisors suggest support early',
		description:
			'Give supervisors a short guide on how to notice strain and kindly suggest the EAP or counseling. Early, caring offers of help make it more likely people will use it.',
		level: 'supervisor',
		type: 'intervention',
		effort: 'low',
		typicalHorizon: 'now',
		successMeasure:
			'Every supervisor receives the guide within 2 months and can name how to refer a staff member to support.',
		passageIds: ['int.referrals', 'ind.eap-counseling']
	},
	{
		id: 'action.partner-sts-providers',
		title: 'Partner with STS intervention providers',
		description:
			'Find outside providers who specialize in STS and set up an agreement before you need it. Staff can then get help quickly, without waiting for a contract.',
		level: 'organization',
		type: 'intervention',
		effort: 'medium',
		typicalHorizon: 'next',
		successMeasure:
			'At least one signed agreement with an STS intervention provider is in place within 6 months.',
		passageIds: ['org.external-partnerships']
	},

	// Critical incidents
	{
		id: 'action.critical-incident-plan',
		title: 'Plan for disasters and community violence',
		description:
			'Write down what the organization will do for staff when a disaster or act of community violence affects many of them at once. Name who leads, who is called and how work is covered.',
		level: 'organization',
		type: 'intervention',
		effort: 'medium',
		typicalHorizon: 'next',
		successMeasure:
			'A written staff-support plan for critical incidents is approved and practised once within 9 months.',
		passageIds: ['int.external-group-supervision']
	},
	{
		id: 'action.external-group-agreement',
		title: 'Arrange external group supervision for major events',
		description:
			'Agree in advance with an outside provider to offer group supervision after an event that affects many staff. Having it ready means help can start within days.',
		level: 'organization',
		type: 'intervention',
		effort: 'medium',
		typicalHorizon: 'next',
		successMeasure:
			'An agreement for external group supervision is in place within 6 months, with a named contact and a response time.',
		passageIds: ['int.external-group-supervision', 'int.reduce-impact']
	},
	{
		id: 'action.post-incident-check-in',
		title: 'Check in with staff after a critical incident',
		description:
			'After a hard event, supervisors reach out to each affected staff member within a few days. They listen, offer options for support and follow up a few weeks later.',
		level: 'supervisor',
		type: 'intervention',
		effort: 'low',
		typicalHorizon: 'now',
		successMeasure:
			'After each critical incident, 100% of affected staff are contacted within 3 working days and again within 4 weeks.',
		passageIds: ['int.external-group-supervision']
	},

	// Leadership, policy and integration
	{
		id: 'action.sts-task-force',
		title: 'Form a standing STS task force',
		description:
			'Bring together a small group of leaders, supervisors and front-line staff to own this plan. Meet on a regular schedule and report progress to leadership.',
		level: 'organization',
		type: 'prevention',
		effort: 'low',
		typicalHorizon: 'now',
		successMeasure:
			'The task force has a named lead and meets at least every two months, with notes kept, for 12 months.',
		passageIds: ['policy.risk-management', 'approach.multidimensional']
	},
	{
		id: 'action.sts-policy',
		title: 'Adopt an STS risk-management policy',
		description:
			'Write a policy that covers how the organization prevents STS and how it responds when staff are affected. Include what individuals, supervisors and the organization each do.',
		level: 'organization',
		type: 'prevention',
		effort: 'high',
		typicalHorizon: 'later',
		successMeasure:
			'An STS policy is approved by leadership within 12 months and reviewed at least yearly after that.',
		passageIds: ['policy.risk-management', 'approach.multidimensional']
	},
	{
		id: 'action.leader-implementation-training',
		title: 'Train leaders to put STS practices in place',
		description:
			'Help leaders learn how to bring in STS practices and how to check whether they work. This turns good intentions into lasting change.',
		level: 'organization',
		type: 'prevention',
		effort: 'high',
		typicalHorizon: 'later',
		successMeasure:
			'All senior leaders complete training on implementation and assessment within 12 months.',
		passageIds: ['org.train-leaders-implementation', 'element.knowledge-into-action']
	},
	{
		id: 'action.integrate-sts-policies',
		title: 'Build STS into policies and procedures',
		description:
			'When a policy, procedure or program is reviewed, ask how it affects staff exposure to trauma and their support. Over time, care for staff becomes part of how everything is done.',
		level: 'organization',
		type: 'prevention',
		effort: 'high',
		typicalHorizon: 'later',
		successMeasure:
			'The policy review checklist includes an STS question, and every policy reviewed in the next 12 months has it answered.',
		passageIds: ['element.integrate-sts']
	}
] satisfies ActionTemplate[];
