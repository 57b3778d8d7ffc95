/** Practice items of the element "recognize-impact" (see ../elements.ts), in walk order. */
import type { Item } from '$lib/domain/framework';

export const recognizeImpactItems = [
	{
		id: 'item.leaders-trained',
		elementId: 'recognize-impact',
		statement:
			'Leaders and non-clinical staff (such as reception, admin and drivers) have had training on what STS is and how it shows up at work.',
		guidance: {
			low: 'STS training is offered to clinicians only, or not at all.',
			middle: 'Some leaders or some non-clinical teams have been trained, but not all.',
			full: 'All leaders and non-clinical staff are trained when they join, with refreshers, and records are kept.'
		},
		evidenceExamples: [
			'Training roster with leaders and non-clinical staff',
			'Training agenda or slides',
			'Orientation checklist for non-clinical roles'
		],
		passageIds: ['org.train-leaders-staff', 'element.recognize-impact'],
		impact: 2,
		impactReason: 'training leaders and non-clinical staff is a core organizational support',
		riskFactorIds: ['inadequate-training'],
		actionIds: ['action.train-leaders-nonclinical']
	},
	{
		id: 'item.ongoing-assessment',
		elementId: 'recognize-impact',
		statement:
			'The organization checks staff risk and resiliency on a set schedule, at least yearly, and staff are offered a private, voluntary STS self-check.',
		guidance: {
			low: 'There is no regular check on how staff are doing.',
			middle: 'Checks happen now and then, or a self-check is offered in some teams only.',
			full: 'A yearly organization check and a voluntary self-check for all staff happen on schedule, and the results lead to action.'
		},
		evidenceExamples: [
			'Past assessment reports or staff survey summaries',
			'Invitation to the voluntary self-check',
			'Task force notes showing actions taken from results'
		],
		passageIds: ['org.ongoing-assessment', 'prev.self-report', 'element.recognize-impact'],
		impact: 2,
		impactReason:
			'ongoing assessment of staff risk and resiliency is a core organizational support',
		riskFactorIds: ['heavy-caseloads', 'critical-incidents', 'turnover'],
		actionIds: ['action.self-report-checks', 'action.annual-reassessment']
	},
	{
		id: 'item.know-the-signs',
		elementId: 'recognize-impact',
		statement:
			'Staff can name common signs of STS in themselves and know what to do when they notice them.',
		guidance: {
			low: 'Most staff would not recognize signs of STS in themselves.',
			middle: 'Some staff know the signs, often from past jobs or their own reading.',
			full: 'Staff across roles can name the signs and the first steps to take, and a simple guide is easy to find.'
		},
		evidenceExamples: [
			'One-page guide to the signs of STS',
			'Intranet or staff room notice',
			'Quick poll results on staff awareness'
		],
		passageIds: ['ind.self-awareness', 'prev.knowledge-awareness'],
		impact: 1,
		impactReason: 'self-awareness helps staff act early',
		riskFactorIds: ['inadequate-training', 'new-to-field'],
		actionIds: ['action.signs-guide']
	},
	{
		id: 'item.turnover-tracked',
		elementId: 'recognize-impact',
		statement:
			'Turnover and staff plans to leave are tracked, and leaders look at them for links to STS.',
		guidance: {
			low: 'Turnover is not tracked, or reasons for leaving are not asked.',
			middle: 'Turnover is counted, but links to STS are not looked at.',
			full: 'Turnover and intent to leave are reported every quarter, exit and stay conversations ask about strain, and leaders act on patterns.'
		},
		evidenceExamples: [
			'Quarterly turnover report',
			'Exit or stay interview questions',
			'Leadership meeting notes'
		],
		passageIds: ['risk.leaving-the-field', 'element.recognize-impact'],
		impact: 1,
		impactReason: 'turnover can be an early sign of STS in the workforce',
		riskFactorIds: ['turnover'],
		actionIds: ['action.track-turnover']
	}
] satisfies Item[];
