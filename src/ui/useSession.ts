/**
 * The page's session actor (src/app/session.ts), made once from the app's props and started with
 * the view. Views select from it (`useSelector`) and send to it; features that follow the story
 * listen with `session.on('choice' | 'scene' | 'ending', …)` (see `useStoryEvents`).
 */
import { useActorRef } from '@xstate/react';
import { useEffect, useRef, useState } from 'react';
import type { Actor } from 'xstate';
import { createSessionMachine, type SessionDeps, type SessionEmitted, type SessionMachine } from '../app/session.ts';
import { saveLanguage } from '../i18n/choose.ts';
import { switchInterface } from '../i18n/i18n.ts';
import type { ChapterStart } from '../engine/chapter-starts.ts';
import type { CompiledStory } from '../engine/story.ts';
import type { Locale } from '../i18n/languages.ts';
import type { LocaleBundle } from '../i18n/load.ts';
import type { AppProps } from './app-props.ts';

/** What the session is made from: the page's props, the story's shape, the language on screen. */
export type SessionProps = Pick<
  AppProps,
  'params' | 'storage' | 'persistent' | 'loadWords' | 'loadRest' | 'i18n' | 'report' | 'outbox'
> & {
  story: CompiledStory;
  chapterStarts: Record<string, ChapterStart>;
  locale: Locale;
  words: LocaleBundle;
  opening?: SessionDeps['opening'];
};

export function useSession(props: SessionProps): Actor<SessionMachine> {
  // One machine for the page's life: a later render's props (the same functions and data) change nothing.
  const [machine] = useState(() =>
    createSessionMachine({
      story: props.story,
      params: props.params,
      storage: props.storage,
      persistent: props.persistent,
      locale: props.locale,
      words: props.words,
      chapterStarts: props.chapterStarts,
      loadWords: props.loadWords,
      loadRest: props.loadRest,
      applyLanguage: async (locale, bundle) => {
        await switchInterface(props.i18n, locale, bundle.ui);
        saveLanguage(props.storage, locale);
      },
      report: props.report,
      outbox: props.outbox,
      opening: props.opening,
    }),
  );
  return useActorRef(machine);
}

/**
 * Calls `listener` with each event of the story's runs, for as long as the view is mounted: the
 * subscription point for features that follow the story (a class room's projector, "how others
 * chose"). Not filtered by classroom mode: apply src/app/classroom.ts before sending anything on.
 */
export function useStoryEvents(
  session: Actor<SessionMachine>,
  listener: (event: SessionEmitted) => void,
  types: readonly SessionEmitted['type'][] = ['scene', 'choice', 'ending'],
): void {
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  const key = types.join(' ');
  useEffect(() => {
    const subscriptions = key
      .split(' ')
      .map((type) => session.on(type as SessionEmitted['type'], (event) => latest.current(event)));
    return () => {
      for (const subscription of subscriptions) subscription.unsubscribe();
    };
  }, [session, key]);
}
