/** The player: title screen, then the run (scenes and an ending), saving after every choice. */
import { useSelector } from '@xstate/react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { createActor, type Actor, type SnapshotFrom } from 'xstate';
import { createStoryMachine, placeOf, type StoryMachine } from '../engine/machine.ts';
import { newSeed } from '../engine/random.ts';
import { replay } from '../engine/replay.ts';
import { clearSave, readSave, SAVE_FORMAT, writeSave, type SaveRead, type StorageLike } from '../engine/save.ts';
import { openChoices } from '../engine/step.ts';
import type { CompiledStory } from '../engine/story.ts';
import type { Params } from '../app/params.ts';
import { t } from '../i18n/strings.ts';
import { EndingView } from './EndingView.tsx';
import { SceneView } from './SceneView.tsx';
import { TitleScreen } from './TitleScreen.tsx';

export interface AppProps {
  story: CompiledStory;
  params: Params;
  storage: StorageLike;
  /** False when the browser's storage is blocked and `storage` lasts only while the page is open. */
  persistent: boolean;
}

export function App({ story, params, storage, persistent }: AppProps) {
  const machine = useMemo(() => createStoryMachine(story), [story]);
  const [saved] = useState<SaveRead>(() => readSave(storage, story.hash));
  const [notice, setNotice] = useState<string | undefined>(() => noticeFor(saved, persistent));
  const [actor, setActor] = useState<Actor<StoryMachine>>();

  const begin = useCallback(() => {
    clearSave(storage);
    setNotice(persistent ? undefined : t('savedRunBlocked'));
    setActor(createActor(machine, { input: { seed: params.seed ?? newSeed() } }).start());
  }, [machine, params.seed, persistent, storage]);

  const resume = useCallback(() => {
    if (saved.status !== 'found') return;
    const result = replay(machine, saved.save.seed, saved.save.choices);
    if (!result.ok) {
      clearSave(storage);
      setNotice(t('savedRunCorrupt'));
    } else setNotice(undefined);
    setActor(result.actor);
  }, [machine, saved, storage]);

  const playAgain = useCallback(() => {
    clearSave(storage);
    setNotice(undefined);
    setActor(createActor(machine, { input: { seed: newSeed() } }).start());
  }, [machine, storage]);

  // Save at the start and after every choice: the seed and the choices made replay the run exactly.
  useEffect(() => {
    if (!actor) return;
    const persist = ({ context }: SnapshotFrom<StoryMachine>) => {
      const ok = writeSave(storage, {
        format: SAVE_FORMAT,
        story: story.hash,
        seed: context.seed,
        choices: context.log,
      });
      if (!ok) setNotice(t('saveFailed'));
    };
    persist(actor.getSnapshot());
    const subscription = actor.subscribe(persist);
    return () => subscription.unsubscribe();
  }, [actor, storage, story.hash]);

  return (
    <main id="main" className="page">
      {actor ? (
        <Run story={story} actor={actor} notice={notice} onPlayAgain={playAgain} onChose={() => setNotice(undefined)} />
      ) : (
        <TitleScreen
          story={story}
          canContinue={saved.status === 'found'}
          {...(notice ? { notice } : {})}
          onBegin={begin}
          onContinue={resume}
        />
      )}
    </main>
  );
}

interface RunProps {
  story: CompiledStory;
  actor: Actor<StoryMachine>;
  notice: string | undefined;
  onPlayAgain: () => void;
  onChose: () => void;
}

function Run({ story, actor, notice, onPlayAgain, onChose }: RunProps) {
  const snapshot = useSelector(actor, (s) => s);
  const place = placeOf(snapshot);
  const choose = useCallback(
    (choiceId: string) => {
      onChose();
      actor.send({ type: 'choice.select', choiceId });
    },
    [actor, onChose],
  );

  const status = notice ? (
    <p className="notice" role="status">
      {notice}
    </p>
  ) : null;

  if (place.kind === 'ending') {
    const ending = story.endings[place.id];
    return ending ? (
      <>
        {status}
        <EndingView key={ending.id} story={story} ending={ending} onPlayAgain={onPlayAgain} />
      </>
    ) : null;
  }
  const scene = story.scenes[place.id];
  if (!scene) return null;
  const chapter = story.chapters.find((c) => c.id === scene.chapter);
  return (
    <>
      {status}
      <SceneView
        key={`${scene.id}:${snapshot.context.log.length}`}
        story={story}
        scene={scene}
        choices={openChoices(scene, snapshot.context.vars)}
        chapterOpens={chapter?.start === scene.id}
        onChoose={choose}
      />
    </>
  );
}

function noticeFor(read: SaveRead, persistent: boolean): string | undefined {
  if (!persistent) return t('savedRunBlocked');
  if (read.status !== 'discarded') return undefined;
  return read.reason === 'outdated'
    ? t('savedRunOutdated')
    : read.reason === 'blocked'
      ? t('savedRunBlocked')
      : t('savedRunCorrupt');
}
