/** A fact card: a documented fact and the sources it comes from, named and linked. */
import { useId } from 'react';
import type { CompiledStory } from '../engine/story.ts';
import { t } from '../i18n/strings.ts';
import { RichText } from './RichText.tsx';

export function FactCard({ story, factId }: { story: CompiledStory; factId: string }) {
  const fact = story.facts[factId];
  const headingId = useId();
  if (!fact) return null;
  const sources = fact.sources.flatMap((id) => (story.sources[id] ? [story.sources[id]] : []));
  return (
    <aside className="fact-card" aria-labelledby={headingId} data-fact={fact.id}>
      <h2 id={headingId} className="fact-label">
        {t('fact')}
      </h2>
      <RichText text={fact.text} glossary={story.glossary} />
      <p className="fact-sources">
        {sources.length === 1 ? t('source') : t('sources')}:{' '}
        {sources.map((source, index) => (
          <span key={source.id}>
            {index > 0 && '; '}
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {source.title}
              <span className="visually-hidden"> {t('opensInNewTab')}</span>
            </a>{' '}
            ({source.publisher}, {source.year})
          </span>
        ))}
      </p>
    </aside>
  );
}
