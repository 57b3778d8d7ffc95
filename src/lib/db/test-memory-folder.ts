/**
 * For tests: an in-memory snapshot folder with the File System API's shape; `move` (rename) can
 * be left out, as some browsers do.
 */
import type { SnapshotDirectory, SnapshotFileHandle } from './snapshots';

export class MemoryFolder implements SnapshotDirectory {
	files = new Map<string, Blob>();
	constructor(private readonly canMove = true) {}

	async *keys(): AsyncIterable<string> {
		for (const name of [...this.files.keys()]) yield name;
	}

	async getFileHandle(name: string, options?: { create?: boolean }): Promise<SnapshotFileHandle> {
		if (!this.files.has(name)) {
			if (!options?.create) throw new DOMException('missing', 'NotFoundError');
			this.files.set(name, new Blob([]));
		}
		let current = name;
		const handle: SnapshotFileHandle = {
			getFile: async () => this.files.get(current)!,
			createWritable: async () => {
				let pending = new Blob([]);
				return {
					write: async (data: Blob) => {
						pending = data;
					},
					close: async () => {
						this.files.set(current, pending);
					}
				};
			}
		};
		if (this.canMove) {
			handle.move = async (to: string) => {
				this.files.set(to, this.files.get(current)!);
				this.files.delete(current);
				current = to;
			};
		}
		return handle;
	}

	async removeEntry(name: string): Promise<void> {
		if (!this.files.delete(name)) throw new DOMException('missing', 'NotFoundError');
	}
}
