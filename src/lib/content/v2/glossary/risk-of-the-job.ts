/** Glossary terms used by the version 2 items of the element "risk-of-the-job". */
import type { GlossaryTerm } from '../draft-types';

export const riskOfTheJobGlossary = [
	{
		term: 'Trauma exposure',
		meaning: 'Hearing, reading or seeing the details of other people’s trauma as part of your work.'
	},
	{
		term: 'Risk register',
		meaning: 'A list an organization keeps of the risks it faces and what it does about each one.'
	},
	{
		term: 'Caseload',
		meaning:
			'The number of clients or cases a staff member is working with. A trauma caseload counts the ones who have been through trauma.'
	},
	{
		term: 'Ramp-up plan',
		meaning:
			'A plan for a new staff member to take on cases a few at a time, with extra support, instead of all at once.'
	},
	{
		term: 'Orientation',
		meaning: 'The welcome and training new staff get when they start a job.'
	}
] satisfies GlossaryTerm[];
