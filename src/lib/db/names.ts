/**
 * Where this workbook keeps its data in the browser: the IndexedDB database, and the two
 * localStorage entries that remember it (see db/snapshots). In a module of their own, without
 * Dexie, so home can tell a browser that never held a workbook before the database code loads.
 */
export const DATABASE_NAME = 'sts-workbook';
export const MARKER_KEY = 'sts-workbook:data-marker';
export const LOSS_KEY = 'sts-workbook:unresolved-loss';
