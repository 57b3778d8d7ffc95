/**
 * Once per device: plans stored by an older version (which wrote a plan only when an assessment
 * was opened) are brought in step with their answers, so results, plan and report agree from
 * the first look, without any screen writing while it is only viewed. Loaded after first paint.
 */
import type { WorkbookDatabase } from './database';
import { planInputTables, syncPlan } from './plan-sync';
import { readSetting, writeSetting } from './settings';

/** Bump when a change of the rules means every stored plan must be brought in step again. */
export const PLAN_RULES_VERSION = 1;
const KEY = 'planRulesVersion';

/** Returns how many assessments' plans changed. */
export async function catchUpPlans(db: WorkbookDatabase, now = new Date()): Promise<number> {
	if ((await readSetting<number>(db, KEY)) === PLAN_RULES_VERSION) return 0;
	const ids = (await db.assessments.toCollection().primaryKeys()) as string[];
	let changed = 0;
	// One assessment per transaction: a large workbook never holds the database for long.
	for (const id of ids) {
		try {
			const sync = await db.transaction('rw', planInputTables(db), () => syncPlan(db, id, now));
			if (sync.changes.length > 0) changed += 1;
		} catch {
			// One assessment that cannot be brought in step (a damaged record) must not hold back
			// the others; its plan follows its next answer.
		}
	}
	await writeSetting(db, KEY, PLAN_RULES_VERSION);
	return changed;
}
