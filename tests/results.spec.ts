/*
 * The first two journeys prove that a version 1 assessment (27 items, made before framework
 * version 2) reports exactly as before: they run on an imported version 1 assessment
 * (v1-assessment.ts) and keep their hand-computed scores, coverage and first steps.
 */
import type { Page } from '@playwright/test';
import {
	createAssessment,
	expect,
	expectAccessible,
	expectFocusOnItem,
	test,
	expectSaved
} from './fixtures';
import { createV1Assessment } from './v1-assessment';

const TOTAL_ITEMS = 27;

/**
 * The keys pressed for items 1-27 in walk order (src/lib/content/items.ts), element by element.
 * 'd' = Don't know. Impact in brackets, [H] = linked to heavy-caseloads (set to High below).
 *
 * 1 Recognize the impact:   leaders-trained 1, ongoing-assessment 2, know-the-signs 4,
 *                           turnover-tracked d
 * 2 Risk of the job:        psychoeducation 3, caseload-balance 3, physical-safety 2,
 *                           new-staff-assignments 4
 * 3 Culture:                self-care-groups 4, connection 3, buddy-system 4, flextime 4
 * 4 Protect client care:    reflective-supervision 2, supervision-addresses-sts 1, ebp 3,
 *                           client-care-strain d
 * 5 Knowledge into action:  risk-management-policy 1, leaders-implementation 2,
 *                           external-partnerships 1, eap-referral 0, critical-incident-plan 1
 * 6 Integrate STS:          sts-in-ebp-training 2, skills-training 0, continuing-training 3,
 *                           wellness-plans 2, rest-nutrition-exercise 3, sts-in-policies 2
 */
const KEYS = [
	...['1', '2', '4', 'd'],
	...['3', '3', '2', '4'],
	...['4', '3', '4', '4'],
	...['2', '1', '3', 'd'],
	...['1', '2', '1', '0', '1'],
	...['2', '0', '3', '2', '3', '2']
];

/*
 * Element scores = mean of the scored items / 4 × 100 (Don't know left out):
 *   1: (1+2+4)/3 = 2.333 → 58.33 → 58  Developing   (3 of 4 scored, 1 Don't know)
 *   2: (3+3+2+4)/4 = 3    → 75          Strength     (4 of 4)
 *   3: (4+3+4+4)/4 = 3.75 → 93.75 → 94  Strength     (4 of 4)
 *   4: (2+1+3)/3 = 2      → 50          Developing   (3 of 4, 1 Don't know)
 *   5: (1+2+1+0+1)/5 = 1  → 25          Growth area  (5 of 5)
 *   6: (2+0+3+2+3+2)/6 = 2 → 50         Developing   (6 of 6)
 * Overall = (58.333 + 75 + 93.75 + 50 + 25 + 50) / 6 = 352.083 / 6 = 58.68 → 59.
 * Coverage: 27 items, none not applicable → 27 apply; 27 − 2 Don't know = 25 scored.
 *
 * Start here (risk profile: heavy trauma caseloads High → boost 1 + 0.25 = 1.25 on linked items).
 * priority = (4 − score)/4 × impact × boost. Horizon: priority ≥ 1.5 and low effort → Now;
 * ≥ 1.5 and medium/high effort → Next; everything else → Later; "find out" steps → Now.
 *   skills-training (impact 3, [H]): 1 × 3 × 1.25 = 3.75 → action.mindfulness-practice (low) → Now;
 *     coping-skills-training (medium) → Next.
 *   supervision-addresses-sts (3, [H]): 0.75 × 3 × 1.25 = 2.8125 → 2.81 → peer-supervision-group
 *     and sts-standing-agenda, both low → Now.
 *   eap-referral (2, [H]): 1 × 2 × 1.25 = 2.5 → eap-awareness, eap-for-supervisors (low) → Now;
 *     referral-pathway (medium) → Next.
 *   reflective-supervision (3, [H]): 0.5 × 3 × 1.25 = 1.875 → 1.88, both actions medium → Next.
 *   external-partnerships (2, [H]): 0.75 × 2 × 1.25 = 1.875 → 1.88 → partner-sts-providers
 *     (medium) → Next.
 *   risk-management-policy (2): 0.75 × 2 = 1.5 → sts-task-force (low) → Now; sts-policy (high) → Next.
 *   critical-incident-plan (2): 0.75 × 2 = 1.5 → post-incident-check-in (low) → Now; the other two
 *     (medium) → Next.
 *   leaders-trained (2): 0.75 × 2 = 1.5 → train-leaders-nonclinical (medium) → Next.
 *   Everything else is under 1.5 → Later (e.g. ongoing-assessment [H]: 0.5 × 2 × 1.25 = 1.25; with
 *     the old rule its low-effort actions were Next, now Later; none of them is in Now either way).
 *   Find-out steps → Now: client-care-strain (1, [H]) 0.5 × 1 × 1.25 = 0.625 → 0.63,
 *     turnover-tracked (1) 0.5 × 1 × 1 = 0.5.
 * Plan order (untouched suggestions): Now first, priority descending, then key:
 *   mindfulness 3.75, peer-supervision-group 2.81, sts-standing-agenda 2.81 ("peer" < "sts"),
 *   eap-awareness 2.5, eap-for-supervisors 2.5 ("eap-a" < "eap-f"), post-incident-check-in 1.5,
 *   sts-task-force 1.5 ("post" < "sts"), find-out client-care-strain 0.63, turnover-tracked 0.5.
 * firstSteps puts triad steps (linked to an impact-3 item) first, keeping plan order otherwise:
 *   triad = mindfulness (skills-training), peer-supervision-group and sts-standing-agenda
 *   (supervision-addresses-sts), already the first three. Seven Now steps ≥ 3, so no top-up from
 *   Next; at most 5: mindfulness, peer-supervision-group, sts-standing-agenda, eap-awareness,
 *   eap-for-supervisors. The report's "First steps" lists the same five.
 */
