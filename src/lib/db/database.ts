/**
 * The IndexedDB schema. Add a new `version(n)` for every change (with `.upgrade()` where data
 * moves); never edit a released version: people have data stored in it.
 */
import { Dexie, type EntityTable } from 'dexie';
import type {
	Assessment,
	AssessmentCard,
	PlanAction,
	Response,
	ResponseSet
} from '$lib/domain/assessment';
import { DATABASE_NAME } from './names';
import { nestRecords } from './nest-records';
import type { Progress } from '$lib/domain/progress';
import type { AssessmentScore } from '$lib/domain/scoring';
import type { HandIn } from '$lib/domain/workshop/merge';
import type { Round } from '$lib/domain/workshop/round';
import type { Organization } from '$lib/domain/organization';
import { organizationsFromNames } from './organizations';

/** Small facts about this device's workbook, such as when the last backup was made. */
export interface Setting {
	key: string;
	value: unknown;
}

/**
 * What the home card shows of one assessment, derived from its consensus answers and kept so
 * that home never reads every answer. Derived data: never exported, safe to delete and rebuild.
 * It is current while its stamps equal the assessment's `updatedAt` (every write of an answer
 * moves it) and the framework it was computed with; otherwise it is recomputed (db/summaries).
 */
export interface StoredSummary {
	assessmentId: string;
	/**
	 * What home shows of the assessment itself (since version 6): home reads summaries and the
	 * `updatedAt` index, never the assessment records. A summary without it is stale.
	 */
	card?: AssessmentCard;
	assessmentUpdatedAt: string;
	frameworkId: string;
	frameworkVersion: string;
	progress: Progress;
	score: AssessmentScore;
}

/**
 * A response set as stored since database version 3: the set with its answers in one record.
 * An import of a thousand assessments then writes a few thousand records instead of some
 * 66,000 (IndexedDB's cost is per record: 4.6 s against 0.4 s in Chromium on this machine), and
 * an answer's write reads and writes one record. Screens never see this shape: db/stored-sets
 * turns it back into the domain's sets and responses.
 */
export interface StoredResponseSet extends ResponseSet {
	responses: Response[];
}

/** An assessment's action plan as stored since database version 3: one record per assessment. */
export interface StoredPlan {
	assessmentId: string;
	/** When any action last changed: the backup reminder and snapshot checks read it by index. */
	updatedAt: string;
	actions: PlanAction[];
}

export { DATABASE_NAME };

export class WorkbookDatabase extends Dexie {
	assessments!: EntityTable<Assessment, 'id'>;
	responseSets!: EntityTable<StoredResponseSet, 'id'>;
	plans!: EntityTable<StoredPlan, 'assessmentId'>;
	settings!: EntityTable<Setting, 'key'>;
	summaries!: EntityTable<StoredSummary, 'assessmentId'>;
	/** Workshop rating rounds (since version 5). */
	rounds!: EntityTable<Round, 'id'>;
	/** Raters' hand-ins, one record each, until the facilitator deletes them (since version 5). */
	handIns!: EntityTable<HandIn, 'handInId'>;
	/** The organizations assessed, one record each; assessments point to theirs (since version 6). */
	organizations!: EntityTable<Organization, 'id'>;

	constructor(name: string = DATABASE_NAME) {
		super(name, watchedIndexedDB());
		this.version(1).stores({
			assessments: 'id, updatedAt',
			responseSets: 'id, assessmentId',
			// One response per item in each set; the compound index finds it without a scan.
			responses: 'id, assessmentId, &[responseSetId+itemId]',
			planActions: 'id, assessmentId',
			settings: 'key'
		});
		// Home at consultant scale: the backup reminder counts changed records by index instead
		// of reading them all, and each card's progress and score are kept (see StoredSummary).
		// The browser builds the new indexes over the stored records while upgrading.
		this.version(2).stores({
			responses: 'id, assessmentId, &[responseSetId+itemId], updatedAt',
			planActions: 'id, assessmentId, updatedAt',
			summaries: 'assessmentId'
		});
		// One record per response set (with its answers) and one per plan: see StoredResponseSet.
		// The upgrade moves every answer and action in the browser's one upgrade transaction, so
		// a crash part-way leaves version 2 as it was; version 4 then drops the emptied tables.
		this.version(3)
			.stores({
				responseSets: 'id, assessmentId, updatedAt',
				plans: 'assessmentId, updatedAt'
			})
			.upgrade((tx) => nestRecords(tx));
		this.version(4).stores({ responses: null, planActions: null });
		// Workshop mode: rating rounds and the raters' hand-ins. New tables only: nothing moves.
		this.version(5).stores({
			rounds: 'id, assessmentId',
			handIns: 'handInId, roundId, assessmentId'
		});
		// Cycles and the portfolio: organizations become records, and each stored assessment
		// joins one by its name and unit, once (see db/organizations).
		this.version(6)
			.stores({
				assessments: 'id, updatedAt, organizationId',
				organizations: 'id'
			})
			.upgrade((tx) => organizationsFromNames(tx));
	}
}

/** What the browser said when it threw a database's data away (Chromium after corruption). */
export interface BrowserDataLoss {
	dataLoss: string;
	message: string;
}

const browserDataLoss = new Map<string, BrowserDataLoss>();

/** The browser's own report, since this page loaded, that it discarded a database's data. */
export function reportedDataLoss(name: string = DATABASE_NAME): BrowserDataLoss | undefined {
	return browserDataLoss.get(name);
}

/**
 * The indexedDB factory for Dexie, with `open` noting an `upgradeneeded` event whose `dataLoss`
 * is not "none". Everything else passes straight through. Empty where there is no IndexedDB.
 */
export function watchedIndexedDB(
	factory: IDBFactory | undefined = globalThis.indexedDB
): { indexedDB: IDBFactory; IDBKeyRange: typeof globalThis.IDBKeyRange } | Record<string, never> {
	if (!factory) return {};
	const open = (name: string, version?: number): IDBOpenDBRequest => {
		const request = version === undefined ? factory.open(name) : factory.open(name, version);
		request.addEventListener('upgradeneeded', (event) => {
			const { dataLoss, dataLossMessage } = event as Event & {
				dataLoss?: string;
				dataLossMessage?: string;
			};
			if (dataLoss && dataLoss !== 'none') {
				browserDataLoss.set(name, { dataLoss, message: dataLossMessage ?? '' });
			}
		});
		return request;
	};
	const indexedDB = new Proxy(factory, {
		get(target, key) {
			if (key === 'open') return open;
			const value: unknown = Reflect.get(target, key, target);
			return typeof value === 'function' ? value.bind(target) : value;
		}
	});
	return { indexedDB, IDBKeyRange: globalThis.IDBKeyRange };
}

let shared: WorkbookDatabase | undefined;

/** The app's one database connection, opened on first use (never at build time). */
export function database(): WorkbookDatabase {
	shared ??= new WorkbookDatabase();
	return shared;
}
