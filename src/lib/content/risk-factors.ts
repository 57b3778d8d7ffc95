/**
 * The workforce risk profile, drawn from "Understanding Who is at Risk". Every question is about the
 * workforce as a whole. We deliberately never ask about a named person, and never about gender,
 * empathy or anyone's own trauma history, even though the seed mentions them.
 *
 * `raises-risk`: a high answer means more risk. `protects`: a high answer means less risk, so a low
 * answer is the one that raises priority (and `reasonPhrase` describes that low answer).
 */
import type { RiskFactor } from '$lib/domain/framework';

export const riskFactors = [
	{
		id: 'heavy-caseloads',
		label: 'Heavy trauma caseloads',
		question:
			'How many of your staff carry heavy caseloads of children and families who have been through trauma?',
		guidance:
			'Low if fewer than 1 in 5 staff do, moderate if about 1 in 5 to half do, and high if about half or more do.',
		guidancePoints: [
			'Low: fewer than 1 in 5 staff.',
			'Moderate: 1 in 5 up to half.',
			'High: about half or more.',
			'These cut-offs are our suggestion: the source gives none.'
		],
		direction: 'raises-risk',
		reasonPhrase: 'heavy trauma caseloads reported',
		passageIds: ['risk.heavy-caseload']
	},
	{
		id: 'isolation',
		label: 'Isolated or solo work',
		question:
			'How much of your workforce works alone, remotely or cut off from colleagues, for example on solo home visits, at one-person sites or in siloed teams?',
		guidance:
			'Low if almost everyone works alongside colleagues most days, moderate if some teams or roles work mostly alone, and high if working alone or apart is common across the organization.',
		guidancePoints: [
			'Low: almost everyone works with others most days.',
			'Moderate: some teams or roles work mostly alone.',
			'High: working alone is common in most teams.'
		],
		direction: 'raises-risk',
		reasonPhrase: 'isolated or solo work reported',
		passageIds: ['risk.isolation']
	},
	{
		id: 'inadequate-training',
		label: 'Gaps in STS training',
		question:
			'What share of staff who hear about trauma in their work have had no STS training, or feel under-prepared for the work?',
		guidance:
			'Low if fewer than 1 in 5 staff, moderate if about 1 in 5 to half, and high if about half or more.',
		guidancePoints: [
			'Low: fewer than 1 in 5 staff.',
			'Moderate: 1 in 5 up to half.',
			'High: about half or more.',
			'These cut-offs are our suggestion: the source gives none.'
		],
		direction: 'raises-risk',
		reasonPhrase: 'gaps in STS training reported',
		passageIds: ['risk.inadequate-training']
	},
	{
		id: 'new-to-field',
		label: 'Staff new to the field',
		question:
			'What share of your staff have less than two years of experience in this kind of work?',
		guidance:
			'Low if fewer than 1 in 5 staff, moderate if about 1 in 5 to half, and high if about half or more.',
		guidancePoints: [
			'Low: fewer than 1 in 5 staff.',
			'Moderate: 1 in 5 up to half.',
			'High: about half or more.',
			'Two years, and these cut-offs, are our suggestion: the source says only that longer experience protects.'
		],
		direction: 'raises-risk',
		reasonPhrase: 'many staff new to the field',
		passageIds: ['risk.protective-factors']
	},
	{
		id: 'evidence-based-practice',
		label: 'Use of evidence-based practices',
		question:
			'How widely do clinical staff use evidence-based practices in their work with clients?',
		guidance:
			'High if most clinical staff use an evidence-based practice with most clients, moderate if some teams or some of the time, and low if rarely or only informally.',
		guidancePoints: [
			'High: most clinical staff use one with most clients.',
			'Moderate: some teams, or some of the time.',
			'Low: rarely, or only informally.'
		],
		direction: 'protects',
		reasonPhrase: 'limited use of evidence-based practices reported',
		passageIds: ['risk.protective-factors']
	},
	{
		id: 'critical-incidents',
		label: 'Recent critical incidents or community violence',
		question:
			'In the past year, has a disaster, community violence or another critical incident affected many of your staff at the same time?',
		guidance:
			'Low if nothing like this touched many staff, moderate if one event affected some teams, and high if one or more events affected a large share of staff or are still going on.',
		guidancePoints: [
			'Low: nothing like this touched many staff.',
			'Moderate: one event affected some teams.',
			'High: events hit a large share of staff, or are still going on.'
		],
		direction: 'raises-risk',
		reasonPhrase: 'recent critical incidents affecting many staff',
		passageIds: ['int.external-group-supervision']
	},
	{
		id: 'turnover',
		label: 'Turnover or intent to leave',
		question:
			'How much turnover, or talk of leaving the job or the field, are you seeing across the workforce?',
		guidance:
			'Low if turnover is at or below what is usual for your sector and few staff talk of leaving, moderate if it is rising or high in some teams, and high if it is high across the organization or many staff say they plan to leave.',
		guidancePoints: [
			'Low: turnover is usual for your sector, and few talk of leaving.',
			'Moderate: it is rising, or high in some teams.',
			'High: it is high across the organization, or many plan to leave.'
		],
		direction: 'raises-risk',
		reasonPhrase: 'turnover or intent to leave reported',
		passageIds: ['risk.leaving-the-field']
	}
] satisfies RiskFactor[];
