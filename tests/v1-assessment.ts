/**
 * A blank assessment on framework version 1 (27 items), made the way a user who has an old file
 * makes one: a workbook file (the app's export format, src/lib/domain/file-schema.ts) imported on
 * home, then opened. New assessments use the newest framework; this is how the journeys reach the
 * older one, whose hand-computed scores and priorities must stay exactly as they were.
 */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** A local calendar date "YYYY-MM-DD", as the new-assessment form fills in. */
function today(): string {
	const now = new Date();
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Imports a version 1 assessment with no answers and an empty plan (no roster, no risk answered,
 * as a new assessment starts) and waits for its page, as `createAssessment` does.
 */
export async function createV1Assessment(page: Page, fields: { organization: string }) {
	const stamp = new Date().toISOString();
	const assessmentId = randomUUID();
	const file = {
		format: 'sts-workbook',
		version: 2,
		generator: { app: 'STS Workbook', appVersion: '0.1.0' },
		exportedAt: stamp,
		scope: 'assessment',
		assessments: [
			{
				assessment: {
					id: assessmentId,
					frameworkId: 'nctsn-sts-essentials',
					frameworkVersion: '1.0.0',
					organization: fields.organization,
					unit: '',
					cycleLabel: `Baseline ${today().slice(0, 4)}`,
					date: today(),
					facilitator: '',
					roster: [],
					riskProfile: {},
					isExample: false,
					createdAt: stamp,
					updatedAt: stamp
				},
				responseSets: [
					{
						id: randomUUID(),
						assessmentId,
						kind: 'consensus',
						label: 'Consensus',
						createdAt: stamp,
						updatedAt: stamp
					}
				],
				responses: [],
				plan: []
			}
		]
	};
	const path = test.info().outputPath('version-1-assessment.json');
	writeFileSync(path, JSON.stringify(file, null, '\t'));

	await page.goto('/');
	await page.getByLabel('Workbook file to import').setInputFiles(path);
	const ready = page.getByRole('group', { name: 'Ready to import 1 assessment' });
	await expect(ready).toContainText(fields.organization);
	await ready.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(page.getByText('Imported 1 assessment.')).toBeVisible();
	await page
		.getByRole('list', { name: 'Assessments' })
		.getByRole('listitem')
		.filter({ hasText: fields.organization })
		.getByRole('link', { name: /^Open/ })
		.click();
	await expect(page.getByRole('heading', { level: 1, name: fields.organization })).toBeVisible();
}
