/** One scene: its heading (which takes focus), its text, a fact card, and the open choices. */
import { useCallback, useEffect, useId } from 'react';
import type { ChoiceDef, CompiledStory, SceneDef } from '../engine/story.ts';
import { useTranslation } from 'react-i18next';
import { RouteMap } from '../map/RouteMap.tsx';
import type { Route } from '../map/route.ts';
import { Discussion } from './Discussion.tsx';
import { SceneArt } from './SceneArt.tsx';
import { FactCard } from './FactCard.tsx';
import { Outcome } from './Outcome.tsx';
import { plainText, RichText } from './RichText.tsx';
import { useFocusOnMount } from './useFocusOnMount.ts';
import { useNumberKeys } from './useNumberKeys.ts';

interface SceneViewProps {
  story: CompiledStory;
  scene: SceneDef;
  choices: ChoiceDef[];
  /** The outcome text of the choice that led here (src/engine/journey.ts `outcomeInto`), shown first. */
  outcome?: string | undefined;
  /** Show the chapter's title: the first scene of a chapter. */
  chapterOpens: boolean;
  /** In classroom mode, the questions on the chapter just finished. */
  discussion?: { chapter: string; questions: string[] };
  /** The run's route so far (src/map/route.ts `routeOf`), mapped where a later chapter opens. */
  route?: Route;
  /** The app's base path, for the scene's picture (public/art/). */
  base?: string;
  onChoose: (choiceId: string) => void;
}

export function SceneView({
  story,
  scene,
  choices,
  outcome,
  chapterOpens,
  discussion,
  route,
  base = '/',
  onChoose,
}: SceneViewProps) {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const outcomeId = useId();
  const chapterIndex = story.chapters.findIndex((c) => c.id === scene.chapter);
  const chapter = story.chapters[chapterIndex];
  const title = plainText(scene.title, story.glossary);

  useEffect(() => {
    document.title = t('documentTitle', { scene: title, story: story.title });
  }, [t, title, story.title]);

  const pick = useCallback(
    (index: number) => {
      const choice = choices[index];
      if (choice) onChoose(choice.id);
    },
    [choices, onChoose],
  );
  useNumberKeys(pick);

  return (
    <article className="scene" data-scene={scene.id} data-chapter={scene.chapter}>
      <SceneArt scene={scene} base={base} />
      {chapter && (
        <p className={chapterOpens ? 'chapter-mark chapter-opens' : 'chapter-mark'}>
          {t('chapterProgress', { n: chapterIndex + 1, total: story.chapters.length, title: chapter.title })}
          {chapter.subtitle && chapterOpens && <span className="chapter-subtitle">{chapter.subtitle}</span>}
        </p>
      )}
      {/* The outcome is read with the heading when it takes focus: it is what just happened. */}
      <h1 ref={heading} tabIndex={-1} aria-describedby={outcome ? outcomeId : undefined}>
        {title}
      </h1>
      {route && chapterOpens && chapterIndex > 0 && <RouteMap story={story} route={route} />}
      {discussion && <Discussion {...discussion} />}
      <div className="scene-text">
        {outcome && <Outcome id={outcomeId} text={outcome} story={story} />}
        <RichText text={scene.text} glossary={story.glossary} />
      </div>
      {scene.fact && <FactCard story={story} factId={scene.fact} />}
      <div role="group" aria-label={t('yourChoices')} className="choices">
        {choices.map((choice, index) => (
          <button
            key={choice.id}
            type="button"
            className="choice"
            data-choice={choice.id}
            onClick={() => onChoose(choice.id)}
          >
            <span className="choice-key" aria-hidden="true">
              {index + 1}
            </span>
            <span className="choice-text">{plainText(choice.text, story.glossary)}</span>
          </button>
        ))}
      </div>
      <p className="key-hint">{t('choiceKeyHint')}</p>
    </article>
  );
}
