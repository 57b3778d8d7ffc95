/**
 * The portfolio view's rows, order, count line, standing choices and standing table, against the
 * small portfolio of portfolio-test-fixtures.ts (its scores worked out by hand there).
 */
import { describe, expect, it } from 'vitest';
import { groupByOrganization } from '$lib/domain/cycles/portfolio';
import {
	portfolioColumns,
	portfolioOrder,
	portfolioRow,
	standingChoices,
	standingRows,
	tableCountText,
	type PortfolioColumn,
	type PortfolioTableSort
} from './portfolio-model';
import {
	coverage,
	dangExample,
	entry,
	formula,
	jose,
	testElements,
	testGroups,
	zoeEarlier,
	zoeLatest
} from './portfolio-test-fixtures';

const columns = portfolioColumns(testElements);
const names = (search: string, sort: PortfolioTableSort) =>
	portfolioOrder(testGroups(), { search, sort }).map((g) => g.name);

describe('portfolioColumns', () => {
	it('lists each element once, in element order, with its full label', () => {
		expect(columns).toEqual<PortfolioColumn[]>([
			{
				elementId: 'recognize-impact',
				number: 1,
				label: '1. Recognize the impact on the workforce'
			},
			{
				elementId: 'risk-of-the-job',
				number: 2,
				label: '2. Treat trauma exposure as a risk of the job'
			}
		]);
	});
});

describe('portfolioRow', () => {
	it('shows the latest cycle of an organization, its scores as whole numbers', () => {
		const zoe = testGroups().find((g) => g.organizationId === 'org-zoe')!;
		expect(portfolioRow(zoe, columns)).toEqual({
			organizationId: 'org-zoe',
			assessmentId: 'zoe-2026',
			name: 'Zoë Łukasik Counselling',
			unit: 'Child services',
			isExample: false,
			label: 'Zoë Łukasik Counselling',
			cycleLabel: 'Follow-up 2026',
			date: '2026-03-10',
			overall: (175 / 3 + 62.5) / 2,
			overallText: '60',
			coverage: coverage({
				scored: 25,
				applicable: 27,
				notApplicable: 9,
				unanswered: 2,
				percent: 92
			}),
			coverageText: '25 of 27 items scored',
			elements: [
				{ elementId: 'recognize-impact', score: 175 / 3, text: '58' },
				{ elementId: 'risk-of-the-job', score: 62.5, text: '63' }
			]
		});
	});

	it('marks an example and says "No score yet" for an element its scores lack', () => {
		const dang = testGroups().find((g) => g.organizationId === 'org-dang')!;
		const row = portfolioRow(dang, columns);
		expect(row.label).toBe('Đặng Family Services (example)');
		expect(row.name).toBe('Đặng Family Services');
		expect(row.isExample).toBe(true);
		expect([row.overallText, ...row.elements.map((e) => e.text)]).toEqual([
			'75',
			'75',
			'No score yet'
		]);
		expect(row.coverageText).toBe('18 of 36 items scored');
	});

	it('an organization that has just started its next cycle keeps showing its latest score', () => {
		// Zoë's next cycle, started after Follow-up 2026: nothing answered yet.
		const next = entry(
			{
				id: 'zoe-2027',
				organizationId: 'org-zoe',
				organization: 'Zoë Łukasik Counselling',
				unit: 'Child services',
				cycleLabel: 'Review 2027',
				date: '2027-03-01'
			},
			{ overall: null, elements: {}, coverage: coverage({ applicable: 27, unanswered: 27 }) }
		);
		const [zoe] = groupByOrganization([zoeEarlier, next, zoeLatest]);
		const row = portfolioRow(zoe!, columns);
		// Follow-up 2026's 60.42, shown 60, named by its label and date.
		expect([row.assessmentId, row.cycleLabel, row.date, row.overallText]).toEqual([
			'zoe-2026',
			'Follow-up 2026',
			'2026-03-10',
			'60'
		]);
		expect(row.coverageText).toBe('25 of 27 items scored');
	});

	it('says "No score yet" for an organization with nothing scored', () => {
		const jose = testGroups().find((g) => g.organizationId === 'org-jose')!;
		const row = portfolioRow(jose, columns);
		expect([row.overallText, row.coverageText, ...row.elements.map((e) => e.text)]).toEqual([
			'No score yet',
			'0 of 36 items scored',
			'No score yet',
			'No score yet'
		]);
	});
});

