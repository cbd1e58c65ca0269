/** The title screen: what the story is, a content note, and Begin (or Continue and New journey). */
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Audio } from '../audio/audio.ts';
import { SoundToggle } from '../audio/SoundToggle.tsx';
import type { Save } from '../engine/save.ts';
import type { GlossaryDef } from '../engine/story.ts';
import type { StoryText } from '../engine/text.ts';
import type { Locale } from '../i18n/languages.ts';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';
import { RichText } from './RichText.tsx';

/** The story's words the title screen shows: all in the language's opening words. */
export interface TitleText {
  title: string;
  premise: string;
  contentNote: string;
  intro: string;
  glossary: Record<string, GlossaryDef>;
}

export function titleText(words: StoryText): TitleText {
  const { title, premise, contentNote, intro } = words.story;
  const glossary = Object.fromEntries(Object.entries(words.glossary).map(([id, entry]) => [id, { id, ...entry }]));
  return { title, premise, contentNote, intro, glossary };
}

/** How long Begin may wait for the story before the screen says it is on its way. */
const OPENING_SHOWN_AFTER_MS = 400;

interface TitleScreenProps {
  text: TitleText;
  locale: Locale;
  onLanguage: (locale: Locale) => void;
  /** The saved run, when there is one to continue. */
  saved?: Save;
  notice?: string;
  /** Buttons that act on the notice (Try again a refused signature). */
  noticeActions?: ReactNode;
  classroom: boolean;
  onClassroom: (on: boolean) => void;
  /** Joining a class room (src/room/RoomJoin.tsx). */
  room?: ReactNode;
  onBegin: () => void;
  onContinue: () => void;
  /** Begin or Continue was pressed and the story is on its way (a slow network). */
  opening?: 'begin' | 'continue' | undefined;
  /** The sound, when the page has it: offers the switch that turns it on. */
  audio?: Audio;
}

export function TitleScreen({
  text,
  locale,
  onLanguage,
  saved,
  notice,
  noticeActions,
  classroom,
  onClassroom,
  room,
  onBegin,
  onContinue,
  opening,
  audio,
}: TitleScreenProps) {
  const { t } = useTranslation();
  const waiting = useWaitShown(opening !== undefined);
  useEffect(() => {
    document.title = text.title;
  }, [text.title]);

  return (
    <article className="title-screen" data-title-screen="">
      <LanguageSwitcher locale={locale} onLanguage={onLanguage} />
      <h1>{text.title}</h1>
      <div className="premise">
        <RichText text={text.premise} glossary={text.glossary} />
      </div>
      <section className="content-note" aria-labelledby="content-note-heading">
        <h2 id="content-note-heading">{t('contentNote')}</h2>
        <RichText text={text.contentNote} glossary={text.glossary} />
      </section>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {noticeActions && <p className="notice-actions">{noticeActions}</p>}
      <div className="title-actions" aria-busy={opening !== undefined || undefined}>
        {saved ? (
          <>
            <button type="button" className="primary" data-start="continue" onClick={onContinue}>
              {t('continue')}
              {saved.savedAt !== undefined && !Number.isNaN(new Date(saved.savedAt).getTime()) && (
                <span className="button-detail">
                  {t('savedAt', {
                    when: new Date(saved.savedAt),
                    formatParams: { when: { dateStyle: 'medium', timeStyle: 'short' } },
                  })}
                </span>
              )}
            </button>
            <button type="button" data-start="begin" onClick={onBegin}>
              {t('newJourney')}
            </button>
          </>
        ) : (
          <button type="button" className="primary" data-start="begin" onClick={onBegin}>
            {t('begin')}
          </button>
        )}
      </div>
      {/* Mounted when Begin is pressed, its words a moment later: a live region announces them. */}
      {opening && (
        <p className="opening" role="status">
          {waiting ? t('opening') : ''}
        </p>
      )}
      <div className="classroom-switch">
        <input
          id="classroom-mode"
          type="checkbox"
          checked={classroom}
          aria-describedby="classroom-mode-hint"
          onChange={(event) => onClassroom(event.target.checked)}
        />
        <label htmlFor="classroom-mode">{t('classroomMode')}</label>
        <p id="classroom-mode-hint">{t('classroomModeHint')}</p>
      </div>
      {room}
      {audio && <SoundToggle audio={audio} />}
      <details className="about">
        <summary>{t('aboutStory')}</summary>
        <RichText text={text.intro} glossary={text.glossary} />
      </details>
    </article>
  );
}

/** True once `pending` has lasted a moment: a quick load shows nothing, a slow one says so. */
function useWaitShown(pending: boolean): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(() => setShown(true), OPENING_SHOWN_AFTER_MS);
    return () => {
      clearTimeout(timer);
      setShown(false);
    };
  }, [pending]);
  return pending && shown;
}
