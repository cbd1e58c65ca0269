/**
 * An ending: what happens to her, what happens to real people with the facts, what the player
 * can do (sign, share, learn more: `actions`), how the journey went, and play again.
 */
import { startTransition, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyStep } from '../engine/journey.ts';
import { RouteMap } from '../map/RouteMap.tsx';
import type { Route } from '../map/route.ts';
import type { CompiledStory, EndingDef, Vars } from '../engine/story.ts';
import { FactCard } from './FactCard.tsx';
import { plainText, RichText } from './RichText.tsx';
import { useFocusOnMount } from './useFocusOnMount.ts';

interface EndingViewProps {
  story: CompiledStory;
  ending: EndingDef;
  /** How the run went: the number of choices made, the variables at the end, the steps taken. */
  journey: { choices: number; vars: Vars; steps: JourneyStep[] };
  /** The whole route of the run (src/map/route.ts `routeOf`), mapped with the journey. */
  route?: Route;
  /** Sign, share and learn more, as the campaign and mode allow. */
  actions?: ReactNode;
  onPlayAgain: () => void;
}

export function EndingView({ story, ending, journey, route, actions, onPlayAgain }: EndingViewProps) {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  // The ending's words paint first; the sign form (with its list of every country) and the share
  // links follow in a transition, so the choice that led here is not kept waiting for them.
  const [actionsShown, setActionsShown] = useState(false);
  useEffect(() => {
    startTransition(() => {
      setActionsShown(true);
    });
  }, []);
  const title = plainText(ending.title, story.glossary);
  useEffect(() => {
    document.title = t('documentTitle', { scene: title, story: story.title });
  }, [t, title, story.title]);
  const { days, money, debt } = journey.vars;
  const yuan = { formatParams: { amount: { currency: 'CNY', maximumFractionDigits: 0 } } };
  const chapters = [...new Set(journey.steps.map((step) => step.scene.chapter))].flatMap((id) => {
    const chapter = story.chapters.find((c) => c.id === id);
    return chapter ? [chapter.title] : [];
  });
  const mattered = journey.steps.filter((step) => step.mattered).slice(0, 8);

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
      {/* What the player can do comes right after what happens to real people: on a phone the
          journey and its map would otherwise push the petition three thousand pixels down. */}
      {actionsShown && actions}
      <section className="journey" aria-labelledby="journey-heading">
        <h2 id="journey-heading">{t('journey')}</h2>
        <ul>
          <li>{t('choicesMade', { count: journey.choices })}</li>
          {typeof days === 'number' && <li>{t('daysOnRoad', { count: days })}</li>}
          {typeof money === 'number' && <li>{t('moneyLeft', { amount: money, ...yuan })}</li>}
          {typeof debt === 'number' && debt > 0 && <li>{t('debtOwed', { amount: debt, ...yuan })}</li>}
        </ul>
        {route && <RouteMap story={story} route={route} complete />}
        {chapters.length > 0 && (
          <>
            <h3>{t('wayYouCame')}</h3>
            <p className="way">{chapters.join(' → ')}</p>
          </>
        )}
        {mattered.length > 0 && (
          <>
            <h3>{t('keyChoices')}</h3>
            <ol className="key-choices">
              {mattered.map((step) => (
                <li key={`${step.scene.id}/${step.choice.id}`}>{plainText(step.choice.text, story.glossary)}</li>
              ))}
            </ol>
          </>
        )}
      </section>
      <div className="ending-actions">
        <button type="button" className="primary" onClick={onPlayAgain}>
          {t('playAgain')}
        </button>
      </div>
    </article>
  );
}
