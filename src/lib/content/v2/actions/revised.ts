/**
 * Framework version 2 copies of every version 1 action (issue 11), ids "action2.<v1 words>".
 * Same level, type, effort, horizon and passages as version 1; words made plainer, figures the
 * source does not give marked as `suggested`, and success measures that count teams, offers and
 * pooled, anonymous answers, never named people or their records.
 */
import type { ActionDraft } from '../draft-types';

export const revisedActionsV2 = [
	// Connection and culture
	{
		id: 'action2.self-care-group',
		title: 'Start a workplace self-care group',
		description:
			'Support a self-care group that meets on paid time and is open to all staff. Let staff shape what the group does so it feels like theirs.',
		level: 'organization',
		type: 'prevention',
		effort: 'low',
		typicalHorizon: 'now',
		successMeasure:
			'A self-care group meets at least twice a month on paid time for six months. Only a head count is kept, never names.',
		passageIds: ['org.self-care-groups', 'prev.self-care-groups'],
		suggested: 'Twice a month and six months are our suggestion: the source gives no figures.'
	},
	{
		id: 'action2.buddy-system',
		title: 'Start a self-care buddy system',
		description:
			'Invite staff to pair up with a buddy who checks in on their self-care goals. Joining is a free choice, and pairs can change at any time.',
		level: 'individual',
		type: 'prevention',
		effort: 'low',
		typicalHorizon: 'now',
		successMeasure:
			'Every staff member is invited to join within two months. After three months, an anonymous poll asks those who joined if it helps.',
		passageIds: ['ind.buddy-system', 'prev.buddy-system'],
		suggested: 'The time frames are our suggestion: the source gives none.'
	},
	{
		id: 'action2.peer-check-ins',
		title: 'Make time for peer check-ins',
		description:
			'Set aside time for team members to check in with each other about how they are doing, not just about cases. Short and often beats long and rare.',
		level: 'supervisor',
		type: 'prevention',
		effort: 'low',
		typicalHorizon: 'now',
		successMeasure: 'Every team holds a peer check-in at least every two weeks for three months.',
		passageIds: ['ind.stay-connected', 'risk.isolation'],
		suggested: 'Every two weeks is our suggestion: the source gives no frequency.'
	},
	{
		id: 'action2.connect-solo-workers',
		title: 'Connect staff who work alone',
		description:
			'Make sure staff who work from home, in the field or at one-person sites have planned contact with colleagues. Include them in team meetings and check-ins in a way that fits their schedule.',
		level: 'organization',
		type: 'prevention',
		effort: 'medium',
		typicalHorizon: 'next',
		successMeasure:
			'Every team with staff who work alone has a written plan for weekly contact with them. Each team reviews its plan after three months.',
		passageIds: ['risk.isolation', 'ind.stay-connected'],
		suggested:
			'Weekly contact and the three-month review are our suggestion: the source gives no figures.'
	},

	// Time, rest and self-care
	{
		id: 'action2.flextime',
		title: 'Offer flextime to staff',
		description:
			'Let staff adjust when they start and finish, within clear limits, so they can recover and meet life outside work. Write the policy down so everyone can use it fairly.',
		level: 'organization',
		type: 'prevention',
		effort: 'medium',
		typicalHorizon: 'next',
		successMeasure:
			'A written flextime policy is shared with all staff within six months. After a year, an anonymous poll asks if staff feel free to use it.',
		passageIds: ['org.flextime', 'prev.flextime'],
		suggested: 'The time frames are our suggestion: the source gives none.'
	},
	{
		id: 'action2.work-life-boundaries',
		title: 'Agree on healthy work-life limits',
		description:
			'Agree as a team on when messages can wait until the next workday and how leave is covered. Leaders can help by following the same norms.',
		level: 'individual',
		type: 'prevention',
		effort: 'low',
		typicalHorizon: 'now',
		successMeasure:
			'Every team writes down its norms for after-hours messages and leave cover within three months. Each year, leaders look at how much leave staff took, as one total.',
		passageIds: ['ind.work-life-balance'],
		suggested: 'The time frames are our suggestion: the source gives no figures.'
	},
	{
		id: 'action2.self-care-breaks',
		title: 'Build short self-care breaks into the day',
		description:
			'Encourage short breaks between hard sessions or visits, and plan schedules so they are possible. A few minutes to reset is part of doing the work well.',
		level: 'individual',
		type: 'prevention',
		effort: 'low',
		typicalHorizon: 'now',
		successMeasure:
			'Within two months, each team agrees how breaks fit between hard sessions or visits. An anonymous poll then asks staff if they can take them.',
		passageIds: ['ind.self-care'],
		suggested: 'The time frame is our suggestion: the source gives none.'
	},
	{
		id: 'action2.rest-nutrition-exercise',
		title: 'Make rest, good food and movement easier at work',
		description:
			'Small changes help, like a quiet room, healthy snacks, protected lunch breaks or walking meetings. Ask staff which ones would make the biggest difference.',
		level: 'individual',
		type: 'prevention',
		effort: 'low',
		typicalHorizon: 'next',
		successMeasure:
			'At least two changes that staff chose are in place within six months. A follow-up anonymous poll asks if staff use them.',
		passageIds: ['prev.rest-nutrition-exercise', 'ind.exercise-nutrition'],
		suggested:
			'The number of changes and the time frame are our suggestion: the source gives neither.'
	},
	{
		id: 'action2.wellness-plans',
		title: 'Help staff write a personal wellness plan',
		description:
			'Offer a simple template and a little paid time for each person to write their own wellness and resilience plan. The plan belongs to them and they choose what to share.',
		level: 'individual',
		type: 'prevention',
		effort: 'low',
		typicalHorizon: 'now',
		successMeasure:
			'Every staff member is offered the template and paid time within three months. An anonymous poll asks if people have a plan. No one is asked to show it.',
		passageIds: ['ind.wellness-plans', 'ind.self-care'],
		suggested: 'The time frame is our suggestion: the source gives none.'
	},

	// Checking in on the workforce
	{
		id: 'action2.self-report-checks',
		title: 'Offer a private STS self-check',
		description:
			'Invite staff to take a private self-check of their own STS at least once a year. Taking part is a free choice, and results stay with the person. Any totals are shared only pooled and anonymous, for groups big enough that no one can be picked out.',
		level: 'organization',
		type: 'prevention',
		effort: 'low',
		typicalHorizon: 'now',
		successMeasure:
			'A private self-check is offered to all staff at least once a year, with support contacts. Taking it is a free choice, and no one else sees a person’s own results.',
		passageIds: ['prev.self-report', 'org.ongoing-assessment'],
		suggested:
			'Once a year is our suggestion: the source names self-report checks but gives no frequency. The smallest group size for totals is yours to set.'
	},
	{
		id: 'action2.annual-reassessment',
		title: 'Repeat this assessment every year',
		description:
			'Walk through this workbook again each year and compare the results with this baseline. Share what changed with staff so they see their input matters.',
		level: 'organization',
		type: 'prevention',
		effort: 'low',
		typicalHorizon: 'later',
		successMeasure:
			'A follow-up assessment is done within 12 months. A short summary goes to all staff.',
		passageIds: ['org.ongoing-assessment'],
		suggested:
			'Once a year is our suggestion: the source asks for ongoing assessment but gives no frequency.'
	},
	{
		id: 'action2.track-turnover',
		title: 'Track turnover and plans to leave',
		description:
			'Count how many staff leave and the reasons they give. Ask staff who stay, in an anonymous poll, what would help them stay. STS often predicts that workers will leave the field, so look for links and act early.',
		level: 'organization',
		type: 'prevention',
		effort: 'low',
		typicalHorizon: 'now',
		successMeasure:
			'Leaders get a turnover report every three months, as totals only. The exit talk guide asks everyone who leaves about strain at work.',
		passageIds: ['risk.leaving-the-field', 'org.ongoing-assessment'],
		suggested:
			'Every three months is our suggestion: the source gives no frequency. Poll results are shared only for groups big enough that no one can be picked out.'
	},
	{
		id: 'action2.client-care-review',
		title: 'Ask about team strain in case reviews',
		description:
			'Add a gentle question to team case reviews: is strain across the team making it harder to spot past trauma in clients, or to prevent more? The aim is to support staff and clients, never to blame a worker.',
		level: 'supervisor',
		type: 'prevention',
		effort: 'low',
		typicalHorizon: 'now',
		successMeasure:
			'The case review form has a question on strain across the team. Every team uses it within three months.',
		passageIds: ['risk.client-care', 'element.protect-client-care'],
		suggested: 'The time frame is our suggestion: the source gives none.'
	},

	// Safety
	{
		id: 'action2.safety-review',
		title: 'Find and fix risks to staff safety',
		description:
			'Walk through offices and field work with staff to find risks to their physical safety, then fix the most important ones. Include a clear plan for home visits and a simple way to call for help.',
		level: 'organization',
		type: 'prevention',
		effort: 'high',
		typicalHorizon: 'next',
		successMeasure:
			'A safety walk-through is done at every site within six months. The top three fixes at each site are done.',
		passageIds: ['org.physical-safety'],
		suggested:
			'The time frame and the number of fixes are our suggestion: the source gives neither.'
	},

	// Evidence-based practice
	{
		id: 'action2.sts-in-ebp-training',
		title: 'Add STS to evidence-based practice training',
		description:
			'Add a part on STS to every training for clinical staff on an evidence-based practice. Staff then learn to care for themselves at the same time as they learn the model.',
		level: 'organization',
		type: 'prevention',
		effort: 'medium',
		typicalHorizon: 'next',
		successMeasure:
			'Every evidence-based practice training held in the next 12 months has a part on STS.',
		passageIds: ['org.sts-in-ebp-training'],
		suggested: 'The time frame is our suggestion: the source gives none.'
	},
	{
		id: 'action2.ebp-access',
		title: 'Help more staff train in evidence-based care',
		description:
			'Help more staff who provide care to train and get coaching in evidence-based practices. The source lists the use of these practices as one thing that protects against STS.',
		level: 'organization',
		type: 'prevention',
		effort: 'high',
		typicalHorizon: 'later',
		successMeasure:
			'Within 12 months, the share of staff trained in at least one evidence-based practice reaches the target you set. It is reported as a total.',
		passageIds: ['risk.protective-factors', 'org.sts-in-ebp-training'],
		suggested: 'The target and the time frame are ours to set: the source gives no figures.'
	},

	// Help from outside
	{
		id: 'action2.eap-awareness',
		title: 'Make EAP and counseling easy to find',
		description:
			'Remind staff often how to reach the Employee Assistance Program (EAP) or counseling, and that it is private. Put the contact details where people will see them.',
		level: 'organization',
		type: 'intervention',
		effort: 'low',
		typicalHorizon: 'now',
		successMeasure:
			'EAP and counseling contacts go to all staff every three months. In an anonymous poll, most staff say they know how to reach them.',
		passageIds: ['ind.eap-counseling', 'int.referrals'],
		suggested: 'Every three months is our suggestion: the source gives no frequency.'
	},
	{
		id: 'action2.referral-pathway',
		title: 'Set up a way to refer staff to outside help',
		description:
			'Build a short list of outside therapists and services who understand STS, and a simple way to refer staff to them. Make sure staff can use it without going through their manager.',
		level: 'organization',
		type: 'intervention',
		effort: 'medium',
		typicalHorizon: 'next',
		successMeasure:
			'Within six months, a written list of at least three outside providers, and how to reach them, is shared with all staff.',
		passageIds: ['int.referrals', 'ind.eap-counseling'],
		suggested: 'Three providers and six months are our suggestion: the source gives no figures.'
	},
	{
		id: 'action2.eap-for-supervisors',
		title: 'Give supervisors a guide to offering help',
		description:
			'Give supervisors a short guide on how to notice strain and kindly suggest the EAP or counseling when it is needed. Help offered early and with care may be easier to accept.',
		level: 'supervisor',
		type: 'intervention',
		effort: 'low',
		typicalHorizon: 'now',
		successMeasure:
			'Every supervisor gets the guide within two months. In an anonymous poll, most supervisors say they know how to refer staff for support.',
		passageIds: ['int.referrals', 'ind.eap-counseling'],
		suggested: 'The time frame is our suggestion: the source gives none.'
	},
	{
		id: 'action2.partner-sts-providers',
		title: 'Partner with outside STS providers',
		description:
			'Find outside providers who help people with STS, and set up an agreement before you need it. Staff can then get help fast, without waiting for a contract.',
		level: 'organization',
		type: 'intervention',
		effort: 'medium',
		typicalHorizon: 'next',
		successMeasure:
			'At least one signed agreement with an STS provider is in place within six months.',
		passageIds: ['org.external-partnerships'],
		suggested: 'The time frame is our suggestion: the source gives none.'
	},

	// Critical incidents
	{
		id: 'action2.critical-incident-plan',
		title: 'Plan how to help staff after a disaster',
		description:
			'Write down what the organization will do for staff when a disaster or violence in the community affects many of them at once. Name who leads, who is called and how work is covered.',
		level: 'organization',
		type: 'intervention',
		effort: 'medium',
		typicalHorizon: 'next',
		successMeasure:
			'Leaders approve a written plan to support staff after a major event within nine months. The plan is practiced once.',
		passageIds: ['int.external-group-supervision'],
		suggested: 'The time frame is our suggestion: the source gives none.'
	},
	{
		id: 'action2.external-group-agreement',
		title: 'Set up outside group supervision for big events',
		description:
			'Before you need it, agree with an outside provider to run group supervision when an event affects many staff. Help can then start within days. It may matter most after a disaster or violence in the community.',
		level: 'organization',
		type: 'intervention',
		effort: 'medium',
		typicalHorizon: 'next',
		successMeasure:
			'Within six months, an agreement for outside group supervision is in place. It names a contact and how fast help will start.',
		passageIds: ['int.external-group-supervision', 'int.reduce-impact'],
		suggested: 'The time frame is our suggestion: the source gives none.'
	},
	{
		id: 'action2.post-incident-check-in',
		title: 'Check in with staff after a critical incident',
		description:
			'After a hard event, supervisors reach out to the staff it affected within a few days. They listen, offer options for support and follow up a few weeks later. Staff can say no.',
		level: 'supervisor',
		type: 'intervention',
		effort: 'low',
		typicalHorizon: 'now',
		successMeasure:
			'After each incident, a check-in is offered to all staff it affected within three work days, and again within four weeks. No list of who took part is kept.',
		passageIds: ['int.external-group-supervision'],
		suggested: 'Three work days and four weeks are our suggestion: the source gives no time frame.'
	},

	// Leadership, policy and integration
	{
		id: 'action2.sts-task-force',
		title: 'Form a standing STS task force',
		description:
			'Bring together a small group of leaders, supervisors and front-line staff to own this plan. Meet on a set schedule and report progress to leaders.',
		level: 'organization',
		type: 'prevention',
		effort: 'low',
		typicalHorizon: 'now',
		successMeasure:
			'The task force has a lead and meets at least every two months for a year, with notes kept.',
		passageIds: ['policy.risk-management', 'approach.multidimensional'],
		suggested: 'Every two months is our suggestion: the source gives no frequency.'
	},
	{
		id: 'action2.sts-policy',
		title: 'Write a policy on STS risk',
		description:
			'Write a risk-management policy on how you prevent STS and how you respond when staff are affected. Say what staff, supervisors and leaders each do.',
		level: 'organization',
		type: 'prevention',
		effort: 'high',
		typicalHorizon: 'later',
		successMeasure:
			'Leaders approve an STS policy within 12 months. It is reviewed at least once a year after that.',
		passageIds: ['policy.risk-management', 'approach.multidimensional'],
		suggested:
			'The time frame and the yearly review are our suggestion: the source gives no figures.'
	},
	{
		id: 'action2.leader-implementation-training',
		title: 'Train leaders to put STS practices in place',
		description:
			'Help leaders learn how to bring in STS practices and how to check whether they work. This turns good intentions into lasting change.',
		level: 'organization',
		type: 'prevention',
		effort: 'high',
		typicalHorizon: 'later',
		successMeasure:
			'Within 12 months, all senior leaders are offered training on how to put practices in place and check them. Only the total who took part is reported.',
		passageIds: ['org.train-leaders-implementation', 'element.knowledge-into-action'],
		suggested: 'The time frame is our suggestion: the source gives none.'
	},
	{
		id: 'action2.integrate-sts-policies',
		title: 'Build STS into policies and procedures',
		description:
			'When a policy, procedure or program is reviewed, ask how it affects staff exposure to trauma and their support. Over time, care for staff becomes part of how everything is done.',
		level: 'organization',
		type: 'prevention',
		effort: 'high',
		typicalHorizon: 'later',
		successMeasure:
			'The policy review checklist has a question on STS. Every policy reviewed in the next year has it answered.',
		passageIds: ['element.integrate-sts'],
		suggested: 'The time frame is our suggestion: the source gives none.'
	},

	// Supervision
	{
		id: 'action2.reflective-supervision-schedule',
		title: 'Book time for supervision with room to reflect',
		description:
			'Give everyone who hears trauma stories a set time for supervision, not only therapists. Child welfare workers are at high risk too. Make room to reflect on how the work affects them. Put it in the calendar so it does not slip when things get busy.',
		level: 'supervisor',
		type: 'prevention',
		effort: 'medium',
		typicalHorizon: 'now',
		successMeasure:
			'Every team whose staff hear trauma stories has reflective supervision booked at least once a month. After three months, leaders check this team by team, not person by person.',
		passageIds: ['org.clinical-supervision', 'triad', 'int.reduce-impact'],
		suggested:
			'Once a month and three months are our suggestion: the source asks for enough supervision but gives no frequency.'
	},
	{
		id: 'action2.supervisor-reflective-training',
		title: 'Train supervisors to make room to reflect',
		description:
			'Help supervisors learn how to run reflective supervision and how to talk about STS with care. Include those who supervise anyone who hears trauma stories, not only therapists. Supervisors carry this work too, so give them their own support while they learn.',
		level: 'organization',
		type: 'prevention',
		effort: 'medium',
		typicalHorizon: 'next',
		successMeasure:
			'Training in reflective supervision is offered within six months. It is open to all who supervise staff who hear trauma stories.',
		passageIds: ['org.clinical-supervision', 'triad'],
		suggested: 'The time frame is our suggestion: the source gives none.'
	},
	{
		id: 'action2.sts-standing-agenda',
		title: 'Make STS a standing supervision topic',
		description:
			'Add one short question to every supervision meeting: how is the work affecting you? When it is always asked, raising STS feels normal, not risky.',
		level: 'supervisor',
		type: 'prevention',
		effort: 'low',
		typicalHorizon: 'now',
		successMeasure:
			'Within one month, the supervision agenda form lists STS. In an anonymous poll, most staff say STS comes up in their supervision.',
		passageIds: ['ind.supervision', 'triad'],
		suggested: 'The time frame is our suggestion: the source gives none.'
	},
	{
		id: 'action2.peer-supervision-group',
		title: 'Start a peer supervision group',
		description:
			'Set up a small group where staff meet to talk through hard cases and how those cases affect them. A trained leader, from inside or outside the organization, can help the group stay safe and useful.',
		level: 'supervisor',
		type: 'intervention',
		effort: 'low',
		typicalHorizon: 'next',
		successMeasure:
			'A peer supervision or group processing session runs at least once a month for six months. Only a head count is kept, never names.',
		passageIds: ['int.reduce-impact', 'ind.stay-connected'],
		suggested: 'Once a month and six months are our suggestion: the source gives no figures.'
	},

	// Caseloads and assignments
	{
		id: 'action2.caseload-review',
		title: 'Review how trauma cases are shared',
		description:
			'Look at how many trauma cases each person carries and how heavy they are, and share the load more evenly. A simple table, looked at each month, is enough to start.',
		level: 'supervisor',
		type: 'prevention',
		effort: 'low',
		typicalHorizon: 'now',
		successMeasure:
			'Each team reviews its trauma caseloads once a month for three months, and moves cases when the load is uneven. Reports to leaders give team totals, not names.',
		passageIds: ['org.caseload-balance', 'prev.caseload-balancing'],
		suggested: 'Once a month and three months are our suggestion: the source gives no frequency.'
	},
	{
		id: 'action2.caseload-guideline',
		title: 'Agree on a fair mix of trauma cases',
		description:
			'Agree on what a fair mix of trauma cases looks like for each role, and write it down. This gives supervisors a shared way to spot and fix overload.',
		level: 'organization',
		type: 'prevention',
		effort: 'medium',
		typicalHorizon: 'next',
		successMeasure:
			'Leaders approve a written caseload guide within six months. Every team uses it when it reviews caseloads.',
		passageIds: ['org.caseload-balance', 'prev.caseload-balancing'],
		suggested:
			'The time frame is our suggestion. The numbers in the guide are yours to set: the source gives no caseload limit.'
	},
	{
		id: 'action2.new-staff-caseloads',
		title: 'Phase in trauma cases for new staff',
		description:
			'Let people who are new to the field build up their trauma cases step by step, with more supervision along the way. Longer time in the field helps protect against STS, so newer staff need more support while they gain it.',
		level: 'supervisor',
		type: 'prevention',
		effort: 'low',
		typicalHorizon: 'now',
		successMeasure:
			'Within six months, the plan for new staff includes a slow start with trauma cases. It also gives them weekly supervision for the first three months.',
		passageIds: ['risk.protective-factors', 'org.caseload-balance'],
		suggested:
			'Weekly supervision, three months and six months are our suggestion: the source gives no figures.'
	},
	{
		id: 'action2.caseload-relief',
		title: 'Ease the load when someone is struggling',
		description:
			'When a staff member asks for relief or is clearly struggling, lighten or change their cases for a while, without blame. Make clear this is a normal, short-term step that anyone may need.',
		level: 'supervisor',
		type: 'intervention',
		effort: 'low',
		typicalHorizon: 'now',
		successMeasure:
			'A short written process for a lighter load for a while is shared with all staff and supervisors.',
		passageIds: ['int.reduce-impact', 'risk.client-care']
	},

	// Learning about STS
	{
		id: 'action2.sts-psychoeducation',
		title: 'Teach STS basics to everyone who hears trauma stories',
		description:
			'Offer a short session on what STS is, what the signs are and what helps. Include everyone who hears about trauma, not only therapists.',
		level: 'organization',
		type: 'prevention',
		effort: 'medium',
		typicalHorizon: 'now',
		successMeasure:
			'Within six months, an STS basics session on paid time is offered to everyone who hears trauma stories. Only the total who took part is reported.',
		passageIds: ['triad', 'prev.knowledge-awareness', 'risk.hearing-trauma'],
		suggested: 'The time frame is our suggestion: the source gives none.'
	},
	{
		id: 'action2.orientation-sts',
		title: 'Add STS to new staff orientation',
		description:
			'Explain in orientation that STS is a normal risk of this work and show new staff where to find support. Hearing this on day one makes it easier to speak up later.',
		level: 'organization',
		type: 'prevention',
		effort: 'low',
		typicalHorizon: 'next',
		successMeasure:
			'The orientation checklist includes STS. Every orientation in the next six months covers it.',
		passageIds: ['element.risk-of-the-job', 'element.integrate-sts', 'risk.occupational-hazard'],
		suggested: 'The time frame is our suggestion: the source gives none.'
	},
	{
		id: 'action2.signs-guide',
		title: 'Share a simple guide to the signs of STS',
		description:
			'Give staff a one-page guide to common signs of STS and what to do if they notice them in themselves. Keep it somewhere easy to find, like the staff room or intranet.',
		level: 'individual',
		type: 'prevention',
		effort: 'low',
		typicalHorizon: 'now',
		successMeasure:
			'The guide is shared with all staff within one month. In an anonymous poll, most staff say they know where to find it.',
		passageIds: ['ind.self-awareness', 'prev.knowledge-awareness'],
		suggested: 'The time frame is our suggestion: the source gives none.'
	},
	{
		id: 'action2.train-leaders-nonclinical',
		title: 'Train leaders and non-clinical staff on STS',
		description:
			'Offer STS training to leaders and to staff such as front desk, office, drivers and building teams. They hear hard things too, and they shape the workplace for everyone.',
		level: 'organization',
		type: 'prevention',
		effort: 'medium',
		typicalHorizon: 'now',
		successMeasure:
			'Within six months, STS training is offered to all senior leaders and non-clinical staff. Only the total who took part is reported.',
		passageIds: ['org.train-leaders-staff'],
		suggested: 'The time frame is our suggestion: the source gives none.'
	},
	{
		id: 'action2.refresher-training',
		title: 'Keep up training on risk and self-care',
		description:
			'Give every staff member a yearly chance to refresh their skills in lowering their risk and caring for themselves. Ongoing learning keeps the ideas alive after the first training.',
		level: 'individual',
		type: 'prevention',
		effort: 'medium',
		typicalHorizon: 'later',
		successMeasure:
			'A refresher session on lowering risk and on self-care is offered to all staff each year. Only the total who took part is reported.',
		passageIds: ['ind.continuing-training'],
		suggested:
			'Once a year is our suggestion: the source asks for ongoing training but gives no frequency.'
	},

	// Skills
	{
		id: 'action2.coping-skills-training',
		title: 'Offer skills training in coping methods',
		description:
			'Bring in training on coping skills, such as cognitive-behavioral and mindfulness-based methods. Evidence on what helps with STS is limited, but these are emerging as best practices. Give staff paid time to learn and practice them.',
		level: 'organization',
		type: 'intervention',
		effort: 'medium',
		typicalHorizon: 'next',
		successMeasure:
			'Within nine months, coping skills training on paid time is offered to everyone who hears trauma stories. Only the total who took part is reported.',
		passageIds: ['int.cbt-mindfulness', 'triad'],
		suggested: 'The time frame is our suggestion: the source gives none.'
	},
	{
		id: 'action2.mindfulness-practice',
		title: 'Make room for short mindfulness practice',
		description:
			'Offer a few minutes of guided mindfulness or grounding at the start of team meetings or in a quiet room. Taking part is always a free choice. Mindfulness-based methods are emerging as a best practice, though evidence on what helps with STS is limited.',
		level: 'individual',
		type: 'intervention',
		effort: 'low',
		typicalHorizon: 'now',
		successMeasure:
			'At least one short mindfulness or grounding practice is offered every week for three months.',
		passageIds: ['int.cbt-mindfulness'],
		suggested: 'Every week and three months are our suggestion: the source gives no figures.'
	}
] satisfies ActionDraft[];
