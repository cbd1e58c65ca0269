/**
 * The run on screen, once Begin (or Continue) has been pressed: the session machine
 * (src/app/session.ts: the run, undo, play again, the language mid-story, saving, reporting), the
 * settings, the scenes and the ending. In the run's own chunk (src/app/run-parts.ts) with XState
 * and the story's shape; the title screen before it is the page's (src/ui/App.tsx).
 */
import { shallowEqual, useSelector } from '@xstate/react';
import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { playerView, type SessionEmitted } from '../app/session.ts';
import { withWords, type Campaign } from '../campaign/campaign.ts';
import type { Report } from '../embed/bridge.ts';
import type { ChapterStart } from '../engine/chapter-starts.ts';
import type { CompiledStory } from '../engine/story.ts';
import { applyText } from '../engine/text.ts';
import type { Locale } from '../i18n/languages.ts';
import type { LocaleBundle } from '../i18n/load.ts';
import type { AppProps } from './app-props.ts';
import { EndingPanels, loadEndingActions } from './EndingPanels.tsx';
import type { Preferences } from './preferences.ts';
import { Run } from './Run.tsx';
import { Settings } from './Settings.tsx';
import { useDocumentLanguage } from './useDocumentSettings.ts';
import { useSession, useStoryEvents } from './useSession.ts';

export interface PlayingProps {
  app: AppProps;
  story: CompiledStory;
  /** The campaign's words (the page's campaign has none). */
  campaign: Campaign;
  chapterStarts: Record<string, ChapterStart>;
  /** What the title screen asked for, and classroom mode as it was left there. */
  opening: { start: 'begin' | 'continue'; classroom: boolean };
  /** The language the title screen was showing, and its words so far. */
  language: { locale: Locale; words: LocaleBundle };
  preferences: Preferences;
  onPreferences: (next: Preferences) => void;
  /** Hears the run's choices, undos and endings (a class room, src/room/). */
  onStoryEvent: (event: SessionEmitted) => void;
}

export function Playing({
  app,
  story,
  campaign: words,
  chapterStarts,
  opening,
  language: opened,
  preferences,
  onPreferences,
  onStoryEvent,
}: PlayingProps) {
  const { audio } = app;
  const { t } = useTranslation();
  // Features that follow the story subscribe here: useStoryEvents(session, listener) (docs/architecture.md).
  const session = useSession({ ...app, ...opened, story, chapterStarts, opening });
  const { run, classroom, language, notice, wordsFailed } = useSelector(session, playerView, shallowEqual);
  // The session opens its run (replaying a saved one) as it starts, and useActorRef starts it
  // after the first paint: started here, before it, so that the first scene painted is the one
  // the run stands at, not its start replaced a moment later (start is once; later calls do nothing).
  const [started, setStarted] = useState(false);
  useLayoutEffect(() => {
    session.start();
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setStarted(true);
  }, [session]);
  useStoryEvents(session, onStoryEvent, ['choice', 'undo', 'ending']);
  useDocumentLanguage(language.locale);
  // While the first scenes are read: the ending's actions, ready long before an ending (and
  // cached for offline play).
  useEffect(() => {
    loadEndingActions().catch(() => undefined);
  }, []);
  const localized = useMemo(() => applyText(story, language.words.story), [story, language.words]);
  // What the page set on its campaign (an embed's hashtags), with the petition's words.
  const campaign = useMemo(() => withWords(app.campaign, words), [app.campaign, words]);
  const report: Report = (event) => session.send({ type: 'report', event });
  const onLanguage = (locale: Locale) => session.send({ type: 'language.change', locale });
  // The session opens into the run it was asked for: there is one once it has started.
  if (!run || !started) return null;
  return (
    <>
      <Settings
        locale={language.locale}
        onLanguage={onLanguage}
        preferences={preferences}
        onPreferences={onPreferences}
        audio={audio}
      />
      <Run
        session={session}
        run={run}
        audio={audio}
        story={localized}
        motion={preferences.motion}
        base={app.base}
        classroom={classroom}
        actions={(ending) => (
          <EndingPanels
            app={app}
            campaign={campaign}
            run={run}
            ending={ending}
            story={localized}
            locale={language.locale}
            classroom={classroom}
            preferences={preferences}
            report={report}
          />
        )}
        words={language.words.story}
        wordsFailed={wordsFailed}
        notice={notice ? t(notice) : undefined}
      />
    </>
  );
}
