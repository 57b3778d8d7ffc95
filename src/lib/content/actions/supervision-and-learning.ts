/** Actions on supervision, caseloads, learning about STS and skills. */
import type { ActionTemplate } from '$lib/domain/framework';

export const supervisionAndLearning = [
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
	}
] satisfies ActionTemplate[];
