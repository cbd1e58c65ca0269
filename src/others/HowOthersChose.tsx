/**
 * "How others chose", at an ending: the run is sent to be counted (src/others/outbox.ts), then for
 * each decision it made (more than one choice open) that at least 20 counted runs also reached,
 * the share of players who chose as the player did, and the fact card of that decision's scene:
 * what the record says about the situation the choice was made in. Shows nothing until the server
 * answers, and nothing at all without one. App.tsx renders it only where sending is allowed.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkRun } from '../engine/decisions.ts';
import { createStoryMachine } from '../engine/machine.ts';
import type { StorageLike } from '../engine/save.ts';
import type { CompiledStory } from '../engine/story.ts';
import { FactCard } from '../ui/FactCard.tsx';
import { plainText } from '../ui/RichText.tsx';
import type { RunReport } from './api.ts';
import { queueRun, sendWaitingRuns } from './outbox.ts';
import { fetchShares, type SharedDecision } from './shares.ts';
import './others.css';

export interface HowOthersChoseProps {
  /** The story in the player's language. */
  story: CompiledStory;
  seed: number;
  log: readonly string[];
  storage: StorageLike;
  /** The browser's fetch (a stand-in in tests). */
  fetch?: typeof fetch;
}

export default function HowOthersChose({
  story,
  seed,
  log,
  storage,
  fetch = window.fetch.bind(window),
}: HowOthersChoseProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const checked = useMemo(() => checkRun(story, createStoryMachine(story), seed, log), [story, seed, log]);
  const [shared, setShared] = useState<SharedDecision[]>([]);
  const runKey = checked.ok ? JSON.stringify([story.hash, seed, log]) : '';

  useEffect(() => {
    if (!checked.ok) return;
    let live = true;
    const run: RunReport = { story: story.hash, seed, log: [...log], ending: checked.ending };
    queueRun(storage, run);
    void sendWaitingRuns({ storage, fetch })
      .then((sent) => (sent === 'absent' ? [] : fetchShares(fetch, checked.decisions)))
      .then((found) => {
        if (live) setShared(found);
      });
    return () => {
      live = false;
    };
    // Once per run: the key stands for the story version, seed and log.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [runKey]);

  if (shared.length === 0) return null;
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent' });
  const factsShown = new Set<string>();
  return (
    <section className="others" aria-labelledby={headingId} data-others="">
      <h2 id={headingId}>{t('othersHeading')}</h2>
      <p className="others-about">{t('othersAbout')}</p>
      <ol className="others-list">
        {shared.map(({ scene: sceneId, choice: choiceId, share }) => {
          const scene = story.scenes[sceneId];
          const choice = scene?.choices.find((c) => c.id === choiceId);
          if (!scene || !choice) return null;
          // A fact speaks to every decision made in its scene; shown once, beside the first.
          const fact = scene.fact && !factsShown.has(scene.fact) ? scene.fact : undefined;
          if (fact) factsShown.add(fact);
          return (
            <li
              key={sceneId}
              className="others-decision"
              data-scene={sceneId}
              data-choice={choiceId}
              data-share={share}
            >
              <h3>{plainText(scene.title, story.glossary)}</h3>
              <p className="others-choice">{t('othersYouChose', { choice: plainText(choice.text, story.glossary) })}</p>
              <p className="others-share">
                {share === 0
                  ? t('othersShareFew', { share: percent.format(0.05) })
                  : t('othersShare', { share: percent.format(share / 100) })}
              </p>
              {fact && <FactCard story={story} factId={fact} />}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
