/**
 * The built-in example assessment on framework version 2: the same fictional child-welfare agency
 * as the version 1 example (../example.ts), at its baseline, so a newcomer can see a full report in
 * one click. Everything here is invented. Notes talk about practices, never about a named person,
 * and the risk profile is about the workforce as a whole.
 *
 * Shape on purpose: a mid-maturity agency with scores spread from 0 to 4, three "Don't know"
 * answers (each becomes a "find out" action), two "Not applicable" answers with a reason, and a few
 * items flagged for discussion. Each score is the point of the scale its notes describe (1 ad hoc
 * or only planned, 2 some teams or some of the time, 3 consistent and written down, 4 also
 * monitored and reviewed).
 *
 * The unit is foster care and adoption: caseworkers, supervisors and support staff, with therapy
 * for children and families given by community partners. So the two items about clinical staff are
 * "Not applicable", while reflective supervision, which is for everyone who hears trauma stories,
 * is scored. Few staff have had STS training, so that risk is high.
 */
import type { Answer } from '$lib/domain/assessment';
import type { ExampleAssessment } from '../example';

const score = (value: 0 | 1 | 2 | 3 | 4): Answer => ({ kind: 'score', value });
const dontKnow: Answer = { kind: 'dont-know' };
const notApplicable = (reason: string): Answer => ({ kind: 'not-applicable', reason });

