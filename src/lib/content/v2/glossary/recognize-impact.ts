/** Glossary terms used by the version 2 items of the element "recognize-impact". */
import type { GlossaryTerm } from '../draft-types';

export const recognizeImpactGlossary = [
	{
		term: 'STS',
		meaning:
			'Stress that comes from hearing about or helping with other people’s trauma. It can look like the stress of going through trauma yourself.'
	},
	{
		term: 'Psychoeducation',
		meaning:
			'Teaching people what a condition is, what its signs are and what helps. Here it means teaching staff about STS.'
	},
	{
		term: 'Resiliency',
		meaning: 'The ability to cope with hard things and recover from them.'
	},
	{
		term: 'Self-check',
		meaning:
			'A short set of questions a person answers on their own to see how the work is affecting them. Taking it is a free choice, and the answers belong to that person.'
	},
	{
		term: 'Pooled, anonymous results',
		meaning:
			'Answers added up for a whole group, with no names. They are shown only when the group is big enough that no one can be picked out.'
	},
	{
		term: 'Turnover',
		meaning: 'How often staff leave their jobs and must be replaced.'
	},
	{
		term: 'Stay interview',
		meaning:
			'A talk with staff who are staying, about what keeps them in the job and what would help them stay.'
	}
] satisfies GlossaryTerm[];
