// @vitest-environment jsdom
/** The reader's display settings: read back safely, stored, and applied as attributes on <html>. */
import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../src/engine/save.ts';
import {
  applyPreferences,
  DEFAULT_PREFERENCES,
  PREFERENCES_KEY,
  readPreferences,
  writePreferences,
} from '../../src/ui/preferences.ts';

describe('display settings', () => {
  it('start at the defaults, and come back as they were stored', () => {
    const storage = memoryStorage();
    expect(readPreferences(storage)).toEqual(DEFAULT_PREFERENCES);
    expect(DEFAULT_PREFERENCES.counting).toBe('on');
    const chosen = { motion: 'off', textSize: 'larger', contrast: 'high', counting: 'off' } as const;
    expect(writePreferences(storage, chosen)).toBe(true);
    expect(readPreferences(storage)).toEqual(chosen);
  });

  it.each([
    ['not JSON', '{motion'],
    ['JSON null', 'null'],
    ['a number', '42'],
    ['unknown values', '{"motion":"fast","textSize":"huge","contrast":"<script>","counting":false}'],
  ])('fall back to the defaults, value by value, from %s', (_, raw) => {
    const storage = memoryStorage();
    storage.setItem(PREFERENCES_KEY, raw);
    expect(readPreferences(storage)).toEqual(DEFAULT_PREFERENCES);
  });

  it('keep the good values of a half-broken store', () => {
    const storage = memoryStorage();
    storage.setItem(PREFERENCES_KEY, '{"motion":"off","textSize":12}');
    expect(readPreferences(storage)).toEqual({ ...DEFAULT_PREFERENCES, motion: 'off' });
  });

  it('say so when the browser refuses to store them', () => {
    const refusing = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(writePreferences(refusing, DEFAULT_PREFERENCES)).toBe(false);
  });

  it('set the attributes the style sheets read, and take them away at the defaults', () => {
    const root = document.createElement('html');
    applyPreferences(root, { motion: 'off', textSize: 'large', contrast: 'high', counting: 'off' });
    expect([root.dataset.motion, root.dataset.textSize, root.dataset.contrast]).toEqual(['off', 'large', 'high']);
    applyPreferences(root, DEFAULT_PREFERENCES);
    expect(root.getAttributeNames()).toEqual([]);
  });
});
