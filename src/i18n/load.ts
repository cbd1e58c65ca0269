/**
 * Loads one language's words: the interface's strings and the story's text, one chunk per
 * language, so a Korean player never downloads the English.
 */
import type { StoryText } from '../engine/text.ts';
import type { Locale } from './languages.ts';
import type ui from './locales/en/ui.json';

export interface LocaleBundle {
  story: StoryText;
  ui: typeof ui;
}

// Written out one by one: the bundler can only split a dynamic import whose name it can read.
const loaders: Record<Locale, () => Promise<LocaleBundle>> = {
  en: () => import('virtual:locale/en'),
  ko: () => import('virtual:locale/ko'),
  ja: () => import('virtual:locale/ja'),
  'zh-Hans': () => import('virtual:locale/zh-Hans'),
  es: () => import('virtual:locale/es'),
  fr: () => import('virtual:locale/fr'),
  'en-XA': () => import('virtual:locale/en-XA'),
  'ar-XB': () => import('virtual:locale/ar-XB'),
};

/** The words of `locale`; rejects when the chunk cannot be fetched (offline, a new deploy). */
export async function loadLocale(locale: Locale): Promise<LocaleBundle> {
  const { story, ui } = await loaders[locale]();
  return { story, ui };
}
