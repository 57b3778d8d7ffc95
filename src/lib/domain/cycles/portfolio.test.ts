/**
 * The portfolio on home: assessments grouped by organization (latest first, the original before
 * its copies), searched without regard to accents or case, sorted, filtered, and where one
 * organization stands among the others on this device (examples left out), in plain words.
 */
import { describe, expect, test } from 'vitest';
import type { AssessmentScore, Coverage } from '../scoring';
import {
	filterChoices,
	groupByOrganization,
	latestFirst,
	latestScored,
	ordinal,
	organizationKey,
	portfolioView,
	searchKey,
	standingAmong,
	standingText,
	emptyPortfolioQuery,
	type PortfolioEntry,
	type PortfolioQuery,
	type Standing
} from './portfolio';

const coverage: Coverage = {
	scored: 1,
	applicable: 1,
	dontKnow: 0,
	notApplicable: 0,
	unanswered: 0,
	percent: 100
};

function score(
	overall: number | null,
	elements: Record<string, number | null> = {}
): AssessmentScore {
	return {
		overall,
		elements: Object.entries(elements).map(([elementId, value]) => ({
			elementId,
			score: value,
			coverage
		})),
		coverage
	};
}

function entry(
	assessment: Partial<PortfolioEntry['assessment']> &
		Pick<PortfolioEntry['assessment'], 'id' | 'date'>,
	overall: number | null,
	percent = 100,
	elements: Record<string, number | null> = {}
): PortfolioEntry {
	return {
		assessment: {
			organization: 'Filler organization',
			unit: '',
			cycleLabel: '',
			createdAt: `${assessment.date}T10:00:00.000Z`,
			isExample: false,
			...assessment
		},
		progress: { complete: percent, total: 100, percent },
		score: score(overall, elements)
	};
}

const zoeOld = entry(
	{
		id: 'zoe-2025',
		organizationId: 'org-zoe',
		organization: 'Łukasik Counselling',
		unit: 'Child services',
		cycleLabel: 'Baseline 2025',
		date: '2025-02-01'
	},
	40
);
const zoeNew = entry(
	{
		id: 'zoe-2026',
		organizationId: 'org-zoe',
		organization: 'Zoë Łukasik Family Practice',
		unit: 'Child services',
		cycleLabel: 'Review 2026',
		date: '2026-02-03'
	},
	55,
	80
);
/** Imported two days later: made last, yet listed after its original. */
const zoeCopy = entry(
	{
		id: 'a-zoe-copy',
		organizationId: 'org-zoe',
		organization: 'Zoë Łukasik Family Practice',
		unit: 'Child services',
		cycleLabel: 'Review 2026',
		date: '2026-02-03',
		createdAt: '2026-02-05T10:00:00.000Z',
		copyOf: 'zoe-2026'
	},
	55,
	80
);
const dang = entry(
	{
		id: 'dang-2026',
		organizationId: 'org-dang',
		organization: 'Đặng Community Health',
		cycleLabel: 'Baseline 2026',
		date: '2026-01-15'
	},
	70,
	60
);
/** From before organizations were records: its own organization. */
const jose = entry(
	{ id: 'jose-legacy', organization: 'José Núñez Center', unit: 'Outreach', date: '2025-06-30' },
	null,
	0
);
const example = entry(
	{
		id: 'example',
		organizationId: 'org-example',
		organization: 'Riverbend Example Agency',
		cycleLabel: 'Example',
		date: '2026-03-01',
		isExample: true
	},
	90
);

const groups = groupByOrganization([zoeOld, dang, zoeCopy, jose, example, zoeNew]);
const ids = (list: readonly PortfolioEntry[]) => list.map((e) => e.assessment.id);
const view = (query: Partial<PortfolioQuery>) =>
	portfolioView(groups, { ...emptyPortfolioQuery, ...query }).map((g) => [
		g.organizationId,
		ids(g.cycles)
	]);

describe('organizationKey', () => {
	test.each([
		[{ id: 'a1', organizationId: 'org-1' }, 'org-1'],
		[{ id: 'a1' }, 'a1']
	])('%j belongs to %s', (assessment, key) => {
		expect(organizationKey(assessment)).toBe(key);
	});
});

