/**
 * Version 2 items of the element "protect-client-care" (see ../../elements.ts), in walk order:
 * supervision for everyone who hears trauma stories, group support for hard cases, sound clinical
 * practice, and the element itself (a traumatized organization is less able to spot its clients'
 * past trauma and to prevent more). That last check is the organization looking at its own
 * capacity, team by team or program by program: never at one worker.
 */
import { TRIAD } from '$lib/content/items/impact';
import type { ItemDraft } from '../draft-types';

export const protectClientCareItemsV2 = [
	{
		id: 'item2.reflective-supervision',
		elementId: 'protect-client-care',
		statement:
			'Everyone who hears trauma stories at work has reflective supervision. This is not just for therapists.',
		scaleGuidance: [
			'Reflective supervision is not in place yet.',
			'A few staff get it now and then, often when a problem comes up.',
			'Some teams or roles have it, such as therapists, but not all who hear trauma stories.',
			'All who hear trauma stories have it on a set schedule, and this is written down.',
			'It is protected time that is rarely canceled, and we review how well it works.'
		],
		evidenceExamples: [
			'Supervision schedule for each team',
			'List of roles that have reflective supervision',
			'Count of sessions held per team, with no names',
			'Number of supervisors trained in reflective supervision'
		],
		passageIds: ['org.clinical-supervision', 'triad', 'int.reduce-impact', 'risk.hearing-trauma'],
		impact: 3,
		impactReason: `supervision ${TRIAD}, and anyone who hears about trauma in their work is at risk`,
		riskFactorIds: ['heavy-caseloads', 'new-to-field', 'isolation'],
		actionIds: [
			'action2.reflective-supervision-schedule',
			'action2.supervisor-reflective-training'
		],
		replaces: ['item.reflective-supervision'],
		suggested:
			'How often to meet is our suggestion: the source gives no frequency. Monthly is one place to start.'
	},
	{
		id: 'item2.sts-in-supervision',
		elementId: 'protect-client-care',
		statement: 'Supervision makes time to talk about STS: how the work is affecting staff.',
		scaleGuidance: [
			'Supervision covers case tasks only, and STS does not come up yet.',
			'STS comes up now and then, when someone chooses to raise it.',
			'Some supervisors make time for STS, but it depends on the team.',
			'STS is a standing topic in supervision in all teams, set out in a written guide.',
			'Supervisors are trained to raise STS, and we review how the topic is working.'
		],
		evidenceExamples: [
			'Supervision agenda template with an STS question',
			'Supervisor guide on how to raise STS with care',
			'Pooled, anonymous staff survey results on whether STS comes up in supervision'
		],
		passageIds: ['ind.supervision', 'triad'],
		impact: 3,
		impactReason: `supervision ${TRIAD}, and using it to address STS is a strategy the source names`,
		riskFactorIds: ['heavy-caseloads', 'inadequate-training'],
		actionIds: ['action2.sts-standing-agenda', 'action2.supervisor-reflective-training'],
		replaces: ['item.supervision-addresses-sts', 'item.reflective-supervision']
	},
	{
		id: 'item2.safe-to-raise-sts',
		elementId: 'protect-client-care',
		statement: 'Staff can raise STS in supervision without it being held against them.',
		scaleGuidance: [
			'Staff worry that raising STS could count against them, and nothing says otherwise yet.',
			'Some supervisors say it is safe, but there is no shared rule.',
			'Some teams have made clear that raising STS is safe.',
			'A written rule says raising STS never counts against staff, and all supervisors know it.',
			'Pooled, anonymous staff feedback shows staff feel safe, and we review the rule.'
		],
		evidenceExamples: [
			'Written statement that raising STS never counts against staff, for example in job reviews',
			'Supervisor guide that explains the rule',
			'Pooled, anonymous staff survey results, never shown for a group so small that anyone could be picked out'
		],
		passageIds: ['ind.supervision', 'risk.occupational-hazard'],
		impact: 2,
		impactReason:
			'supervision can only help with STS when staff feel safe to raise it, since STS is a common risk of the job',
		riskFactorIds: ['turnover', 'inadequate-training'],
		actionIds: ['action2.safe-to-raise-sts'],
		replaces: ['item.supervision-addresses-sts']
	},
	{
		id: 'item2.group-talk-for-hard-cases',
		elementId: 'protect-client-care',
		statement:
			'Staff can talk through hard cases in a group, such as peer supervision or a group led by someone from outside.',
		scaleGuidance: [
			'There is no group yet where staff talk through hard cases.',
			'Staff talk through hard cases with peers now and then, on their own.',
			'Some teams have a peer supervision group or a group led from outside.',
			'All staff, including those who work alone or off-site, can join a group on a set schedule.',
			'Groups are part of paid work, and staff help review how they are going.'
		],
		evidenceExamples: [
			'Group schedule, with a way to join for staff who work alone or off-site',
			'Agreement with an outside group leader',
			'Count of groups held, with no names'
		],
		passageIds: [
			'int.reduce-impact',
			'ind.stay-connected',
			'risk.isolation',
			'int.external-group-supervision'
		],
		impact: 2,
		impactReason:
			'peer supervision or outside group processing has been shown to reduce the impact of STS, and groups keep staff connected',
		riskFactorIds: ['isolation', 'critical-incidents'],
		actionIds: ['action2.peer-supervision-group', 'action.external-group-agreement'],
		replaces: ['item.connection']
	},
	{
		id: 'item2.evidence-based-practice',
		elementId: 'protect-client-care',
		statement: 'Our clinical staff use evidence-based practices in the care they give clients.',
		scaleGuidance: [
			'Few clinical staff are trained in an evidence-based practice yet.',
			'Some clinical staff use one on their own, without support.',
			'Some teams use them, but training or coaching is patchy.',
			'Clinical staff in all teams are trained in one, with coaching set out in a plan.',
			'These practices are part of how we give care, with ongoing coaching and review.'
		],
		evidenceExamples: [
			'List of evidence-based practices in use',
			'Training plan and coaching schedule',
			'Count of clinical staff trained, by program, with no names'
		],
		passageIds: ['risk.protective-factors', 'element.protect-client-care'],
		impact: 2,
		impactReason:
			'the source names the use of evidence-based practices as a factor that protects against STS',
		riskFactorIds: ['evidence-based-practice', 'new-to-field'],
		actionIds: ['action2.ebp-access'],
		replaces: ['item.evidence-based-practice']
	},
	{
		id: 'item2.spot-client-trauma',
		elementId: 'protect-client-care',
		statement:
			'Each program checks that clients’ past trauma is still spotted well when teams are stretched.',
		scaleGuidance: [
			'No program checks this yet.',
			'Leaders talk about it now and then, often after a problem.',
			'Some programs check it, or only after a crisis.',
			'Every program checks it on a set schedule, for the team as a whole, and writes down what it finds.',
			'The check is part of program reviews, and we act on it, such as by adding cover.'
		],
		evidenceExamples: [
			'Intake or screening step that asks about past trauma',
			'Program review notes with totals only, never the names of staff or clients',
			'Plan for extra cover when a team is stretched'
		],
		passageIds: ['element.protect-client-care', 'risk.client-care'],
		impact: 2,
		impactReason:
			'a traumatized organization is less likely to spot its clients’ past trauma or to prevent more, so checking protects client care',
		riskFactorIds: ['heavy-caseloads', 'turnover', 'critical-incidents'],
		actionIds: ['action2.program-trauma-check', 'action2.protect-care-when-stretched'],
		replaces: ['item.client-care-strain']
	}
] satisfies ItemDraft[];
