/**
 * The six essential elements of a trauma-informed system, in the seed's order. They are the steps of
 * the walk-through. Titles and summaries are our own plain words; the passages hold the seed's.
 */
import type { Element } from '$lib/domain/framework';

export const elements = [
	{
		id: 'recognize-impact',
		number: 1,
		title: 'Recognize the impact on the workforce',
		summary:
			'Hearing about trauma again and again can affect the people who do this work. This step looks at whether leaders and staff know what secondary traumatic stress (STS) looks like, and whether the organization checks in on how its people are doing.',
		passageIds: ['element.recognize-impact', 'risk.occupational-hazard']
	},
	{
		id: 'risk-of-the-job',
		number: 2,
		title: 'Treat trauma exposure as a risk of the job',
		summary:
			'STS is a normal risk of serving children and families who have been through trauma, not a personal weakness. This step looks at how the organization prepares people for that risk and shares the load fairly.',
		passageIds: ['element.risk-of-the-job', 'risk.hearing-trauma']
	},
	{
		id: 'organizational-culture',
		number: 3,
		title: 'Build a culture that supports staff',
		summary:
			'Trauma can shape how a whole organization works, just as it shapes how a person sees the world. This step looks at the everyday habits that keep people connected and able to rest and recover.',
		passageIds: ['element.organizational-culture']
	},
	{
		id: 'protect-client-care',
		number: 4,
		title: 'Protect the care that clients receive',
		summary:
			'When staff are worn down, it gets harder to notice a client’s trauma and to help prevent more of it. This step looks at supervision, sound clinical practice and how the organization notices strain before it reaches clients.',
		passageIds: ['element.protect-client-care', 'risk.client-care']
	},
	{
		id: 'knowledge-into-action',
		number: 5,
		title: 'Turn knowledge into action and policy',
		summary:
			'Knowing about STS helps only when it leads to clear plans, people who own them and help that staff can reach. This step looks at policy, leadership, outside partners and plans for hard times.',
		passageIds: ['element.knowledge-into-action', 'policy.risk-management']
	},
	{
		id: 'integrate-sts',
		number: 6,
		title: 'Build STS into everyday work and training',
		summary:
			'Care for staff works best when it is part of services, training and procedures, not an extra. This step looks at training, coping skills and the daily supports that help people stay well.',
		passageIds: ['element.integrate-sts', 'approach.multidimensional']
	}
] satisfies Element[];
