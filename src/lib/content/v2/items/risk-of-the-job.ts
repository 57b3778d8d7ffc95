/**
 * Framework version 2 items of the element "risk-of-the-job" (see ../../elements.ts), in walk
 * order. The first four assess the element itself: exposure to trauma named as a risk of the job
 * in the health and safety policy, job descriptions, hiring and orientation, one practice
 * each. (The STS risk-management policy itself is assessed under knowledge-into-action.)
 */
import type { ItemDraft } from '../draft-types';

/** The source asks that the risk be recognized; where to name it is ours. */
const WHERE_TO_NAME_IT =
	'is our way to put this element into practice: the source asks that the risk be recognized, not where.';

export const riskOfTheJobItemsV2 = [
	{
		id: 'item2.risk-in-safety-policy',
		elementId: 'risk-of-the-job',
		statement: 'The health and safety policy lists trauma exposure as a risk of the job.',
		scaleGuidance: [
			'The health and safety policy does not list trauma exposure as a job risk yet.',
			'Leaders call it a risk of the job, but it is not written down, or an update is in draft.',
			'Some programs list it in their own safety rules, but the main policy does not.',
			'The approved health and safety policy lists trauma exposure as a job risk.',
			'Staff know it is listed, it shapes safety plans, and the listing is reviewed on a set schedule.'
		],
		evidenceExamples: [
			'Health and safety policy or risk register',
			'Record that leaders or the board approved the policy',
			'Notes from a safety committee or policy review'
		],
		passageIds: ['element.risk-of-the-job', 'risk.occupational-hazard', 'policy.risk-management'],
		impact: 2,
		impactReason:
			'the source calls STS a common occupational hazard, and a written policy makes that risk official',
		riskFactorIds: [],
		actionIds: ['action2.risk-in-safety-policy', 'action.sts-policy'],
		replaces: [],
		suggested: `Listing the risk in the health and safety policy ${WHERE_TO_NAME_IT}`
	},
	{
		id: 'item2.risk-in-job-descriptions',
		elementId: 'risk-of-the-job',
		statement:
			'Job descriptions for roles that hear trauma stories name STS as a risk of the work.',
		scaleGuidance: [
			'Job descriptions do not mention trauma exposure yet.',
			'A few job descriptions mention it, or an update is only planned.',
			'Some roles that hear trauma stories have it in their job description, but not all.',
			'Every role that hears trauma stories has it in its written job description.',
			'It is checked each time a job description is written or updated.'
		],
		evidenceExamples: [
			'Job descriptions for roles that hear trauma stories',
			'Job description template',
			'HR checklist for new or updated roles'
		],
		passageIds: ['element.risk-of-the-job', 'risk.hearing-trauma', 'element.integrate-sts'],
		impact: 1,
		impactReason: 'naming the risk in writing shows that STS is part of the job, not a weakness',
		riskFactorIds: [],
		actionIds: ['action2.risk-in-job-descriptions'],
		replaces: [],
		suggested: `Naming the risk in job descriptions ${WHERE_TO_NAME_IT}`
	},
	{
		id: 'item2.risk-in-hiring',
		elementId: 'risk-of-the-job',
		statement: 'Job candidates are told in interviews that the work carries a risk of STS.',
		scaleGuidance: [
			'Candidates are not told about STS risk yet.',
			'Some interviewers mention it, but it is up to each one.',
			'Some teams or roles talk about STS risk in interviews, but not all.',
			'The interview guide for every role that hears trauma stories covers it.',
			'It is a set part of hiring, and the hiring steps are reviewed to keep it in.'
		],
		evidenceExamples: [
			'Interview guide or question list',
			'Job posting text',
			'Information sheet given to candidates'
		],
		passageIds: ['element.risk-of-the-job', 'risk.occupational-hazard', 'risk.hearing-trauma'],
		impact: 1,
		impactReason: 'candidates who know the risk can prepare and ask about support',
		riskFactorIds: ['new-to-field'],
		actionIds: ['action2.risk-in-hiring'],
		replaces: [],
		suggested: `Naming the risk in interviews ${WHERE_TO_NAME_IT}`
	},
	{
		id: 'item2.risk-in-orientation',
		elementId: 'risk-of-the-job',
		statement: 'Orientation tells new staff that STS is a normal risk of this work.',
		scaleGuidance: [
			'Orientation does not mention STS yet.',
			'STS comes up in orientation only if someone raises it.',
			'Some teams cover STS in orientation, but not all.',
			'STS as a normal risk is on the written checklist for every orientation.',
			'STS is a set part of orientation, and new staff help review how it is covered.'
		],
		evidenceExamples: [
			'Orientation checklist or agenda',
			'Orientation slides or handout on STS',
			'Pooled, anonymous feedback from new staff on orientation'
		],
		passageIds: [
			'element.risk-of-the-job',
			'risk.occupational-hazard',
			'risk.protective-factors',
			'element.integrate-sts'
		],
		impact: 2,
		impactReason: 'new staff have less experience, and experience helps protect against STS',
		riskFactorIds: ['new-to-field', 'inadequate-training'],
		actionIds: ['action.orientation-sts'],
		replaces: ['item.psychoeducation'],
		suggested: `Naming the risk in orientation ${WHERE_TO_NAME_IT}`
	},
	{
		id: 'item2.caseload-balance',
		elementId: 'risk-of-the-job',
		statement: 'Trauma cases are shared out so that no one carries too heavy a load.',
		scaleGuidance: [
			'Cases go to whoever is free, without looking at trauma load.',
			'Caseloads are eased only when someone raises a problem.',
			'Some teams balance trauma caseloads, or only some of the time.',
			'Every team checks the balance of trauma cases on a set schedule, using a written guide.',
			'Balance is built into how cases are given out, new staff build up step by step, and it is reviewed.'
		],
		evidenceExamples: [
			'Written caseload guideline',
			'Team schedule for caseload reviews',
			'Team summary of trauma caseloads, with no client details',
			'Ramp-up plan template for new staff'
		],
		passageIds: [
			'org.caseload-balance',
			'prev.caseload-balancing',
			'int.reduce-impact',
			'risk.heavy-caseload',
			'risk.protective-factors'
		],
		impact: 2,
		impactReason: 'trauma caseload balance is a core organizational support',
		riskFactorIds: ['heavy-caseloads', 'new-to-field', 'turnover'],
		actionIds: [
			'action.caseload-review',
			'action.caseload-guideline',
			'action.new-staff-caseloads',
			'action.caseload-relief'
		],
		replaces: ['item.caseload-balance', 'item.new-staff-assignments'],
		suggested:
			'How often to review caseloads, and what counts as too heavy, are our suggestions: the source gives neither.'
	},
	{
		id: 'item2.call-for-help',
		elementId: 'risk-of-the-job',
		statement: 'Staff have a quick way to call for help if they feel unsafe at work.',
		scaleGuidance: [
			'There is no shared way for staff to call for help yet.',
			'Staff rely on their own phones or on coworkers nearby.',
			'Some sites or field teams have a way to call for help, but not all.',
			'Every site and field role has a written way to call for help, and staff know it.',
			'The way to call for help is tested, and it is reviewed after any safety incident.'
		],
		evidenceExamples: [
			'Written safety procedure for offices and visits',
			'Alarm, app or check-in system for field visits',
			'Record of tests of the alarm or check-in system',
			'Summary of safety incidents with follow-up actions'
		],
		passageIds: ['org.physical-safety', 'risk.isolation'],
		impact: 2,
		impactReason: 'physical safety of staff is a core organizational support',
		riskFactorIds: ['isolation', 'critical-incidents'],
		actionIds: ['action.safety-review'],
		replaces: ['item.physical-safety']
	}
] satisfies ItemDraft[];
