/**
 * The built-in example assessment behind "Load example": a fictional child-welfare agency at its
 * baseline, so a newcomer can see a full report in one click. Everything here is invented. Notes
 * talk about practices, never about a named person, and the risk profile is about the workforce as
 * a whole.
 *
 * Shape on purpose: a mid-maturity agency with scores spread from 0 to 4, three "Don't know"
 * answers (each becomes a "find out" action), two "Not applicable" answers with a reason, and a few
 * items flagged for discussion.
 */
import type { Answer, RiskLevel, RosterRole } from '$lib/domain/assessment';

export interface ExampleResponse {
	answer: Answer;
	notes: string;
	evidence: string;
	discuss: boolean;
}

export interface ExampleAssessment {
	organization: string;
	unit: string;
	cycleLabel: string;
	/** YYYY-MM-DD */
	date: string;
	facilitator: string;
	roster: { role: RosterRole; roleOther?: string; name?: string }[];
	/** Every risk factor id from risk-factors.ts. */
	riskProfile: Record<string, RiskLevel>;
	/** Every item id from items.ts. */
	responses: Record<string, ExampleResponse>;
}

const score = (value: 0 | 1 | 2 | 3 | 4): Answer => ({ kind: 'score', value });
const dontKnow: Answer = { kind: 'dont-know' };
const notApplicable = (reason: string): Answer => ({ kind: 'not-applicable', reason });

