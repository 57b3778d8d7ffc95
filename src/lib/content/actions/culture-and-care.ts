/** Actions on connection and culture, time and rest, checking in, safety and evidence-based practice. */
import type { ActionTemplate } from '$lib/domain/framework';

export const cultureAndCare = [
	// Connection and culture
	{
		id: 'action.self-care-group',
		title: 'Start a workplace self-care group',
		description:
			'Support a regular self-care group that meets on paid time and is open to all staff. Let staff shape what the group does so it feels like theirs.',
		level: 'organization',
		type: 'prevention',
		effort: 'low',
		typicalHorizon: 'now',
		successMeasure:
			'A self-care group meets at least twice a month on paid time for 6 months, with attendance recorded.',
		passageIds: ['org.self-care-groups', 'prev.self-care-groups']
	},
	{
		id: 'action.buddy-system',
		title: 'Start a self-care buddy system',
		description:
			'Invite staff to pair up with a buddy who checks in on their self-care goals. Joining is voluntary, and pairs can change at any time.',
		level: 'individual',
		type: 'prevention',
		effort: 'low',
		typicalHorizon: 'now',
		successMeasure:
			'Every staff member is invited to join within 2 months, and 50% of those who join still meet their buddy after 3 months.',
		passageIds: ['ind.buddy-system', 'prev.buddy-system']
	},
	{
		id: 'action.peer-check-ins',
		title: 'Hold regular peer check-ins',
		description:
			'Set aside time for team members to check in with each other about how they are doing, not just about cases. Short and regular beats long and rare.',
		level: 'supervisor',
		type: 'prevention',
		effort: 'low',
		typicalHorizon: 'now',
		successMeasure: 'Every team holds a peer check-in at least every two weeks for 3 months.',
		passageIds: ['ind.stay-connected', 'risk.isolation']
	},
	{
		id: 'action.connect-solo-workers',
		title: 'Connect staff who work alone',
		description:
			'Make sure staff who work remotely, in the field or at one-person sites have planned contact with colleagues. Include them in team meetings and check-ins in a way that works for their schedule.',
		level: 'organization',
		type: 'prevention',
		effort: 'medium',
		typicalHorizon: 'next',
		successMeasure:
			'Every staff member who works mostly alone has planned contact with their team at least weekly, checked after 3 months.',
		passageIds: ['risk.isolation', 'ind.stay-connected']
	},

	// Time, rest and self-care
	{
		id: 'action.flextime',
		title: 'Offer flextime scheduling',
		description:
			'Let staff adjust when they start and finish, within clear limits, so they can recover and meet life outside work. Write the policy down so everyone can use it fairly.',
		level: 'organization',
		type: 'prevention',
		effort: 'medium',
		typicalHorizon: 'next',
		successMeasure:
			'A written flextime policy is in place within 6 months, and every eligible team has at least one staff member using it.',
		passageIds: ['org.flextime', 'prev.flextime']
	},
	{
		id: 'action.work-life-boundaries',
		title: 'Agree on healthy work-life boundaries',
		description:
			'Agree as a team on when messages can wait until the next workday and how leave is covered. Leaders can help by following the same norms.',
		level: 'individual',
		type: 'prevention',
		effort: 'low',
		typicalHorizon: 'now',
		successMeasure:
			'Every team has written after-hours and leave-cover norms within 3 months, and 90% of annual leave is taken each year.',
		passageIds: ['ind.work-life-balance']
	},
	{
		id: 'action.self-care-breaks',
		title: 'Build short self-care breaks into the day',
		description:
			'Encourage short breaks between hard sessions, and plan schedules so they are possible. A few minutes to reset is part of doing the work well.',
		level: 'individual',
		type: 'prevention',
		effort: 'low',
		typicalHorizon: 'now',
		successMeasure:
			'Schedules for clinical staff include at least a 10-minute gap after each trauma-focused session, checked in a sample after 2 months.',
		passageIds: ['ind.self-care']
	},
	{
		id: 'action.rest-nutrition-exercise',
		title: 'Make rest, good food and movement easier at work',
		description:
			'Small changes help, like a quiet room, healthy snacks, protected lunch breaks or walking meetings. Ask staff which ones would make the biggest difference.',
		level: 'individual',
		type: 'prevention',
		effort: 'low',
		typicalHorizon: 'next',
		successMeasure:
			'At least two changes chosen by staff are in place within 6 months, and a follow-up poll shows most staff use them.',
		passageIds: ['prev.rest-nutrition-exercise', 'ind.exercise-nutrition']
	},
	{
		id: 'action.wellness-plans',
		title: 'Help staff write a personal wellness plan',
		description:
			'Offer a simple template and a little paid time for each person to write their own wellness and resilience plan. The plan belongs to them and they choose what to share.',
		level: 'individual',
		type: 'prevention',
		effort: 'low',
		typicalHorizon: 'now',
		successMeasure:
			'Every staff member is offered the template and time within 3 months, and 60% say they have a plan.',
		passageIds: ['ind.wellness-plans', 'ind.self-care']
	},

	// Checking in on the workforce
	{
		id: 'action.self-report-checks',
		title: 'Offer a private STS self-check',
		description:
			'Invite staff to use a confidential self-report check of their own STS at least once a year. Results stay with the person, and everyone gets clear information on where to find help.',
		level: 'organization',
		type: 'prevention',
		effort: 'low',
		typicalHorizon: 'now',
		successMeasure:
			'A voluntary self-check is offered to all staff at least once a year, with support contacts shared at the same time.',
		passageIds: ['prev.self-report', 'org.ongoing-assessment']
	},
	{
		id: 'action.annual-reassessment',
		title: 'Repeat this assessment every year',
		description:
			'Walk through this workbook again each year and compare the results with this baseline. Share what changed with staff so they see their input matters.',
		level: 'organization',
		type: 'prevention',
		effort: 'low',
		typicalHorizon: 'later',
		successMeasure:
			'A follow-up assessment is completed within 12 months, and a short summary is shared with all staff.',
		passageIds: ['org.ongoing-assessment']
	},
	{
		id: 'action.track-turnover',
		title: 'Track turnover and plans to leave',
		description:
			'Keep track of who leaves and why, and ask staff who stay what would help them stay. Look for links to STS, so the organization can act before more people go.',
		level: 'organization',
		type: 'prevention',
		effort: 'low',
		typicalHorizon: 'now',
		successMeasure:
			'Turnover is reported to leaders every quarter, and exit conversations ask about work strain for 100% of leavers.',
		passageIds: ['risk.leaving-the-field', 'org.ongoing-assessment']
	},
	{
		id: 'action.client-care-review',
		title: 'Talk about staff strain in case reviews',
		description:
			'Add a gentle question to case reviews about whether strain on staff might be affecting care. The aim is to support the worker and the client, never to blame.',
		level: 'supervisor',
		type: 'prevention',
		effort: 'low',
		typicalHorizon: 'now',
		successMeasure:
			'The case review template includes a question on staff strain, used in every team within 3 months.',
		passageIds: ['risk.client-care', 'element.protect-client-care']
	},

	// Safety
	{
		id: 'action.safety-review',
		title: 'Review and improve staff physical safety',
		description:
			'Walk through offices and field work with staff to find safety risks, then fix the most important ones. Include a clear plan for home visits and a simple way to call for help.',
		level: 'organization',
		type: 'prevention',
		effort: 'high',
		typicalHorizon: 'next',
		successMeasure:
			'A safety walk-through is done at every site within 6 months, and the top three fixes at each site are finished.',
		passageIds: ['org.physical-safety']
	},

	// Evidence-based practice
	{
		id: 'action.sts-in-ebp-training',
		title: 'Add STS to evidence-based practice training',
		description:
			'Include a section on STS in every training for clinical staff on an evidence-based practice. Clinicians then learn to care for themselves at the same time as they learn the model.',
		level: 'organization',
		type: 'prevention',
		effort: 'medium',
		typicalHorizon: 'next',
		successMeasure:
			'100% of evidence-based practice trainings delivered in the next 12 months include an STS section.',
		passageIds: ['org.sts-in-ebp-training']
	},
	{
		id: 'action.ebp-access',
		title: 'Widen access to evidence-based practice training',
		description:
			'Help more clinical staff train and get coaching in evidence-based practices. Using these practices is linked with lower STS risk, and it supports better care.',
		level: 'organization',
		type: 'prevention',
		effort: 'high',
		typicalHorizon: 'later',
		successMeasure:
			'The share of clinical staff trained in at least one evidence-based practice rises by 20 points within 12 months.',
		passageIds: ['risk.protective-factors', 'org.sts-in-ebp-training']
	}
] satisfies ActionTemplate[];
