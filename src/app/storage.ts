/** The browser's storage, or a stand-in that lasts only while the page is open when it is blocked. */
import { memoryStorage, type StorageLike } from '../engine/save.ts';

export interface OpenedStorage {
  storage: StorageLike;
  /** False when the browser refused (a sandboxed frame, a privacy setting): progress won't survive a reload. */
  persistent: boolean;
}

export function openStorage(scope: { localStorage?: Storage } = globalThis): OpenedStorage {
  try {
    // In a sandboxed frame merely reading `localStorage` throws a SecurityError.
    const storage = scope.localStorage;
    if (!storage) return { storage: memoryStorage(), persistent: false };
    const probe = 'three-thousand-miles:probe';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return { storage, persistent: true };
  } catch {
    return { storage: memoryStorage(), persistent: false };
  }
}
