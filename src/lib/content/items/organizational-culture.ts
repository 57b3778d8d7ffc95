/** Practice items of the element "organizational-culture" (see ../elements.ts), in walk order. */
import type { Item } from '$lib/domain/framework';

export const organizationalCultureItems = [
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
	}
] satisfies Item[];
