/**
 * The practice items the task force scores, grouped by the six essential elements. Statements,
 * guidance and evidence examples are our own plain words; `passageIds` point to the seed.
 *
 * Impact: 3 for the seed's most important prevention triad (psychoeducation, skills training,
 * supervision), 2 for core organizational supports, 1 for the rest.
 */
import type { Item } from '$lib/domain/framework';

const TRIAD = 'is part of the most important prevention triad';

export const items = [
	// 1. Recognize the impact on the workforce
	{
		id: 'item.leaders-trained',
		elementId: 'recognize-impact',
		statement:
			'Leaders and non-clinical staff (such as reception, admin and drivers) have had training on what STS is and how it shows up at work.',
		guidance: {
			low: 'STS training is offered to clinicians only, or not at all.',
			middle: 'Some leaders or some non-clinical teams have been trained, but not all.',
			full: 'All leaders and non-clinical staff are trained when they join, with refreshers, and records are kept.'
		},
		evidenceExamples: [
			'Training roster with leaders and non-clinical staff',
			'Training agenda or slides',
			'Orientation checklist for non-clinical roles'
		],
		passageIds: ['org.train-leaders-staff', 'element.recognize-impact'],
		impact: 2,
		impactReason: 'training leaders and non-clinical staff is a core organizational support',
		riskFactorIds: ['inadequate-training'],
		actionIds: ['action.train-leaders-nonclinical']
	},
	{
		id: 'item.ongoing-assessment',
		elementId: 'recognize-impact',
		statement:
			'The organization checks staff risk and resiliency on a set schedule, at least yearly, and staff are offered a private, voluntary STS self-check.',
		guidance: {
			low: 'There is no regular check on how staff are doing.',
			middle: 'Checks happen now and then, or a self-check is offered in some teams only.',
			full: 'A yearly organization check and a voluntary self-check for all staff happen on schedule, and the results lead to action.'
		},
		evidenceExamples: [
			'Past assessment reports or staff survey summaries',
			'Invitation to the voluntary self-check',
			'Task force notes showing actions taken from results'
		],
		passageIds: ['org.ongoing-assessment', 'prev.self-report', 'element.recognize-impact'],
		impact: 2,
		impactReason:
			'ongoing assessment of staff risk and resiliency is a core organizational support',
		riskFactorIds: ['heavy-caseloads', 'critical-incidents', 'turnover'],
		actionIds: ['action.self-report-checks', 'action.annual-reassessment']
	},
	{
		id: 'item.know-the-signs',
		elementId: 'recognize-impact',
		statement:
			'Staff can name common signs of STS in themselves and know what to do when they notice them.',
		guidance: {
			low: 'Most staff would not recognize signs of STS in themselves.',
			middle: 'Some staff know the signs, often from past jobs or their own reading.',
			full: 'Staff across roles can name the signs and the first steps to take, and a simple guide is easy to find.'
		},
		evidenceExamples: [
			'One-page guide to the signs of STS',
			'Intranet or staff room notice',
			'Quick poll results on staff awareness'
		],
		passageIds: ['ind.self-awareness', 'prev.knowledge-awareness'],
		impact: 1,
		impactReason: 'self-awareness helps staff act early',
		riskFactorIds: ['inadequate-training', 'new-to-field'],
		actionIds: ['action.signs-guide']
	},
	{
		id: 'item.turnover-tracked',
		elementId: 'recognize-impact',
		statement:
			'Turnover and staff plans to leave are tracked, and leaders look at them for links to STS.',
		guidance: {
			low: 'Turnover is not tracked, or reasons for leaving are not asked.',
			middle: 'Turnover is counted, but links to STS are not looked at.',
			full: 'Turnover and intent to leave are reported every quarter, exit and stay conversations ask about strain, and leaders act on patterns.'
		},
		evidenceExamples: [
			'Quarterly turnover report',
			'Exit or stay interview questions',
			'Leadership meeting notes'
		],
		passageIds: ['risk.leaving-the-field', 'element.recognize-impact'],
		impact: 1,
		impactReason: 'turnover can be an early sign of STS in the workforce',
		riskFactorIds: ['turnover'],
		actionIds: ['action.track-turnover']
	},

	// 2. Treat trauma exposure as a risk of the job
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
	},

	// 3. Build a culture that supports staff
	{
		id: 'item.self-care-groups',
		elementId: 'organizational-culture',
		statement:
			'At least one workplace self-care group meets regularly on paid time and is open to all staff.',
		guidance: {
			low: 'There is no self-care group.',
			middle: 'A group meets now and then, or only some staff can attend.',
			full: 'A group meets on a regular schedule on paid time, staff help shape it, and attendance is steady.'
		},
		evidenceExamples: [
			'Group meeting schedule',
			'Attendance records',
			'Policy or note that allows paid time to attend'
		],
		passageIds: ['org.self-care-groups', 'prev.self-care-groups', 'element.organizational-culture'],
		impact: 2,
		impactReason: 'workplace self-care groups are a core organizational support',
		riskFactorIds: ['isolation', 'heavy-caseloads'],
		actionIds: ['action.self-care-group']
	},
	{
		id: 'item.connection',
		elementId: 'organizational-culture',
		statement:
			'Staff have regular, planned chances to connect with peers, such as peer check-ins or peer supervision, including those who work alone or off-site.',
		guidance: {
			low: 'Staff mostly work alone and connect only by chance.',
			middle: 'Some teams meet regularly, but staff who work alone or off-site are often left out.',
			full: 'Every staff member, including solo and remote workers, has planned peer contact at least every two weeks.'
		},
		evidenceExamples: [
			'Team check-in or peer supervision schedule',
			'Contact plan for remote or field staff',
			'Attendance records'
		],
		passageIds: ['ind.stay-connected', 'risk.isolation', 'int.reduce-impact'],
		impact: 1,
		impactReason: 'staying connected helps counter isolation',
		riskFactorIds: ['isolation'],
		actionIds: [
			'action.peer-check-ins',
			'action.connect-solo-workers',
			'action.peer-supervision-group'
		]
	},
	{
		id: 'item.buddy-system',
		elementId: 'organizational-culture',
		statement:
			'A self-care accountability buddy system is offered, and staff who want a buddy have one.',
		guidance: {
			low: 'There is no buddy system.',
			middle: 'Some staff pair up on their own, without support from the organization.',
			full: 'All staff are invited to join, pairs are supported with time and simple guidance, and the system is checked on yearly.'
		},
		evidenceExamples: [
			'Invitation to join the buddy system',
			'Short guide for buddy pairs',
			'Number of active pairs'
		],
		passageIds: ['ind.buddy-system', 'prev.buddy-system'],
		impact: 1,
		impactReason: 'a buddy system helps staff keep up self-care',
		riskFactorIds: ['isolation'],
		actionIds: ['action.buddy-system']
	},
	{
		id: 'item.flextime-work-life',
		elementId: 'organizational-culture',
		statement:
			'Staff can use flextime scheduling, and team norms protect time off, such as no expectation to answer messages after hours.',
		guidance: {
			low: 'Hours are fixed, and after-hours messages and skipped leave are common.',
			middle: 'Flextime or time-off norms exist in some teams, or on paper only.',
			full: 'A written flextime policy is used across teams, leave is taken and covered, and leaders follow the same norms.'
		},
		evidenceExamples: [
			'Written flextime policy',
			'Team norms on after-hours contact',
			'Leave records showing leave is taken'
		],
		passageIds: ['org.flextime', 'prev.flextime', 'ind.work-life-balance'],
		impact: 2,
		impactReason: 'flextime scheduling is a core organizational support',
		riskFactorIds: ['heavy-caseloads', 'turnover'],
		actionIds: ['action.flextime', 'action.work-life-boundaries']
	},

	// 4. Protect the care that clients receive
	{
		id: 'item.reflective-supervision',
		elementId: 'protect-client-care',
		statement:
			'Every clinician who hears trauma narratives has reflective supervision at least monthly that makes room to talk about STS.',
		guidance: {
			low: 'Supervision is rare, or covers case tasks only.',
			middle: 'Reflective supervision happens in some teams, or is often cancelled.',
			full: 'All clinicians have protected reflective supervision at least monthly with trained supervisors, and it is tracked.'
		},
		evidenceExamples: [
			'Supervision schedule or calendar',
			'Supervision log showing sessions held',
			'Supervisor training records'
		],
		passageIds: ['triad', 'org.clinical-supervision', 'int.reduce-impact'],
		impact: 3,
		impactReason: `supervision ${TRIAD}`,
		riskFactorIds: ['heavy-caseloads', 'new-to-field', 'isolation'],
		actionIds: ['action.reflective-supervision-schedule', 'action.supervisor-reflective-training']
	},
	{
		id: 'item.supervision-addresses-sts',
		elementId: 'protect-client-care',
		statement:
			'Supervisors ask about STS as a regular topic, and staff feel safe using supervision to raise how the work affects them.',
		guidance: {
			low: 'STS rarely comes up in supervision, or staff worry it would be held against them.',
			middle: 'Some supervisors raise STS, but it depends on the person.',
			full: 'STS is a standing supervision topic across teams, and staff say they can raise it without judgment.'
		},
		evidenceExamples: [
			'Supervision agenda template with an STS question',
			'Sample of supervision notes',
			'Staff survey item on feeling safe to raise STS'
		],
		passageIds: ['ind.supervision', 'triad'],
		impact: 3,
		impactReason: `supervision ${TRIAD}`,
		riskFactorIds: ['heavy-caseloads', 'inadequate-training'],
		actionIds: ['action.sts-standing-agenda', 'action.peer-supervision-group']
	},
	{
		id: 'item.evidence-based-practice',
		elementId: 'protect-client-care',
		statement:
			'Clinical staff use evidence-based practices with clients, with the training and coaching to keep them up.',
		guidance: {
			low: 'Few clinicians are trained in an evidence-based practice.',
			middle: 'Some clinicians use evidence-based practices, but training or coaching is patchy.',
			full: 'Most clinical staff use an evidence-based practice with most clients, with ongoing coaching.'
		},
		evidenceExamples: [
			'List of evidence-based practices in use',
			'Training and certification records',
			'Coaching or fidelity review schedule'
		],
		passageIds: ['risk.protective-factors', 'element.protect-client-care'],
		impact: 2,
		impactReason: 'use of evidence-based practices helps protect staff against STS',
		riskFactorIds: ['evidence-based-practice', 'new-to-field'],
		actionIds: ['action.ebp-access']
	},
	{
		id: 'item.client-care-strain',
		elementId: 'protect-client-care',
		statement:
			'Case reviews look at whether staff strain may be affecting client care, and work can be adjusted when someone is depleted.',
		guidance: {
			low: 'Strain on staff is not discussed in relation to client care.',
			middle: 'Some supervisors notice and adjust work, but there is no shared practice.',
			full: 'Case reviews include a question on staff strain in every team, and a clear process allows temporary changes to workload.'
		},
		evidenceExamples: [
			'Case review template',
			'Written process for temporary caseload relief',
			'Supervision notes'
		],
		passageIds: ['risk.client-care', 'element.protect-client-care'],
		impact: 1,
		impactReason: 'staff depletion can affect client care',
		riskFactorIds: ['heavy-caseloads', 'turnover'],
		actionIds: ['action.client-care-review', 'action.caseload-relief']
	},

	// 5. Turn knowledge into action and policy
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
	},

	// 6. Build STS into everyday work and training
	{
		id: 'item.sts-in-ebp-training',
		elementId: 'integrate-sts',
		statement: 'STS is part of every evidence-based practice training for clinical staff.',
		guidance: {
			low: 'Evidence-based practice trainings do not mention STS.',
			middle: 'Some trainings include STS, or it depends on the trainer.',
			full: 'Every evidence-based practice training includes an STS section, and this is checked.'
		},
		evidenceExamples: [
			'Training agendas showing an STS section',
			'Agreement with trainers to include STS',
			'Training evaluation forms'
		],
		passageIds: ['org.sts-in-ebp-training', 'element.integrate-sts'],
		impact: 2,
		impactReason:
			'including STS in evidence-based practice training is a core organizational support',
		riskFactorIds: ['inadequate-training', 'evidence-based-practice'],
		actionIds: ['action.sts-in-ebp-training']
	},
	{
		id: 'item.skills-training',
		elementId: 'integrate-sts',
		statement:
			'Staff are offered skills training in coping methods, such as cognitive-behavioral strategies and mindfulness, and have time to practise them at work.',
		guidance: {
			low: 'No coping skills training is offered.',
			middle: 'Skills training has been offered once, or to some staff only.',
			full: 'All staff who hear trauma stories are offered skills training, with regular time to practise.'
		},
		evidenceExamples: [
			'Skills training roster',
			'Schedule of practice sessions',
			'Training materials'
		],
		passageIds: ['triad', 'int.cbt-mindfulness'],
		impact: 3,
		impactReason: `skills training ${TRIAD}`,
		riskFactorIds: ['inadequate-training', 'heavy-caseloads', 'critical-incidents'],
		actionIds: ['action.coping-skills-training', 'action.mindfulness-practice']
	},
	{
		id: 'item.continuing-training',
		elementId: 'integrate-sts',
		statement:
			'Staff have ongoing training on lowering their risk and caring for themselves, not just a single session.',
		guidance: {
			low: 'There is no training on risk reduction and self-care.',
			middle: 'A session was offered once, or only some staff can attend.',
			full: 'Refresher training is offered every year, and most staff take part.'
		},
		evidenceExamples: [
			'Yearly training calendar',
			'Attendance records',
			'Staff feedback on sessions'
		],
		passageIds: ['ind.continuing-training', 'element.integrate-sts'],
		impact: 1,
		impactReason: 'ongoing training keeps self-care skills fresh',
		riskFactorIds: ['inadequate-training', 'new-to-field'],
		actionIds: ['action.refresher-training']
	},
	{
		id: 'item.wellness-plans',
		elementId: 'integrate-sts',
		statement:
			'Staff are supported to write and follow their own wellness and resilience plan, including daily self-care.',
		guidance: {
			low: 'Wellness and self-care are left entirely to each person.',
			middle: 'A template or time is offered, but few staff use it.',
			full: 'Every staff member is offered a template and paid time, and can review their plan in supervision if they choose.'
		},
		evidenceExamples: [
			'Wellness plan template',
			'Note on paid time to write plans',
			'Schedules with short breaks between sessions'
		],
		passageIds: ['ind.wellness-plans', 'ind.self-care'],
		impact: 1,
		impactReason: 'personal wellness plans support self-care',
		riskFactorIds: ['heavy-caseloads'],
		actionIds: ['action.wellness-plans', 'action.self-care-breaks']
	},
	{
		id: 'item.rest-nutrition-exercise',
		elementId: 'integrate-sts',
		statement:
			'The workplace makes rest, good food, movement and stress reduction easier, for example breaks are taken and there is a quiet space.',
		guidance: {
			low: 'Breaks are often skipped and there is nowhere to rest.',
			middle: 'Some supports exist, but workload often gets in the way.',
			full: 'Breaks are protected, a quiet space is available, and staff-chosen supports are in place and used.'
		},
		evidenceExamples: [
			'Break schedule or policy',
			'Quiet room or wellness space',
			'Staff poll on what helps'
		],
		passageIds: ['prev.rest-nutrition-exercise', 'ind.exercise-nutrition'],
		impact: 1,
		impactReason: 'rest, nutrition, exercise and stress reduction help prevent STS',
		riskFactorIds: ['heavy-caseloads'],
		actionIds: ['action.rest-nutrition-exercise']
	},
	{
		id: 'item.sts-in-policies',
		elementId: 'integrate-sts',
		statement:
			'STS is built into services, policies, procedures and orientation, and is checked whenever they are reviewed.',
		guidance: {
			low: 'STS is not mentioned in policies, procedures or orientation.',
			middle: 'STS appears in some documents, but not in a planned way.',
			full: 'Orientation covers STS, and every policy or program review asks how it affects staff exposure and support.'
		},
		evidenceExamples: [
			'Policy review checklist with an STS question',
			'Orientation checklist',
			'Program descriptions that mention staff support'
		],
		passageIds: ['element.integrate-sts', 'approach.multidimensional'],
		impact: 2,
		impactReason: 'building STS into policies and procedures is a core organizational support',
		riskFactorIds: ['turnover'],
		actionIds: ['action.integrate-sts-policies', 'action.orientation-sts']
	}
] satisfies Item[];
