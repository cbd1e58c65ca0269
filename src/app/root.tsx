/**
 * The app's root element, shared by the browser entry (`main.tsx`) and the build's prerender of the
 * title screen (`src/build/prerender-plugin.ts`): hydration only works when both render the very
 * same tree, `useId`'s ids included.
 */
import { StrictMode } from 'react';
import { createAudio } from '../audio/audio.ts';
import { memoryStorage, readSave } from '../engine/save.ts';
import type { Campaign } from '../campaign/campaign.ts';
import type { CompiledStory } from '../engine/story.ts';
import { createI18n } from '../i18n/i18n.ts';
import { DEFAULT_LANGUAGE } from '../i18n/languages.ts';
import type { LocaleBundle } from '../i18n/load.ts';
import { App, type AppProps } from '../ui/App.tsx';
import { parseParams } from './params.ts';

/** The whole app, as `main.tsx` mounts it. */
export function appRoot(props: AppProps) {
  return (
    <StrictMode>
      <App {...props} />
    </StrictMode>
  );
}

/**
 * What the build prerenders: a first visit in the default language with no URL parameters, no
 * save, working storage. `words` are the default language's.
 */
export function prerenderProps(story: CompiledStory, words: LocaleBundle, campaign: Campaign): AppProps {
  return {
    campaign,
    // The title screen offers nothing to sign; the browser decides the offer once it runs.
    offer: { kind: 'none' },
    base: '/',
    storyHash: story.hash,
    loadRun: () => Promise.reject(new Error('The prerender shows the title screen only.')),
    params: parseParams('', story.chapters.length),
    storage: memoryStorage(),
    persistent: true,
    locale: DEFAULT_LANGUAGE,
    words,
    i18n: createI18n(DEFAULT_LANGUAGE, words.ui),
    loadWords: () => Promise.reject(new Error('The prerender shows one language.')),
    loadRest: () => Promise.reject(new Error('The prerender shows the title screen only.')),
    // The title screen shows the sound switch (off: nothing is remembered at build time).
    audio: createAudio({ storage: memoryStorage(), base: '/' }),
  };
}

/**
 * True when the app's first render is exactly the prerendered title screen, so React can hydrate it.
 * Otherwise (a saved run offers Continue, a notice explains a lost save or a signature waiting to
 * be sent, another language, classroom mode with its switch ticked) the page
 * is rendered afresh. Keep this in step with what `App` shows before the run starts.
 */
export function startsAsPrerendered({
  storyHash,
  storage,
  persistent,
  locale,
  params,
  outbox,
}: Pick<AppProps, 'storyHash' | 'storage' | 'persistent' | 'locale'> & Partial<AppProps>): boolean {
  return (
    persistent &&
    locale === DEFAULT_LANGUAGE &&
    params?.mode !== 'classroom' &&
    (outbox?.entries().length ?? 0) === 0 &&
    (outbox?.unreadable() ?? 0) === 0 &&
    readSave(storage, storyHash).status === 'none'
  );
}
