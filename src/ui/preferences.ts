/**
 * The reader's settings: motion, text size and contrast (display), and whether finished runs are
 * counted for "how others chose". Kept in the browser (a broken or
 * foreign value falls back to the default, quietly), and applied as attributes on `<html>` that
 * the style sheets read: `data-motion="off"`, `data-text-size="large|larger"`,
 * `data-contrast="high"`. Absent attributes mean the defaults, so the prerendered page needs none.
 */
import type { StorageLike } from '../engine/save.ts';

export interface Preferences {
  /** `system` follows the device's reduced-motion setting; `off` stops every transition. */
  motion: 'system' | 'off';
  textSize: 'normal' | 'large' | 'larger';
  contrast: 'normal' | 'high';
  /** `off`: a finished run is not sent to be counted, and no shares are asked for (src/others/). */
  counting: 'on' | 'off';
}

export const DEFAULT_PREFERENCES: Preferences = {
  motion: 'system',
  textSize: 'normal',
  contrast: 'normal',
  counting: 'on',
};

export const PREFERENCES_KEY = 'three-thousand-miles:preferences';

const ALLOWED = {
  motion: ['system', 'off'],
  textSize: ['normal', 'large', 'larger'],
  contrast: ['normal', 'high'],
  counting: ['on', 'off'],
} as const satisfies { [K in keyof Preferences]: ReadonlyArray<Preferences[K]> };

export function readPreferences(storage: StorageLike): Preferences {
  let raw: unknown;
  try {
    raw = JSON.parse(storage.getItem(PREFERENCES_KEY) ?? '{}');
  } catch {
    return DEFAULT_PREFERENCES;
  }
  if (typeof raw !== 'object' || raw === null) return DEFAULT_PREFERENCES;
  const stored = raw as Record<string, unknown>;
  const pick = <K extends keyof Preferences>(key: K): Preferences[K] => {
    const value = stored[key];
    return (ALLOWED[key] as readonly unknown[]).includes(value) ? (value as Preferences[K]) : DEFAULT_PREFERENCES[key];
  };
  return { motion: pick('motion'), textSize: pick('textSize'), contrast: pick('contrast'), counting: pick('counting') };
}

/** Stores them; false when the browser refused (the settings then last while the page is open). */
export function writePreferences(storage: StorageLike, preferences: Preferences): boolean {
  try {
    storage.setItem(PREFERENCES_KEY, JSON.stringify(preferences));
    return true;
  } catch {
    return false;
  }
}

/** Sets (or, for a default, removes) the attributes the style sheets read. */
export function applyPreferences(root: HTMLElement, preferences: Preferences): void {
  const set = (name: string, value: string, fallback: string) => {
    if (value === fallback) root.removeAttribute(name);
    else root.setAttribute(name, value);
  };
  set('data-motion', preferences.motion, 'system');
  set('data-text-size', preferences.textSize, 'normal');
  set('data-contrast', preferences.contrast, 'normal');
}
