/** The title screen: what the story is, a content note, and Begin (or Continue and New journey). */
import { useEffect } from 'react';
import type { CompiledStory } from '../engine/story.ts';
import { t } from '../i18n/strings.ts';
import { RichText } from './RichText.tsx';

interface TitleScreenProps {
  story: CompiledStory;
  canContinue: boolean;
  notice?: string;
  onBegin: () => void;
  onContinue: () => void;
}

export function TitleScreen({ story, canContinue, notice, onBegin, onContinue }: TitleScreenProps) {
  useEffect(() => {
    document.title = story.title;
  }, [story.title]);

  return (
    <article className="title-screen" data-title-screen="">
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
      <div className="title-actions">
        {canContinue ? (
          <>
            <button type="button" className="primary" onClick={onContinue}>
              {t('continue')}
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
      <details className="about">
        <summary>{t('aboutStory')}</summary>
        <RichText text={story.intro} glossary={story.glossary} />
      </details>
    </article>
  );
}
