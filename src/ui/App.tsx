/** The player: title screen, then the run (scenes and an ending), saving after every choice. */
import { useSelector } from '@xstate/react';
import type { i18n } from 'i18next';
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { createActor, type Actor, type SnapshotFrom } from 'xstate';
import { createStoryMachine, placeOf, type StoryMachine } from '../engine/machine.ts';
import { newSeed } from '../engine/random.ts';
import { replay } from '../engine/replay.ts';
import { clearSave, readSave, SAVE_FORMAT, writeSave, type SaveRead, type StorageLike } from '../engine/save.ts';
import type { ChapterStart } from '../engine/chapter-starts.ts';
import { journeyOf, outcomeInto } from '../engine/journey.ts';
import { routeAlong } from '../map/route.ts';
import { openChoices } from '../engine/step.ts';
import type { CompiledStory, EndingDef } from '../engine/story.ts';
import { applyText, hasAllText, joinText, type RestText } from '../engine/text.ts';
import type { Updates } from '../app/offline.ts';
import type { Audio } from '../audio/audio.ts';
import { SoundBar } from '../audio/SoundBar.tsx';
import { useSoundscape } from '../audio/useSoundscape.ts';
import type { Params } from '../app/params.ts';
import type { Campaign, SignOffer } from '../campaign/campaign.ts';
import { ignore, type Report, type StoryEvent } from '../embed/bridge.ts';
import type { Theme } from '../embed/theme.ts';
import { LinkFallback, useNewWindowLinks } from '../embed/LinkFallback.tsx';
import type { Outbox } from '../sign/outbox.ts';
import { RoomJoin } from '../room/RoomJoin.tsx';
import { useClassRoom } from '../room/useClassRoom.ts';
import { saveLanguage } from '../i18n/choose.ts';
import { applyDocumentLanguage, switchInterface } from '../i18n/i18n.ts';
import type { Locale } from '../i18n/languages.ts';
import type { LocaleBundle } from '../i18n/load.ts';
import { EndingView } from './EndingView.tsx';
import { SceneView } from './SceneView.tsx';
import { Settings } from './Settings.tsx';
import { TitleScreen } from './TitleScreen.tsx';
import { applyPreferences, readPreferences, writePreferences, type Preferences } from './preferences.ts';
import { loadMotion, SceneTransition } from './SceneTransition.tsx';
import { stageOf } from './stage.ts';
import { useDocumentStage } from './useDocumentStage.ts';

const loadEndingActions = () => import('./EndingActions.tsx');
const EndingActions = lazy(loadEndingActions);

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
  /** Fetches a language's opening words and interface strings (a dynamic import in the browser). */
  loadWords: (locale: Locale) => Promise<LocaleBundle>;
  /** Fetches the rest of a language's story text: later chapters and endings. */
  loadRest: (locale: Locale) => Promise<RestText>;
  campaign: Campaign;
  /** How the ending offers to sign on this page (a form, a link, nothing). */
  offer: SignOffer;
  /** Where signatures wait until delivered; undefined when no form can deliver. */
  outbox?: Outbox;
  /** The app's base path (Vite's BASE_URL), for links to the share pages. */
  base: string;
  /** Chapter id → a real run to its first scene, for `?chapter=N` (built by the story plugin). */
  chapterStarts: Record<string, ChapterStart>;
  /** News of a new version, from the service worker (undefined where none runs). */
  updates?: Updates;
  /** The story's sound (off until the player turns it on); none in tests that do not need it. */
  audio?: Audio;
  /** Hears the story's events: the embed's host page, opt-in counting (src/embed/). */
  report?: Report;
  /** True inside another page's frame, whose sandbox may not let links open new windows. */
  framed?: boolean;
  /** Asks the host page to open a link the frame could not. */
  openLink?: (url: string) => void;
  /** A campaigner's colours, applied to `<html>` (src/embed/theme.ts): high contrast sets them aside. */
  theme?: Theme;
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

