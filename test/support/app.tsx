/** Props for mounting the real App in jsdom: a story, the words of a language, an i18next instance. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseParams } from '../../src/app/params.ts';
import { checkTranslations, loadLocaleFiles } from '../../src/engine/compile/index.ts';
import { memoryStorage } from '../../src/engine/save.ts';
import type { CompiledStory } from '../../src/engine/story.ts';
import { extractText, mapStrings, splitText } from '../../src/engine/text.ts';
import { createI18n } from '../../src/i18n/i18n.ts';
import { PSEUDO_LANGUAGES, type Locale } from '../../src/i18n/languages.ts';
import type { LocaleBundle } from '../../src/i18n/load.ts';
import { pseudoLocalise } from '../../src/i18n/pseudo.ts';
import type { Campaign, SignOffer } from '../../src/campaign/campaign.ts';
import type { Outbox } from '../../src/sign/outbox.ts';
import type { AppProps } from '../../src/ui/App.tsx';
import type { RunParts } from '../../src/ui/app-props.ts';
import { Playing } from '../../src/ui/Playing.tsx';
import { ROOT } from './story.ts';

function readUi(lang: string): LocaleBundle['ui'] {
  return JSON.parse(readFileSync(join(ROOT, 'src/i18n/locales', lang, 'ui.json'), 'utf8')) as LocaleBundle['ui'];
}

/**
 * The words of `locale` for `story`, as the story plugin builds them: English from the story
 * itself, other languages from `story/locales/` (the real story only), pseudo-locales from English.
 */
export function wordsFor(story: CompiledStory, locale: Locale = 'en'): LocaleBundle {
  const english = extractText(story);
  if (locale === 'en') return { story: english, ui: readUi('en') };
  if (locale in PSEUDO_LANGUAGES) {
    const rtl = PSEUDO_LANGUAGES[locale as keyof typeof PSEUDO_LANGUAGES].dir === 'rtl';
    const pseudo = <T,>(value: T): T => mapStrings(value, (t) => pseudoLocalise(t, rtl));
    return { story: pseudo(english), ui: pseudo(readUi('en')) };
  }
  const { texts } = checkTranslations(english, loadLocaleFiles(join(ROOT, 'story'), ROOT), 'story', [locale]);
  return { story: texts[locale]!, ui: readUi(locale) };
}

/** A campaign as the shipped one, delivering by webhook to the signature service's path; tests pass their own outbox. */
export const testCampaign: Campaign = {
  publicUrl: 'https://example.org',
  hashtags: ['EscapeNorthKorea'],
  organisation: { name: 'Example Campaign' },
  privacyUrl: 'https://example.org/privacy',
  petition: {
    id: 'test-petition',
    title: { en: 'Stop forced returns' },
    text: { en: 'We ask China to stop.' },
    target: { en: 'China' },
  },
  delivery: { mode: 'webhook', url: '/api/signatures' },
  learnMore: [{ name: 'An Organisation', url: 'https://example.org/org', about: { en: 'Works on this.' } }],
  webhookToService: true,
};

interface Options {
  search?: string;
  chapterStarts?: RunParts['chapterStarts'];
  campaign?: Campaign;
  offer?: SignOffer;
  outbox?: Outbox;
  /** Start with only the opening words, the rest coming from `loadRest` (as in the browser). */
  split?: boolean;
  loadRest?: AppProps['loadRest'];
  locale?: Locale;
  storage?: AppProps['storage'];
  persistent?: boolean;
}

/** Everything `<App>` needs, with languages and the run's parts loaded from disk instead of by dynamic import. */
export function appProps(story: CompiledStory, options: Options = {}): AppProps {
  const locale = options.locale ?? 'en';
  const whole = wordsFor(story, locale);
  const first = story.chapters[0]?.id ?? '';
  const words = options.split ? { ...whole, story: splitText(whole.story, first).start } : whole;
  return {
    params: parseParams(options.search ?? '', story.chapters.length),
    storage: options.storage ?? memoryStorage(),
    persistent: options.persistent ?? true,
    locale,
    words,
    i18n: createI18n(locale, words.ui),
    loadWords: (next) => Promise.resolve(wordsFor(story, next)),
    loadRest: options.loadRest ?? ((next) => Promise.resolve(splitText(wordsFor(story, next).story, first).rest)),
    campaign: options.campaign ?? testCampaign,
    offer: options.offer ?? { kind: 'none' },
    ...(options.outbox ? { outbox: options.outbox } : {}),
    base: '/',
    storyHash: story.hash,
    // At hand, not a dynamic import: Begin shows the first scene in the same update (the browser's
    // chunk on its way is covered by the e2e tests).
    loadRun: () => ({
      story,
      chapterStarts: options.chapterStarts ?? {},
      campaign: options.campaign ?? testCampaign,
      Playing,
    }),
  };
}
