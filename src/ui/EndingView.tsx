/** An ending: what happens to her, what happens to real people, the facts, and a way to play again. */
import { useEffect } from 'react';
import type { CompiledStory, EndingDef } from '../engine/story.ts';
import { t } from '../i18n/strings.ts';
import { FactCard } from './FactCard.tsx';
import { plainText, RichText } from './RichText.tsx';
import { useFocusOnMount } from './useFocusOnMount.ts';

interface EndingViewProps {
  story: CompiledStory;
  ending: EndingDef;
  onPlayAgain: () => void;
}

export function EndingView({ story, ending, onPlayAgain }: EndingViewProps) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const title = plainText(ending.title, story.glossary);
  useEffect(() => {
    document.title = t('documentTitle', { scene: title, story: story.title });
  }, [title, story.title]);

  return (
    <article className="ending" data-ending={ending.id}>
      <p className="chapter-mark">{t('ending')}</p>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <div className="scene-text">
        <RichText text={ending.text} glossary={story.glossary} />
      </div>
      <section className="epilogue" aria-labelledby="epilogue-heading">
        <h2 id="epilogue-heading">{t('realPeople')}</h2>
        <RichText text={ending.epilogue} glossary={story.glossary} />
        {ending.facts.map((factId) => (
          <FactCard key={factId} story={story} factId={factId} />
        ))}
      </section>
      <div className="ending-actions">
        <button type="button" className="primary" onClick={onPlayAgain}>
          {t('playAgain')}
        </button>
      </div>
    </article>
  );
}
