// Unit tests run in Node: give Dexie a real (in-memory) IndexedDB implementation before it loads.
import 'fake-indexeddb/auto';
