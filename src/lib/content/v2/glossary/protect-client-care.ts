/** Plain meanings of the terms that the "protect-client-care" items of version 2 use. */
import type { GlossaryTerm } from '../draft-types';

export const protectClientCareGlossaryV2 = [
	{
		term: 'STS',
		meaning:
			'Secondary traumatic stress. It is stress that can build up from hearing about the trauma of others, again and again, at work.'
	},
	{
		term: 'Supervision',
		meaning: 'Regular time with a supervisor to talk about your work and how it is going.'
	},
	{
		term: 'Reflective supervision',
		meaning:
			'Supervision that makes time to think about how the work affects you and your clients, not just to check on tasks.'
	},
	{
		term: 'Peer supervision',
		meaning: 'Colleagues meet as equals to talk through hard cases and how the cases affect them.'
	},
	{
		term: 'Outside group processing',
		meaning:
			'A group where staff talk through hard cases or events with a leader from outside the organization.'
	},
	{
		term: 'Evidence-based practice',
		meaning: 'A way of working with clients that research has shown to help.'
	},
	{
		term: 'Clinical staff',
		meaning: 'Staff who give therapy or other direct care to clients, such as therapists.'
	}
] satisfies GlossaryTerm[];