describe('latestFirst', () => {
	const at = (id: string, date: string, createdAt: string, copyOf?: string) =>
		entry({ id, date, createdAt, ...(copyOf ? { copyOf } : {}) }, null);
	test.each([
		['the later date first', at('b', '2026-01-01', 'x'), at('a', '2025-12-31', 'y')],
		[
			'on one date, the original before its copy made later',
			at('original', '2026-01-01', '2026-01-01T00:00:00.000Z'),
			at('a-copy', '2026-01-01', '2026-02-01T00:00:00.000Z', 'original')
		],
		[
			'on one date, the one made last first',
			at('b', '2026-01-01', '2026-01-02T00:00:00.000Z'),
			at('a', '2026-01-01', '2026-01-01T00:00:00.000Z')
		],
		[
			'on one date, made at the same moment, by id (cycleOrder exactly reversed)',
			at('b', '2026-01-01', '2026-01-01T00:00:00.000Z'),
			at('a', '2026-01-01', '2026-01-01T00:00:00.000Z')
		]
	])('%s', (_, first, second) => {
		expect(ids([second, first].sort(latestFirst))).toEqual(ids([first, second]));
	});
});

describe('groupByOrganization', () => {
	test('one group per organization, first seen first; each latest cycle first, copies after', () => {
		expect(groups.map((g) => [g.organizationId, g.name, g.unit, ids(g.cycles)])).toEqual([
			[
				'org-zoe',
				'Zoë Łukasik Family Practice',
				'Child services',
				['zoe-2026', 'a-zoe-copy', 'zoe-2025']
			],
			['org-dang', 'Đặng Community Health', '', ['dang-2026']],
			['jose-legacy', 'José Núñez Center', 'Outreach', ['jose-legacy']],
			['org-example', 'Riverbend Example Agency', '', ['example']]
		]);
	});
});

describe('searchKey', () => {
	test.each([
		['Zoë  Łukasik', 'zoe lukasik'],
		['Đặng', 'dang'],
		['José Núñez', 'jose nunez'],
		['  Søren\tØstergaard ', 'soren ostergaard'],
		['ÉCOLE Saint-Michel', 'ecole saint-michel']
	])('%s → %s', (text, key) => {
		expect(searchKey(text)).toBe(key);
	});
});

describe('portfolioView search', () => {
	test.each<[string, string[]]>([
		['zoe lukasik', ['org-zoe']],
		['  ZOË   ŁUKASIK ', ['org-zoe']],
		['lukasik zoe', ['org-zoe']],
		['dang', ['org-dang']],
		['ĐẶNG community', ['org-dang']],
		['jose nunez', ['jose-legacy']],
		['Núñez', ['jose-legacy']],
		// The unit is searched too.
		['child services', ['org-zoe']],
		['outreach', ['jose-legacy']],
		// An earlier cycle's name still finds the organization.
		['counselling', ['org-zoe']],
		['zoe dang', []],
		['', ['org-example', 'org-zoe', 'org-dang', 'jose-legacy']]
	])('"%s" finds %j', (search, found) => {
		expect(view({ search }).map(([id]) => id)).toEqual(found);
	});
});

describe('portfolioView sorts', () => {
	test.each<[PortfolioQuery['sort'], string[]]>([
		// Đ sorts with D, É with E: the names as people read them.
		['name', ['org-dang', 'jose-legacy', 'org-example', 'org-zoe']],
		// Latest cycles 2026-03-01, 2026-02-03, 2026-01-15, 2025-06-30.
		['date', ['org-example', 'org-zoe', 'org-dang', 'jose-legacy']],
		// 90, 70, 55, then no score yet.
		['score', ['org-example', 'org-dang', 'org-zoe', 'jose-legacy']],
		// 0%, 60%, 80%, 100%.
		['progress', ['jose-legacy', 'org-dang', 'org-zoe', 'org-example']]
	])('by %s', (sort, order) => {
		expect(view({ sort }).map(([id]) => id)).toEqual(order);
	});

	test('equal scores and equal progress fall back to the name', () => {
		const twins = groupByOrganization([
			entry(
				{ id: 'b', organizationId: 'b', organization: 'Birchwood', date: '2026-01-01' },
				50,
				40
			),
			entry({ id: 'a', organizationId: 'a', organization: 'Ashgrove', date: '2025-01-01' }, 50, 40)
		]);
		for (const sort of ['score', 'progress'] as const) {
			expect(portfolioView(twins, { ...emptyPortfolioQuery, sort }).map((g) => g.name)).toEqual([
				'Ashgrove',
				'Birchwood'
			]);
		}
	});
});

