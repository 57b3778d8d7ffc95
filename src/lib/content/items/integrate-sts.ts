/** Practice items of the element "integrate-sts" (see ../elements.ts), in walk order. */
import type { Item } from '$lib/domain/framework';
import { TRIAD } from './impact';

export const integrateStsItems = [
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
