import { describe, expect, it } from 'vitest';
import {
  clearSave,
  memoryStorage,
  readSave,
  SAVE_FORMAT,
  SAVE_KEY,
  writeSave,
  type Save,
  type StorageLike,
} from '../../src/engine/save.ts';

const HASH = 'abc123';

function storageWith(raw: string): StorageLike {
  const storage = memoryStorage();
  storage.setItem(SAVE_KEY, raw);
  return storage;
}

const blocked: StorageLike = {
  getItem: () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  removeItem: () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
};

describe('saving and restoring a run', () => {
  it('restores what it saved', () => {
    const storage = memoryStorage();
    const save: Save = { format: SAVE_FORMAT, story: HASH, seed: 7, choices: ['meet', 'keep-phone'] };
    expect(writeSave(storage, save)).toBe(true);
    expect(readSave(storage, HASH)).toEqual({ status: 'found', save });
  });

  it('finds nothing when nothing was saved, or after clearing', () => {
    const storage = memoryStorage();
    expect(readSave(storage, HASH)).toEqual({ status: 'none' });
    writeSave(storage, { format: SAVE_FORMAT, story: HASH, seed: 1, choices: [] });
    clearSave(storage);
    expect(readSave(storage, HASH)).toEqual({ status: 'none' });
  });

  it.each([
    ['not json', '{"format":1,'],
    ['not an object', '[1,2,3]'],
    ['null', 'null'],
    ['a string seed', JSON.stringify({ format: SAVE_FORMAT, story: HASH, seed: '7', choices: [] })],
    ['a negative seed', JSON.stringify({ format: SAVE_FORMAT, story: HASH, seed: -1, choices: [] })],
    ['choices that are not strings', JSON.stringify({ format: SAVE_FORMAT, story: HASH, seed: 1, choices: [1, 2] })],
    ['no format at all', JSON.stringify({ seed: 1, choices: [] })],
  ])('discards a corrupt save (%s)', (_, raw) => {
    expect(readSave(storageWith(raw), HASH)).toEqual({ status: 'discarded', reason: 'corrupt' });
  });

  it('discards a save from another story version or save format as outdated', () => {
    expect(
      readSave(storageWith(JSON.stringify({ format: SAVE_FORMAT, story: 'other', seed: 1, choices: [] })), HASH),
    ).toEqual({
      status: 'discarded',
      reason: 'outdated',
    });
    expect(readSave(storageWith(JSON.stringify({ format: 0, story: HASH, seed: 1, choices: [] })), HASH)).toEqual({
      status: 'discarded',
      reason: 'outdated',
    });
  });

  it('tells blocked storage apart, and never throws', () => {
    expect(readSave(blocked, HASH)).toEqual({ status: 'discarded', reason: 'blocked' });
    expect(writeSave(blocked, { format: SAVE_FORMAT, story: HASH, seed: 1, choices: [] })).toBe(false);
    expect(() => clearSave(blocked)).not.toThrow();
  });
});

describe('when the save was made', () => {
  it.each([
    ['beyond the last date a Date can hold', 8.64e15 + 1],
    ['the largest number', Number.MAX_VALUE],
    ['zero', 0],
    ['negative', -5],
    ['a fraction of a millisecond past the limit', 8.640000000000001e15],
  ])('keeps the run but not a date that is %s', (_, savedAt) => {
    const raw = JSON.stringify({ format: SAVE_FORMAT, story: HASH, seed: 3, choices: ['a'], savedAt });
    const read = readSave(storageWith(raw), HASH);
    expect(read).toEqual({ status: 'found', save: { format: SAVE_FORMAT, story: HASH, seed: 3, choices: ['a'] } });
  });

  it('keeps the last date a Date can hold', () => {
    const raw = JSON.stringify({ format: SAVE_FORMAT, story: HASH, seed: 3, choices: [], savedAt: 8.64e15 });
    expect(readSave(storageWith(raw), HASH)).toMatchObject({ save: { savedAt: 8.64e15 } });
  });
});