describe('portfolioView filters', () => {
	test('no filter shows each group as it is', () => {
		const shown = portfolioView(groups, emptyPortfolioQuery);
		expect(shown.find((g) => g.organizationId === 'org-zoe')).toBe(groups[0]);
	});

	test.each<[Partial<PortfolioQuery>, (string | string[])[][]]>([
		// Only the 2025 cycles; a group keeps its latest name; sorted by the latest shown cycle.
		[
			{ year: '2025' },
			[
				['jose-legacy', ['jose-legacy']],
				['org-zoe', ['zoe-2025']]
			]
		],
		[
			{ year: '2026' },
			[
				['org-example', ['example']],
				['org-zoe', ['zoe-2026', 'a-zoe-copy']],
				['org-dang', ['dang-2026']]
			]
		],
		[
			{ year: '2025', sort: 'score' },
			[
				['org-zoe', ['zoe-2025']],
				['jose-legacy', ['jose-legacy']]
			]
		],
		[{ cycleLabel: 'Baseline 2026' }, [['org-dang', ['dang-2026']]]],
		[{ cycleLabel: 'Review 2026' }, [['org-zoe', ['zoe-2026', 'a-zoe-copy']]]],
		[{ cycleLabel: 'Baseline 2025', year: '2025' }, [['org-zoe', ['zoe-2025']]]],
		[{ cycleLabel: 'Baseline 2025', year: '2026' }, []],
		[{ year: '2024' }, []],
		[{ search: 'zoe', year: '2025' }, [['org-zoe', ['zoe-2025']]]]
	])('%j', (query, shown) => {
		expect(view(query)).toEqual(shown);
	});

	test('a filtered group keeps the name of its latest cycle', () => {
		const [zoe] = portfolioView(groups, { ...emptyPortfolioQuery, year: '2025', search: 'zoe' });
		expect(zoe?.name).toBe('Zoë Łukasik Family Practice');
	});
});

test('filterChoices: newest year first, each cycle label once, A to Z, none for a blank label', () => {
	expect(filterChoices([zoeOld, zoeNew, zoeCopy, dang, jose, example])).toEqual({
		years: ['2026', '2025'],
		cycleLabels: ['Baseline 2025', 'Baseline 2026', 'Example', 'Review 2026']
	});
	expect(filterChoices([])).toEqual({ years: [], cycleLabels: [] });
});

describe('standingAmong', () => {
	const org = (
		id: string,
		overall: number | null,
		e1: number | null,
		e2: number | null,
		extra = {}
	) =>
		entry({ id: `${id}-2026`, organizationId: id, date: '2026-02-01', ...extra }, overall, 100, {
			e1,
			e2
		});
	const standings = groupByOrganization([
		// Shown 54 overall, 63 in e1, 25 in e2.
		org('org-1', 54.4, 62.5, 25),
		org('org-2', 70, 50, 50),
		// An earlier cycle of org-2: only the latest counts.
		entry({ id: 'org-2-2025', organizationId: 'org-2', date: '2025-02-01' }, 10, 100, {
			e1: 0,
			e2: 0
		}),
		// 53.6 is shown 54 too: the same rank as org-1.
		org('org-3', 53.6, 37.5, 75),
		org('org-4', 30, null, 100),
		org('org-5', null, null, null),
		// An example is nobody's work: left out of everyone else's standing.
		org('org-ex', 99, 100, 100, { isExample: true })
	]);

	test('overall: shown scores 70, 54, 54, 30; joint 2nd; median of four (54 + 54) / 2 = 54', () => {
		const standing = standingAmong(standings, 'org-1');
		expect(standing?.overall).toEqual({ score: 54, rank: 2, tied: true, of: 4, median: 54 });
		expect(standingText(standing!.overall)).toBe('Joint 2nd highest of 4');
	});

	test('per element, in the order of its scores', () => {
		expect(standingAmong(standings, 'org-1')?.elements).toEqual([
			// 63, 50, 38 (two without a score): median of three is 50.
			{ elementId: 'e1', score: 63, rank: 1, tied: false, of: 3, median: 50 },
			// 25, 50, 75, 100: median (50 + 75) / 2 = 62.5, shown 63.
			{ elementId: 'e2', score: 25, rank: 4, tied: false, of: 4, median: 63 }
		]);
	});

	test.each<[string, string, string[]]>([
		['org-1', 'Joint 2nd highest of 4', ['Highest of 3', '4th highest of 4']],
		['org-2', 'Highest of 4', ['2nd highest of 3', '3rd highest of 4']],
		['org-3', 'Joint 2nd highest of 4', ['3rd highest of 3', '2nd highest of 4']],
		['org-4', '4th highest of 4', ['No score yet', 'Highest of 4']],
		['org-5', 'No score yet', ['No score yet', 'No score yet']],
		// Its own standing counts the example itself: 99 of five scores.
		['org-ex', 'Highest of 5', ['Highest of 4', 'Joint highest of 5']]
	])('%s: %s', (organizationId, overall, elements) => {
		const standing = standingAmong(standings, organizationId)!;
		expect(standingText(standing.overall)).toBe(overall);
		expect(standing.elements.map(standingText)).toEqual(elements);
	});

	test('an organization without a score still sees how many have one and the median', () => {
		expect(standingAmong(standings, 'org-5')?.overall).toEqual({
			score: null,
			rank: null,
			tied: false,
			of: 4,
			median: 54
		});
	});

	test('the example counted as its own: five scores, median of 30, 54, 54, 70, 99 is 54', () => {
		expect(standingAmong(standings, 'org-ex')?.overall).toEqual({
			score: 99,
			rank: 1,
			tied: false,
			of: 5,
			median: 54
		});
	});

	test('two organizations shown 75 (74.6 and 75.4) share the top; two scores: median 75', () => {
		const pair = groupByOrganization([org('a', 74.6, 25, 50), org('b', 75.4, 75, 50)]);
		const standing = standingAmong(pair, 'a')!;
		expect(standing.overall).toEqual({ score: 75, rank: 1, tied: true, of: 2, median: 75 });
		expect(standingText(standing.overall)).toBe('Joint highest of 2');
		// 25 and 75: median 50. Both 50: joint highest.
		expect(standing.elements.map((e) => [e.median, standingText(e)])).toEqual([
			[50, '2nd highest of 2'],
			[50, 'Joint highest of 2']
		]);
	});

	test('alone on this device; an organization that is not there', () => {
		const alone = groupByOrganization([org('solo', 42, 42, null)]);
		expect(standingText(standingAmong(alone, 'solo')!.overall)).toBe('The only one with a score');
		expect(standingAmong(alone, 'missing')).toBeNull();
	});
});

