/**
 * The player: the title screen, then the run. The title screen is the page's own
 * (src/ui/useTitleScreen.ts: the language, classroom mode, the save, Begin), so the first screen
 * needs no XState and no story shape; Begin loads the run's chunk (src/app/run-parts.ts) and hands
 * over to it (src/ui/Playing.tsx: the session machine, the scenes, the ending).
 */
import { useMemo } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { SoundBar } from '../audio/SoundBar.tsx';
import { LinkFallback, useNewWindowLinks } from '../embed/LinkFallback.tsx';
import { RoomJoin } from '../room/RoomJoin.tsx';
import { useClassRoom } from '../room/useClassRoom.ts';
import type { AppProps } from './app-props.ts';
import { Title } from './Title.tsx';
import { titleText } from './TitleScreen.tsx';
import { UpdateNotice } from './UpdateNotice.tsx';
import { useDocumentLanguage, useDocumentSettings } from './useDocumentSettings.ts';
import { useTitleScreen } from './useTitleScreen.ts';

export type { AppProps } from './app-props.ts';

export function App(props: AppProps) {
  return (
    <I18nextProvider i18n={props.i18n}>
      <Player {...props} />
    </I18nextProvider>
  );
}

function Player(props: AppProps) {
  const { audio } = props;
  const title = useTitleScreen(props);
  // A class room (src/room/) hears the run's choices, undos and endings, to this site only;
  // joining one turns classroom mode on.
  const room = useClassRoom(props.params.room, props.storage, () => title.setClassroom(true));
  const [preferences, changePreferences] = useDocumentSettings(props);
  const newWindowLinks = useNewWindowLinks(props.framed ?? false, props.openLink);
  const { handover } = title;

  return (
    <main id="main" className="page">
      <UpdateNotice updates={props.updates} />
      {newWindowLinks.blocked && <LinkFallback url={newWindowLinks.blocked} onClose={newWindowLinks.dismiss} />}
      {handover ? (
        <handover.parts.Playing
          app={props}
          story={handover.parts.story}
          campaign={handover.parts.campaign}
          chapterStarts={handover.parts.chapterStarts}
          opening={handover.opening}
          language={handover.language}
          preferences={preferences}
          onPreferences={changePreferences}
          onStoryEvent={room.hear}
        />
      ) : (
        <TitleView {...props} title={title} room={<RoomJoin room={room} />} />
      )}
      {audio && <SoundBar audio={audio} />}
    </main>
  );
}

function TitleView({
  title,
  room,
  outbox,
  audio,
}: AppProps & { title: ReturnType<typeof useTitleScreen>; room: React.ReactNode }) {
  const { t } = useTranslation();
  const { language, saved, notice } = title;
  useDocumentLanguage(language.locale);
  const text = useMemo(() => titleText(language.words.story), [language.words]);
  return (
    <Title
      text={text}
      locale={language.locale}
      onLanguage={title.changeLanguage}
      onClassroom={title.setClassroom}
      onStart={title.start}
      opening={title.opening}
      saved={saved.status === 'found' ? saved.save : undefined}
      notice={notice ? t(notice) : undefined}
      classroom={title.classroom}
      outbox={outbox}
      audio={audio}
      room={room}
    />
  );
}
