/**
 * Framework version 2 actions first used by the element "organizational-culture". Three are new
 * (how leaders respond to strain, asking before sharing graphic details, leaders showing
 * self-care); the revised copies of version 1 actions this element uses are in revised.ts.
 * Success measures look at teams and the organization; staff feedback is always pooled.
 */
import type { ActionDraft } from '../draft-types';

export const organizationalCultureActionsV2 = [
	{
		id: 'action2.leaders-respond-guide',
		title: 'Agree how leaders respond when staff are under strain',
		description:
			'Write a short guide for leaders on what to do when someone says the work is wearing them down: listen, thank them, offer options such as time to talk or a lighter load, and never blame. Add it to leader training.',
		level: 'organization',
		type: 'prevention',
		effort: 'low',
		typicalHorizon: 'now',
		successMeasure:
			'The guide is shared with every leader and is part of leader training. Pooled, anonymous staff feedback on how leaders respond is reviewed, never for a group so small that anyone could be picked out.',
		passageIds: ['element.organizational-culture', 'risk.occupational-hazard']
	},
	{
		id: 'action2.ask-before-sharing-norm',
		title: 'Agree to ask first before sharing graphic details',
		description:
			'Each team agrees on a simple habit: before sharing the graphic details of a case, ask if the listener is ready, and share only what they need. Write it into meeting ground rules and orientation.',
		level: 'supervisor',
		type: 'prevention',
		effort: 'low',
		typicalHorizon: 'now',
		successMeasure:
			'Every team has agreed on the norm and added it to its meeting rules. Orientation covers it too.',
		passageIds: ['element.organizational-culture', 'risk.hearing-trauma']
	},
	{
		id: 'action2.leaders-model-self-care',
		title: 'Have leaders show self-care openly',
		description:
			'Ask leaders to take their breaks and leave, keep to the time-off norms, and mention what they do to look after themselves. Staff follow what leaders do more than what they say.',
		level: 'organization',
		type: 'prevention',
		effort: 'low',
		typicalHorizon: 'now',
		successMeasure:
			'Leave and break norms apply to leaders in writing. Staff feedback, pooled with no names, says leaders show self-care.',
		passageIds: ['element.organizational-culture', 'ind.self-care']
	}
] satisfies ActionDraft[];
