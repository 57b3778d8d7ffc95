/**
 * Framework version 2 actions first used by the element "protect-client-care". Five are revised
 * copies of their version 1 actions of the same name (reflective-supervision-schedule,
 * supervisor-reflective-training, sts-standing-agenda, peer-supervision-group, ebp-access); the
 * rest are new. Supervision is for everyone who hears trauma stories, not clinicians only. Checks
 * on client care look at teams and programs, never at one worker, and never need anyone's
 * supervision or case records. Version 1's action.client-care-review (staff strain in case
 * reviews) gets no copy: program-trauma-check replaces it.
 */
import type { ActionDraft } from '../draft-types';

const NO_FREQUENCY = 'How often is our suggestion: the source gives no frequency.';

export const protectClientCareActionsV2 = [
	{
		id: 'action2.reflective-supervision-schedule',
		title: 'Give reflective supervision to everyone who hears trauma stories',
		description:
			'That means child welfare workers and others, not just therapists. Put protected sessions in the calendar so they do not slip when things get busy.',
		level: 'supervisor',
		type: 'prevention',
		effort: 'medium',
		typicalHorizon: 'now',
		successMeasure:
			'Every team whose staff hear trauma stories has reflective supervision on a set schedule within 3 months, counted as sessions held per team, with no names.',
		passageIds: ['org.clinical-supervision', 'triad', 'int.reduce-impact', 'risk.hearing-trauma'],
		suggested: `${NO_FREQUENCY} Monthly is one place to start.`
	},
	{
		id: 'action2.supervisor-reflective-training',
		title: 'Train supervisors in reflective supervision',
		description:
			'Help every supervisor of staff who hear trauma stories learn to run reflective supervision and to talk about STS with care. Supervisors carry this work too, so give them their own support while they learn.',
		level: 'organization',
		type: 'prevention',
		effort: 'medium',
		typicalHorizon: 'next',
		successMeasure:
			'Every supervisor of staff who hear trauma stories, not only clinical supervisors, has had reflective supervision training within 6 months.',
		passageIds: ['org.clinical-supervision', 'ind.supervision', 'triad']
	},
	{
		id: 'action2.sts-standing-agenda',
		title: 'Make STS a standing topic in supervision',
		description:
			'Add a short, open question about how the work is affecting the person to the supervision agenda. When it is always there, raising it feels normal rather than risky. What is said stays in supervision.',
		level: 'supervisor',
		type: 'prevention',
		effort: 'low',
		typicalHorizon: 'now',
		successMeasure:
			'The supervision agenda template in every team has an STS question within 3 months, and pooled, anonymous staff feedback says whether STS comes up.',
		passageIds: ['ind.supervision', 'triad']
	},
	{
		id: 'action2.safe-to-raise-sts',
		title: 'Make it safe to raise STS in supervision',
		description:
			'Write down that raising STS in supervision never counts against anyone, in job reviews or anywhere else. Share it with all staff and explain it to every supervisor.',
		level: 'organization',
		type: 'prevention',
		effort: 'low',
		typicalHorizon: 'now',
		successMeasure:
			'The written rule is shared with all staff within 3 months. Staff feedback, pooled with no names, shows if staff feel safe. It is never shown for a group so small that anyone could be picked out.',
		passageIds: ['ind.supervision', 'risk.occupational-hazard']
	},
	{
		id: 'action2.peer-supervision-group',
		title: 'Start a group to talk through hard cases',
		description:
			'Set up peer supervision, or a group led by someone from outside, where staff talk through hard cases and how the cases affect them. Give staff who work alone or off-site a way to join.',
		level: 'supervisor',
		type: 'intervention',
		effort: 'low',
		typicalHorizon: 'next',
		successMeasure:
			'A group runs on a set schedule for 6 months, open to all staff who hear trauma stories, including those who work alone or off-site.',
		passageIds: ['int.reduce-impact', 'ind.stay-connected', 'risk.isolation'],
		suggested: NO_FREQUENCY
	},
	{
		id: 'action2.ebp-access',
		title: 'Widen access to evidence-based practice training',
		description:
			'Help more clinical staff train and get coaching in evidence-based practices. Their use is linked with lower STS risk, and it supports good care.',
		level: 'organization',
		type: 'prevention',
		effort: 'high',
		typicalHorizon: 'later',
		successMeasure:
			'After 12 months, more clinical staff in each program are trained and coached in at least one evidence-based practice than at the start, counted with no names.',
		passageIds: ['risk.protective-factors', 'org.sts-in-ebp-training']
	},
	{
		id: 'action2.program-trauma-check',
		title: 'Check, program by program, that client trauma is still spotted',
		description:
			'Each program looks at how well it spots clients’ past trauma, such as at intake, and whether this slips when teams are stretched. Look at the team or program as a whole, with totals only, never at one worker.',
		level: 'organization',
		type: 'prevention',
		effort: 'medium',
		typicalHorizon: 'next',
		successMeasure:
			'Every program has done the check once within 6 months. It wrote down what it found in totals only, with no staff or client names.',
		passageIds: ['element.protect-client-care', 'risk.client-care']
	},
	{
		id: 'action2.protect-care-when-stretched',
		title: 'Plan how to protect client care when a team is stretched',
		description:
			'Agree in advance what the program does when a team is stretched thin, such as adding cover, sharing out new cases or pausing some tasks. The aim is to protect clients and staff, never to blame.',
		level: 'organization',
		type: 'intervention',
		effort: 'medium',
		typicalHorizon: 'next',
		successMeasure:
			'A written plan for stretched teams is in place within 6 months, and every team leader knows how to start it.',
		passageIds: ['element.protect-client-care', 'risk.client-care', 'int.reduce-impact']
	}
] satisfies ActionDraft[];