describe('standingText', () => {
	const at = (rank: number | null, of: number, tied = false): Standing => ({
		score: rank === null ? null : 50,
		rank,
		tied,
		of,
		median: 50
	});
	test.each<[Standing, string]>([
		[at(null, 5), 'No score yet'],
		[at(1, 1), 'The only one with a score'],
		[at(1, 5), 'Highest of 5'],
		[at(1, 5, true), 'Joint highest of 5'],
		[at(2, 5), '2nd highest of 5'],
		[at(2, 5, true), 'Joint 2nd highest of 5'],
		[at(3, 5), '3rd highest of 5'],
		[at(11, 30), '11th highest of 30'],
		[at(12, 30, true), 'Joint 12th highest of 30'],
		[at(13, 30), '13th highest of 30'],
		[at(21, 30), '21st highest of 30'],
		[at(22, 30), '22nd highest of 30']
	])('%j: %s', (standing, text) => {
		expect(standingText(standing)).toBe(text);
	});
});

test.each([
	[1, '1st'],
	[2, '2nd'],
	[3, '3rd'],
	[4, '4th'],
	[10, '10th'],
	[11, '11th'],
	[12, '12th'],
	[13, '13th'],
	[14, '14th'],
	[21, '21st'],
	[22, '22nd'],
	[23, '23rd'],
	[101, '101st'],
	[111, '111th'],
	[112, '112th'],
	[113, '113th'],
	[122, '122nd']
])('ordinal(%i) is %s', (n, text) => {
	expect(ordinal(n)).toBe(text);
});

describe('latestScored', () => {
	test('an organization is shown by its newest cycle with a score, not a next cycle just started', () => {
		const scored = entry({ id: 'scored', organizationId: 'org', date: '2026-03-01' }, 62);
		const started = entry({ id: 'started', organizationId: 'org', date: '2027-03-01' }, null);
		const [group] = groupByOrganization([scored, started]);
		expect(group!.cycles[0]!.assessment.id).toBe('started');
		expect(latestScored(group!).assessment.id).toBe('scored');
	});

	test('with no score anywhere, the newest cycle', () => {
		const [group] = groupByOrganization([
			entry({ id: 'old', organizationId: 'org', date: '2025-03-01' }, null),
			entry({ id: 'new', organizationId: 'org', date: '2026-03-01' }, null)
		]);
		expect(latestScored(group!).assessment.id).toBe('new');
	});
});

test('sorted by score, an organization that just started its next cycle keeps its latest score', () => {
	const groups = groupByOrganization([
		entry({ id: 'a-2026', organizationId: 'a', organization: 'Alder', date: '2026-03-01' }, 80),
		entry({ id: 'a-2027', organizationId: 'a', organization: 'Alder', date: '2027-03-01' }, null),
		entry({ id: 'b-2026', organizationId: 'b', organization: 'Birch', date: '2026-03-01' }, 60)
	]);
	const sorted = portfolioView(groups, { ...emptyPortfolioQuery, sort: 'score' });
	expect(sorted.map((g) => g.name)).toEqual(['Alder', 'Birch']);
});