const EXPECTED_ROWS = [
	[
		'1. Recognize the impact on the workforce',
		'58',
		'Developing',
		'3 of 4 items scored · 1 Don’t know'
	],
	['2. Treat trauma exposure as a risk of the job', '75', 'Strength', '4 of 4 items scored'],
	['3. Build a culture that supports staff', '94', 'Strength', '4 of 4 items scored'],
	[
		'4. Protect the care that clients receive',
		'50',
		'Developing',
		'3 of 4 items scored · 1 Don’t know'
	],
	['5. Turn knowledge into action and policy', '25', 'Growth area', '5 of 5 items scored'],
	['6. Build STS into everyday work and training', '50', 'Developing', '6 of 6 items scored']
];
const EXPECTED_STEPS = [
	'Make room for short mindfulness practice',
	'Start a peer supervision group',
	'Make STS a standing supervision topic',
	'Make EAP and counseling easy to find',
	'Help supervisors suggest support early'
];

async function walkByKeyboard(page: Page) {
	await page.getByRole('link', { name: 'Overview' }).click();
	await page.getByRole('link', { name: 'Start the walk-through' }).click();
	await expect(page.getByText('Essential element 1 of 6')).toBeVisible();
	await expect(page.locator('input[type="radio"]:focus')).toHaveCount(1);
	for (let n = 1; n <= TOTAL_ITEMS; n++) {
		await expectFocusOnItem(page, n);
		await page.keyboard.press(KEYS[n - 1]!);
		await expect(page.getByText(`Item ${n} of ${TOTAL_ITEMS} · Answered`)).toBeVisible();
		await page.keyboard.press('Enter');
	}
	await expect(page.getByRole('heading', { name: 'Review the answers' })).toBeVisible();
}

