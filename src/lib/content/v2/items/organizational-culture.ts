/**
 * Version 2 items of the element "organizational-culture" (see ../../elements.ts), in walk order.
 * The first three assess the element itself: trauma can shape a whole organization's culture, seen
 * in how leaders respond to strain, in how teams share the hard details of cases and in whether
 * leaders show self-care. The last three are the everyday supports that let staff rest and recover.
 * Every item looks at the organization's habits, never at how one person is doing.
 */
import type { ItemDraft } from '../draft-types';

export const organizationalCultureItemsV2 = [
	{
		id: 'item2.leaders-respond-to-strain',
		elementId: 'organizational-culture',
		statement:
			'When staff say the work is wearing them down, our leaders respond with support, not blame.',
		scaleGuidance: [
			'Leaders do not have a shared way to respond to strain yet.',
			'Some leaders respond with care, but it depends on the person.',
			'Leaders in some teams respond with support, such as time to talk or a lighter load.',
			'Leaders in all teams respond in the same caring way, set out in a short guide.',
			'The guide is part of leader training, and pooled staff feedback helps us improve it.'
		],
		evidenceExamples: [
			'A short guide for leaders on how to respond when staff speak up about strain',
			'Leader training agenda that covers responding to strain',
			'Pooled, anonymous staff survey results on how leaders respond, never shown for a group so small that anyone could be picked out'
		],
		passageIds: ['element.organizational-culture', 'risk.occupational-hazard'],
		impact: 2,
		impactReason:
			'how leaders respond to strain shows staff whether STS is treated as a risk of the job or as a weakness',
		riskFactorIds: ['turnover', 'heavy-caseloads'],
		actionIds: ['action2.leaders-respond-guide', 'action.eap-for-supervisors'],
		replaces: []
	},
	{
		id: 'item2.ask-before-sharing-details',
		elementId: 'organizational-culture',
		statement:
			'Our teams have a habit of asking first before they share the graphic details of a case.',
		scaleGuidance: [
			'There is no shared habit yet, and graphic details are often shared without warning.',
			'Some staff ask first, but teams have not talked about it.',
			'Some teams have agreed to ask first, or do it some of the time.',
			'Every team has agreed to ask first, and the norm is written down.',
			'New staff learn the norm in orientation, and teams review how it is working.'
		],
		evidenceExamples: [
			'Written team norms or meeting ground rules',
			'Orientation materials that explain the norm',
			'Case meeting agendas that remind people to ask first'
		],
		passageIds: ['element.organizational-culture', 'risk.hearing-trauma'],
		impact: 2,
		impactReason:
			'hearing the details of trauma is how STS risk arises, and asking first gives staff some say in how much they hear',
		riskFactorIds: ['heavy-caseloads'],
		actionIds: ['action2.ask-before-sharing-norm'],
		replaces: []
	},
	{
		id: 'item2.leaders-model-self-care',
		elementId: 'organizational-culture',
		statement:
			'Our leaders show self-care in how they work, such as taking breaks and using their leave.',
		scaleGuidance: [
			'Leaders rarely take breaks or leave, and self-care is not talked about yet.',
			'A few leaders show self-care, but they seldom speak about it.',
			'Leaders in some teams show self-care and speak about it openly.',
			'Leaders across the organization show self-care, and this is part of their written role.',
			'Modeling self-care is part of leader training, and pooled staff feedback shows it is seen.'
		],
		evidenceExamples: [
			'Leave and break norms that apply to leaders too',
			'Leader messages to staff that mention their own self-care',
			'Pooled, anonymous staff survey results on what leaders model'
		],
		passageIds: ['element.organizational-culture', 'ind.self-care'],
		impact: 2,
		impactReason:
			'what leaders do shapes the culture, and staff are more likely to practice self-care when leaders do',
		riskFactorIds: ['turnover'],
		actionIds: ['action2.leaders-model-self-care'],
		replaces: []
	},
	{
		id: 'item2.self-care-with-peers',
		elementId: 'organizational-culture',
		statement:
			'Staff can keep up self-care with peers at work, such as in a self-care group or with a buddy.',
		scaleGuidance: [
			'There is no self-care group or buddy system yet.',
			'Staff set up a group or buddy pairs on their own, without support.',
			'Some teams have a self-care group or buddy pairs, with some paid time.',
			'All staff can join a self-care group or buddy system on paid time, and this is written down.',
			'Staff help shape these supports, and we review and improve them over time.'
		],
		evidenceExamples: [
			'Self-care group schedule',
			'Note or policy that allows paid time to take part',
			'Invitation to join the buddy system, with a short guide for pairs',
			'Number of groups and buddy pairs running, with no names'
		],
		passageIds: [
			'org.self-care-groups',
			'prev.self-care-groups',
			'ind.buddy-system',
			'prev.buddy-system',
			'ind.self-care'
		],
		impact: 2,
		impactReason:
			'the source names workplace self-care groups and the self-care buddy system as ways to prevent STS',
		riskFactorIds: ['isolation', 'heavy-caseloads'],
		actionIds: ['action2.self-care-group', 'action2.buddy-system'],
		replaces: ['item.self-care-groups', 'item.buddy-system']
	},
	{
		id: 'item2.flextime',
		elementId: 'organizational-culture',
		statement: 'Staff can use flextime to change when they start and end their workday.',
		scaleGuidance: [
			'Work hours are fixed, and there is no flextime yet.',
			'Some staff work out flexible hours with their manager, case by case.',
			'Flextime is offered in some teams or roles.',
			'A written flextime policy covers all teams, and staff know how to use it.',
			'Flextime is used across teams, and we review the policy with staff.'
		],
		evidenceExamples: [
			'Written flextime policy',
			'Team schedules that show flexible hours',
			'Count of teams where flextime is used'
		],
		passageIds: ['org.flextime', 'prev.flextime'],
		impact: 2,
		impactReason: 'offering flextime is one of the organizational strategies the source names',
		riskFactorIds: ['heavy-caseloads', 'turnover'],
		actionIds: ['action2.flextime'],
		replaces: ['item.flextime-work-life']
	},
	{
		id: 'item2.time-off-norms',
		elementId: 'organizational-culture',
		statement:
			'Team norms protect time off, such as no one expecting replies to messages after hours.',
		scaleGuidance: [
			'After-hours messages and skipped leave are common, and there are no norms yet.',
			'Some people protect their time off, but teams have not agreed how.',
			'Some teams have agreed norms, such as when messages can wait.',
			'Every team has written norms on after-hours contact and on covering leave.',
			'Leaders keep the norms too, and teams review them using pooled staff feedback.'
		],
		evidenceExamples: [
			'Written team norms on after-hours contact',
			'Plan for covering work when staff take leave',
			'Leave taken across the organization, as pooled totals with no names'
		],
		passageIds: ['ind.work-life-balance'],
		impact: 1,
		impactReason:
			'healthy work-life balance is one of the source’s individual strategies, and team norms make it easier',
		riskFactorIds: ['heavy-caseloads', 'turnover'],
		actionIds: ['action2.work-life-boundaries'],
		replaces: ['item.flextime-work-life']
	}
] satisfies ItemDraft[];
