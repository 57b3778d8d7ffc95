/** Plain meanings of the terms that the "knowledge-into-action" items of version 2 use. */
import type { GlossaryTerm } from '../draft-types';

export const knowledgeIntoActionGlossaryV2 = [
	{
		term: 'STS',
		meaning:
			'Secondary traumatic stress. It is stress that can build up from hearing about the trauma of others, again and again, at work.'
	},
	{
		term: 'EAP',
		meaning:
			'Employee Assistance Program. It is a service, paid for by the employer, that gives staff private counseling and advice.'
	},
	{
		term: 'Task force',
		meaning:
			'A small group, with people from different parts of the organization, that meets to plan and track a piece of work.'
	},
	{
		term: 'Risk-management policy',
		meaning:
			'A written policy on a known risk to staff. It says how we lower the risk, and what we do when harm happens.'
	},
	{
		term: 'Outside STS provider',
		meaning: 'An outside therapist or service that helps staff who are affected by STS.'
	},
	{
		term: 'Outside group supervision',
		meaning:
			'Group sessions led by a trained person from outside the organization. Staff talk through a hard event together.'
	},
	{
		term: 'Referral pathway',
		meaning:
			'The written steps a person can follow to get help from outside, such as from a therapist or the EAP.'
	}
] satisfies GlossaryTerm[];
