/**
 * What the app sets on `<html>` and the page around it: the reader's preferences (motion, text
 * size, contrast: remembered, read by the style sheets), a campaigner's colours (set aside in high
 * contrast), the mark that the app runs, and the language's `lang` and `dir`.
 */
import { useCallback, useLayoutEffect, useState } from 'react';
import type { StorageLike } from '../engine/save.ts';
import type { Theme } from '../embed/theme.ts';
import { applyDocumentLanguage } from '../i18n/i18n.ts';
import type { Locale } from '../i18n/languages.ts';
import { applyPreferences, readPreferences, writePreferences, type Preferences } from './preferences.ts';

export function useDocumentSettings({
  storage,
  theme,
}: {
  storage: StorageLike;
  theme?: Theme | undefined;
}): [Preferences, (next: Preferences) => void] {
  const [preferences, setPreferences] = useState<Preferences>(() => readPreferences(storage));
  const changePreferences = useCallback(
    (next: Preferences) => {
      setPreferences(next);
      writePreferences(storage, next);
    },
    [storage],
  );
  useLayoutEffect(() => {
    const root = document.documentElement;
    applyPreferences(root, preferences);
    // High contrast wins over a campaigner's colours, which sit inline on <html>.
    for (const [name, value] of Object.entries(theme?.properties ?? {}))
      if (preferences.contrast === 'high') root.style.removeProperty(name);
      else root.style.setProperty(name, value);
  }, [preferences, theme]);
  // Marks the page as run by the app, not the prerendered HTML: tests and embeds wait for it.
  useLayoutEffect(() => {
    document.documentElement.dataset.app = 'ready';
  }, []);
  return [preferences, changePreferences];
}

/**
 * `<html lang dir>` follows the language on screen, in the same frame as the words, never before
 * them (the prerendered English title screen stays until the chosen language replaces it).
 */
export function useDocumentLanguage(locale: Locale): void {
  useLayoutEffect(() => {
    applyDocumentLanguage(locale);
  }, [locale]);
}
