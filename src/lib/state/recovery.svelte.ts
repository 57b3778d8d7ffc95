/**
 * Survive losing the database. On start, decides (with the pure rule in `domain/data-loss`)
 * whether the browser handed back an empty or discarded database while the evidence kept outside
 * it says there was work; if so, offers the newest automatic snapshot. Otherwise keeps snapshots
 * in the background: a few seconds after the last change, never while nothing changed, and never
 * while a loss is unresolved (the empty database must not replace the snapshot that holds the work).
 */
import { Dexie, type ObservabilitySet } from 'dexie';
import { errorMessage } from '$lib/domain/error-message';
import { reportedDataLoss, type WorkbookDatabase } from '$lib/db/database';
import {
	latestChangeAt,
	listSnapshots,
	newestReadableSnapshot,
	readMarker,
	readUnresolvedLoss,
	restoreNewestSnapshot,
	snapshotDirectory,
	writeMarker,
	writeSnapshot,
	writeUnresolvedLoss,
	type SnapshotDirectory,
	type SnapshotInfo
} from '$lib/db/snapshots';
import {
	assessmentCount,
	decideDataLoss,
	type DataLossDecision,
	type DataLossEvidence
} from '$lib/domain/data-loss';

/** Quiet time after the last change before a snapshot is written. */
export const SNAPSHOT_DELAY_MS = 3000;
const SNAPSHOT_TABLES = ['assessments', 'responseSets', 'responses', 'planActions'];
const LOCK_NAME = 'sts-workbook-snapshot';

export type RecoveryPhase = 'checking' | 'ok' | 'lost' | 'restoring' | 'restored' | 'failed';
type Lost = Extract<DataLossDecision, { kind: 'lost' }>;

/** "25 November 2026 at 14:03" in the reader's locale. */
export function formatSnapshotTime(iso: string): string {
	return new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'short' }).format(
		Date.parse(iso)
	);
}

/** Runs `task` while holding a lock shared by every tab, where the browser has Web Locks. */
async function withLock(task: () => Promise<void>): Promise<void> {
	if (typeof navigator !== 'undefined' && navigator.locks?.request) {
		await navigator.locks.request(LOCK_NAME, task);
	} else {
		await task();
	}
}

class Recovery {
	#phase = $state<RecoveryPhase>('checking');
	#loss = $state.raw<Lost | undefined>(undefined);
	#dismissed = $state(false);
	#message = $state('');
	#lastSnapshot = $state.raw<SnapshotInfo | undefined>(undefined);

	#db: WorkbookDatabase | undefined;
	/** The snapshot folder; undefined where this browser cannot keep one (then we do without). */
	#dir: SnapshotDirectory | undefined;
	#evidence: DataLossEvidence | undefined;
	/** False until the start check found nothing wrong, or a loss was resolved. */
	#canWrite = false;
	#dirty = false;
	#lastChangeAt = 0;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#writing = false;
	#again = false;
	/** Grows with the time a snapshot takes, so a very large workbook is not re-written constantly. */
	#delay = SNAPSHOT_DELAY_MS;
	/** The count at which a snapshot was too large: not tried again while there are as many. */
	#tooLargeFrom: number | undefined;

	get phase(): RecoveryPhase {
		return this.#phase;
	}

	/** The loss found on start, while it matters. */
	get loss(): Lost | undefined {
		return this.#loss;
	}

	/** What happened after the user chose (restored, or why not). */
	get message(): string {
		return this.#message;
	}

	get visible(): boolean {
		return !this.#dismissed && this.#phase !== 'checking' && this.#phase !== 'ok';
	}

	get lastSnapshot(): SnapshotInfo | undefined {
		return this.#lastSnapshot;
	}

