/** What the app is given by its page (src/app/root.tsx): the story, the words, the storage, the campaign. */
import type { i18n } from 'i18next';
import type { ComponentType } from 'react';
import type { Updates } from '../app/offline.ts';
import type { Params } from '../app/params.ts';
import type { Audio } from '../audio/audio.ts';
import type { Campaign, PageCampaign, SignOffer } from '../campaign/campaign.ts';
import type { Report } from '../embed/bridge.ts';
import type { Theme } from '../embed/theme.ts';
import type { ChapterStart } from '../engine/chapter-starts.ts';
import type { StorageLike } from '../engine/save.ts';
import type { CompiledStory } from '../engine/story.ts';
import type { RestText } from '../engine/text.ts';
import type { Locale } from '../i18n/languages.ts';
import type { LocaleBundle } from '../i18n/load.ts';
import type { Outbox } from '../sign/outbox.ts';
import type { PlayingProps } from './Playing.tsx';

/** What a run needs that the title screen does not: loaded at Begin (src/app/run-parts.ts). */
export interface RunParts {
  /** The story's shape; its words come from the language's. */
  story: CompiledStory;
  /** Chapter id → a real run to its first scene, for `?chapter=N` (built by the story plugin). */
  chapterStarts: Record<string, ChapterStart>;
  /** The campaign with its words (the petition's, the organisations'): the page has it without. */
  campaign: Campaign;
  /** The run on screen: the session, its scenes, its ending. */
  Playing: ComponentType<PlayingProps>;
}

export interface AppProps {
  /** The story's version: a save made against another is not offered. */
  storyHash: string;
  /**
   * The run's parts: a dynamic import in the browser, fetched at the player's first move and
   * awaited by Begin; in tests, at hand.
   */
  loadRun: () => RunParts | Promise<RunParts>;
  params: Params;
  storage: StorageLike;
  /** False when the browser's storage is blocked and `storage` lasts only while the page is open. */
  persistent: boolean;
  locale: Locale;
  words: LocaleBundle;
  i18n: i18n;
  /** Fetches a language's opening words and interface strings (a dynamic import in the browser). */
  loadWords: (locale: Locale) => Promise<LocaleBundle>;
  /** Fetches the rest of a language's story text: later chapters and endings. */
  loadRest: (locale: Locale) => Promise<RestText>;
  campaign: PageCampaign;
  /** How the ending offers to sign on this page (a form, a link, nothing). */
  offer: SignOffer;
  /** Where signatures wait until delivered; undefined when no form can deliver. */
  outbox?: Outbox;
  /** The app's base path (Vite's BASE_URL), for links to the share pages. */
  base: string;
  /** News of a new version, from the service worker (undefined where none runs). */
  updates?: Updates;
  /** The story's sound (off until the player turns it on); none in tests that do not need it. */
  audio?: Audio;
  /** Hears what the app reports: the embed's host page, opt-in counting (src/embed/). */
  report?: Report;
  /** True inside another page's frame, whose sandbox may not let links open new windows. */
  framed?: boolean;
  /** Asks the host page to open a link the frame could not. */
  openLink?: (url: string) => void;
  /** Begin, pressed on the prerendered title screen before the app took it over: pressed again now. */
  queuedStart?: 'begin';
  /** A campaigner's colours, applied to `<html>` (src/embed/theme.ts): high contrast sets them aside. */
  theme?: Theme;
  /** This page may send finished runs to be counted (src/others/): a service behind it, not turned off by an embed. */
  countRuns?: boolean;
}
