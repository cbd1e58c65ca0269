/**
 * The title screen as the session shows it: the run saved here (Continue), the notice the session
 * keeps (a lost save, a language that would not load), and what this device keeps of signatures
 * (waiting, refused, unreadable), with the buttons that act on them.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from 'xstate';
import type { SessionMachine } from '../app/session.ts';
import type { Audio } from '../audio/audio.ts';
import type { Save } from '../engine/save.ts';
import type { CompiledStory } from '../engine/story.ts';
import type { Locale } from '../i18n/languages.ts';
import type { Outbox } from '../sign/outbox.ts';
import { TitleScreen } from './TitleScreen.tsx';

interface TitleProps {
  session: Actor<SessionMachine>;
  story: CompiledStory;
  locale: Locale;
  saved: Save | undefined;
  notice: string | undefined;
  classroom: boolean;
  outbox: Outbox | undefined;
  audio: Audio | undefined;
  /** Joining a class room (src/room/RoomJoin.tsx), shown under the classroom switch. */
  room?: ReactNode;
}

export function Title({ session, story, locale, saved, notice, classroom, outbox, audio, room }: TitleProps) {
  const { t } = useTranslation();
  const [signatures, setSignatures] = useState(() => signaturesKept(outbox));
  useEffect(() => outbox?.subscribe(() => setSignatures(signaturesKept(outbox))), [outbox]);
  const signatureNotice = [
    signatures.refused ? t('pendingSignatureRefused') : signatures.waiting ? t('pendingSignature') : '',
    signatures.unreadable ? t('signUnreadable') : '',
  ];
  return (
    <TitleScreen
      story={story}
      locale={locale}
      onLanguage={(next) => session.send({ type: 'language.change', locale: next })}
      {...(saved ? { saved } : {})}
      {...(notice || signatureNotice.some(Boolean)
        ? { notice: [notice, ...signatureNotice].filter(Boolean).join(' ') }
        : {})}
      {...(outbox && (signatures.refused || signatures.unreadable)
        ? {
            noticeActions: (
              <>
                {signatures.refused && (
                  <button type="button" onClick={() => void outbox.retryNow()}>
                    {t('tryAgain')}
                  </button>
                )}
                {signatures.unreadable && (
                  <button type="button" onClick={outbox.forgetUnreadable}>
                    {t('signUnreadableForget')}
                  </button>
                )}
              </>
            ),
          }
        : {})}
      classroom={classroom}
      onClassroom={(on) => session.send({ type: 'classroom.set', on })}
      room={room}
      onBegin={() => session.send({ type: 'run.begin' })}
      onContinue={() => session.send({ type: 'run.continue' })}
      {...(audio ? { audio } : {})}
    />
  );
}

/** What the title screen says of the signatures this device keeps. */
function signaturesKept(outbox: Outbox | undefined): { waiting: boolean; refused: boolean; unreadable: boolean } {
  const entries = outbox?.entries() ?? [];
  return {
    waiting: entries.length > 0,
    refused: entries.some((entry) => entry.status === 'rejected'),
    unreadable: (outbox?.unreadable() ?? 0) > 0,
  };
}
