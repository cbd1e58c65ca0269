/**
 * Loads one language's words: the interface's strings and the story's text, in chunks of their
 * own per language, so a Korean player never downloads the English. The start (title screen and
 * first chapter) comes first; the rest (later chapters, endings) is fetched while the player reads.
 */
import type { RestText, StoryText } from '../engine/text.ts';
import type { Locale } from './languages.ts';
import type ui from './locales/en/ui.json';

export interface LocaleBundle {
  story: StoryText;
  ui: typeof ui;
}

// Written out one by one: the bundler can only split a dynamic import whose name it can read.
const starts: Record<Locale, () => Promise<LocaleBundle>> = {
  en: () => import('virtual:locale/en'),
  ko: () => import('virtual:locale/ko'),
  ja: () => import('virtual:locale/ja'),
  'zh-Hans': () => import('virtual:locale/zh-Hans'),
  es: () => import('virtual:locale/es'),
  fr: () => import('virtual:locale/fr'),
  'en-XA': () => import('virtual:locale/en-XA'),
  'ar-XB': () => import('virtual:locale/ar-XB'),
};

const rests: Record<Locale, () => Promise<{ rest: RestText }>> = {
  en: () => import('virtual:locale-rest/en'),
  ko: () => import('virtual:locale-rest/ko'),
  ja: () => import('virtual:locale-rest/ja'),
  'zh-Hans': () => import('virtual:locale-rest/zh-Hans'),
  es: () => import('virtual:locale-rest/es'),
  fr: () => import('virtual:locale-rest/fr'),
  'en-XA': () => import('virtual:locale-rest/en-XA'),
  'ar-XB': () => import('virtual:locale-rest/ar-XB'),
};

/** The interface's strings and the story's opening words; rejects when the chunk cannot be fetched. */
export async function loadLocale(locale: Locale): Promise<LocaleBundle> {
  const { story, ui } = await starts[locale]();
  return { story, ui };
}

/** The later chapters' and the endings' words; rejects when the chunk cannot be fetched. */
export async function loadRest(locale: Locale): Promise<RestText> {
  return (await rests[locale]()).rest;
}
