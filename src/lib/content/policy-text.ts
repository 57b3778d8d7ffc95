/**
 * The fixed words of the STS risk-management policy draft (domain/policy.ts builds the draft from
 * them and the adopted plan). Our own plain reading of the seed, never its wording copied; each
 * paragraph names the seed passage it comes from (passage ids of src/lib/content/passages). Any
 * how-often or date the source does not give is a "Suggested:" note, as everywhere else.
 */
import type { PolicyText } from '$lib/domain/policy';
import { suggestedNote } from './plan-text';
import { roleName } from './scale';

export const policyText: PolicyText = {
	title: 'STS risk-management policy: draft',
	detailLabels: {
		unit: 'Program or unit',
		assessment: 'Built from the assessment',
		facilitator: 'Facilitator'
	},
	assessmentLine: (cycleLabel, date) => (cycleLabel ? `${cycleLabel}, ${date}` : date),

	notice: {
		heading: 'About this draft',
		paragraphs: [
			// Ours (PRODUCT.md: the workbook is not a validated instrument and gives no advice).
			'This is a draft for your team to adapt. It is not legal or clinical advice. Before you adopt it, check it against your other policies, the law where you work and any staff agreements, with the people who advise you on them.',
			'Places marked “To complete” need your team’s own words or decisions. Where the workbook offers a suggestion, it says “Suggested”: the source gives no such figure or date.'
		],
		source: (title, publisher) =>
			`The purpose, scope and roles are our plain reading of a public source: “${title}”, ${publisher}. The commitments are the actions your team adopted in its plan.`
	},

	purpose: {
		heading: 'Purpose',
		paragraphs: [
			// risk.occupational-hazard, risk.hearing-trauma: STS is a common hazard of this work.
			'Secondary traumatic stress (STS) is a common risk of the job for people who work with children and families who have been through trauma. Hearing about trauma again and again can change how a person feels, thinks and works.',
			// policy.risk-management: strategies belong in a risk-management policy or task force
			// that recognizes the scope and consequences of the condition.
			'This policy says how we prevent STS and how we support staff who are affected. It treats STS as a risk we manage on purpose, like any other risk of the work, and it names who does what.',
			// risk.client-care, risk.leaving-the-field: depleted staff and client care; leaving the field.
			'Caring for staff is also caring for clients. STS can affect the care that clients receive, and it can lead good people to leave their jobs or the field.'
		]
	},

	scope: {
		heading: 'Scope',
		paragraphs: [
			// risk.hearing-trauma: anyone who works directly with traumatized children and hears
			// their stories; org.train-leaders-staff: leaders and non-clinical staff too.
			'This policy covers everyone who works with children and families who have been through trauma, or who hears their stories. It also covers the people who support them: supervisors, leaders, and staff in other roles who come near this work.',
			// approach.multidimensional: the individual, supervisors and organizational policy;
			// policy.risk-management: both prevention and intervention.
			'It works at three levels: what each person does, what supervisors do, and what the organization does. It covers both prevention and support for staff who are already affected.'
		]
	},

	roles: {
		heading: 'Roles and duties',
		paragraphs: [
			// approach.multidimensional; triad: psychoeducation, skills training and supervision.
			'Protecting staff from STS works best when each person, each supervisor and the organization all play a part. Learning about STS, building skills to cope with it, and good supervision matter most.'
		],
		levels: {
			individual: {
				heading: 'Each staff member',
				duties: [
					// ind.self-awareness
					'Learn the signs of STS and notice them in yourself.',
					// ind.continuing-training
					'Keep learning how to lower your risk and take care of yourself.',
					// ind.supervision
					'Use supervision to talk about how the work is affecting you.',
					// ind.work-life-balance, ind.exercise-nutrition, ind.self-care, ind.stay-connected,
					// prev.rest-nutrition-exercise
					'Keep a healthy balance between work and life: rest, eat well, stay active and stay in touch with others.',
					// ind.wellness-plans, ind.buddy-system
					'Make your own plan for wellness, and take part in a self-care buddy system if one is offered.',
					// ind.eap-counseling
					'Use the Employee Assistance Program or counseling when you need it.'
				]
			},
			supervisor: {
				heading: 'Supervisors',
				duties: [
					// org.clinical-supervision, ind.supervision, int.reduce-impact
					'In supervision, make time to talk about STS. This includes reflective supervision.',
					// element.recognize-impact; protect-client-care item: raising STS is never held against staff.
					'Notice signs of STS in the team, and talk about them with care, never with blame.',
					// org.caseload-balance, prev.caseload-balancing
					'Keep trauma caseloads balanced, so no one carries too heavy a load.',
					// org.flextime, org.self-care-groups
					'Support flextime and workplace self-care groups where the work allows.',
					// int.referrals
					'Help staff find outside help when they need it, such as a counselor or the Employee Assistance Program.'
				]
			},
			organization: {
				heading: 'The organization and its leaders',
				duties: [
					// element.risk-of-the-job, risk.occupational-hazard
					'Treat trauma exposure as a risk of the job, and plan for it like any other risk.',
					// org.train-leaders-staff, org.sts-in-ebp-training, org.train-leaders-implementation
					'Train leaders and non-clinical staff on STS, and build STS into training for clinical staff.',
					// org.ongoing-assessment, prev.self-report
					'Keep checking STS risk and resilience across staff as a group, and offer private self-checks.',
					// org.physical-safety
					'Keep the workplace physically safe for staff.',
					// org.external-partnerships, int.external-group-supervision
					'Team up with outside services that help staff with STS. Plan group support for times when a disaster or violence in the community hits many staff.',
					// policy.risk-management, element.knowledge-into-action
					'Keep a task force that leads this work, and act on what it finds.'
				]
			}
		},
		commitmentsHeading: 'In our plan',
		noCommitments: 'No action at this level has been adopted in the plan yet.'
	},

	commitments: {
		heading: 'Our commitments',
		paragraphs: [
			// The six essential elements (element.*), and the plan each assessment builds.
			'These are the actions our team adopted in its plan, grouped by the essential elements of a trauma-informed system. Each names who owns it, when it is due and how we will know it worked.'
		],
		empty:
			'No actions have been adopted yet. Choose the actions to take on the Plan screen, and they will be listed here under their essential elements.',
		otherHeading: 'Other commitments',
		labels: { owner: 'Owner', due: 'Due', measure: 'Success measure' },
		prompts: {
			owner: 'who owns this',
			due: 'the date it is due',
			measure: 'how you will know it worked'
		}
	},

	taskForce: {
		heading: 'Task force',
		paragraphs: [
			// policy.risk-management: strategies carried out through a risk-management policy or task force.
			'A task force leads this work. It keeps the plan moving, checks progress, and tells leaders what is working and what needs help.',
			// approach.multidimensional: the individual, supervisors and organizational policy.
			'It includes people from each level: front-line staff, supervisors and leaders.'
		],
		membersHeading: 'Members at the assessment',
		membersPrompt: 'the roles, and names if you wish, of the task force members',
		lead: { label: 'Who leads it', prompt: 'the name or role of the task force lead' },
		meetings: {
			label: 'How often it meets',
			prompt: 'how often the task force meets',
			// The source gives no how-often.
			suggestion: 'Suggested: meet every month while the plan is new, then every quarter.'
		}
	},

	measuring: {
		heading: 'How we measure progress',
		paragraphs: [
			// Ours: the plan's success measures (each action's own), checked by the task force.
			'We measure progress with the success measures in our plan. The task force checks them when it meets and notes what has changed.',
			// Ours: the workbook's cycles compare a re-assessment with the baseline.
			'At each review we take the assessment again, to see how far our practices have moved.'
		],
		empty: 'There are no success measures yet: each action adopted in the plan brings its own.'
	},

	review: {
		heading: 'Review',
		paragraphs: [
			// int.external-group-supervision: disasters or community violence affecting many staff.
			'We review this policy, the plan and our progress by the date below. If a major event hits many staff, such as a disaster or violence in the community, we review them sooner.'
		],
		label: 'Next review date',
		prompt: 'the date of the next review',
		// The source gives no review cycle.
		suggestion: (reviewDate, assessmentDate) =>
			`Suggested: ${reviewDate}, one year after the assessment of ${assessmentDate}.`
	},

	signOff: {
		heading: 'Approval',
		paragraphs: ['Leaders sign here once the team has completed and adapted this draft.'],
		fields: [
			{ label: 'Approved by', prompt: 'name and role' },
			{ label: 'Date approved', prompt: 'the date it was approved' },
			{ label: 'Takes effect on', prompt: 'the date it takes effect' }
		]
	},

	footer: 'Draft to adapt: not legal or clinical advice',
	roleName,
	// Shown as everywhere else: "Suggested: …" beside the measure.
	measureNote: (action) => {
		const note = suggestedNote(action);
		return note ? `Suggested: ${note}` : undefined;
	}
};
