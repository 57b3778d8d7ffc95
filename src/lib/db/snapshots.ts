/**
 * Automatic local snapshots, kept outside IndexedDB so they survive a database the browser threw
 * away: gzipped backup files in the Origin Private File System, the newest few only. Plus a small
 * marker in localStorage that remembers how many assessments there were.
 *
 * Every function takes the snapshot folder as an argument (the real one comes from
 * `snapshotDirectory()`), so the logic runs in Node tests with an in-memory folder.
 */
import {
	parseMarker,
	parseUnresolvedLoss,
	type DataMarker,
	type SnapshotSummary,
	type UnresolvedLoss
} from '$lib/domain/data-loss';
import {
	readWorkbookBlob,
	toWorkbookFile,
	workbookFileChunks,
	type WorkbookFile
} from '$lib/domain/file-format';
import { errorMessage } from '$lib/domain/error-message';
import type { WorkbookDatabase } from './database';
import { LOSS_KEY, MARKER_KEY } from './names';
import { importBundles, readAllBundles } from './transfer';

/** How many snapshots are kept. */
export const SNAPSHOTS_KEPT = 3;
/**
 * A snapshot larger than this (characters of JSON, about 2,000 example-sized assessments) is not
 * written: making it would cost the device too much every time something changes. The older
 * snapshots stay, and backup files of any size still restore. Snapshots are read as a stream,
 * so this is a cost limit, not a reading limit.
 */
export const SNAPSHOT_MAX_CHARS = 100 * 1024 * 1024;

/** The parts of the File System API we use (real handles fit; tests pass an in-memory folder). */
export interface SnapshotFileHandle {
	getFile(): Promise<Blob>;
	createWritable(): Promise<{ write(data: Blob): Promise<void>; close(): Promise<void> }>;
	/** Rename in place; missing in some browsers. */
	move?: (name: string) => Promise<void>;
}
export interface SnapshotDirectory {
	keys(): AsyncIterable<string>;
	getFileHandle(name: string, options?: { create?: boolean }): Promise<SnapshotFileHandle>;
	removeEntry(name: string): Promise<void>;
}

export interface SnapshotInfo extends SnapshotSummary {
	name: string;
}

const NAME = /^snapshot-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-(\d+)\.json\.gz$/;
const PARTIAL = '.partial';

/** "snapshot-20261125T140300123Z-12.json.gz": sorts by time, and says what it holds. */
export function snapshotName(at: Date, assessments: number): string {
	const stamp = at.toISOString().replace(/[-:.]/g, '');
	return `snapshot-${stamp}-${assessments}.json.gz`;
}

export function parseSnapshotName(name: string): SnapshotInfo | undefined {
	const m = NAME.exec(name);
	if (!m) return undefined;
	const [, y, mo, d, h, mi, s, ms, count] = m;
	const at = `${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`;
	if (Number.isNaN(Date.parse(at))) return undefined;
	return { name, at, assessments: Number(count) };
}

/** The snapshot folder, or undefined where this browser cannot keep snapshots (then we do without). */
export async function snapshotDirectory(): Promise<SnapshotDirectory | undefined> {
	if (
		typeof navigator === 'undefined' ||
		typeof navigator.storage?.getDirectory !== 'function' ||
		typeof CompressionStream === 'undefined' ||
		typeof DecompressionStream === 'undefined' ||
		typeof FileSystemFileHandle === 'undefined' ||
		!('createWritable' in FileSystemFileHandle.prototype)
	) {
		return undefined;
	}
	try {
		const root = await navigator.storage.getDirectory();
		const folder = await root.getDirectoryHandle('snapshots', { create: true });
		return folder as unknown as SnapshotDirectory;
	} catch {
		return undefined;
	}
}

/** The snapshots in the folder, newest first. */
export async function listSnapshots(dir: SnapshotDirectory): Promise<SnapshotInfo[]> {
	const found: SnapshotInfo[] = [];
	for await (const name of dir.keys()) {
		const info = parseSnapshotName(name);
		if (info) found.push(info);
	}
	return found.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}

async function gzip(plain: Blob): Promise<Blob> {
	return new Response(plain.stream().pipeThrough(new CompressionStream('gzip'))).blob();
}

/** Decompressed as a Blob, never as one string: a large snapshot is read as a stream. */
async function gunzip(blob: Blob): Promise<Blob> {
	return new Response(blob.stream().pipeThrough(new DecompressionStream('gzip'))).blob();
}

export type SnapshotResult =
	| { kind: 'written'; info: SnapshotInfo; bytes: number }
	/** Nothing left to protect: the user deleted every assessment; old snapshots were removed. */
	| { kind: 'empty' }
	/** Too large to snapshot (see SNAPSHOT_MAX_CHARS); nothing was changed. */
	| { kind: 'too-large'; chars: number };

/**
 * Writes a snapshot of every assessment, then removes all but the newest few. The file is written
 * under a temporary name and renamed when complete, so a crash never leaves a broken file under a
 * snapshot's name, and the older snapshots are removed only after the new one is safe.
 */
