/** Plain meanings of the terms that the "integrate-sts" items of version 2 use. */
import type { GlossaryTerm } from '../draft-types';

export const integrateStsGlossaryV2 = [
	{
		term: 'STS',
		meaning:
			'Secondary traumatic stress. It is stress that can build up from hearing about the trauma of others, again and again, at work.'
	},
	{
		term: 'Evidence-based practice',
		meaning: 'A way of working with clients that research has shown to help.'
	},
	{
		term: 'Clinical staff',
		meaning: 'Staff who give therapy or other direct care to clients, such as therapists.'
	},
	{
		term: 'Skills training',
		meaning: 'Hands-on training where staff learn and practice ways to cope with stress.'
	},
	{
		term: 'Mindfulness',
		meaning:
			'Paying calm attention to the present moment, such as to your breath, without judging it.'
	},
	{
		term: 'Cognitive-behavioral skills',
		meaning:
			'Skills for noticing unhelpful thoughts, and for changing how you think and act in response.'
	},
	{
		term: 'Self-care',
		meaning:
			'What a person does to look after their own body and mind, such as rest, food, exercise and time with others.'
	},
	{
		term: 'Wellness plan',
		meaning:
			'A private plan a staff member writes for themselves about what helps them stay well. They choose what, if anything, to share.'
	}
] satisfies GlossaryTerm[];
