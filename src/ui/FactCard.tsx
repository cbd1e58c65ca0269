/** A fact card: a documented fact and the sources it comes from, named and linked. */
import { useId } from 'react';
import type { CompiledStory } from '../engine/story.ts';
import { useTranslation } from 'react-i18next';
import { RichText } from './RichText.tsx';

export function FactCard({ story, factId }: { story: CompiledStory; factId: string }) {
  const { t } = useTranslation();
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
        {t('sourcesLabel', { count: sources.length })}{' '}
        {sources.map((source, index) => (
          <span key={source.id}>
            {index > 0 && t('listSeparator')}
            {/* Sources keep their own titles, in the language they were published in. */}
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              <cite lang="en">{source.title}</cite>
              <span className="visually-hidden"> {t('opensInNewTab')}</span>
            </a>{' '}
            <span lang="en">{t('sourceMeta', { publisher: source.publisher, year: source.year })}</span>
          </span>
        ))}
      </p>
    </aside>
  );
}
