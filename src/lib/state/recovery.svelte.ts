/**
 * Survive losing the database. On start, decides (with the pure rule in `domain/data-loss`)
 * whether the browser handed back an empty or discarded database while the evidence kept outside
 * it says there was work; if so, offers the newest automatic snapshot, and keeps the loss until
 * a restore, an import or keeping the snapshot as a file settles it. Otherwise (and once settled)
 * keeps snapshots in the background (SnapshotKeeper).
 */
import { errorMessage } from '$lib/domain/error-message';
import { reportedDataLoss, type WorkbookDatabase } from '$lib/db/database';
import {
	listSnapshots,
	newestReadableSnapshot,
	readMarker,
	readUnresolvedLoss,
	restoreNewestSnapshot,
	snapshotDirectory,
	writeUnresolvedLoss,
	type SnapshotDirectory
} from '$lib/db/snapshots';
import { decideDataLoss } from '$lib/domain/data-loss';
import {
	NO_SNAPSHOTS,
	SNAPSHOT_DELAY_MS,
	importSettlesLoss,
	recoveryText,
	snapshotFileName,
	unresolvedLoss,
	type Loss
} from '$lib/domain/recovery';
import { SnapshotKeeper } from './snapshot-keeper';

export { formatSnapshotTime } from '$lib/domain/recovery';

export type RecoveryPhase = 'checking' | 'ok' | 'lost' | 'restoring' | 'restored' | 'failed';

export interface RecoveryOptions {
	/** Where snapshots are kept (the browser's private file storage by default). */
	snapshotDirectory?: () => Promise<SnapshotDirectory | undefined>;
	/** Quiet time after the last change before a snapshot is written. */
	snapshotDelayMs?: number;
}

const failure = (error: unknown) => ({ ok: false as const, message: errorMessage(error) });

export class Recovery {
	#phase = $state<RecoveryPhase>('checking');
	#loss = $state.raw<Loss | undefined>(undefined);
	#dismissed = $state(false);
	#message = $state('');

	readonly #options: Required<RecoveryOptions>;
	#db: WorkbookDatabase | undefined;
	/** The snapshot folder; undefined where this browser cannot keep one (then we do without). */
	#dir: SnapshotDirectory | undefined;
	#keeper: SnapshotKeeper | undefined;

