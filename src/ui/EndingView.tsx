/**
 * An ending: what happens to her, what happens to real people with the facts, what the player
 * can do (sign, share, learn more: `actions`), how the journey went, and play again.
 */
import { startTransition, useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { JourneyStep } from '../engine/journey.ts';
import { journeyFigures, type JourneyFigure } from '../engine/journey-figures.ts';
import { RouteMap } from '../map/RouteMap.tsx';
import type { Route } from '../map/route.ts';
import type { CompiledStory, EndingDef, Vars } from '../engine/story.ts';
import { FactCard } from './FactCard.tsx';
import { plainText, RichText } from './RichText.tsx';
import { Outcome } from './Outcome.tsx';
import { useFocusOnMount } from './useFocusOnMount.ts';

interface EndingViewProps {
  story: CompiledStory;
  ending: EndingDef;
  /** The outcome text of the choice that led here (src/engine/journey.ts `outcomeInto`), shown first. */
  outcome?: string | undefined;
  /** How the run went: the number of choices made, the variables at the end, the steps taken. */
  journey: { choices: number; vars: Vars; steps: JourneyStep[] };
  /** The whole route of the run (src/map/route.ts `routeOf`), mapped with the journey. */
  route?: Route;
  /** Sign, share and learn more, as the campaign and mode allow. */
  actions?: ReactNode;
  onPlayAgain: () => void;
}

export function EndingView({ story, ending, outcome, journey, route, actions, onPlayAgain }: EndingViewProps) {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const outcomeId = useId();
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
  const figures = journeyFigures(story, ending, journey.vars);
  const chapters = [...new Set(journey.steps.map((step) => step.scene.chapter))].flatMap((id) => {
    const chapter = story.chapters.find((c) => c.id === id);
    return chapter ? [chapter.title] : [];
  });
  const mattered = journey.steps.filter((step) => step.mattered).slice(0, 8);

  return (
    <article className="ending" data-ending={ending.id}>
      <p className="chapter-mark">{t('ending')}</p>
      <h1 ref={heading} tabIndex={-1} aria-describedby={outcome ? outcomeId : undefined}>
        {title}
      </h1>
      <div className="scene-text">
        {outcome && <Outcome id={outcomeId} text={outcome} story={story} />}
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
          {figures.map((figure) => (
            <li key={figure.kind}>{figureText(t, figure)}</li>
          ))}
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

/** One line of "Your journey": days as a count, money in the currency the story counts it in. */
function figureText(t: TFunction, figure: JourneyFigure): string {
  if (figure.kind === 'days') return t('daysOnRoad', { count: figure.count });
  const amount = {
    amount: figure.amount,
    formatParams: { amount: { currency: figure.currency, maximumFractionDigits: 0 } },
  };
  if (figure.kind === 'money') return t('moneyLeft', amount);
  if (figure.kind === 'savings') return t('savingsLeft', amount);
  return t('debtOwed', amount);
}
