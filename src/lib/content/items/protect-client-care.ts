/** Practice items of the element "protect-client-care" (see ../elements.ts), in walk order. */
import type { Item } from '$lib/domain/framework';
import { TRIAD } from './impact';

export const protectClientCareItems = [
	{
		id: 'item.reflective-supervision',
		elementId: 'protect-client-care',
		statement:
			'Every clinician who hears trauma narratives has reflective supervision at least monthly that makes room to talk about STS.',
		guidance: {
			low: 'Supervision is rare, or covers case tasks only.',
			middle: 'Reflective supervision happens in some teams, or is often cancelled.',
			full: 'All clinicians have protected reflective supervision at least monthly with trained supervisors, and it is tracked.'
		},
		evidenceExamples: [
			'Supervision schedule or calendar',
			'Supervision log showing sessions held',
			'Supervisor training records'
		],
		passageIds: ['triad', 'org.clinical-supervision', 'int.reduce-impact'],
		impact: 3,
		impactReason: `supervision ${TRIAD}`,
		riskFactorIds: ['heavy-caseloads', 'new-to-field', 'isolation'],
		actionIds: ['action.reflective-supervision-schedule', 'action.supervisor-reflective-training']
	},
	{
		id: 'item.supervision-addresses-sts',
		elementId: 'protect-client-care',
		statement:
			'Supervisors ask about STS as a regular topic, and staff feel safe using supervision to raise how the work affects them.',
		guidance: {
			low: 'STS rarely comes up in supervision, or staff worry it would be held against them.',
			middle: 'Some supervisors raise STS, but it depends on the person.',
			full: 'STS is a standing supervision topic across teams, and staff say they can raise it without judgment.'
		},
		evidenceExamples: [
			'Supervision agenda template with an STS question',
			'Sample of supervision notes',
			'Staff survey item on feeling safe to raise STS'
		],
		passageIds: ['ind.supervision', 'triad'],
		impact: 3,
		impactReason: `supervision ${TRIAD}`,
		riskFactorIds: ['heavy-caseloads', 'inadequate-training'],
		actionIds: ['action.sts-standing-agenda', 'action.peer-supervision-group']
	},
	{
		id: 'item.evidence-based-practice',
		elementId: 'protect-client-care',
		statement:
			'Clinical staff use evidence-based practices with clients, with the training and coaching to keep them up.',
		guidance: {
			low: 'Few clinicians are trained in an evidence-based practice.',
			middle: 'Some clinicians use evidence-based practices, but training or coaching is patchy.',
			full: 'Most clinical staff use an evidence-based practice with most clients, with ongoing coaching.'
		},
		evidenceExamples: [
			'List of evidence-based practices in use',
			'Training and certification records',
			'Coaching or fidelity review schedule'
		],
		passageIds: ['risk.protective-factors', 'element.protect-client-care'],
		impact: 2,
		impactReason: 'use of evidence-based practices helps protect staff against STS',
		riskFactorIds: ['evidence-based-practice', 'new-to-field'],
		actionIds: ['action.ebp-access']
	},
	{
		id: 'item.client-care-strain',
		elementId: 'protect-client-care',
		statement:
			'Case reviews look at whether staff strain may be affecting client care, and work can be adjusted when someone is depleted.',
		guidance: {
			low: 'Strain on staff is not discussed in relation to client care.',
			middle: 'Some supervisors notice and adjust work, but there is no shared practice.',
			full: 'Case reviews include a question on staff strain in every team, and a clear process allows temporary changes to workload.'
		},
		evidenceExamples: [
			'Case review template',
			'Written process for temporary caseload relief',
			'Supervision notes'
		],
		passageIds: ['risk.client-care', 'element.protect-client-care'],
		impact: 1,
		impactReason: 'staff depletion can affect client care',
		riskFactorIds: ['heavy-caseloads', 'turnover'],
		actionIds: ['action.client-care-review', 'action.caseload-relief']
	}
] satisfies Item[];
