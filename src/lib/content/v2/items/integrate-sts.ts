/**
 * Version 2 items of the element "integrate-sts" (see ../../elements.ts), in walk order: STS in
 * services, in training, in leaders' skills and in the daily supports for self-care.
 */
import { TRIAD } from '$lib/content/items/impact';
import type { ItemDraft } from '../draft-types';

export const integrateStsItemsV2 = [
	{
		id: 'item2.sts-in-services',
		elementId: 'integrate-sts',
		statement: 'STS is built into the way we run our services.',
		scaleGuidance: [
			'STS is not in our policies, procedures or orientation yet.',
			'STS comes up in some papers, but not in a planned way.',
			'Some programs or teams have built STS into how they work.',
			'Orientation and all key procedures cover STS in writing.',
			'Each review of a policy or program asks how it affects staff who hear trauma.'
		],
		evidenceExamples: [
			'Policy review checklist with a question on STS',
			'Orientation checklist that covers STS',
			'Program descriptions that mention staff support'
		],
		passageIds: ['element.integrate-sts', 'approach.multidimensional'],
		impact: 2,
		impactReason:
			'building STS into services and procedures makes care for staff part of daily work',
		riskFactorIds: ['turnover', 'new-to-field'],
		actionIds: ['action.integrate-sts-policies', 'action.orientation-sts'],
		replaces: ['item.sts-in-policies']
	},
	{
		id: 'item2.sts-in-ebp-training',
		elementId: 'integrate-sts',
		statement:
			'When clinical staff learn a new evidence-based practice, the training covers STS too.',
		scaleGuidance: [
			'Evidence-based practice trainings do not cover STS yet.',
			'STS comes up only when a trainer chooses to raise it.',
			'Some evidence-based practice trainings have a part on STS.',
			'Every evidence-based practice training has a written part on STS.',
			'We check the STS part in each training plan and update it from feedback.'
		],
		evidenceExamples: [
			'Training agendas with a part on STS',
			'Agreement with trainers to include STS',
			'Pooled, anonymous feedback on the trainings'
		],
		passageIds: ['org.sts-in-ebp-training', 'element.integrate-sts'],
		impact: 2,
		impactReason: 'adding STS to evidence-based practice training is a core organizational support',
		riskFactorIds: ['inadequate-training', 'evidence-based-practice'],
		actionIds: ['action.sts-in-ebp-training', 'action.ebp-access'],
		replaces: ['item.sts-in-ebp-training']
	},
	{
		id: 'item2.coping-skills-training',
		elementId: 'integrate-sts',
		statement: 'Staff are offered skills training to cope with STS, such as mindfulness.',
		scaleGuidance: [
			'No coping skills training is offered yet.',
			'Skills training was offered once, or it is only planned.',
			'Some teams are offered skills training, or only some of the time.',
			'All staff who hear trauma stories are offered it, with paid time to practice.',
			'Skills training is part of our training plan, and staff feedback shapes it.'
		],
		evidenceExamples: [
			'Skills training schedule',
			'Training materials on mindfulness or cognitive-behavioral methods',
			'Pooled, anonymous feedback on the training'
		],
		passageIds: ['triad', 'int.cbt-mindfulness'],
		impact: 3,
		impactReason: `skills training ${TRIAD}, and cognitive-behavioral and mindfulness methods are emerging best practices, though evidence on STS interventions is limited`,
		riskFactorIds: ['inadequate-training', 'heavy-caseloads', 'critical-incidents'],
		actionIds: ['action.coping-skills-training', 'action.mindfulness-practice'],
		replaces: ['item.skills-training']
	},
	{
		id: 'item2.ongoing-self-care-training',
		elementId: 'integrate-sts',
		statement: 'Staff get ongoing training on how to stay well in this work.',
		scaleGuidance: [
			'There is no training on staying well in this work yet.',
			'A session on self-care was offered once, or it is planned.',
			'Some teams get refresher training on lowering risk and on self-care.',
			'All staff are offered refresher training on a set schedule.',
			'Refresher training is built into our training plan and reviewed.'
		],
		evidenceExamples: [
			'Training calendar with refresher sessions',
			'Session materials on lowering risk and on self-care',
			'Attendance totals by team, without names'
		],
		passageIds: ['ind.continuing-training', 'int.reduce-impact', 'element.integrate-sts'],
		impact: 2,
		impactReason: 'the source says training has been shown to reduce the impact of STS',
		riskFactorIds: ['inadequate-training', 'new-to-field'],
		actionIds: ['action.refresher-training'],
		replaces: ['item.continuing-training'],
		suggested:
			'A set schedule is our suggestion: the source asks for ongoing training but gives no frequency.'
	},
	{
		id: 'item2.leaders-trained-to-lead',
		elementId: 'integrate-sts',
		statement: 'Our leaders are trained to bring STS practices into our work.',
		scaleGuidance: [
			'Leaders have had no training on putting STS practices in place yet.',
			'A few leaders learned about it in an informal way.',
			'Some leaders are trained, or the training left out how to assess results.',
			'All senior leaders are trained to put STS practices in place and assess them.',
			'Leaders use this training to plan, track and review our STS work.'
		],
		evidenceExamples: [
			'Training agenda on putting practices in place and assessing them',
			'STS plan with measures, written by leaders',
			'Progress reports to the board'
		],
		passageIds: ['org.train-leaders-implementation', 'element.integrate-sts'],
		impact: 2,
		impactReason:
			'leaders trained in implementation and assessment are a core organizational support',
		riskFactorIds: ['inadequate-training'],
		actionIds: ['action.leader-implementation-training', 'action.annual-reassessment'],
		replaces: ['item.leaders-implementation']
	},
	{
		id: 'item2.daily-self-care-support',
		elementId: 'integrate-sts',
		statement: 'Our workplace makes daily self-care easier, such as rest breaks and a quiet space.',
		scaleGuidance: [
			'Breaks are often skipped, and there is nowhere quiet to rest.',
			'Self-care is encouraged in words, but little is in place.',
			'Some teams protect breaks or have a quiet space.',
			'Breaks are protected, and there are supports for rest, food, movement and stress relief.',
			'Staff help choose the supports, and we review them with pooled, anonymous feedback.'
		],
		evidenceExamples: [
			'Break schedule or policy',
			'Quiet room or wellness space',
			'Wellness plan template offered to all staff (plans stay private)',
			'Pooled, anonymous poll on what helps'
		],
		passageIds: [
			'prev.rest-nutrition-exercise',
			'ind.exercise-nutrition',
			'ind.self-care',
			'ind.wellness-plans'
		],
		impact: 1,
		impactReason:
			'the source says rest, nutrition, exercise and stress reduction are important in preventing STS',
		riskFactorIds: ['heavy-caseloads'],
		actionIds: [
			'action.self-care-breaks',
			'action.rest-nutrition-exercise',
			'action.wellness-plans'
		],
		replaces: ['item.wellness-plans', 'item.rest-nutrition-exercise'],
		suggested:
			'The poll is our suggestion. Keep it anonymous, and report it only for groups of five or more.'
	}
] satisfies ItemDraft[];