	/** Checks for a loss, then keeps snapshots. Call once, after first paint. */
	async start(db: WorkbookDatabase): Promise<void> {
		if (this.#db) return;
		this.#db = db;
		// Listen first: a change made while we check is snapshotted once the check is done.
		// A global Dexie event (this tab's writes and, through BroadcastChannel, other tabs').
		Dexie.on('storagemutated', (parts: ObservabilitySet) => this.#onMutation(db, parts));
		this.#dir = await snapshotDirectory();
		const snapshots = this.#dir ? await listSnapshots(this.#dir).catch(() => []) : [];
		let assessments: number | undefined;
		let openError: string | undefined;
		try {
			assessments = await db.assessments.count();
		} catch (error) {
			openError = errorMessage(error);
		}
		this.#evidence = {
			assessments,
			openError,
			browserLoss: reportedDataLoss(db.name),
			marker: readMarker(),
			newestSnapshot: snapshots[0],
			unresolved: readUnresolvedLoss()
		};
		const decision = decideDataLoss(this.#evidence);
		if (decision.kind === 'lost') {
			this.#loss = decision;
			this.#phase = 'lost';
			if (!this.#evidence.unresolved) {
				writeUnresolvedLoss({
					detectedAt: new Date().toISOString(),
					reason: decision.reason,
					...(decision.expected === undefined ? {} : { expected: decision.expected }),
					...(decision.detail ? { message: decision.detail } : {})
				});
			}
			return;
		}
		if (this.#evidence.unresolved) writeUnresolvedLoss(undefined);
		this.#phase = 'ok';
		this.#lastSnapshot = snapshots[0];
		await this.#startWriting(db, assessments ?? 0, snapshots[0]);
	}

	/** Restores the newest readable snapshot over the empty database (one transaction). */
	async restore(): Promise<void> {
		const db = this.#db;
		if (!db || this.#phase !== 'lost') return;
		this.#phase = 'restoring';
		const result = this.#dir
			? await restoreNewestSnapshot(db, this.#dir).catch((error: unknown) => ({
					ok: false as const,
					message: errorMessage(error)
				}))
			: { ok: false as const, message: 'This browser keeps no automatic snapshots.' };
		if (result.ok) {
			this.#message = `Restored ${assessmentCount(result.restored)} from the snapshot of ${formatSnapshotTime(result.info.at)}.`;
			this.#phase = 'restored';
			await this.#resolve(db);
		} else {
			this.#message = `The snapshot could not be restored: ${result.message} Nothing was changed. If you have a backup file, use “Import or restore a file” on the Assessments page.`;
			this.#phase = 'failed';
		}
	}

	/**
	 * Where the database cannot be opened, nothing can be restored into it: the newest snapshot
	 * is saved as an ordinary backup file instead, to import once storage works (or elsewhere).
	 */
	async saveSnapshotFile(): Promise<boolean> {
		const found = this.#dir
			? await newestReadableSnapshot(this.#dir).catch((error: unknown) => ({
					ok: false as const,
					message: errorMessage(error)
				}))
			: { ok: false as const, message: 'This browser keeps no automatic snapshots.' };
		if (!found.ok) {
			this.#message = `The snapshot could not be read: ${found.message}`;
			return false;
		}
		const { downloadFile } = await import('$lib/report/download');
		const day = found.info.at.slice(0, 10);
		downloadFile(`sts-workbook-snapshot-${day}.json`, found.plain, 'application/json');
		this.#message = `Saved the snapshot of ${formatSnapshotTime(found.info.at)} as a file (${assessmentCount(found.file.assessments.length)}). Import it with “Import or restore a file” once the workbook opens again.`;
		return true;
	}

	/**
	 * "Not now": hidden for this visit. The loss stays unresolved, so no snapshot is written.
	 * With no snapshot to protect there is nothing to wait for: the loss is settled.
	 */
	dismiss(): void {
		this.#dismissed = true;
		const db = this.#db;
		if (db && this.#phase === 'lost' && !this.#loss?.snapshot) {
			this.#phase = 'ok';
			void this.#resolve(db);
		}
	}

	/**
	 * The user keeps the lost work as a file instead of restoring it: once the file is saved, the
	 * loss is settled and automatic snapshots start again (of the work from now on).
	 */
	async saveAndStartFresh(): Promise<void> {
		const db = this.#db;
		if (!db || this.#phase !== 'lost') return;
		if (!(await this.saveSnapshotFile())) return;
		const at = this.#loss?.snapshot ? ` of ${formatSnapshotTime(this.#loss.snapshot.at)}` : '';
		this.#message = `The snapshot${at} was saved as a file. Keep it: “Import or restore a file” on the Assessments page brings it back at any time. New automatic snapshots start from now.`;
		this.#phase = 'restored';
		await this.#resolve(db);
	}

	/** The restore (or an import of a backup file) brought the work back. */
	async #resolve(db: WorkbookDatabase): Promise<void> {
		writeUnresolvedLoss(undefined);
		this.#loss = undefined;
		const snapshots = this.#dir ? await listSnapshots(this.#dir).catch(() => []) : [];
		this.#lastSnapshot = snapshots[0];
		await this.#startWriting(db, await db.assessments.count(), snapshots[0]);
	}

