/** Plain meanings of the terms that the "organizational-culture" items of version 2 use. */
import type { GlossaryTerm } from '../draft-types';

export const organizationalCultureGlossaryV2 = [
	{
		term: 'STS',
		meaning:
			'Secondary traumatic stress. It is stress that can build up from hearing about the trauma of others, again and again, at work.'
	},
	{
		term: 'Self-care',
		meaning:
			'What a person does to look after their own body and mind, such as rest, food, exercise and time with others.'
	},
	{
		term: 'Self-care group',
		meaning:
			'A group of staff who meet at work, on paid time, to look after their own well-being together.'
	},
	{
		term: 'Self-care buddy',
		meaning:
			'A colleague you pair up with by choice. You help each other keep up the self-care you each plan.'
	},
	{
		term: 'Flextime',
		meaning:
			'A way of working where staff can change when they start and end their day, within agreed limits.'
	},
	{
		term: 'Team norm',
		meaning:
			'A habit that a team agrees on and keeps, such as when messages can wait until the next day.'
	},
	{
		term: 'Graphic details',
		meaning:
			'The vivid details of what happened to someone, such as how they were hurt. Hearing them can be hard.'
	}
] satisfies GlossaryTerm[];
