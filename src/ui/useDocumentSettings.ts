/**
 * What the app sets on `<html>` and the page around it: the reader's preferences (motion, text
 * size, contrast: remembered, read by the style sheets), a campaigner's colours (set aside in high
 * contrast), the language's `lang` and `dir`, the mark that the app runs, and the chunks fetched
 * after the first paint.
 */
import { useCallback, useEffect, useLayoutEffect, useState } from 'react';
import type { StorageLike } from '../engine/save.ts';
import type { Theme } from '../embed/theme.ts';
import { applyDocumentLanguage } from '../i18n/i18n.ts';
import type { Locale } from '../i18n/languages.ts';
import { applyPreferences, readPreferences, writePreferences, type Preferences } from './preferences.ts';
import { loadMotion } from './SceneTransition.tsx';
import { onFirstIntent } from '../app/first-intent.ts';

export function useDocumentSettings(
  { storage, theme }: { storage: StorageLike; theme?: Theme | undefined },
  locale: Locale,
  preload: () => Promise<unknown>,
): [Preferences, (next: Preferences) => void] {
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
  // <html lang dir> changes in the same frame as the words, never before them (the prerendered
  // English title screen stays until the chosen language replaces it).
  useLayoutEffect(() => {
    applyDocumentLanguage(locale);
  }, [locale]);
  // Marks the page as run by the app, not the prerendered HTML: tests and embeds wait for it.
  useLayoutEffect(() => {
    document.documentElement.dataset.app = 'ready';
  }, []);
  // After the first paint: the scene transitions' animation, which must be there when Begin shows
  // the first scene (a scene shown still leaves still: loaded at the first move, a quick Begin
  // lost the first transition, look.e2e).
  useEffect(() => {
    loadMotion().catch(() => undefined);
  }, []);
  // At the player's first move (src/app/first-intent.ts), not while the page still settles after
  // its first paint: the ending's actions, ready long before an ending (and cached for offline play).
  useEffect(
    () =>
      onFirstIntent(() => {
        preload().catch(() => undefined);
      }),
    // Once, for the page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  return [preferences, changePreferences];
}
