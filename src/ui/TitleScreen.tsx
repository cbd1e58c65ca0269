/** The title screen: what the story is, a content note, and Begin (or Continue and New journey). */
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Audio } from '../audio/audio.ts';
import { SoundToggle } from '../audio/SoundToggle.tsx';
import type { Save } from '../engine/save.ts';
import type { CompiledStory } from '../engine/story.ts';
import type { Locale } from '../i18n/languages.ts';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';
import { RichText } from './RichText.tsx';

interface TitleScreenProps {
  story: CompiledStory;
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
  /** The sound, when the page has it: offers the switch that turns it on. */
  audio?: Audio;
}

export function TitleScreen({
  story,
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
  audio,
}: TitleScreenProps) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = story.title;
  }, [story.title]);

  return (
    <article className="title-screen" data-title-screen="">
      <LanguageSwitcher locale={locale} onLanguage={onLanguage} />
      <h1>{story.title}</h1>
      <div className="premise">
        <RichText text={story.premise} glossary={story.glossary} />
      </div>
      <section className="content-note" aria-labelledby="content-note-heading">
        <h2 id="content-note-heading">{t('contentNote')}</h2>
        <RichText text={story.contentNote} glossary={story.glossary} />
      </section>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {noticeActions && <p className="notice-actions">{noticeActions}</p>}
      <div className="title-actions">
        {saved ? (
          <>
            <button type="button" className="primary" onClick={onContinue}>
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
            <button type="button" onClick={onBegin}>
              {t('newJourney')}
            </button>
          </>
        ) : (
          <button type="button" className="primary" onClick={onBegin}>
            {t('begin')}
          </button>
        )}
      </div>
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
        <RichText text={story.intro} glossary={story.glossary} />
      </details>
    </article>
  );
}