export const exampleAssessmentV2: ExampleAssessment = {
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
		// Most caseworkers carry many children who have been through trauma.
		'heavy-caseloads': 'high',
		// Solo home visits, and the rural north end is far from the office.
		isolation: 'high',
		// Only caseworkers hired lately had STS in orientation: most staff who hear trauma stories
		// have had no STS training (see item2.sts-basics-for-everyone).
		'inadequate-training': 'high',
		'new-to-field': 'moderate',
		// No clinical staff; caseworkers use an evidence-based parenting program with some families
		// (see item2.evidence-based-practice).
		'evidence-based-practice': 'moderate',
		'critical-incidents': 'low',
		turnover: 'high'
	},
	responses: {
		// 1. Recognize the impact on the workforce
		'item2.sts-basics-for-everyone': {
			answer: score(2),
			notes:
				'Caseworkers hired in the last year got one hour on STS in orientation. Caseworkers who started before that, and front desk, admin and transport staff, have not been taught it yet.',
			evidence: 'Orientation agenda for new caseworkers, day 3.',
			discuss: false
		},
		'item2.leaders-trained': {
			answer: score(1),
			notes:
				'A few managers watched an STS webinar on their own last year. There has been no STS training for leaders as a group.',
			evidence: 'Webinar announcement from last spring.',
			discuss: false
		},
		'item2.workforce-check': {
			answer: score(1),
			notes:
				'The risk profile we did today is our first look at STS risk across staff. No next check is set yet.',
			evidence: 'This workbook’s risk profile.',
			discuss: false
		},
		'item2.private-self-check': {
			answer: score(0),
			notes:
				'No self-check is offered yet. The room liked the idea of a private one that staff can choose to take, with only pooled results shared.',
			evidence: '',
			discuss: true
		},
		'item2.signs-guide': {
			answer: score(0),
			notes:
				'There is no guide to the signs of STS yet. Staff who came from other agencies know the signs. Newer staff said they would not know what to look for.',
			evidence: '',
			discuss: false
		},
		'item2.turnover-reviewed': {
			answer: score(1),
			notes:
				'HR counts who leaves each quarter, and turnover is high. Leaders talked about links to STS once, after several caseworkers left at the same time last fall. Exit talks do not ask about strain from the work.',
			evidence: 'Quarterly headcount report (counts only).',
			discuss: false
		},

		// 2. Treat trauma exposure as a risk of the job
		'item2.risk-in-safety-policy': {
			answer: dontKnow,
			notes:
				'The county rewrote the agency’s health and safety policy last year, and no one in the room had read the new version. Risk management will check whether it lists trauma exposure.',
			evidence: '',
			discuss: false
		},
		'item2.risk-in-job-descriptions': {
			answer: score(0),
			notes:
				'Caseworker job descriptions list home visits and court work, but not hearing about trauma. No update is planned yet.',
			evidence: 'Caseworker job description, last updated 2022.',
			discuss: false
		},
		'item2.risk-in-hiring': {
			answer: score(2),
			notes:
				'The caseworker interview guide asks how candidates would cope with hearing hard stories. Interviews for front desk, admin and transport roles do not mention it.',
			evidence: 'Caseworker interview guide, question 7.',
			discuss: false
		},
		'item2.risk-in-orientation': {
			answer: score(2),
			notes:
				'Orientation for new caseworkers calls STS a normal risk of the work. Orientation for support staff does not mention it.',
			evidence: 'Orientation agenda for new caseworkers, day 3.',
			discuss: false
		},
		'item2.caseload-balance': {
			answer: score(1),
			notes:
				'Cases usually go to whoever has room. Supervisors ease a load when someone speaks up, but there is no regular look at trauma load. The ramp-up plan for new caseworkers is often cut short when the unit is short-staffed.',
			evidence: 'Ramp-up plan template for new caseworkers.',
			discuss: true
		},
		'item2.call-for-help': {
			answer: score(4),
			notes:
				'This is a real strength. Caseworkers use the check-in app on every home visit, transport staff use it on every drive, and the office has alarm buttons. The app is tested every quarter, and the team reviews the safety protocol after any incident.',
			evidence:
				'Written home visit safety protocol, app test log, summary of safety incidents with follow-up actions.',
			discuss: false
		},

		// 3. Build a culture that supports staff
		'item2.leaders-respond-to-strain': {
			answer: score(2),
			notes:
				'In some teams, a supervisor offers time to talk or a lighter week when staff say they are worn down. In other teams, staff said they keep it to themselves.',
			evidence: '',
			discuss: false
		},
		'item2.ask-before-sharing-details': {
			answer: score(1),
			notes:
				'Some staff ask before they share the hard details of a case, but teams have never talked about it. Case meetings often go into graphic detail without warning.',
			evidence: '',
			discuss: false
		},
		'item2.leaders-model-self-care': {
			answer: score(2),
			notes:
				'Some supervisors take their breaks and leave and talk about it openly. Across the unit, working late is still seen as normal.',
			evidence: '',
			discuss: false
		},
		'item2.self-care-with-peers': {
			answer: score(1),
			notes:
				'There is no self-care group or buddy system. Some staff pair up on their own to check in after hard visits. Several said they would join a group if it met on paid time.',
			evidence: '',
			discuss: false
		},
		'item2.flextime': {
			answer: score(3),
			notes:
				'The written flextime policy covers every team, and staff know how to ask for it. Court dates and placement calls sometimes make it hard to use.',
			evidence: 'Flextime policy, updated 2024.',
			discuss: false
		},
		'item2.time-off-norms': {
			answer: score(2),
			notes:
				'The adoption team agreed that messages after 6 p.m. can wait until morning. Foster care teams have no agreed norm, and after-hours messages are common during placement emergencies.',
			evidence: 'Adoption team norms, posted in the team room.',
			discuss: false
		},

		// 4. Protect the care that clients receive
		'item2.reflective-supervision': {
			answer: score(1),
			notes:
				'Supervision is mostly about case tasks and due dates. Now and then, a few caseworkers get time to reflect with a supervisor, often after a hard visit. The room agreed that this is for caseworkers too, not just therapists.',
			evidence: '',
			discuss: true
		},
		'item2.sts-in-supervision': {
			answer: score(2),
			notes:
				'Some supervisors make time to ask how the work is affecting staff. Others focus on case tasks. It depends on the team right now.',
			evidence: '',
			discuss: true
		},
		'item2.safe-to-raise-sts': {
			answer: score(1),
			notes:
				'Supervisors say it is fine to raise STS, but there is no shared rule in writing. Some staff worry it could come up in their job review.',
			evidence: '',
			discuss: false
		},
		'item2.group-talk-for-hard-cases': {
			answer: score(2),
			notes:
				'The adoption team has a monthly peer group to talk through hard cases. Foster care teams have only weekly task huddles, and staff in the rural north end often miss them.',
			evidence: 'Peer group calendar invite (adoption team).',
			discuss: false
		},
		'item2.evidence-based-practice': {
			answer: notApplicable(
				'No one in this unit is a clinician. Children and families get therapy from partners in the community, under contract.'
			),
			notes:
				'Caseworkers use an evidence-based parenting program with some foster families. Coaching stopped when the grant ended. We counted this in the risk profile instead.',
			evidence: 'Contract for the parenting program training.',
			discuss: false
		},
		'item2.spot-client-trauma': {
			answer: score(1),
			notes:
				'Every child gets a trauma screen on entering care. Whether screening slips when teams are stretched comes up only after a problem.',
			evidence: 'Intake trauma screening form.',
			discuss: false
		},

		// 5. Turn knowledge into action and policy
		'item2.sts-policy': {
			answer: score(1),
			notes: 'There is no written STS policy yet. Drafting one is the task force’s first job.',
			evidence: '',
			discuss: false
		},
		'item2.sts-task-force': {
			answer: score(3),
			notes:
				'This task force started in February. Its charter names a lead, written goals and a monthly meeting time. It does not yet report to senior leaders or review its own work.',
			evidence: 'Task force charter, approved in February.',
			discuss: false
		},
		'item2.outside-sts-providers': {
			answer: dontKnow,
			notes:
				'The county contract may include STS support from an outside provider, but no one had seen the details. We will ask the county.',
			evidence: '',
			discuss: false
		},
		'item2.staff-reach-eap': {
			answer: score(4),
			notes:
				'Staff know how to reach the EAP in private. The EAP card is in the welcome packet, HR sends a reminder every quarter, and last year’s anonymous staff poll showed most staff knew how to reach it.',
			evidence: 'EAP card in the welcome packet, quarterly HR reminder email, pooled poll results.',
			discuss: false
		},
		'item2.supervisors-suggest-eap': {
			answer: score(3),
			notes:
				'All casework supervisors have a short written guide on suggesting the EAP in a caring way. It is not yet part of supervisor training.',
			evidence: 'Supervisor guide to suggesting the EAP.',
			discuss: false
		},
		'item2.major-event-plan': {
			answer: score(2),
			notes:
				'The emergency plan covers families and placements well. Support for staff after a major event is only a line or two, and it does not name outside group supervision.',
			evidence: 'Emergency operations plan, section 6.',
			discuss: false
		},

		// 6. Build STS into everyday work and training
		'item2.sts-in-services': {
			answer: score(1),
			notes:
				'STS is mentioned in a few papers, but not in a planned way. Our procedures and policy reviews do not ask how they affect staff who hear trauma stories.',
			evidence: '',
			discuss: false
		},
		'item2.sts-in-ebp-training': {
			answer: notApplicable(
				'No one in this unit is a clinician, so no one here learns clinical evidence-based practices. Therapy comes from partners in the community.'
			),
			notes: 'We agreed to ask our community partners whether their own training covers STS.',
			evidence: '',
			discuss: false
		},
		'item2.coping-skills-training': {
			answer: score(1),
			notes:
				'One mindfulness session was offered last year. There has been no follow-up or practice time since.',
			evidence: '',
			discuss: false
		},
		'item2.ongoing-self-care-training': {
			answer: score(1),
			notes:
				'One all-staff meeting had a short talk on self-care. There is no ongoing training yet.',
			evidence: 'All-staff meeting agenda from last October.',
			discuss: false
		},
		'item2.leaders-trained-to-lead': {
			answer: dontKnow,
			notes:
				'Most senior leaders were not in the room. No one knew whether they have had training on putting STS practices in place. We will ask them.',
			evidence: '',
			discuss: false
		},
		'item2.daily-self-care-support': {
			answer: score(3),
			notes:
				'Lunch breaks are protected in the written schedule, and the quiet room is used most days. There is a walking group at lunch and fruit in the staff room. Field days make breaks harder.',
			evidence: 'Break schedule, quiet room booking sheet, wellness plan template.',
			discuss: false
		}
	}
};
