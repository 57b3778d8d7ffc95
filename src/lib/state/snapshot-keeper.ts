/**
 * Keeps automatic snapshots in the background: a few seconds after the last change, never while
 * nothing changed, one tab at a time, and never before `start` (while a loss is unresolved, the
 * empty database must not replace the snapshot that holds the work). A snapshot is a safety
 * net: failing to write one never interrupts anyone.
 */
import { Dexie, type ObservabilitySet } from 'dexie';
import type { WorkbookDatabase } from '$lib/db/database';
import {
	latestChangeAt,
	listSnapshots,
	writeMarker,
	writeSnapshot,
	type SnapshotDirectory,
	type SnapshotInfo
} from '$lib/db/snapshots';
import {
	SNAPSHOT_DELAY_MS,
	nextSnapshotDelay,
	snapshotBehind,
	touchesSnapshotTables
} from '$lib/domain/recovery';

const LOCK_NAME = 'sts-workbook-snapshot';

/** Runs `task` while holding a lock shared by every tab, where the browser has Web Locks. */
async function withLock(task: () => Promise<void>): Promise<void> {
	if (typeof navigator !== 'undefined' && navigator.locks?.request) {
		await navigator.locks.request(LOCK_NAME, task);
	} else {
		await task();
	}
}

export class SnapshotKeeper {
	readonly #db: WorkbookDatabase;
	/** The snapshot folder, once writing started; none where this browser cannot keep one. */
	#dir: SnapshotDirectory | undefined;
	/** False until the start check found nothing wrong, or a loss was resolved. */
	#canWrite = false;
	#dirty = false;
	#lastChangeAt = 0;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#writing = false;
	#again = false;
	/** The quiet time after the last change before a snapshot is written. */
	readonly #quietMs: number;
	/** Grows with the time a snapshot takes, so a very large workbook is not re-written constantly. */
	#delay: number;
	/** The count at which a snapshot was too large: not tried again while there are as many. */
	#tooLargeFrom: number | undefined;

	constructor(db: WorkbookDatabase, delayMs = SNAPSHOT_DELAY_MS) {
		this.#db = db;
		this.#quietMs = delayMs;
		this.#delay = delayMs;
	}

	/**
	 * Notes changes from now on (this tab's writes and, through BroadcastChannel, other tabs'):
	 * a change made while the start check runs is snapshotted once writing starts.
	 */
	listen(): void {
		Dexie.on('storagemutated', (parts: ObservabilitySet) => this.#onChange(parts));
	}

	/** Starts (or starts again) writing snapshots into `dir`, catching up if the newest is behind. */
	async start(
		dir: SnapshotDirectory | undefined,
		assessments: number,
		newest: SnapshotInfo | undefined
	): Promise<void> {
		this.#dir = dir;
		this.#canWrite = true;
		writeMarker({ assessments, at: new Date().toISOString() });
		if (!dir) return;
		const latest = await latestChangeAt(this.#db).catch(() => undefined);
		if (snapshotBehind(newest, assessments, latest) || this.#dirty) {
			this.#lastChangeAt = Date.now();
			this.#schedule();
		}
	}

	#onChange(parts: ObservabilitySet): void {
		if (!touchesSnapshotTables(this.#db.name, Object.keys(parts))) return;
		this.#dirty = true;
		this.#lastChangeAt = Date.now();
		if (!this.#canWrite) return;
		// The marker follows at once (it is tiny), so deleting everything on purpose and closing the
		// tab right away is not mistaken for a loss on the next visit.
		this.#db.assessments
			.count()
			.then((assessments) => writeMarker({ assessments, at: new Date().toISOString() }))
			.catch(() => undefined);
		this.#schedule();
	}

	#schedule(): void {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => {
			this.#flush().catch((error: unknown) => console.warn('No snapshot written:', error));
		}, this.#delay);
	}

	async #flush(): Promise<void> {
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
			await withLock(() => this.#write(dir, since));
		} catch {
			// Storage full or a closed database: the next change tries again.
			this.#dirty = true;
		} finally {
			this.#writing = false;
			if (this.#again) {
				this.#again = false;
				this.#schedule();
			}
		}
	}

	/** Writes a snapshot of the changes made up to `since`, unless another tab already did. */
	async #write(dir: SnapshotDirectory, since: number): Promise<void> {
		const db = this.#db;
		const newest = (await listSnapshots(dir))[0];
		// Another tab heard the same change and already wrote it.
		if (newest && Date.parse(newest.at) >= since) return;
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
		this.#delay = nextSnapshotDelay(performance.now() - started, this.#quietMs);
		if (result.kind === 'too-large') {
			this.#tooLargeFrom = await db.assessments.count();
			writeMarker({ assessments: this.#tooLargeFrom, at: now.toISOString() });
			return;
		}
		this.#tooLargeFrom = undefined;
		const assessments = result.kind === 'written' ? result.info.assessments : 0;
		writeMarker({ assessments, at: now.toISOString() });
	}
}
