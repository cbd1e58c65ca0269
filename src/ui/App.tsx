/**
 * The player: the title screen, then the run (scenes and an ending). The app's life is the session
 * machine (src/app/session.ts: begin, continue, undo, play again, the language, saving, reporting);
 * this view selects from it and sends to it.
 */
import { shallowEqual, useSelector } from '@xstate/react';
import { useMemo } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { playerView } from '../app/session.ts';
import { SoundBar } from '../audio/SoundBar.tsx';
import type { Report } from '../embed/bridge.ts';
import { LinkFallback, useNewWindowLinks } from '../embed/LinkFallback.tsx';
import { applyText } from '../engine/text.ts';
import type { Locale } from '../i18n/languages.ts';
import { RoomJoin } from '../room/RoomJoin.tsx';
import { useClassRoom } from '../room/useClassRoom.ts';
import { EndingPanels, loadEndingActions } from './EndingPanels.tsx';
import { Run } from './Run.tsx';
import { Settings } from './Settings.tsx';
import { Title } from './Title.tsx';
import { UpdateNotice } from './UpdateNotice.tsx';
import { useDocumentSettings } from './useDocumentSettings.ts';
import { useSession, useStoryEvents } from './useSession.ts';
import type { AppProps } from './app-props.ts';

export type { AppProps } from './app-props.ts';

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
  // A class room (src/room/) hears the run's choices, undos and endings, to this site only;
  // joining one turns classroom mode on.
  const room = useClassRoom(props.params.room, props.storage, () => session.send({ type: 'classroom.set', on: true }));
  useStoryEvents(session, room.hear, ['choice', 'undo', 'ending']);
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
              <EndingPanels
                app={props}
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
          room={<RoomJoin room={room} />}
        />
      )}
      {audio && <SoundBar audio={audio} />}
    </main>
  );
}
