/**
 * A run on screen: the scene (or the ending) the story actor is at, its choices, and in classroom
 * mode going back one choice and the questions between chapters. It selects from the story actor
 * and sends to the session (src/app/session.ts), nothing more.
 */
import { useSelector } from '@xstate/react';
import { useCallback, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor, ActorRefFrom } from 'xstate';
import { canGoBack, discusses } from '../app/classroom.ts';
import type { SessionMachine } from '../app/session.ts';
import type { Audio } from '../audio/audio.ts';
import { useSoundscape } from '../audio/useSoundscape.ts';
import { journeyOf, outcomeInto } from '../engine/journey.ts';
import { placeOf, type StoryMachine } from '../engine/machine.ts';
import { openChoices } from '../engine/step.ts';
import type { CompiledStory, EndingDef } from '../engine/story.ts';
import type { StoryText } from '../engine/text.ts';
import { routeAlong } from '../map/route.ts';
import { EndingView } from './EndingView.tsx';
import type { Preferences } from './preferences.ts';
import { SceneTransition } from './SceneTransition.tsx';
import { SceneView } from './SceneView.tsx';
import { stageOf } from './stage.ts';
import { DocumentStage } from './useDocumentStage.ts';

interface RunProps {
  session: Actor<SessionMachine>;
  run: ActorRefFrom<StoryMachine>;
  /** The story in the words of the language shown. */
  story: CompiledStory;
  /** The reader's motion setting, for the scene transitions. */
  motion: Preferences['motion'];
  /** The app's base path, for the scenes' pictures. */
  base: string;
  classroom: boolean;
  /** What the player can do at an ending (sign, share, learn more). */
  actions: (ending: EndingDef) => ReactNode;
  /** The story's words so far: the later chapters' and the endings' may be on their way. */
  words: StoryText;
  wordsFailed: boolean;
  notice: string | undefined;
  audio?: Audio | undefined;
}

export function Run({
  session,
  run,
  audio,
  story,
  motion,
  base,
  classroom,
  actions,
  words,
  wordsFailed,
  notice,
}: RunProps) {
  const { t } = useTranslation();
  const snapshot = useSelector(run, (s) => s);
  const place = placeOf(snapshot);
  // The journey's palette follows the place (src/ui/palette.css); an ending has its own.
  const current = place.kind === 'scene' ? story.scenes[place.id] : undefined;
  useSoundscape(audio, current?.place, current?.sound);
  // The run so far, told by the story's one interpreter: the journey's steps and the route's places.
  const { seed, log } = snapshot.context;
  const steps = useMemo(() => journeyOf(story, seed, log), [story, seed, log]);
  const route = useMemo(() => routeAlong(story, steps), [story, steps]);
  const choose = useCallback(
    (choiceId: string) => {
      audio?.cue('choice');
      session.send({ type: 'choice.select', choiceId });
    },
    [session, audio],
  );

  const back =
    canGoBack(classroom) && log.length > 0 ? (
      <p className="undo">
        <button type="button" onClick={() => session.send({ type: 'run.undo' })}>
          {t('goBack')}
        </button>
      </p>
    ) : null;

  const status = notice ? (
    <p className="notice" role="status">
      {notice}
    </p>
  ) : null;

  const hasWords = (chapter: string) =>
    chapter === 'endings' ? Object.keys(words.endings).length > 0 : chapter in words.chapters;
  const waiting = (
    <WaitingForWords
      failed={wordsFailed}
      onRetry={() => session.send({ type: 'words.retry' })}
      loading={t('loadingWords')}
    />
  );
  if (place.kind === 'ending') {
    if (!hasWords('endings')) return waiting;
    const ending = story.endings[place.id];
    return ending ? (
      <>
        {status}
        <SceneTransition id={`ending:${ending.id}`} motion={motion}>
          <DocumentStage stage="ending" />
          <EndingView
            key={ending.id}
            story={story}
            ending={ending}
            outcome={outcomeInto(steps, ending.id)}
            journey={{ choices: log.length, vars: snapshot.context.vars, steps }}
            route={route}
            actions={actions(ending)}
            onPlayAgain={() => session.send({ type: 'run.again' })}
          />
        </SceneTransition>
        {back}
      </>
    ) : null;
  }
  const scene = story.scenes[place.id];
  if (!scene) return null;
  if (!hasWords(scene.chapter)) return waiting;
  const chapterIndex = story.chapters.findIndex((c) => c.id === scene.chapter);
  const chapter = story.chapters[chapterIndex];
  // A chapter opens at its first scene, or wherever a run comes into it from another chapter (the
  // way through Mongolia enters the last chapter part-way).
  const cameFrom = steps.at(-1)?.scene.chapter;
  const chapterOpens = chapter?.start === scene.id || (cameFrom !== undefined && cameFrom !== scene.chapter);
  // In class, the chapter just finished is talked over before the next one begins.
  const left = cameFrom !== undefined && cameFrom !== scene.chapter ? cameFrom : story.chapters[chapterIndex - 1]?.id;
  const finished =
    discusses(classroom) && chapterOpens && chapterIndex > 0 ? story.chapters.find((c) => c.id === left) : undefined;
  return (
    <>
      {status}
      <SceneTransition id={`${scene.id}:${log.length}`} motion={motion}>
        <DocumentStage stage={stageOf(scene.place, scene.chapter)} />
        <SceneView
          key={`${scene.id}:${log.length}`}
          story={story}
          scene={scene}
          base={base}
          outcome={outcomeInto(steps, scene.id)}
          choices={openChoices(scene, snapshot.context.vars)}
          chapterOpens={chapterOpens}
          {...(chapterOpens && chapterIndex > 0 ? { route } : {})}
          {...(finished && finished.questions.length > 0
            ? { discussion: { chapter: finished.title, questions: finished.questions } }
            : {})}
          onChoose={choose}
        />
      </SceneTransition>
      {back}
    </>
  );
}

/** Shown in place of a scene whose words are still on their way, or could not be fetched. */
function WaitingForWords({ failed, onRetry, loading }: { failed: boolean; onRetry: () => void; loading: string }) {
  const { t } = useTranslation();
  if (!failed)
    return (
      <p className="notice" role="status">
        {loading}
      </p>
    );
  return (
    <div className="notice" role="alert">
      <p>{t('wordsFailed')}</p>
      <button type="button" onClick={onRetry}>
        {t('tryAgain')}
      </button>
    </div>
  );
}