function Player(props: AppProps) {
  const { story, params, storage, persistent, locale, words, i18n, loadWords, loadRest, outbox, chapterStarts } = props;
  const [classroom, setClassroom] = useState(params.mode === 'classroom');
  // In class nothing is reported beyond the start, and no signature waiting from before is sent.
  const classroomNow = useRef(classroom);
  useEffect(() => {
    classroomNow.current = classroom;
    outbox?.hold(classroom);
  }, [classroom, outbox]);
  // A class room (src/room/) hears the run's choices and endings, to its own server only.
  const room = useClassRoom(params.room, storage, () => setClassroom(true));
  const { hear } = room;
  const reportTo = props.report ?? ignore;
  const report = useCallback(
    (event: StoryEvent) => {
      hear(event);
      if (!classroomNow.current || event.type === 'ready') reportTo(event);
    },
    [hear, reportTo],
  );
  useEffect(() => {
    report({ type: 'ready', lang: locale, mode: classroomNow.current ? 'classroom' : 'standard' });
    // Once, for the page as it opened.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const newWindowLinks = useNewWindowLinks(props.framed ?? false, props.openLink);

  // Motion, text size and contrast: remembered, and read by the style sheets off <html>.
  const [preferences, setPreferences] = useState<Preferences>(() => readPreferences(storage));
  const changePreferences = useCallback(
    (next: Preferences) => {
      setPreferences(next);
      writePreferences(storage, next);
    },
    [storage],
  );
  const { theme } = props;
  useLayoutEffect(() => {
    const root = document.documentElement;
    applyPreferences(root, preferences);
    // High contrast wins over a campaigner's colours, which sit inline on <html>.
    for (const [name, value] of Object.entries(theme?.properties ?? {}))
      if (preferences.contrast === 'high') root.style.removeProperty(name);
      else root.style.setProperty(name, value);
  }, [preferences, theme]);
  const [updateReady, setUpdateReady] = useState(false);
  useEffect(() => props.updates?.subscribe(() => setUpdateReady(true)), [props.updates]);
  const { t } = useTranslation();
  const machine = useMemo(() => createStoryMachine(story), [story]);
  const [language, setLanguage] = useState({ locale, words });
  const localized = useMemo(() => applyText(story, language.words.story), [story, language.words]);
  const [saved] = useState<SaveRead>(() => readSave(storage, story.hash));
  const [notice, setNotice] = useState<NoticeKey | undefined>(() => noticeFor(saved, persistent));
  const [actor, setActor] = useState<Actor<StoryMachine>>();
  const switching = useRef<Locale | undefined>(undefined);
  const complete = hasAllText(story, language.words.story);
  const [restFailed, setRestFailed] = useState(false);

  const [restAttempt, setRestAttempt] = useState(0);

  // The later chapters' words arrive while the player reads the first.
  useEffect(() => {
    if (complete) return;
    const wanted = language.locale;
    let current = true;
    loadRest(wanted).then(
      (rest) => {
        if (!current) return;
        setLanguage((now) =>
          now.locale === wanted ? { ...now, words: { ...now.words, story: joinText(now.words.story, rest) } } : now,
        );
      },
      () => {
        if (current) setRestFailed(true);
      },
    );
    return () => {
      current = false;
    };
  }, [complete, language.locale, loadRest, restAttempt]);
  const retryRest = useCallback(() => {
    setRestFailed(false);
    setRestAttempt((n) => n + 1);
  }, []);

  const changeLanguage = useCallback(
    async (next: Locale) => {
      switching.current = next;
      let bundle: LocaleBundle;
      try {
        // The whole language at once, so a switch mid-story shows the scene in the new words.
        const [start, rest] = await Promise.all([loadWords(next), loadRest(next)]);
        bundle = { ...start, story: joinText(start.story, rest) };
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
    [i18n, loadRest, loadWords, storage],
  );

  const begin = useCallback(() => {
    clearSave(storage);
    setNotice(persistent ? undefined : 'savedRunBlocked');
    // ?chapter=N begins where a real run reaches that chapter, with the state it has there.
    const chapter = params.chapter === undefined ? undefined : story.chapters[params.chapter - 1];
    const start = chapter && chapterStarts[chapter.id];
    if (start && start.choices.length > 0) setActor(replay(machine, start.seed, start.choices).actor);
    else setActor(createActor(machine, { input: { seed: params.seed ?? newSeed() } }).start());
  }, [chapterStarts, machine, params.chapter, params.seed, persistent, story.chapters, storage]);

  /** Classroom mode's "what if?": the run replayed without its last choice. */
  const undo = useCallback(() => {
    if (!actor) return;
    const { seed, log } = actor.getSnapshot().context;
    if (log.length === 0) return;
    hear({ type: 'undo' });
    setNotice(undefined);
    setActor(replay(machine, seed, log.slice(0, -1)).actor);
  }, [actor, hear, machine]);

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
    report({ type: 'cta', action: 'replay' });
    clearSave(storage);
    setNotice(undefined);
    setActor(createActor(machine, { input: { seed: newSeed() } }).start());
  }, [machine, report, storage]);

  // The run's events, for the page around an embed and for counting: each scene entered, each
  // choice made (with the scene it was made in), the ending reached.
  useEffect(() => {
    if (!actor) return;
    let before = placeOf(actor.getSnapshot());
    let choices = actor.getSnapshot().context.log.length;
    const entered = (place: ReturnType<typeof placeOf>) => {
      if (place.kind === 'ending') report({ type: 'ending', ending: place.id });
      else report({ type: 'scene', scene: place.id, chapter: story.scenes[place.id]?.chapter ?? '' });
    };
    entered(before);
    const subscription = actor.subscribe((snapshot) => {
      const place = placeOf(snapshot);
      const log = snapshot.context.log;
      if (log.length > choices && before.kind === 'scene')
        report({ type: 'choice', scene: before.id, choice: log[log.length - 1]! });
      choices = log.length;
      if (place.kind !== before.kind || place.id !== before.id) entered(place);
      before = place;
    });
    return () => subscription.unsubscribe();
  }, [actor, report, story.scenes]);

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
  // Marks the page as run by the app, not the prerendered HTML: tests and embeds wait for it.
  useLayoutEffect(() => {
    document.documentElement.dataset.app = 'ready';
  }, []);
  // After the first paint: the scene transitions' animation, ready for Begin, and the ending's
  // actions, ready long before an ending (and cached for offline play).
  useEffect(() => {
    loadMotion().catch(() => undefined);
    loadEndingActions().catch(() => undefined);
  }, []);

  const [signatures, setSignatures] = useState(() => signaturesKept(outbox));
  useEffect(() => outbox?.subscribe(() => setSignatures(signaturesKept(outbox))), [outbox]);
  const signatureNotice = [
    signatures.refused ? t('pendingSignatureRefused') : signatures.waiting ? t('pendingSignature') : '',
    signatures.unreadable ? t('signUnreadable') : '',
  ];

  const onLanguage = useCallback((next: Locale) => void changeLanguage(next), [changeLanguage]);
  const noticeText = notice ? t(notice) : undefined;

  return (
    <main id="main" className="page">
      {updateReady && (
        <p className="notice update" role="status">
          {t('updateReady')}{' '}
          <button type="button" onClick={() => props.updates?.apply()}>
            {t('updateReload')}
          </button>
        </p>
      )}
      {newWindowLinks.blocked && <LinkFallback url={newWindowLinks.blocked} onClose={newWindowLinks.dismiss} />}
      {actor ? (
        <>
          <Settings
            locale={language.locale}
            onLanguage={onLanguage}
            preferences={preferences}
            onPreferences={changePreferences}
            audio={props.audio}
          />
          <Run
            audio={props.audio}
            story={localized}
            motion={preferences.motion}
            base={props.base}
            classroom={classroom}
            onUndo={undo}
            actions={(ending) => (
              // Nothing in its place while the chunk arrives: the ending's own words are already there.
              <Suspense fallback={null}>
                <EndingActions
                  {...props}
                  report={report}
                  story={localized}
                  locale={language.locale}
                  ending={ending}
                  classroom={classroom}
                />
              </Suspense>
            )}
            hasWords={(chapter) =>
              chapter === 'endings'
                ? Object.keys(language.words.story.endings).length > 0
                : chapter in language.words.story.chapters
            }
            wordsFailed={restFailed}
            onRetryWords={retryRest}
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
          {...(noticeText || signatureNotice.some(Boolean)
            ? { notice: [noticeText, ...signatureNotice].filter(Boolean).join(' ') }
            : {})}
          {...(outbox && (signatures.refused || signatures.unreadable)
            ? {
                noticeActions: (
                  <>
                    {signatures.refused && (
                      <button type="button" onClick={() => void outbox.retryNow()}>
                        {t('tryAgain')}
                      </button>
                    )}
                    {signatures.unreadable && (
                      <button type="button" onClick={outbox.forgetUnreadable}>
                        {t('signUnreadableForget')}
                      </button>
                    )}
                  </>
                ),
              }
            : {})}
          classroom={classroom}
          onClassroom={setClassroom}
          room={<RoomJoin room={room} />}
          onBegin={begin}
          onContinue={resume}
          audio={props.audio}
        />
      )}
      {props.audio && <SoundBar audio={props.audio} />}
    </main>
  );
}

interface RunProps {
  story: CompiledStory;
  /** The reader's motion setting, for the scene transitions. */
  motion: Preferences['motion'];
  /** The app's base path, for the scenes' pictures. */
  base: string;
  /** Classroom mode: discussion questions between chapters, and going back one choice. */
  classroom: boolean;
  onUndo: () => void;
  /** What the player can do at an ending (sign, share, learn more). */
  actions: (ending: EndingDef) => ReactNode;
  /** Whether a chapter's words (or, for `endings`, the endings') have arrived. */
  hasWords: (chapter: string) => boolean;
  wordsFailed: boolean;
  onRetryWords: () => void;
  actor: Actor<StoryMachine>;
  notice: string | undefined;
  onPlayAgain: () => void;
  onChose: () => void;
  audio?: Audio | undefined;
}

function Run({
  audio,
  story,
  motion,
  base,
  classroom,
  onUndo,
  actions,
  hasWords,
  wordsFailed,
  onRetryWords,
  actor,
  notice,
  onPlayAgain,
  onChose,
}: RunProps) {
  const { t } = useTranslation();
  const snapshot = useSelector(actor, (s) => s);
  const place = placeOf(snapshot);
  // The journey's palette follows the place (src/ui/palette.css); an ending has its own.
  const current = place.kind === 'scene' ? story.scenes[place.id] : undefined;
  useDocumentStage(place.kind === 'ending' ? 'ending' : current && stageOf(current.place, current.chapter));
  useSoundscape(audio, current?.place, current?.sound);
  // The run so far, replayed from its seed and choices: the journey's steps and the route's places.
  const { seed, log } = snapshot.context;
  const steps = useMemo(() => journeyOf(story, seed, log), [story, seed, log]);
  const route = useMemo(() => routeAlong(story, steps), [story, steps]);
  const choose = useCallback(
    (choiceId: string) => {
      onChose();
      audio?.cue('choice');
      actor.send({ type: 'choice.select', choiceId });
    },
    [actor, audio, onChose],
  );

  const back =
    classroom && snapshot.context.log.length > 0 ? (
      <p className="undo">
        <button type="button" onClick={onUndo}>
          {t('goBack')}
        </button>
      </p>
    ) : null;

  const status = notice ? (
    <p className="notice" role="status">
      {notice}
    </p>
  ) : null;

  const waiting = <WaitingForWords failed={wordsFailed} onRetry={onRetryWords} loading={t('loadingWords')} />;
  if (place.kind === 'ending') {
    if (!hasWords('endings')) return waiting;
    const ending = story.endings[place.id];
    return ending ? (
      <>
        {status}
        <SceneTransition id={`ending:${ending.id}`} motion={motion}>
          <EndingView
            key={ending.id}
            story={story}
            ending={ending}
            outcome={outcomeInto(steps, ending.id)}
            journey={{
              choices: snapshot.context.log.length,
              vars: snapshot.context.vars,
              steps,
            }}
            route={route}
            actions={actions(ending)}
            onPlayAgain={onPlayAgain}
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
    classroom && chapterOpens && chapterIndex > 0 ? story.chapters.find((c) => c.id === left) : undefined;
  return (
    <>
      {status}
      <SceneTransition id={`${scene.id}:${snapshot.context.log.length}`} motion={motion}>
        <SceneView
          key={`${scene.id}:${snapshot.context.log.length}`}
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

/** What the title screen says of the signatures this device keeps. */
function signaturesKept(outbox: Outbox | undefined): { waiting: boolean; refused: boolean; unreadable: boolean } {
  const entries = outbox?.entries() ?? [];
  return {
    waiting: entries.length > 0,
    refused: entries.some((entry) => entry.status === 'rejected'),
    unreadable: (outbox?.unreadable() ?? 0) > 0,
  };
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