export async function writeSnapshot(
	db: WorkbookDatabase,
	dir: SnapshotDirectory,
	now: Date,
	appVersion: string,
	maxChars = SNAPSHOT_MAX_CHARS
): Promise<SnapshotResult> {
	const { bundles } = await readAllBundles(db);
	const existing = await listSnapshots(dir);
	await removeLeftovers(dir);
	if (bundles.length === 0) {
		for (const old of existing) await dir.removeEntry(old.name);
		return { kind: 'empty' };
	}
	// The backup file's own layout, piece by piece: the same reader restores it.
	const parts = [...workbookFileChunks(toWorkbookFile(bundles, 'backup', now, appVersion))];
	const chars = parts.reduce((sum, part) => sum + part.length, 0);
	if (chars > maxChars) return { kind: 'too-large', chars };
	const blob = await gzip(new Blob(parts, { type: 'application/json' }));
	const name = snapshotName(now, bundles.length);
	const handle = await dir.getFileHandle(name + PARTIAL, { create: true });
	const writable = await handle.createWritable();
	await writable.write(blob);
	await writable.close();
	if (typeof handle.move === 'function') {
		await handle.move(name);
	} else {
		// No rename here: write the finished file again under its real name.
		const final = await (await dir.getFileHandle(name, { create: true })).createWritable();
		await final.write(blob);
		await final.close();
		await dir.removeEntry(name + PARTIAL);
	}
	const keep = new Set([name, ...existing.slice(0, SNAPSHOTS_KEPT - 1).map((s) => s.name)]);
	// Another tab may have removed it already (where the browser has no Web Locks).
	for (const old of existing) {
		if (!keep.has(old.name)) await dir.removeEntry(old.name).catch(() => undefined);
	}
	return { kind: 'written', info: parseSnapshotName(name)!, bytes: blob.size };
}

async function removeLeftovers(dir: SnapshotDirectory): Promise<void> {
	const leftovers: string[] = [];
	for await (const name of dir.keys()) if (name.endsWith(PARTIAL)) leftovers.push(name);
	for (const name of leftovers) await dir.removeEntry(name).catch(() => undefined);
}

/** One snapshot, checked like any file a user imports. */
export async function readSnapshot(
	dir: SnapshotDirectory,
	info: SnapshotInfo
): Promise<{ ok: true; file: WorkbookFile; plain: Blob } | { ok: false; message: string }> {
	try {
		const blob = await (await dir.getFileHandle(info.name)).getFile();
		const plain = await gunzip(blob);
		const read = await readWorkbookBlob(plain);
		return read.ok ? { ok: true, file: read.file, plain } : read;
	} catch (error) {
		return {
			ok: false,
			message: `The snapshot could not be read (${errorMessage(error)}).`
		};
	}
}

/** The newest snapshot that reads and checks completely (older ones are tried in turn). */
export async function newestReadableSnapshot(
	dir: SnapshotDirectory
): Promise<
	{ ok: true; info: SnapshotInfo; file: WorkbookFile; plain: Blob } | { ok: false; message: string }
> {
	const all = await listSnapshots(dir);
	let message = 'No automatic snapshot was found on this device.';
	for (const info of all) {
		const read = await readSnapshot(dir, info);
		if (read.ok) return { ...read, info };
		message = read.message;
	}
	return { ok: false, message };
}

/**
 * Restores the newest readable snapshot in one transaction ("replace": the same assessments are
 * replaced, anything made since stays).
 */
export async function restoreNewestSnapshot(
	db: WorkbookDatabase,
	dir: SnapshotDirectory
): Promise<{ ok: true; info: SnapshotInfo; restored: number } | { ok: false; message: string }> {
	const found = await newestReadableSnapshot(dir);
	if (!found.ok) return found;
	const ids = await importBundles(db, found.file.assessments, 'replace');
	return { ok: true, info: found.info, restored: ids.length };
}

/**
 * The change time of the newest record, so a start can tell whether the newest snapshot is behind
 * (a change made just before the tab closed). Runs at every start, so it reads only the last key
 * of each table's `updatedAt` index (database version 3), never the records.
 */
export async function latestChangeAt(db: WorkbookDatabase): Promise<string | undefined> {
	return db.transaction('r', [db.assessments, db.responseSets, db.plans], async () => {
		// A set or plan record is stamped with its newest answer or action (db/stored-sets).
		const newest = await Promise.all([
			db.assessments.orderBy('updatedAt').lastKey(),
			db.responseSets.orderBy('updatedAt').lastKey(),
			db.plans.orderBy('updatedAt').lastKey()
		]);
		const stamps = newest.filter((key): key is string => typeof key === 'string');
		return stamps.length === 0 ? undefined : stamps.reduce((a, b) => (a > b ? a : b));
	});
}

// --- Evidence in localStorage (outside IndexedDB; cleared only with the site's data) ---

function storage(): Storage | undefined {
	try {
		return typeof localStorage === 'undefined' ? undefined : localStorage;
	} catch {
		return undefined;
	}
}

function write(key: string, value: unknown): void {
	try {
		const store = storage();
		if (value === undefined) store?.removeItem(key);
		else store?.setItem(key, JSON.stringify(value));
	} catch {
		// Storage full or blocked: the marker is a hint, never a reason to fail.
	}
}

export function readMarker(): DataMarker | undefined {
	return parseMarker(storage()?.getItem(MARKER_KEY));
}

export function writeMarker(marker: DataMarker): void {
	write(MARKER_KEY, marker);
}

export function readUnresolvedLoss(): UnresolvedLoss | undefined {
	return parseUnresolvedLoss(storage()?.getItem(LOSS_KEY));
}

export function writeUnresolvedLoss(loss: UnresolvedLoss | undefined): void {
	write(LOSS_KEY, loss);
}
