/** The title screen's way into a class room: a code field, or the room this device is in. */
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROOM_CODE_LENGTH } from './api.ts';
import type { ClassRoom } from './useClassRoom.ts';

export function RoomJoin({ room }: { room: ClassRoom }) {
  const { t } = useTranslation();
  const id = useId();
  const { status } = room;
  // What the student typed stays in the field whatever the answer.
  const [typed, setTyped] = useState(status.kind === 'none' ? '' : status.code);

  if (status.kind === 'joined')
    return (
      <section className="class-room" aria-labelledby={`${id}-heading`} data-room-joined={status.code}>
        <h2 id={`${id}-heading`}>{t('roomHeading')}</h2>
        <p role="status">{t('roomJoined', { code: status.code })}</p>
        <button type="button" onClick={room.leave}>
          {t('roomLeave')}
        </button>
      </section>
    );

  const problem =
    status.kind === 'malformed'
      ? t('roomCodeMalformed', { n: ROOM_CODE_LENGTH })
      : status.kind === 'refused'
        ? status.answer === 'no-room'
          ? t('roomNotFound', { code: status.code })
          : status.answer === 'full'
            ? t('roomFull')
            : t('roomUnreachable')
        : status.kind === 'gone'
          ? t('roomGone', { code: status.code })
          : undefined;
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    room.join(typed);
  };
  return (
    <section className="class-room" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('roomHeading')}</h2>
      <form onSubmit={submit} noValidate>
        <label htmlFor={`${id}-code`}>{t('roomCodeLabel')}</label>
        <p id={`${id}-hint`} className="hint">
          {t('roomCodeHint')}
        </p>
        <div className="class-room-row">
          <input
            id={`${id}-code`}
            name="room"
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={20}
            aria-describedby={problem ? `${id}-hint ${id}-problem` : `${id}-hint`}
            aria-invalid={problem ? true : undefined}
            data-room-code-input=""
          />
          <button type="submit" disabled={status.kind === 'joining'}>
            {status.kind === 'joining' ? t('roomJoining') : t('roomJoin')}
          </button>
        </div>
        {problem && (
          <p id={`${id}-problem`} className="field-error" role="alert">
            {problem}
          </p>
        )}
      </form>
    </section>
  );
}