test('results show the hand-computed scores, coverage and first steps', async ({ page }) => {
	expect(KEYS).toHaveLength(TOTAL_ITEMS);
	await createV1Assessment(page, { organization: 'Results Agency' });

	await page.getByRole('link', { name: 'Set-up', exact: true }).click();
	await page
		.getByRole('group', { name: /^Heavy trauma caseloads/ })
		.getByRole('radio', { name: 'High' })
		.check();
	await expectSaved(page);

	await walkByKeyboard(page);
	await page.getByRole('link', { name: 'Results', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();

	// Overall score with its coverage.
	await expect(page.locator('.overall')).toHaveText('59 of 100 · 25 of 27 items scored');
	await expect(page.getByText('2 of 27 practices have no score (2 Don’t know')).toBeVisible();

	// The table: the data behind the chart.
	const table = page.getByRole('table', { name: 'Element scores, out of 100' });
	const cells = await table
		.locator('tbody tr')
		.evaluateAll((trs) =>
			trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent?.trim()))
		);
	expect(cells).toEqual(EXPECTED_ROWS);

	// The chart: a picture with a text alternative carrying the same numbers, actually drawn.
	const chart = page.getByRole('img', { name: /^Bar chart of the element scores/ });
	await expect(chart).toHaveAttribute(
		'aria-label',
		'Bar chart of the element scores, 0 to 100. ' +
			EXPECTED_ROWS.map(([name, score, band]) => `${name}: ${score}, ${band!.toLowerCase()}`).join(
				'; '
			) +
			'.'
	);
	await expect
		.poll(() =>
			chart.evaluate((canvas: HTMLCanvasElement) => {
				const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
				let painted = 0;
				for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
				return painted;
			})
		)
		.toBeGreaterThan(1000);

	// Strengths and growth areas by element band.
	const strengths = page.getByRole('region', { name: 'Strengths' });
	await expect(strengths.getByRole('listitem').first()).toHaveText(
		'2. Treat trauma exposure as a risk of the job: 75'
	);
	const growth = page.getByRole('region', { name: 'Growth areas' });
	await expect(growth.getByRole('listitem').first()).toHaveText(
		'5. Turn knowledge into action and policy: 25'
	);

	// Risk profile summary.
	const risks = page.getByRole('region', { name: 'Workforce risk profile' });
	await expect(risks.getByText('Heavy trauma caseloads: High')).toBeVisible();
	await expect(risks.getByText('Isolated or solo work: Not answered yet')).toBeVisible();
	await expect(risks.getByText('1 of 7 factors answered.')).toBeVisible();

	// Start here: the five first steps of the stored plan (kept in step by the assessment pages),
	// the first one with its reason and horizon.
	const start = page.getByRole('region', { name: 'Start here' });
	await expect(start.getByRole('heading', { level: 3 })).toHaveText(EXPECTED_STEPS);
	const first = start.getByRole('listitem').first();
	await expect(first).toContainText('Now · 0-3 months');
	await expect(first).toContainText(
		'Scored 0 of 4; heavy trauma caseloads reported; skills training is part of the most important prevention triad.'
	);
	await expect(start.getByRole('link', { name: 'Open the plan' })).toHaveAttribute(
		'href',
		/\/assessments\/[^/]+\/plan$/
	);

	// How it is calculated, with this assessment's numbers.
	await page.getByText('How is this calculated?').click();
	await expect(
		page.getByText(
			'Element 1: items scored 1, 2 and 4 → (1 + 2 + 4) ÷ 3 = 2.33 of 4 → 58 of 100. Left out: 1 Don’t know.'
		)
	).toBeVisible();
	await expect(
		page.getByText('(58.33 + 75 + 93.75 + 50 + 25 + 50) ÷ 6 = 58.68 → 59 of 100.')
	).toBeVisible();
	await expect(page.getByText('priority 1 × 3 × 1.25 = 3.75.')).toBeVisible();

	await expectAccessible(page, 'on the results page');

	// Scores are live: a change in a second tab redraws this page. Item 1 becomes 4, so element 1
	// is (4 + 2 + 4) / 3 = 3.33 → 83.33 → 83, a strength, and the overall
	// (83.33 + 75 + 93.75 + 50 + 25 + 50) / 6 = 377.08 / 6 = 62.85 → 63.
	const other = await page.context().newPage();
	await other.goto(page.url().replace(/\/results$/, '/walk/recognize-impact'));
	await other.locator('article').first().getByRole('radio', { name: /^4 / }).check();
	await expect(table.locator('tbody tr').first()).toContainText('83');
	await expect(chart).toHaveAttribute(
		'aria-label',
		/1\. Recognize the impact on the workforce: 83, strength;/
	);
	await expect(page.locator('.overall')).toHaveText('63 of 100 · 25 of 27 items scored');
	await other.close();

	// Don't know items link back to the item in the walk.
	const unknown = page.getByRole('region', { name: /Don’t know \(2\)/ });
	await expect(unknown.getByRole('link')).toHaveCount(2);
	await unknown.getByRole('link').first().click();
	await expect(page).toHaveURL(/\/walk\/recognize-impact#at-item-turnover-tracked$/);
	await expect(page.getByText('Essential element 1 of 6')).toBeVisible();

	// The home list shows the same overall score beside the progress.
	await page.getByRole('link', { name: 'Assessments', exact: true }).first().click();
	const card = page.getByRole('listitem').filter({ hasText: 'Results Agency' });
	await expect(card).toContainText('Overall 63 of 100');
	await expect(card).toContainText('27 of 27 items');
});

test('only Don’t know answers: the empty state lists the gaps and the find-out steps', async ({
	page
}) => {
	await createV1Assessment(page, { organization: 'Unknown Results Agency' });
	await page.getByRole('link', { name: 'Overview' }).click();
	await page.getByRole('link', { name: 'Start the walk-through' }).click();
	await expect(page.getByText('Essential element 1 of 6')).toBeVisible();
	for (let n = 1; n <= 2; n++) {
		await expectFocusOnItem(page, n);
		await page.keyboard.press('d');
		await expect(page.getByText(`Item ${n} of ${TOTAL_ITEMS} · Answered`)).toBeVisible();
		await page.keyboard.press('Enter');
	}
	await page.getByRole('link', { name: 'Results', exact: true }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'No scores yet' })).toBeVisible();
	await expect(page.getByRole('table')).toHaveCount(0);

	const unknown = page.getByRole('region', { name: /Don’t know \(2\)/ });
	await expect(unknown.getByRole('link')).toHaveCount(2);
	await expect(unknown.getByRole('link').last()).toHaveAttribute(
		'href',
		/\/walk\/recognize-impact#at-item-ongoing-assessment$/
	);

	/*
	 * Find-out steps, always Now: leaders-trained (impact 2, no risk reported) 0.5 × 2 × 1 = 1 and
	 * ongoing-assessment (impact 2) 0.5 × 2 × 1 = 1. A tie: key order, "find-out:item.leaders-…" <
	 * "find-out:item.ongoing-…". Neither is triad. Two Now steps and no Next step to top up.
	 */
	const start = page.getByRole('region', { name: 'Start here' });
	await expect(start.getByRole('heading', { level: 3 })).toHaveText([
		/^Find out: Leaders and non-clinical staff/,
		/^Find out: The organization checks staff risk/
	]);
	await expect(start.getByRole('listitem').first()).toContainText('Now · 0-3 months');
	await expect(start.getByRole('link', { name: 'Open the plan' })).toHaveAttribute(
		'href',
		/\/assessments\/[^/]+\/plan$/
	);
	await expectAccessible(page, 'on the results page with only Don’t know');
});

test('results before any score: a kind empty state that leads to the walk', async ({ page }) => {
	await createAssessment(page, { organization: 'Empty Results Agency' });
	await page.getByRole('link', { name: 'Results', exact: true }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'No scores yet' })).toBeVisible();
	await expect(page.locator('canvas')).toHaveCount(0);
	await expect(page.getByRole('table')).toHaveCount(0);
	await expect(page.getByRole('region', { name: 'Start here' })).toHaveCount(0);
	await expectAccessible(page, 'on the empty results page');
	await page.getByRole('link', { name: 'Start the walk-through' }).click();
	await expect(page.getByText('Essential element 1 of 6')).toBeVisible();

	// The home list says there is no score yet.
	await page.goto('/');
	await expect(
		page.getByRole('listitem').filter({ hasText: 'Empty Results Agency' })
	).toContainText('No score yet');
});