export const exampleAssessment: ExampleAssessment = {
	organization: 'Maple Hollow Child & Family Services (example)',
	unit: 'Foster care and adoption',
	cycleLabel: 'Baseline 2026',
	date: '2026-03-12',
	facilitator: 'Renata, quality improvement lead',
	roster: [
		{ role: 'executive-leader', name: 'Margit Sørensen' },
		{ role: 'program-manager', name: 'José Núñez' },
		{ role: 'other', roleOther: 'Casework supervisor', name: 'Zoë Łukasik' },
		{ role: 'caseworker', name: 'Sam Whitlow' },
		{ role: 'caseworker' },
		{ role: 'human-resources' },
		{ role: 'risk-management' },
		{ role: 'administrative-staff' }
	],
	riskProfile: {
		'heavy-caseloads': 'high',
		isolation: 'high',
		'inadequate-training': 'unknown',
		'new-to-field': 'moderate',
		'evidence-based-practice': 'moderate',
		'critical-incidents': 'low',
		turnover: 'high'
	},
	responses: {
		// 1. Recognize the impact on the workforce
		'item.leaders-trained': {
			answer: score(1),
			notes:
				'A few managers joined an STS webinar last year. Front desk, admin and transport staff have not had any training yet.',
			evidence: 'Webinar sign-up list from last spring.',
			discuss: false
		},
		'item.ongoing-assessment': {
			answer: score(0),
			notes:
				'We have never checked on staff risk and resiliency as a whole. The room liked the idea of a private, voluntary self-check.',
			evidence: '',
			discuss: true
		},
		'item.know-the-signs': {
			answer: score(2),
			notes:
				'Staff who came from other agencies tend to know the signs. Newer staff said they would not know what to look for.',
			evidence: '',
			discuss: false
		},
		'item.turnover-tracked': {
			answer: dontKnow,
			notes:
				'HR counts who leaves, but no one in the room knew whether exit conversations ask about strain. We will ask HR before the next meeting.',
			evidence: 'Quarterly headcount report (counts only).',
			discuss: true
		},

		// 2. Treat trauma exposure as a risk of the job
		'item.psychoeducation': {
			answer: score(2),
			notes:
				'New caseworkers get one hour on STS during orientation. There is no yearly refresher yet.',
			evidence: 'Orientation agenda, day 3.',
			discuss: false
		},
		'item.caseload-balance': {
			answer: score(1),
			notes:
				'Cases usually go to whoever has room. Supervisors step in when someone speaks up, but there is no regular review of trauma load.',
			evidence: '',
			discuss: true
		},
		'item.physical-safety': {
			answer: score(4),
			notes:
				'This is a real strength. The home visit protocol is used every day, and the team reviews it after any incident.',
			evidence:
				'Written home visit safety protocol, check-in phone app, incident review notes from the last two reviews.',
			discuss: false
		},
		'item.new-staff-assignments': {
			answer: score(3),
			notes:
				'Most teams follow the written ramp-up plan for the first three months. It is sometimes cut short when the unit is short-staffed.',
			evidence: 'New hire ramp-up plan template.',
			discuss: false
		},

		// 3. Build a culture that supports staff
		'item.self-care-groups': {
			answer: score(0),
			notes:
				'There is no self-care group at the moment. Several people said they would go if it met on paid time.',
			evidence: '',
			discuss: false
		},
		'item.connection': {
			answer: score(2),
			notes:
				'Weekly team huddles help. Staff covering the rural north end are often out on visits and miss them.',
			evidence: 'Huddle calendar invite.',
			discuss: false
		},
		'item.buddy-system': {
			answer: score(0),
			notes:
				'Not in place yet. Some staff lean on each other informally, which the room wants to build on.',
			evidence: '',
			discuss: false
		},
		'item.flextime-work-life': {
			answer: score(3),
			notes:
				'The flextime policy is used in most teams. After-hours messages still happen during placement emergencies.',
			evidence: 'Flextime policy, updated 2024.',
			discuss: false
		},

		// 4. Protect the care that clients receive
		'item.reflective-supervision': {
			answer: notApplicable(
				'The unit has no clinicians on staff. Therapy for children and families is provided by community partners, so this item does not fit us. Caseworker supervision is covered in the next item.'
			),
			notes:
				'We talked about whether caseworkers could have reflective supervision too, and noted it as an idea for the plan.',
			evidence: '',
			discuss: false
		},
		'item.supervision-addresses-sts': {
			answer: score(2),
			notes:
				'Some supervisors make time to ask how the work is landing; others focus on case tasks. It depends on the team right now.',
			evidence: '',
			discuss: true
		},
		'item.evidence-based-practice': {
			answer: score(2),
			notes:
				'We read this item for our caseworkers, who use an evidence-based parenting program with some foster families. Coaching stopped when the grant ended.',
			evidence: 'Parenting program training certificates on file.',
			discuss: false
		},
		'item.client-care-strain': {
			answer: score(1),
			notes:
				'Case reviews focus on the family, not on how the worker is doing. A few supervisors quietly adjust workloads when they notice strain.',
			evidence: '',
			discuss: false
		},

		// 5. Turn knowledge into action and policy
		'item.risk-management-policy': {
			answer: score(1),
			notes: 'This task force is the first step. There is no written STS policy yet.',
			evidence: 'Task force charter, approved in February.',
			discuss: false
		},
		'item.leaders-implementation': {
			answer: dontKnow,
			notes:
				'No one was sure whether senior leaders have had training on putting STS practices in place. We will find out.',
			evidence: '',
			discuss: false
		},
		'item.external-partnerships': {
			answer: dontKnow,
			notes:
				'The county contract may include STS support from an outside provider, but no one had seen the details.',
			evidence: '',
			discuss: false
		},
		'item.eap-referral': {
			answer: score(4),
			notes:
				'Staff know how to reach the EAP, and supervisors have a short guide for suggesting it kindly. HR shares a reminder every quarter.',
			evidence: 'EAP card in the welcome packet, supervisor guide, quarterly HR reminder email.',
			discuss: false
		},
		'item.critical-incident-plan': {
			answer: score(2),
			notes:
				'The emergency plan covers families and placements well. Support for staff after a major event is only a line or two.',
			evidence: 'Emergency operations plan, section 6.',
			discuss: false
		},

		// 6. Build STS into everyday work and training
		'item.sts-in-ebp-training': {
			answer: notApplicable(
				'The unit does not run its own evidence-based practice training. Caseworkers are trained by the state training academy, so the course content is outside our control.'
			),
			notes: 'We agreed to pass the idea on to the state training academy.',
			evidence: '',
			discuss: false
		},
		'item.skills-training': {
			answer: score(1),
			notes:
				'One mindfulness session was offered last year. There has been no follow-up or practice time since.',
			evidence: '',
			discuss: false
		},
		'item.continuing-training': {
			answer: score(1),
			notes: 'Self-care came up once in an all-staff meeting. There is no ongoing training yet.',
			evidence: '',
			discuss: false
		},
		'item.wellness-plans': {
			answer: score(2),
			notes:
				'A wellness plan template is shared at orientation. Few staff go back to it after the first weeks.',
			evidence: 'Wellness plan template.',
			discuss: false
		},
		'item.rest-nutrition-exercise': {
			answer: score(3),
			notes:
				'The quiet room is used and lunch breaks are mostly protected. Field days make breaks harder.',
			evidence: 'Quiet room booking sheet.',
			discuss: false
		},
		'item.sts-in-policies': {
			answer: score(1),
			notes: '',
			evidence: '',
			discuss: false
		}
	}
};
