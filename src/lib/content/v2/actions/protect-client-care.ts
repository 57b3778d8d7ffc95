/**
 * Framework version 2 actions first used by the element "protect-client-care", all new (the
 * revised copies of version 1 actions this element uses are in revised.ts). Supervision is for everyone who hears trauma stories, not clinicians only. Checks
 * on client care look at teams and programs, never at one worker, and never need anyone's
 * supervision or case records. Version 1's action.client-care-review (staff strain in case
 * reviews) is not used by any version 2 item: program-trauma-check replaces it.
 */
import type { ActionDraft } from '../draft-types';

const NO_TIME_FRAME = 'The time frame is our suggestion: the source gives none.';

export const protectClientCareActionsV2 = [
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
		passageIds: ['ind.supervision', 'risk.occupational-hazard'],
		suggested: NO_TIME_FRAME
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
		passageIds: ['element.protect-client-care', 'risk.client-care'],
		suggested: NO_TIME_FRAME
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
		passageIds: ['element.protect-client-care', 'risk.client-care', 'int.reduce-impact'],
		suggested: NO_TIME_FRAME
	}
] satisfies ActionDraft[];