	constructor(options: RecoveryOptions = {}) {
		this.#options = {
			snapshotDirectory: options.snapshotDirectory ?? snapshotDirectory,
			snapshotDelayMs: options.snapshotDelayMs ?? SNAPSHOT_DELAY_MS
		};
	}

	get phase(): RecoveryPhase {
		return this.#phase;
	}

	/** The loss found on start, while it matters. */
	get loss(): Loss | undefined {
		return this.#loss;
	}

	/** What happened after the user chose (restored, or why not). */
	get message(): string {
		return this.#message;
	}

	get visible(): boolean {
		return !this.#dismissed && this.#phase !== 'checking' && this.#phase !== 'ok';
	}

	/** Checks for a loss, then keeps snapshots. Call once, after first paint. */
	async start(db: WorkbookDatabase): Promise<void> {
		if (this.#db) return;
		this.#db = db;
		// Listen first: a change made while we check is snapshotted once the check is done.
		const keeper = new SnapshotKeeper(db, this.#options.snapshotDelayMs);
		this.#keeper = keeper;
		keeper.listen();
		this.#dir = await this.#options.snapshotDirectory();
		const snapshots = this.#dir ? await listSnapshots(this.#dir).catch(() => []) : [];
		let assessments: number | undefined;
		let openError: string | undefined;
		try {
			assessments = await db.assessments.count();
		} catch (error) {
			openError = errorMessage(error);
		}
		const unresolved = readUnresolvedLoss();
		// While a loss is unresolved: how many assessments were made before it was found (made,
		// not changed: another tab may have kept working on them since). Read only then, and
		// rarely, so a walk over the records is fine.
		const assessmentsFromBefore =
			unresolved && assessments !== undefined
				? await db.assessments
						.filter((a) => typeof a?.createdAt === 'string' && a.createdAt < unresolved.detectedAt)
						.count()
						.catch(() => 0)
				: undefined;
		const decision = decideDataLoss({
			assessments,
			assessmentsFromBefore,
			openError,
			browserLoss: reportedDataLoss(db.name),
			marker: readMarker(),
			newestSnapshot: snapshots[0],
			unresolved
		});
		if (decision.kind === 'lost') {
			this.#loss = decision;
			this.#phase = 'lost';
			if (!unresolved) writeUnresolvedLoss(unresolvedLoss(decision, Date.now()));
			return;
		}
		if (unresolved) writeUnresolvedLoss(undefined);
		this.#phase = 'ok';
		await keeper.start(this.#dir, assessments ?? 0, snapshots[0]);
	}

	/** Restores the newest readable snapshot over the empty database (one transaction). */
	async restore(): Promise<void> {
		const db = this.#db;
		if (!db || this.#phase !== 'lost') return;
		this.#phase = 'restoring';
		const result = this.#dir
			? await restoreNewestSnapshot(db, this.#dir).catch(failure)
			: { ok: false as const, message: NO_SNAPSHOTS };
		if (result.ok) {
			this.#message = recoveryText.restored(result.restored, result.info.at);
			this.#phase = 'restored';
			await this.#settle();
		} else {
			this.#message = recoveryText.notRestored(result.message);
			this.#phase = 'failed';
		}
	}

	/**
	 * Where the database cannot be opened, nothing can be restored into it: the newest snapshot
	 * is saved as an ordinary backup file instead, to import once storage works (or elsewhere).
	 */
	async saveSnapshotFile(): Promise<boolean> {
		const found = this.#dir
			? await newestReadableSnapshot(this.#dir).catch(failure)
			: { ok: false as const, message: NO_SNAPSHOTS };
		if (!found.ok) {
			this.#message = recoveryText.unreadable(found.message);
			return false;
		}
		try {
			const { downloadFile } = await import('$lib/report/download');
			downloadFile(snapshotFileName(found.info.at), found.plain, 'application/json');
		} catch (error) {
			this.#message = recoveryText.notSaved(errorMessage(error));
			return false;
		}
		this.#message = recoveryText.savedAsFile(found.info.at, found.file.assessments.length);
		return true;
	}

	/**
	 * "Not now": hidden for this visit. The loss stays unresolved, so no snapshot is written.
	 * With no snapshot to protect there is nothing to wait for: the loss is settled.
	 */
	dismiss(): void {
		this.#dismissed = true;
		if (this.#db && this.#phase === 'lost' && !this.#loss?.snapshot) {
			this.#phase = 'ok';
			this.#settle().catch((error: unknown) => console.warn('Snapshots not restarted:', error));
		}
	}

	/**
	 * The user keeps the lost work as a file instead of restoring it: once the file is saved, the
	 * loss is settled and automatic snapshots start again (of the work from now on).
	 */
	async saveAndStartFresh(): Promise<void> {
		if (!this.#db || this.#phase !== 'lost') return;
		if (!(await this.saveSnapshotFile())) return;
		this.#message = recoveryText.startedFresh(this.#loss?.snapshot?.at);
		this.#phase = 'restored';
		await this.#settle();
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
		if (importSettlesLoss(loss, await db.assessments.count())) {
			this.#phase = 'ok';
			await this.#settle();
		}
	}

	/**
	 * The work is back (or kept as a file): forget the loss and keep snapshots again. Never
	 * rejects: the work is safe either way, and snapshots that cannot restart are a safety net
	 * lost, noted for whoever debugs it (the app works as before without them).
	 */
	async #settle(): Promise<void> {
		const db = this.#db;
		if (!db) return;
		writeUnresolvedLoss(undefined);
		this.#loss = undefined;
		try {
			const snapshots = this.#dir ? await listSnapshots(this.#dir).catch(() => []) : [];
			await this.#keeper?.start(this.#dir, await db.assessments.count(), snapshots[0]);
		} catch (error) {
			console.warn('Snapshots not restarted:', error);
		}
	}
}

export const recovery = new Recovery();
