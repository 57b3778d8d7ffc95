/** Passages of the seed section "Worker Resiliency in Trauma-Informed Systems: Essential Elements". */
import type { SeedPassage } from '$lib/domain/framework';

const ELEMENTS = 'Worker Resiliency in Trauma-Informed Systems: Essential Elements';

export const essentialElements = [
	// Worker Resiliency in Trauma-Informed Systems: Essential Elements
	{
		id: 'policy.risk-management',
		kind: 'context',
		section: ELEMENTS,
		quote:
			'Both preventive and interventional strategies for secondary traumatic stress should be implemented as part of an organizational risk-management policy or task force that recognizes the scope and consequences of the condition.'
	},
	{
		id: 'element.recognize-impact',
		kind: 'essential-element',
		section: ELEMENTS,
		quote: 'Recognize the impact of secondary trauma on the workforce'
	},
	{
		id: 'element.risk-of-the-job',
		kind: 'essential-element',
		section: ELEMENTS,
		quote:
			'Recognize that exposure to trauma is a risk of the job of serving traumatized children and families'
	},
	{
		id: 'element.organizational-culture',
		kind: 'essential-element',
		section: ELEMENTS,
		quote:
			'Understand that trauma can shape the culture of organizations in the same way that trauma shapes the world view of individuals'
	},
	{
		id: 'element.protect-client-care',
		kind: 'essential-element',
		section: ELEMENTS,
		quote:
			'Understand that a traumatized organization is less likely to effectively identify its clients’ past trauma or mitigate or prevent future trauma'
	},
	{
		id: 'element.knowledge-into-action',
		kind: 'essential-element',
		section: ELEMENTS,
		quote:
			'Develop the capacity to translate trauma-related knowledge into meaningful action, policy, and improvements in practices'
	},
	{
		id: 'element.integrate-sts',
		kind: 'essential-element',
		section: ELEMENTS,
		quote:
			'Be integrated into direct services, programs, policies, and procedures, staff development and training, and other activities directed at secondary traumatic stress'
	}
] satisfies SeedPassage[];
