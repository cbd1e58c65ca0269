/**
 * The title screen as the page shows it (src/ui/useTitleScreen.ts): the run saved here (Continue),
 * the notice it keeps (a lost save, a language or the run that would not load), and what this
 * device keeps of signatures (waiting, refused, unreadable), with the buttons that act on them.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Audio } from '../audio/audio.ts';
import type { Save } from '../engine/save.ts';
import type { Locale } from '../i18n/languages.ts';
import type { Outbox } from '../sign/outbox.ts';
import { TitleScreen, type TitleText } from './TitleScreen.tsx';
import type { Start } from './useTitleScreen.ts';

interface TitleProps {
  text: TitleText;
  locale: Locale;
  onLanguage: (locale: Locale) => void;
  onClassroom: (on: boolean) => void;
  onStart: (start: Start) => void;
  /** Begin or Continue was pressed and the story is on its way. */
  opening: Start | undefined;
  saved: Save | undefined;
  notice: string | undefined;
  classroom: boolean;
  outbox: Outbox | undefined;
  audio: Audio | undefined;
  /** Joining a class room (src/room/RoomJoin.tsx), shown under the classroom switch. */
  room?: ReactNode;
}

export function Title({
  text,
  locale,
  onLanguage,
  onClassroom,
  onStart,
  opening,
  saved,
  notice,
  classroom,
  outbox,
  audio,
  room,
}: TitleProps) {
  const { t } = useTranslation();
  const [signatures, setSignatures] = useState(() => signaturesKept(outbox));
  useEffect(() => outbox?.subscribe(() => setSignatures(signaturesKept(outbox))), [outbox]);
  const signatureNotice = [
    signatures.refused ? t('pendingSignatureRefused') : signatures.waiting ? t('pendingSignature') : '',
    signatures.unreadable ? t('signUnreadable') : '',
  ];
  return (
    <TitleScreen
      text={text}
      locale={locale}
      onLanguage={onLanguage}
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
      onClassroom={onClassroom}
      room={room}
      onBegin={() => onStart('begin')}
      onContinue={() => onStart('continue')}
      opening={opening}
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
