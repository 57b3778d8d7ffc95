/** Framework version 2 actions first used by the element "recognize-impact". */
import type { ActionDraft } from '../draft-types';

export const recognizeImpactActionsV2 = [
	{
		id: 'action2.pooled-workforce-check',
		title: 'Check STS risk across staff, pooled and anonymous',
		description:
			'On a set schedule, ask staff a few short, anonymous questions about strain and support. Share only pooled results, and only for groups big enough that no one can be picked out.',
		level: 'organization',
		type: 'prevention',
		effort: 'medium',
		typicalHorizon: 'next',
		successMeasure:
			'The check runs on the agreed schedule. Every summary shows only pooled results for groups above the agreed size.',
		passageIds: ['org.ongoing-assessment', 'prev.self-report'],
		suggested:
			'How often to check, and the smallest group size, are ours to choose: the source gives neither.'
	}
] satisfies ActionDraft[];
