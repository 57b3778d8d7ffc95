/**
 * Framework version 2 explains itself in the room: a glossary of the words a non-clinician may not
 * know, linked from the walk, and what each point of the scale looks like for every item, with a
 * "Suggested" note wherever a figure is the workbook's own rather than the source's.
 */
import { expect, expectAccessible, openWalk, test } from './fixtures';

/** The scale's words (src/lib/content/scale.ts, practiceScale), each after its number. */
const SCALE_POINTS = [
	'0 · Not in place yet',
	'1 · Beginning',
	'2 · Partly in place',
	'3 · Mostly in place',
	'4 · Fully in place'
];

test('the walk links to a glossary that says what its words mean, in plain words', async ({
	page
}) => {
	await openWalk(page, 'Glossary Agency');
	await page.getByRole('link', { name: 'Glossary: words used here' }).click();
	await expect(page).toHaveURL(/\/glossary$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();

	// src/lib/content/v2/glossary/protect-client-care.ts
	const term = page.getByRole('term').filter({ hasText: /^Reflective supervision$/ });
	await expect(term).toHaveCount(1);
	await expect(term.locator('xpath=following-sibling::dd[1]')).toHaveText(
		'Supervision that makes time to think about how the work affects you and your clients, not just to check on tasks.'
	);
	// "STS" is defined in several element files; the glossary lists it once.
	const sts = page.getByRole('term').filter({ hasText: /^STS$/ });
	await expect(sts).toHaveCount(1);
	await expect(sts.locator('xpath=following-sibling::dd[1]')).toHaveText(
		'Secondary traumatic stress. It is stress that can build up from hearing about the trauma of others, again and again, at work.'
	);
	await expectAccessible(page, 'on the glossary page');
});

test('the walk shows what every point of the scale looks like, and marks what is suggested', async ({
	page
}) => {
	await openWalk(page, 'Scale Guidance Agency');

	// Item 1, item2.sts-basics-for-everyone (src/lib/content/v2/items/recognize-impact.ts).
	const first = page.getByRole('article', {
		name: 'Everyone who hears trauma stories at work, in any role, is taught the basics of STS.'
	});
	await first.getByText('What good looks like, and evidence').click();
	await expect(first.getByRole('term')).toHaveText(SCALE_POINTS);
	await expect(first.getByRole('definition')).toHaveText([
		'No one is taught about STS at work yet.',
		'STS basics come up now and then, or people find them on their own.',
		'Some roles or teams are taught STS basics, but not all who hear trauma stories.',
		'Every role that hears trauma stories is taught STS basics, with refreshers.',
		'STS basics are built into how every such role starts, and the content is reviewed.'
	]);

	// Element 4 starts with item2.reflective-supervision (protect-client-care.ts), whose
	// frequency is the workbook's suggestion.
	await page.getByRole('link', { name: /^4\. / }).click();
	await expect(page.getByText('Essential element 4 of 6')).toBeVisible();
	const supervision = page.getByRole('article', {
		name: 'Everyone who hears trauma stories at work has reflective supervision. This is not just for therapists.'
	});
	await supervision.getByText('What good looks like, and evidence').click();
	await expect(supervision.getByRole('term')).toHaveText(SCALE_POINTS);
	await expect(supervision.getByRole('definition')).toHaveText([
		'Reflective supervision is not in place yet.',
		'A few staff get it now and then, often when a problem comes up.',
		'Some teams or roles have it, such as therapists, but not all who hear trauma stories.',
		'All who hear trauma stories have it on a set schedule, and this is written down.',
		'It is protected time that is rarely canceled, and we review how well it works.'
	]);
	await expect(
		supervision.getByText(
			'Suggested: How often to meet is our suggestion: the source gives no frequency. Monthly is one place to start.'
		)
	).toBeVisible();

	// The next item, item2.sts-in-supervision, adds no figure of its own: no "Suggested" note.
	const stsTalk = page.getByRole('article', {
		name: 'Supervision makes time to talk about STS: how the work is affecting staff.'
	});
	await stsTalk.getByText('What good looks like, and evidence').click();
	await expect(stsTalk.getByRole('term')).toHaveText(SCALE_POINTS);
	await expect(stsTalk.getByText('Suggested:')).toHaveCount(0);
	await expectAccessible(page, 'with the scale guidance open');
});
