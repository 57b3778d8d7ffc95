/**
 * Framework version 2 items of the element "recognize-impact" (see ../../elements.ts), in walk
 * order. Each statement asks one thing; checks on the workforce are about staff as a group, never
 * about a person.
 */
import { TRIAD } from '../../items/impact';
import type { ItemDraft } from '../draft-types';

export const recognizeImpactItemsV2 = [
	{
		id: 'item2.sts-basics-for-everyone',
		elementId: 'recognize-impact',
		statement:
			'Everyone who hears trauma stories at work, in any role, is taught the basics of STS.',
		scaleGuidance: [
			'No one is taught about STS at work yet.',
			'STS basics come up now and then, or people find them on their own.',
			'Some roles or teams are taught STS basics, but not all who hear trauma stories.',
			'Every role that hears trauma stories is taught STS basics, with refreshers.',
			'STS basics are built into how every such role starts, and the content is reviewed.'
		],
		evidenceExamples: [
			'List of roles that hear trauma stories, such as front desk, drivers and case workers',
			'Training totals for STS basics, by role, with no names',
			'Session agenda, slides or handouts'
		],
		passageIds: [
			'triad',
			'prev.knowledge-awareness',
			'risk.hearing-trauma',
			'org.train-leaders-staff'
		],
		impact: 3,
		impactReason: `psychoeducation ${TRIAD}`,
		riskFactorIds: ['inadequate-training', 'new-to-field'],
		actionIds: ['action.sts-psychoeducation', 'action.train-leaders-nonclinical'],
		replaces: ['item.psychoeducation', 'item.leaders-trained'],
		suggested: 'How often to refresh is our suggestion: the source gives no frequency.'
	},
	{
		id: 'item2.leaders-trained',
		elementId: 'recognize-impact',
		statement: 'Leaders have had training on what STS is and how it shows up at work.',
		scaleGuidance: [
			'No leaders have had STS training yet.',
			'A few leaders have learned about STS on their own, or training is only planned.',
			'Some leaders have had STS training, but not all of them.',
			'All leaders are trained in STS when they start, and training totals show it.',
			'STS training is part of how every leader starts, with refreshers, and it is reviewed.'
		],
		evidenceExamples: [
			'Training totals for leaders, with no names',
			'Training agenda or slides',
			'Checklist for new leaders'
		],
		passageIds: ['org.train-leaders-staff', 'element.recognize-impact'],
		impact: 2,
		impactReason: 'training leaders on STS is a core organizational support',
		riskFactorIds: ['inadequate-training'],
		actionIds: ['action.train-leaders-nonclinical'],
		replaces: ['item.leaders-trained']
	},
	{
		id: 'item2.workforce-check',
		elementId: 'recognize-impact',
		statement:
			'On a set schedule, the organization checks STS risk across its staff as a group, with no names.',
		scaleGuidance: [
			'There is no check on STS risk across staff yet.',
			'Checks happen now and then, or one is only planned.',
			'Some teams are checked, or checks happen in some years but not others.',
			'Checks follow a written schedule across every team.',
			'Results of each check lead to action, and the way we check is reviewed.'
		],
		evidenceExamples: [
			'Written schedule for the workforce check',
			'Summary with only pooled, anonymous results for groups above a minimum size',
			'Task force notes on actions taken after a check',
			'This workbook’s risk profile from past cycles'
		],
		passageIds: ['org.ongoing-assessment', 'element.recognize-impact', 'policy.risk-management'],
		impact: 2,
		impactReason:
			'ongoing assessment of staff risk and resiliency is a core organizational support',
		riskFactorIds: ['heavy-caseloads', 'critical-incidents', 'turnover'],
		actionIds: ['action2.pooled-workforce-check', 'action.annual-reassessment'],
		replaces: ['item.ongoing-assessment'],
		suggested:
			'How often to check, and the smallest group whose pooled results are shown, are our suggestions: the source gives neither.'
	},
	{
		id: 'item2.private-self-check',
		elementId: 'recognize-impact',
		statement:
			'Staff are offered a private STS self-check they can choose to take. No one else sees their answers.',
		scaleGuidance: [
			'No STS self-check is offered yet.',
			'A self-check is shared now and then, or it is only planned.',
			'Some teams are offered a self-check, or it is offered only some of the time.',
			'All staff are offered the self-check on a set schedule, with support contacts.',
			'Staff help review the offer and the support that comes with it.'
		],
		evidenceExamples: [
			'Invitation that says the self-check is voluntary and private',
			'List of support contacts sent with the self-check',
			'Written rule that no one is asked to share their own answers'
		],
		passageIds: ['prev.self-report', 'org.ongoing-assessment', 'ind.self-awareness'],
		impact: 1,
		impactReason: 'self-report checks are one of the prevention strategies the source lists',
		riskFactorIds: ['heavy-caseloads', 'critical-incidents'],
		actionIds: ['action.self-report-checks'],
		replaces: ['item.ongoing-assessment'],
		suggested:
			'How often to offer the self-check, and the smallest group size for a pooled summary, are our suggestions: the source gives neither.'
	},
	{
		id: 'item2.signs-guide',
		elementId: 'recognize-impact',
		statement: 'Staff can easily find a short guide to the signs of STS.',
		scaleGuidance: [
			'There is no guide to the signs of STS yet.',
			'A guide exists, but few staff know of it, or it is only planned.',
			'Some teams have the guide, or it is hard to find.',
			'All staff get the guide, and it says what to do and where to get help.',
			'The guide is part of training, posted where staff look, and kept up to date.'
		],
		evidenceExamples: [
			'One-page guide to the signs of STS',
			'Intranet page or staff room notice',
			'Anonymous quick poll on whether staff know where the guide is'
		],
		passageIds: ['ind.self-awareness', 'prev.knowledge-awareness'],
		impact: 1,
		impactReason: 'knowing the signs helps staff notice STS in themselves and seek help',
		riskFactorIds: ['inadequate-training', 'new-to-field'],
		actionIds: ['action.signs-guide'],
		replaces: ['item.know-the-signs']
	},
	{
		id: 'item2.turnover-reviewed',
		elementId: 'recognize-impact',
		statement: 'Leaders look at staff turnover for links to STS.',
		scaleGuidance: [
			'Leaders do not look at turnover for links to STS yet.',
			'Turnover is counted, but links to STS come up only now and then.',
			'Some teams look at why staff leave, or only after many leave at once.',
			'Leaders review turnover on a set schedule, and exit talks ask about strain from the work.',
			'Turnover reviews lead to action, and leaders check whether the action helps.'
		],
		evidenceExamples: [
			'Turnover report that leaders review',
			'Exit or stay interview questions',
			'Leadership meeting notes on turnover'
		],
		passageIds: ['risk.leaving-the-field', 'element.recognize-impact'],
		impact: 1,
		impactReason: 'the source says STS often predicts that staff will leave the field',
		riskFactorIds: ['turnover'],
		actionIds: ['action.track-turnover'],
		replaces: ['item.turnover-tracked'],
		suggested: 'How often to review turnover is our suggestion: the source gives no frequency.'
	}
] satisfies ItemDraft[];
