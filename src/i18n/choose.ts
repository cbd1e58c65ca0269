/** Which language a page opens in, and remembering the player's choice. */
import type { StorageLike } from '../engine/save.ts';
import { DEFAULT_LANGUAGE, matchLanguage, type Locale } from './languages.ts';

export const LANGUAGE_KEY = 'three-thousand-miles:lang';

export interface LanguageSources {
  /** The `lang` URL parameter, already matched (undefined when absent or unknown). */
  param: Locale | undefined;
  storage: StorageLike;
  /** The browser's languages, most wanted first (`navigator.languages`). */
  browser: readonly string[];
}

/** `?lang=` first, then the saved choice, then the browser's languages, then English. */
export function chooseLocale({ param, storage, browser }: LanguageSources): Locale {
  if (param) return param;
  const saved = readSavedLanguage(storage);
  if (saved) return saved;
  for (const tag of browser) {
    const match = matchLanguage(tag);
    // A pseudo-locale is for tests: only an explicit ?lang= or a saved choice selects it.
    if (match && !match.includes('-X')) return match;
  }
  return DEFAULT_LANGUAGE;
}

export function readSavedLanguage(storage: StorageLike): Locale | undefined {
  try {
    return matchLanguage(storage.getItem(LANGUAGE_KEY) ?? '');
  } catch {
    return undefined;
  }
}

/** Remembers the choice; false when the browser will not keep it. */
export function saveLanguage(storage: StorageLike, locale: Locale): boolean {
  try {
    storage.setItem(LANGUAGE_KEY, locale);
    return true;
  } catch {
    return false;
  }
}
