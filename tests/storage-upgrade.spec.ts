/**
 * Database version 3 moved every answer into its response set's record and every plan action
 * into one plan record per assessment. This journey takes real records the app wrote, lays them
 * out as version 2 stored them (one record per answer and per action), and checks that the
 * upgrade on the next start keeps every answer, every action and what home shows.
 */
import { expect, test } from './fixtures';

test('a workbook stored by version 2 opens whole after the storage upgrade', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('button', { name: 'Load example' }).click();
	await page.waitForURL(/\/assessments\/[0-9a-f-]{36}$/);
	await page.goto('/');
	const card = page.getByRole('list', { name: 'Assessments' }).getByRole('listitem');
	await expect(card).toHaveCount(1);
	const before = (await card.innerText()).replace(/\s+/g, ' ');

	const counts = await page.evaluate(async () => {
		const request = <T>(r: IDBRequest<T>) =>
			new Promise<T>((resolve, reject) => {
				r.onsuccess = () => resolve(r.result);
				r.onerror = () => reject(r.error);
			});
		type Row = Record<string, unknown>;
		// The records as the app stored them (version 4 layout).
		const current = await request(indexedDB.open('sts-workbook'));
		const read = (store: string) =>
			request(current.transaction(store).objectStore(store).getAll()) as Promise<Row[]>;
		const [assessments, sets, plans, settings] = await Promise.all([
			read('assessments'),
			read('responseSets'),
			read('plans'),
			read('settings')
		]);
		current.close();
		// The app's own connection closes when asked to (Dexie closes on "versionchange").
		await request(indexedDB.deleteDatabase('sts-workbook'));

		// Version 2 of the schema, as Dexie created it (its version 2 is the browser's 20).
		const open = indexedDB.open('sts-workbook', 20);
		open.onupgradeneeded = () => {
			const db = open.result;
			db.createObjectStore('assessments', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
			db.createObjectStore('responseSets', { keyPath: 'id' }).createIndex(
				'assessmentId',
				'assessmentId'
			);
			const responses = db.createObjectStore('responses', { keyPath: 'id' });
			responses.createIndex('assessmentId', 'assessmentId');
			responses.createIndex('[responseSetId+itemId]', ['responseSetId', 'itemId'], {
				unique: true
			});
			responses.createIndex('updatedAt', 'updatedAt');
			const actions = db.createObjectStore('planActions', { keyPath: 'id' });
			actions.createIndex('assessmentId', 'assessmentId');
			actions.createIndex('updatedAt', 'updatedAt');
			db.createObjectStore('settings', { keyPath: 'key' });
			db.createObjectStore('summaries', { keyPath: 'assessmentId' });
		};
		const old = await request(open);
		const tx = old.transaction(
			['assessments', 'responseSets', 'responses', 'planActions', 'settings'],
			'readwrite'
		);
		let answers = 0;
		let planned = 0;
		// Version 2 knew no organizations: the upgrade to version 6 matches them by name.
		for (const row of assessments) {
			const stored = { ...row };
			delete stored.organizationId;
			tx.objectStore('assessments').put(stored);
		}
		for (const row of settings) tx.objectStore('settings').put(row);
		for (const { responses, ...set } of sets) {
			tx.objectStore('responseSets').put(set);
			for (const answer of responses as Row[]) {
				tx.objectStore('responses').put(answer);
				answers += 1;
			}
		}
		for (const plan of plans) {
			for (const action of plan.actions as Row[]) {
				tx.objectStore('planActions').put(action);
				planned += 1;
			}
		}
		await new Promise<void>((resolve, reject) => {
			tx.oncomplete = () => resolve();
			tx.onerror = () => reject(tx.error);
		});
		old.close();
		return { answers, planned };
	});
	// The example (src/lib/content/v2/example.ts) answers every item of framework version 2:
	// 6 elements × 6 items = 36 answers.
	expect(counts.answers).toBe(36);
	expect(counts.planned).toBeGreaterThan(20);

	await page.reload();
	await expect(card).toHaveCount(1);
	await expect.poll(async () => (await card.innerText()).replace(/\s+/g, ' ')).toBe(before);

	const after = await page.evaluate(async () => {
		const request = <T>(r: IDBRequest<T>) =>
			new Promise<T>((resolve, reject) => {
				r.onsuccess = () => resolve(r.result);
				r.onerror = () => reject(r.error);
			});
		const db = await request(indexedDB.open('sts-workbook'));
		const stores = [...db.objectStoreNames];
		const sets = (await request(
			db.transaction('responseSets').objectStore('responseSets').getAll()
		)) as {
			responses: unknown[];
		}[];
		const plans = (await request(db.transaction('plans').objectStore('plans').getAll())) as {
			actions: unknown[];
		}[];
		const organizations = (await request(
			db.transaction('organizations').objectStore('organizations').getAll()
		)) as { id: string; name: string }[];
		const assessments = (await request(
			db.transaction('assessments').objectStore('assessments').getAll()
		)) as { organizationId?: string }[];
		db.close();
		return {
			stores,
			// The stored assessment joined one organization record, named as it is.
			organizations: organizations.map((o) => o.name),
			joined: assessments.every((a) => a.organizationId === organizations[0]?.id),
			answers: sets.reduce((n, s) => n + s.responses.length, 0),
			planned: plans.reduce((n, p) => n + p.actions.length, 0)
		};
	});
	expect(after).toEqual({
		stores: [
			'assessments',
			'handIns',
			'organizations',
			'plans',
			'responseSets',
			'rounds',
			'settings',
			'summaries'
		],
		organizations: ['Maple Hollow Child & Family Services (example)'],
		joined: true,
		answers: counts.answers,
		planned: counts.planned
	});
});
