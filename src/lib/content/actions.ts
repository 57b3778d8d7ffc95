/**
 * The action library: practical steps a task force can put in its plan. Together they cover every
 * strategy in the seed's two bulleted lists and its prevention and intervention paragraphs
 * (coverage.test.ts proves it). Levels follow the seed's multidimensional approach: the individual,
 * supervisors and organizational policy. Individual actions are things staff do that the
 * organization makes easy.
 */
import type { ActionTemplate } from '$lib/domain/framework';

export const actions = [
	// Supervision
	{
		id: 'action.reflective-supervision-schedule',
		title: 'Schedule regular reflective supervision',
		description:
			'Give every clinician who hears trauma stories a regular, protected supervision time that includes space to reflect on how the work affects them. Put the sessions in the calendar so they do not slip when things get busy.',
		level: 'supervisor',
		type: 'prevention',
		effort: 'medium',
		typicalHorizon: 'now',
		successMeasure:
			'90% of clinical staff have a reflective supervision session at least monthly, tracked for 3 months.',
		passageIds: ['org.clinical-supervision', 'triad', 'int.reduce-impact']
	},
	{
		id: 'action.supervisor-reflective-training',
		title: 'Train supervisors in reflective supervision',
		description:
			'Help supervisors learn how to run reflective supervision and how to talk about STS with care. Supervisors carry this work too, so give them their own support while they learn.',
		level: 'organization',
		type: 'prevention',
		effort: 'medium',
		typicalHorizon: 'next',
		successMeasure:
			'Every supervisor of clinical staff completes reflective supervision training within 6 months.',
		passageIds: ['org.clinical-supervision', 'triad']
	},
	{
		id: 'action.sts-standing-agenda',
		title: 'Make STS a standing supervision topic',
		description:
			'Add a short, regular question about how the work is affecting each person to every supervision meeting. When it is always on the agenda, raising it feels normal rather than risky.',
		level: 'supervisor',
		type: 'prevention',
		effort: 'low',
		typicalHorizon: 'now',
		successMeasure:
			'STS is on the agenda of at least 80% of supervision meetings, checked in a sample of records each quarter.',
		passageIds: ['ind.supervision', 'triad']
	},
	{
		id: 'action.peer-supervision-group',
		title: 'Start a peer supervision group',
		description:
			'Set up a small group where staff meet to talk through hard cases and how those cases affect them. A trained facilitator, inside or outside the organization, can help the group stay safe and useful.',
		level: 'supervisor',
		type: 'intervention',
		effort: 'low',
		typicalHorizon: 'next',
		successMeasure:
			'A peer supervision or group processing session runs at least monthly for 6 months, with attendance recorded.',
		passageIds: ['int.reduce-impact', 'ind.stay-connected']
	},

	// Caseloads and assignments
	{
		id: 'action.caseload-review',
		title: 'Review trauma caseloads each month',
		description:
			'Look at how many trauma cases each person carries and how heavy they are, and share the load more evenly. A simple monthly table is enough to start.',
		level: 'supervisor',
		type: 'prevention',
		effort: 'low',
		typicalHorizon: 'now',
		successMeasure:
			'Each team reviews trauma caseloads monthly for 3 months, and no one is above the agreed level for more than one month.',
		passageIds: ['org.caseload-balance', 'prev.caseload-balancing']
	},
	{
		id: 'action.caseload-guideline',
		title: 'Set a guideline for trauma caseload balance',
		description:
			'Agree on what a fair mix of trauma cases looks like for each role, and write it down. This gives supervisors a shared way to spot and fix overload.',
		level: 'organization',
		type: 'prevention',
		effort: 'medium',
		typicalHorizon: 'next',
		successMeasure:
			'A written caseload guideline is approved and used in every team’s monthly caseload review within 6 months.',
		passageIds: ['org.caseload-balance', 'prev.caseload-balancing']
	},
	{
		id: 'action.new-staff-caseloads',
		title: 'Phase in trauma cases for new staff',
		description:
			'Let people who are new to the field build up their trauma caseload step by step, with extra check-ins along the way. Experience helps protect against STS, so newer staff need more support while they gain it.',
		level: 'supervisor',
		type: 'prevention',
		effort: 'low',
		typicalHorizon: 'now',
		successMeasure:
			'Every new hire in the next 6 months has a written caseload ramp-up plan and weekly supervision for their first 3 months.',
		passageIds: ['risk.protective-factors', 'org.caseload-balance']
	},
	{
		id: 'action.caseload-relief',
		title: 'Ease the load when someone is struggling',
		description:
			'When a staff member shows signs of STS, lighten or change their caseload for a while without blame. Make clear this is a normal, temporary step that anyone may need.',
		level: 'supervisor',
		type: 'intervention',
		effort: 'low',
		typicalHorizon: 'now',
		successMeasure:
			'A simple process for temporary caseload relief is written down and every supervisor can describe it when asked.',
		passageIds: ['int.reduce-impact', 'risk.client-care']
	},

	// Learning about STS
	{
		id: 'action.sts-psychoeducation',
		title: 'Teach STS basics to everyone who hears trauma stories',
		description:
			'Offer a short session on what STS is, what the signs are and what helps. Include everyone who hears about trauma, not only therapists.',
		level: 'organization',
		type: 'prevention',
		effort: 'medium',
		typicalHorizon: 'now',
		successMeasure:
			'95% of staff who hear trauma stories complete an STS basics session within 6 months, tracked on a training roster.',
		passageIds: ['triad', 'prev.knowledge-awareness', 'risk.hearing-trauma']
	},
	{
		id: 'action.orientation-sts',
		title: 'Add STS to new staff orientation',
		description:
			'Explain in orientation that STS is a normal risk of this work and show new staff where to find support. Hearing this on day one makes it easier to speak up later.',
		level: 'organization',
		type: 'prevention',
		effort: 'low',
		typicalHorizon: 'next',
		successMeasure:
			'The orientation checklist includes STS, and 100% of new hires over the next 6 months sign that they received it.',
		passageIds: ['element.risk-of-the-job', 'element.integrate-sts', 'risk.occupational-hazard']
	},
	{
		id: 'action.signs-guide',
		title: 'Share a simple guide to the signs of STS',
		description:
			'Give staff a one-page guide to common signs of STS and what to do if they notice them in themselves. Keep it somewhere easy to find, like the staff room or intranet.',
		level: 'individual',
		type: 'prevention',
		effort: 'low',
		typicalHorizon: 'now',
		successMeasure:
			'The guide is shared with all staff within 1 month, and at least 80% say in a quick poll that they know where to find it.',
		passageIds: ['ind.self-awareness', 'prev.knowledge-awareness']
	},
	{
		id: 'action.train-leaders-nonclinical',
		title: 'Train leaders and non-clinical staff on STS',
		description:
			'Offer STS training to leaders and to staff such as reception, admin, drivers and facilities teams. They hear difficult things too, and they shape the workplace for everyone.',
		level: 'organization',
		type: 'prevention',
		effort: 'medium',
		typicalHorizon: 'now',
		successMeasure:
			'All senior leaders and 80% of non-clinical staff complete STS training within 6 months, tracked on a roster.',
		passageIds: ['org.train-leaders-staff']
	},
	{
		id: 'action.refresher-training',
		title: 'Offer yearly refresher training on self-care',
		description:
			'Give every staff member a yearly chance to refresh their skills in lowering their risk and caring for themselves. Ongoing learning keeps the ideas alive after the first training.',
		level: 'individual',
		type: 'prevention',
		effort: 'medium',
		typicalHorizon: 'later',
		successMeasure:
			'80% of staff complete at least one refresher session on risk reduction and self-care each year.',
		passageIds: ['ind.continuing-training']
	},

	// Skills
	{
		id: 'action.coping-skills-training',
		title: 'Offer skills training in coping methods',
		description:
			'Bring in training on practical coping skills, such as cognitive-behavioral strategies and mindfulness-based methods. Give staff paid time to learn and practise them.',
		level: 'organization',
		type: 'intervention',
		effort: 'medium',
		typicalHorizon: 'next',
		successMeasure:
			'70% of staff who hear trauma stories complete coping skills training within 9 months.',
		passageIds: ['int.cbt-mindfulness', 'triad']
	},
	{
		id: 'action.mindfulness-practice',
		title: 'Make room for short mindfulness practice',
		description:
			'Offer a few minutes of guided mindfulness or grounding at the start of team meetings or in a quiet room. Taking part is always a free choice.',
		level: 'individual',
		type: 'intervention',
		effort: 'low',
		typicalHorizon: 'now',
		successMeasure:
			'At least one short mindfulness or grounding practice is offered every week for 3 months.',
		passageIds: ['int.cbt-mindfulness']
	},

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
	},

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