	/**
	 * After an import of a backup file: if it brought the work back, the loss is settled. Only
	 * an import or a restore settles it: new assessments made meanwhile must not, or the next
	 * snapshots would rotate out the one that holds the lost work.
	 */
	async afterImport(): Promise<void> {
		const db = this.#db;
		const loss = this.#loss;
		if (!db || this.#phase !== 'lost' || !loss) return;
		const count = await db.assessments.count();
		if (count >= (loss.expected ?? 1)) {
			this.#phase = 'ok';
			await this.#resolve(db);
		}
	}

	async #startWriting(
		db: WorkbookDatabase,
		assessments: number,
		newest: SnapshotInfo | undefined
	): Promise<void> {
		this.#canWrite = true;
		writeMarker({ assessments, at: new Date().toISOString() });
		if (!this.#dir) return;
		// A change made just before the last visit ended may not be in the newest snapshot yet.
		const latest = await latestChangeAt(db).catch(() => undefined);
		const behind =
			newest === undefined
				? assessments > 0
				: newest.assessments !== assessments || (latest !== undefined && latest > newest.at);
		if (behind || this.#dirty) {
			this.#lastChangeAt = Date.now();
			this.#schedule(db);
		}
	}

	#onMutation(db: WorkbookDatabase, parts: ObservabilitySet): void {
		const prefix = `idb://${db.name}/`;
		const relevant = Object.keys(parts).some(
			(part) =>
				part.startsWith(prefix) &&
				SNAPSHOT_TABLES.includes(part.slice(prefix.length).split('/')[0]!)
		);
		if (!relevant) return;
		this.#dirty = true;
		this.#lastChangeAt = Date.now();
		if (!this.#canWrite) return;
		// The marker follows at once (it is tiny), so deleting everything on purpose and closing the
		// tab right away is not mistaken for a loss on the next visit.
		db.assessments
			.count()
			.then((assessments) => writeMarker({ assessments, at: new Date().toISOString() }))
			.catch(() => undefined);
		this.#schedule(db);
	}

	#schedule(db: WorkbookDatabase): void {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.#flush(db), this.#delay);
	}

	async #flush(db: WorkbookDatabase): Promise<void> {
		const dir = this.#dir;
		if (!this.#canWrite || !dir) return;
		if (this.#writing) {
			this.#again = true;
			return;
		}
		this.#writing = true;
		const since = this.#lastChangeAt;
		this.#dirty = false;
		try {
			await withLock(async () => {
				const newest = (await listSnapshots(dir))[0];
				// Another tab heard the same change and already wrote it.
				if (newest && Date.parse(newest.at) >= since) {
					this.#lastSnapshot = newest;
					return;
				}
				const now = new Date();
				if (this.#tooLargeFrom !== undefined) {
					const assessments = await db.assessments.count();
					if (assessments >= this.#tooLargeFrom) {
						writeMarker({ assessments, at: now.toISOString() });
						return;
					}
				}
				const started = performance.now();
				const result = await writeSnapshot(db, dir, now, __APP_VERSION__);
				// Snapshots take at most about 5% of the time, however large the workbook.
				this.#delay = Math.max(SNAPSHOT_DELAY_MS, Math.round((performance.now() - started) * 20));
				if (result.kind === 'too-large') {
					this.#tooLargeFrom = await db.assessments.count();
					writeMarker({ assessments: this.#tooLargeFrom, at: now.toISOString() });
					return;
				}
				this.#tooLargeFrom = undefined;
				const assessments = result.kind === 'written' ? result.info.assessments : 0;
				writeMarker({ assessments, at: now.toISOString() });
				this.#lastSnapshot = result.kind === 'written' ? result.info : undefined;
			});
		} catch {
			// A snapshot is a safety net: failing to write one (storage full, a closed database)
			// must not interrupt anyone. The next change tries again.
			this.#dirty = true;
		} finally {
			this.#writing = false;
			if (this.#again) {
				this.#again = false;
				this.#schedule(db);
			}
		}
	}
}

export const recovery = new Recovery();
