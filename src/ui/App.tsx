/** The player: title screen, then the run (scenes and an ending), saving after every choice. */
import { useSelector } from '@xstate/react';
import type { i18n } from 'i18next';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { createActor, type Actor, type SnapshotFrom } from 'xstate';
import { createStoryMachine, placeOf, type StoryMachine } from '../engine/machine.ts';
import { newSeed } from '../engine/random.ts';
import { replay } from '../engine/replay.ts';
import { clearSave, readSave, SAVE_FORMAT, writeSave, type SaveRead, type StorageLike } from '../engine/save.ts';
import { openChoices } from '../engine/step.ts';
import type { CompiledStory } from '../engine/story.ts';
import { applyText } from '../engine/text.ts';
import type { Params } from '../app/params.ts';
import { saveLanguage } from '../i18n/choose.ts';
import { applyDocumentLanguage, switchInterface } from '../i18n/i18n.ts';
import type { Locale } from '../i18n/languages.ts';
import type { LocaleBundle } from '../i18n/load.ts';
import { EndingView } from './EndingView.tsx';
import { SceneView } from './SceneView.tsx';
import { Settings } from './Settings.tsx';
import { TitleScreen } from './TitleScreen.tsx';

export interface AppProps {
  /** The story's shape; its words come from `words`. */
  story: CompiledStory;
  params: Params;
  storage: StorageLike;
  /** False when the browser's storage is blocked and `storage` lasts only while the page is open. */
  persistent: boolean;
  locale: Locale;
  words: LocaleBundle;
  i18n: i18n;
  /** Fetches another language's words (a dynamic import in the browser). */
  loadWords: (locale: Locale) => Promise<LocaleBundle>;
}

/** A message for the player, kept as a key so it follows a change of language. */
export type NoticeKey = 'savedRunCorrupt' | 'savedRunOutdated' | 'savedRunBlocked' | 'saveFailed' | 'languageFailed';

export function App(props: AppProps) {
  return (
    <I18nextProvider i18n={props.i18n}>
      <Player {...props} />
    </I18nextProvider>
  );
}

function Player({ story, params, storage, persistent, locale, words, i18n, loadWords }: AppProps) {
  const { t } = useTranslation();
  const machine = useMemo(() => createStoryMachine(story), [story]);
  const [language, setLanguage] = useState({ locale, words });
  const localized = useMemo(() => applyText(story, language.words.story), [story, language.words]);
  const [saved] = useState<SaveRead>(() => readSave(storage, story.hash));
  const [notice, setNotice] = useState<NoticeKey | undefined>(() => noticeFor(saved, persistent));
  const [actor, setActor] = useState<Actor<StoryMachine>>();
  const switching = useRef<Locale | undefined>(undefined);

  const changeLanguage = useCallback(
    async (next: Locale) => {
      switching.current = next;
      let bundle: LocaleBundle;
      try {
        bundle = await loadWords(next);
      } catch {
        if (switching.current === next) setNotice('languageFailed');
        return;
      }
      // A quicker later choice wins over a slower earlier one.
      if (switching.current !== next) return;
      await switchInterface(i18n, next, bundle.ui);
      saveLanguage(storage, next);
      setLanguage({ locale: next, words: bundle });
      setNotice((current) => (current === 'languageFailed' ? undefined : current));
    },
    [i18n, loadWords, storage],
  );

  const begin = useCallback(() => {
    clearSave(storage);
    setNotice(persistent ? undefined : 'savedRunBlocked');
    setActor(createActor(machine, { input: { seed: params.seed ?? newSeed() } }).start());
  }, [machine, params.seed, persistent, storage]);

  const resume = useCallback(() => {
    if (saved.status !== 'found') return;
    const result = replay(machine, saved.save.seed, saved.save.choices);
    if (!result.ok) {
      clearSave(storage);
      setNotice('savedRunCorrupt');
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
        savedAt: Date.now(),
      });
      if (!ok) setNotice('saveFailed');
    };
    persist(actor.getSnapshot());
    const subscription = actor.subscribe(persist);
    return () => subscription.unsubscribe();
  }, [actor, storage, story.hash]);

  // <html lang dir> changes in the same frame as the words, never before them (the prerendered
  // English title screen stays until the chosen language replaces it).
  useLayoutEffect(() => {
    applyDocumentLanguage(language.locale);
  }, [language.locale]);

  const onLanguage = useCallback((next: Locale) => void changeLanguage(next), [changeLanguage]);
  const noticeText = notice ? t(notice) : undefined;

  return (
    <main id="main" className="page">
      {actor ? (
        <>
          <Settings locale={language.locale} onLanguage={onLanguage} />
          <Run
            story={localized}
            actor={actor}
            notice={noticeText}
            onPlayAgain={playAgain}
            onChose={() => setNotice(undefined)}
          />
        </>
      ) : (
        <TitleScreen
          story={localized}
          locale={language.locale}
          onLanguage={onLanguage}
          {...(saved.status === 'found' ? { saved: saved.save } : {})}
          {...(noticeText ? { notice: noticeText } : {})}
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
        <EndingView
          key={ending.id}
          story={story}
          ending={ending}
          journey={{ choices: snapshot.context.log.length, vars: snapshot.context.vars }}
          onPlayAgain={onPlayAgain}
        />
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

function noticeFor(read: SaveRead, persistent: boolean): NoticeKey | undefined {
  if (!persistent) return 'savedRunBlocked';
  if (read.status !== 'discarded') return undefined;
  return read.reason === 'outdated'
    ? 'savedRunOutdated'
    : read.reason === 'blocked'
      ? 'savedRunBlocked'
      : 'savedRunCorrupt';
}
