/**
 * The player: the title screen, then the run (scenes and an ending). The app's life is the session
 * machine (src/app/session.ts: begin, continue, undo, play again, the language, saving, reporting);
 * this view selects from it and sends to it.
 */
import { shallowEqual, useSelector } from '@xstate/react';
import type { i18n } from 'i18next';
import { lazy, Suspense, useMemo } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { comparesWithOthers } from '../app/classroom.ts';
import type { Updates } from '../app/offline.ts';
import type { Params } from '../app/params.ts';
import { playerView } from '../app/session.ts';
import type { Audio } from '../audio/audio.ts';
import { SoundBar } from '../audio/SoundBar.tsx';
import type { Campaign, SignOffer } from '../campaign/campaign.ts';
import type { Report } from '../embed/bridge.ts';
import { LinkFallback, useNewWindowLinks } from '../embed/LinkFallback.tsx';
import type { Theme } from '../embed/theme.ts';
import type { ChapterStart } from '../engine/chapter-starts.ts';
import type { StorageLike } from '../engine/save.ts';
import type { CompiledStory } from '../engine/story.ts';
import { applyText, type RestText } from '../engine/text.ts';
import type { Locale } from '../i18n/languages.ts';
import type { LocaleBundle } from '../i18n/load.ts';
import type { Outbox } from '../sign/outbox.ts';
import { Run } from './Run.tsx';
import { Settings } from './Settings.tsx';
import { Title } from './Title.tsx';
import { UpdateNotice } from './UpdateNotice.tsx';
import { useDocumentSettings } from './useDocumentSettings.ts';
import { useSession } from './useSession.ts';

const loadEndingActions = () => import('./EndingActions.tsx');
const EndingActions = lazy(loadEndingActions);
const HowOthersChose = lazy(() => import('../others/HowOthersChose.tsx'));

export interface AppProps {
  /** The story's shape; its words come from `words`. */
  story: CompiledStory;
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
  campaign: Campaign;
  /** How the ending offers to sign on this page (a form, a link, nothing). */
  offer: SignOffer;
  /** Where signatures wait until delivered; undefined when no form can deliver. */
  outbox?: Outbox;
  /** The app's base path (Vite's BASE_URL), for links to the share pages. */
  base: string;
  /** Chapter id → a real run to its first scene, for `?chapter=N` (built by the story plugin). */
  chapterStarts: Record<string, ChapterStart>;
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
  /** A campaigner's colours, applied to `<html>` (src/embed/theme.ts): high contrast sets them aside. */
  theme?: Theme;
  /** This page may send finished runs to be counted (src/others/): a service behind it, not turned off by an embed. */
  countRuns?: boolean;
}

export function App(props: AppProps) {
  return (
    <I18nextProvider i18n={props.i18n}>
      <Player {...props} />
    </I18nextProvider>
  );
}

function Player(props: AppProps) {
  const { story, audio } = props;
  const { t } = useTranslation();
  // Features that follow the story subscribe here: useStoryEvents(session, listener) (docs/architecture.md).
  const session = useSession(props);
  const { run, classroom, language, notice, saved, wordsFailed } = useSelector(session, playerView, shallowEqual);
  const localized = useMemo(() => applyText(story, language.words.story), [story, language.words]);
  const [preferences, changePreferences] = useDocumentSettings(props, language.locale, loadEndingActions);
  const newWindowLinks = useNewWindowLinks(props.framed ?? false, props.openLink);
  const report: Report = (event) => session.send({ type: 'report', event });
  const noticeText = notice ? t(notice) : undefined;
  const onLanguage = (locale: Locale) => session.send({ type: 'language.change', locale });

  return (
    <main id="main" className="page">
      <UpdateNotice updates={props.updates} />
      {newWindowLinks.blocked && <LinkFallback url={newWindowLinks.blocked} onClose={newWindowLinks.dismiss} />}
      {run ? (
        <>
          <Settings
            locale={language.locale}
            onLanguage={onLanguage}
            preferences={preferences}
            onPreferences={changePreferences}
            audio={audio}
          />
          <Run
            session={session}
            run={run}
            audio={audio}
            story={localized}
            motion={preferences.motion}
            base={props.base}
            classroom={classroom}
            actions={(ending) => (
              <>
                {/* Nothing in its place while the chunk arrives: the ending's own words are already there. */}
                <Suspense fallback={null}>
                  <EndingActions
                    {...props}
                    report={report}
                    story={localized}
                    locale={language.locale}
                    ending={ending}
                    classroom={classroom}
                  />
                </Suspense>
                {props.countRuns && comparesWithOthers(classroom) && preferences.counting === 'on' && (
                  // Its own boundary: sign and share never wait for this chunk.
                  <Suspense fallback={null}>
                    <HowOthersChose
                      story={localized}
                      seed={run.getSnapshot().context.seed}
                      log={run.getSnapshot().context.log}
                      storage={props.storage}
                    />
                  </Suspense>
                )}
              </>
            )}
            words={language.words.story}
            wordsFailed={wordsFailed}
            notice={noticeText}
          />
        </>
      ) : (
        <Title
          session={session}
          story={localized}
          locale={language.locale}
          saved={saved.status === 'found' ? saved.save : undefined}
          notice={noticeText}
          classroom={classroom}
          outbox={props.outbox}
          audio={audio}
        />
      )}
      {audio && <SoundBar audio={audio} />}
    </main>
  );
}
