/** Framework version 1: the question bank every assessment made before version 2 keeps. */
import type { Framework } from '$lib/domain/framework';
import { actions } from './actions';
import { elements } from './elements';
import { items } from './items';
import { passages } from './passages';
import { riskFactors } from './risk-factors';

export const frameworkV1: Framework = {
	id: 'nctsn-sts-essentials',
	version: '1.0.0',
	title: 'Protecting staff from secondary traumatic stress',
	source: {
		title: 'Secondary Traumatic Stress',
		publisher: 'The National Child Traumatic Stress Network (NCTSN)',
		note: 'Public web page on secondary traumatic stress: who is at risk, prevention and intervention strategies, and the essential elements of a trauma-informed system. The workbook’s wording is our own plain-language summary.'
	},
	passages,
	elements,
	items,
	riskFactors,
	actions
};