describe('portfolioOrder', () => {
	it.each<[PortfolioTableSort, string[]]>([
		// Punctuation before letters; Đ reads as D; accents and case ignored.
		['name', ['=cmd', 'Đặng Family Services', 'José Núñez Clinic', 'Zoë Łukasik Counselling']],
		// 75, 75 (the tie by name), 60.42, then no score last.
		['score', ['=cmd', 'Đặng Family Services', 'Zoë Łukasik Counselling', 'José Núñez Clinic']],
		// 10 March 2026, 1 February 2026, 15 January 2026, 1 December 2025.
		['date', ['Zoë Łukasik Counselling', 'Đặng Family Services', 'José Núñez Clinic', '=cmd']]
	])('sorts by %s', (sort, expected) => {
		expect(names('', sort)).toEqual(expected);
	});

	it.each<[string, string[]]>([
		['lukasik', ['Zoë Łukasik Counselling']],
		['  NUNEZ  ', ['José Núñez Clinic']],
		['dang', ['Đặng Family Services']],
		// A name only an earlier cycle had still finds the organization (shown by its latest name).
		['old name', ['Zoë Łukasik Counselling']],
		['child', ['Zoë Łukasik Counselling']],
		['nowhere', []]
	])('finds %j', (search, expected) => {
		expect(names(search, 'name')).toEqual(expected);
	});
});

describe('tableCountText', () => {
	it.each<[number, number, string, string]>([
		[100, 5000, '', 'Showing 100 of 5,000 organizations'],
		[200, 5000, '', 'Showing 200 of 5,000 organizations'],
		[4, 4, '', '4 organizations'],
		[1, 1, '', '1 organization'],
		[100, 250, 'care', 'Showing 100 of 250 organizations'],
		[3, 3, 'care', '3 organizations match “care”'],
		[1, 1, ' łukasik ', '1 organization matches “łukasik”'],
		[0, 0, 'zzz', 'No organization matches “zzz”.']
	])('%i shown of %i, search %j: %s', (shown, matching, search, expected) => {
		expect(tableCountText(shown, matching, search)).toBe(expected);
	});
});

describe('standingChoices', () => {
	it('offers every organization but the example, by name, with its unit', () => {
		expect(standingChoices(testGroups())).toEqual([
			{ organizationId: 'org-cmd', name: '=cmd', label: '=cmd, +unit' },
			{ organizationId: 'org-jose', name: 'José Núñez Clinic', label: 'José Núñez Clinic' },
			{
				organizationId: 'org-zoe',
				name: 'Zoë Łukasik Counselling',
				label: 'Zoë Łukasik Counselling, Child services'
			}
		]);
	});
});

describe('standingRows', () => {
	it('puts the standing of each score in words, the example left out', () => {
		// Latest cycles, example left out: Zoë 60.42 (60), José none, =cmd 75. Overall: 2nd of 2,
		// middle (60 + 75) / 2 = 67.5 -> 68. Element 1: 58 against 100: 2nd, middle 79. Element 2:
		// 63 against 50: highest, middle 56.5 -> 57.
		// The fixture gives each element its cycle's coverage: 25 of 27 scored.
		expect(standingRows(testGroups(), 'org-zoe', columns)).toEqual([
			{
				key: 'overall',
				label: 'Overall',
				scoreText: '60',
				coverageText: '25 of 27 items scored',
				standingText: '2nd highest of 2',
				medianText: '68'
			},
			{
				key: 'recognize-impact',
				label: '1. Recognize the impact on the workforce',
				scoreText: '58',
				coverageText: '25 of 27 items scored',
				standingText: '2nd highest of 2',
				medianText: '79'
			},
			{
				key: 'risk-of-the-job',
				label: '2. Treat trauma exposure as a risk of the job',
				scoreText: '63',
				coverageText: '25 of 27 items scored',
				standingText: 'Highest of 2',
				medianText: '57'
			}
		]);
	});

	it('says "No score yet" for an organization with nothing scored', () => {
		expect(
			standingRows(testGroups(), 'org-jose', columns).map((r) => [
				r.scoreText,
				r.coverageText,
				r.standingText
			])
		).toEqual([
			['No score yet', '0 of 36 items scored', 'No score yet'],
			['No score yet', '0 of 36 items scored', 'No score yet'],
			['No score yet', '0 of 36 items scored', 'No score yet']
		]);
	});

	it('reads the cycle with a score, as the standing does, when the next one has none yet', () => {
		// =cmd starts its next cycle: its standing and coverage stay those of its scored one.
		const next = entry(
			{ id: 'cmd-2026', organizationId: 'org-cmd', organization: '=cmd', date: '2026-12-01' },
			{ overall: null, elements: {}, coverage: coverage({ unanswered: 36 }) }
		);
		const groups = groupByOrganization([zoeEarlier, jose, dangExample, zoeLatest, formula, next]);
		expect(standingRows(groups, 'org-cmd', columns)[0]).toEqual({
			key: 'overall',
			label: 'Overall',
			scoreText: '75',
			coverageText: '36 of 36 items scored',
			// 75 against Zoë's 60: highest of 2, middle 67.5 -> 68.
			standingText: 'Highest of 2',
			medianText: '68'
		});
	});

	it('has no rows for an organization not on this device', () => {
		expect(standingRows(testGroups(), 'org-gone', columns)).toEqual([]);
	});
});
