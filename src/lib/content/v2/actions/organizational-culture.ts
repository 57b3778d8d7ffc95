/**
 * Framework version 2 actions first used by the element "organizational-culture". Three are new
 * (how leaders respond to strain, asking before sharing graphic details, leaders showing
 * self-care). The other four are revised copies of their version 1 actions of the same name: no
 * frequency or percentage that the source does not give, and no attendance kept on a person.
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
	},
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
			'A self-care group meets on paid time on a set schedule for 6 months, and staff say in pooled feedback whether it helps.',
		passageIds: ['org.self-care-groups', 'prev.self-care-groups', 'ind.self-care'],
		suggested:
			'How often the group meets is our suggestion to agree: the source gives no frequency.'
	},
	{
		id: 'action2.buddy-system',
		title: 'Offer a self-care buddy system',
		description:
			'Invite staff to pair up with a buddy who helps them keep up the self-care they plan. Joining is a free choice, pairs can change at any time, and what buddies share stays between them.',
		level: 'individual',
		type: 'prevention',
		effort: 'low',
		typicalHorizon: 'now',
		successMeasure:
			'Every staff member is invited to join within 2 months, and pairs get a short guide and paid time to meet.',
		passageIds: ['ind.buddy-system', 'prev.buddy-system', 'ind.self-care']
	},
	{
		id: 'action2.flextime',
		title: 'Offer flextime scheduling',
		description:
			'Let staff change when they start and end their day, within clear limits, so they can recover and meet life outside work. Write the policy down so everyone can use it fairly.',
		level: 'organization',
		type: 'prevention',
		effort: 'medium',
		typicalHorizon: 'next',
		successMeasure:
			'A written flextime policy covers all teams within 6 months, and a count of teams using it, with no names, is shared with staff.',
		passageIds: ['org.flextime', 'prev.flextime']
	},
	{
		id: 'action2.work-life-boundaries',
		title: 'Agree team norms that protect time off',
		description:
			'Agree as a team when messages can wait until the next workday and how work is covered during leave. Leaders keep the same norms.',
		level: 'supervisor',
		type: 'prevention',
		effort: 'low',
		typicalHorizon: 'now',
		successMeasure:
			'Every team has written norms on after-hours contact and leave cover within 3 months, and pooled leave totals, with no names, are shared each year.',
		passageIds: ['ind.work-life-balance'],
		suggested: 'Sharing leave totals each year is our suggestion: the source gives no frequency.'
	}
] satisfies ActionDraft[];
