/** Framework version 2 actions first used by the element "risk-of-the-job". */
import type { ActionDraft } from '../draft-types';

export const riskOfTheJobActionsV2 = [
	{
		id: 'action2.risk-in-safety-policy',
		title: 'List trauma exposure in the health and safety policy',
		description:
			'Add trauma exposure to the health and safety policy or risk register, as a risk of the job like any other. Point to the supports the organization offers.',
		level: 'organization',
		type: 'prevention',
		effort: 'low',
		typicalHorizon: 'next',
		successMeasure:
			'Leaders approve a new version of the policy. It lists trauma exposure as a risk of the job.',
		passageIds: ['element.risk-of-the-job', 'risk.occupational-hazard', 'policy.risk-management']
	},
	{
		id: 'action2.risk-in-job-descriptions',
		title: 'Name the risk in job descriptions',
		description:
			'Add a plain line to the job description of each role that hears trauma stories. Say that STS is a normal risk of the work and that support is offered.',
		level: 'organization',
		type: 'prevention',
		effort: 'low',
		typicalHorizon: 'now',
		successMeasure:
			'The job description of every role that hears trauma stories names the risk, and the template includes it.',
		passageIds: ['element.risk-of-the-job', 'risk.hearing-trauma']
	},
	{
		id: 'action2.risk-in-hiring',
		title: 'Talk about STS risk when hiring',
		description:
			'Add a short, honest part to interviews about hearing trauma stories and the support staff get. Candidates can then make an informed choice and know that asking for help is normal.',
		level: 'organization',
		type: 'prevention',
		effort: 'low',
		typicalHorizon: 'now',
		successMeasure:
			'The interview guide of every role that hears trauma stories includes a part on STS risk and support.',
		passageIds: ['element.risk-of-the-job', 'risk.occupational-hazard']
	}
] satisfies ActionDraft[];
