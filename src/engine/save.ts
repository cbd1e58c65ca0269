/**
 * Saves a run as its seed and the ids of the choices made, with the story's hash and a format
 * version. Reading a save never throws: a missing, corrupt, outdated or unreadable save is told
 * apart so the player can be told what happened.
 */

/** Bumped when the save's shape changes; older saves are then discarded with a message. */
export const SAVE_FORMAT = 1;
export const SAVE_KEY = 'three-thousand-miles:save';
/** The latest time a `Date` can hold, in ms since 1970. */
const MAX_DATE = 8.64e15;

/** The part of `Storage` the save needs, so tests and sandboxes can pass their own. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface Save {
  format: typeof SAVE_FORMAT;
  /** The hash of the story the run was played against. */
  story: string;
  seed: number;
  choices: string[];
  /** When it was written (ms since 1970), to show on Continue; older saves lack it. */
  savedAt?: number;
}

export type DiscardReason = 'corrupt' | 'outdated' | 'blocked';

export type SaveRead =
  { status: 'none' } | { status: 'found'; save: Save } | { status: 'discarded'; reason: DiscardReason };

/** Reads the save for this story. */
export function readSave(storage: StorageLike, storyHash: string): SaveRead {
  let raw: string | null;
  try {
    raw = storage.getItem(SAVE_KEY);
  } catch {
    return { status: 'discarded', reason: 'blocked' };
  }
  if (raw === null) return { status: 'none' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { status: 'discarded', reason: 'corrupt' };
  }
  if (!isObject(data)) return { status: 'discarded', reason: 'corrupt' };
  if (data.format !== SAVE_FORMAT || data.story !== storyHash) {
    // A save from another version is only "outdated" if it is otherwise well formed.
    return {
      status: 'discarded',
      reason: typeof data.format === 'number' && typeof data.story === 'string' ? 'outdated' : 'corrupt',
    };
  }
  const { seed, choices, savedAt } = data;
  if (
    typeof seed !== 'number' ||
    !Number.isInteger(seed) ||
    seed < 0 ||
    seed > 0xffffffff ||
    !Array.isArray(choices) ||
    !choices.every((c): c is string => typeof c === 'string')
  )
    return { status: 'discarded', reason: 'corrupt' };
  // A date Date can hold (±8.64e15 ms), after 1970: anything else would show as "Invalid Date".
  const when = typeof savedAt === 'number' && savedAt > 0 && savedAt <= MAX_DATE ? { savedAt } : {};
  return { status: 'found', save: { format: SAVE_FORMAT, story: storyHash, seed, choices, ...when } };
}

/** Writes the save; false when storage refuses (full or blocked), so the caller can say so. */
export function writeSave(storage: StorageLike, save: Save): boolean {
  try {
    storage.setItem(SAVE_KEY, JSON.stringify(save));
    return true;
  } catch {
    return false;
  }
}

export function clearSave(storage: StorageLike): void {
  try {
    storage.removeItem(SAVE_KEY);
  } catch {
    // Nothing to clear when storage is blocked.
  }
}

/** Storage that lives only as long as the page: used when the browser's is blocked. */
export function memoryStorage(): StorageLike {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
