/**
 * The IndexedDB schema. Add a new `version(n)` for every change (with `.upgrade()` where data
 * moves); never edit a released version: people have data stored in it.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { Assessment, PlanAction, Response, ResponseSet } from '$lib/domain/assessment';

/** Small facts about this device's workbook, such as when the last backup was made. */
export interface Setting {
	key: string;
	value: unknown;
}

export const DATABASE_NAME = 'sts-workbook';

export class WorkbookDatabase extends Dexie {
	assessments!: EntityTable<Assessment, 'id'>;
	responseSets!: EntityTable<ResponseSet, 'id'>;
	responses!: EntityTable<Response, 'id'>;
	planActions!: EntityTable<PlanAction, 'id'>;
	settings!: EntityTable<Setting, 'key'>;

	constructor(name: string = DATABASE_NAME) {
		super(name);
		this.version(1).stores({
			assessments: 'id, updatedAt',
			responseSets: 'id, assessmentId',
			// One response per item in each set; the compound index finds it without a scan.
			responses: 'id, assessmentId, &[responseSetId+itemId]',
			planActions: 'id, assessmentId',
			settings: 'key'
		});
	}
}

let shared: WorkbookDatabase | undefined;

/** The app's one database connection, opened on first use (never at build time). */
export function database(): WorkbookDatabase {
	shared ??= new WorkbookDatabase();
	return shared;
}
