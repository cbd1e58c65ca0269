/**
 * The session: the app's life as an XState machine, apart from any view. The title screen, a run,
 * its ending; begin, continue, undo, play again; the language, and the story's later words arriving
 * (or not). It spawns the story actor for each run (replaying the saved choices into it), stops the
 * one it replaces, and owns
 * what follows from a run: the save after every choice, and the reports to the page around an embed
 * and to counting (under classroom mode's rules, classroom.ts). Views select from it and send to it.
 *
 * Everything the story tells (a scene entered, a choice made, an ending reached) the session emits
 * again, for the page's whole life, whatever run is playing: `session.on('choice', listener)` is
 * where a feature that follows the story subscribes (docs/architecture.md). Those events are not
 * filtered by classroom mode; whoever sends them anywhere applies its rules.
 */
import { assign, emit, fromPromise, raise, setup, stopChild, type ActorRefFrom, type SnapshotFrom } from 'xstate';
import type { ChapterStart } from '../engine/chapter-starts.ts';
import { arrivalAt, type StoryEvent } from '../engine/events.ts';
import { createStoryMachine, placeOf, type StoryMachine } from '../engine/machine.ts';
import { newSeed } from '../engine/random.ts';
import {
  clearSave,
  readSave,
  SAVE_FORMAT,
  writeSave,
  type Save,
  type SaveRead,
  type StorageLike,
} from '../engine/save.ts';
import type { CompiledStory } from '../engine/story.ts';
import { hasAllText, joinText, type RestText } from '../engine/text.ts';
import type { Report } from '../embed/bridge.ts';
import type { AppEvent } from '../embed/protocol.ts';
import type { Locale } from '../i18n/languages.ts';
import type { LocaleBundle } from '../i18n/load.ts';
import { heardOutside, holdsSignatures } from './classroom.ts';
import { noticeFor, type NoticeKey } from './notices.ts';
import type { Params } from './params.ts';

export type { NoticeKey } from './notices.ts';

/** What the session works with, given once for the page's life. */
export interface SessionDeps {
  story: CompiledStory;
  params: Params;
  storage: StorageLike;
  /** False when the browser's storage is blocked and `storage` lasts only while the page is open. */
  persistent: boolean;
  /** The language the page opened in, and its words (the opening chapter's, or all of them). */
  locale: Locale;
  words: LocaleBundle;
  /** Chapter id → a real run to its first scene, for `?chapter=N`. */
  chapterStarts: Record<string, ChapterStart>;
  /** Fetches a language's opening words and interface strings. */
  loadWords: (locale: Locale) => Promise<LocaleBundle>;
  /** Fetches the rest of a language's story text: later chapters and endings. */
  loadRest: (locale: Locale) => Promise<RestText>;
  /** Shows a language's interface strings and remembers the choice (i18next, storage). */
  applyLanguage: (locale: Locale, bundle: LocaleBundle) => Promise<void>;
  /** Hears what the app reports outside: the embed's host page, opt-in counting. */
  report?: Report | undefined;
  /** Where signatures wait: held while classroom mode is on. */
  outbox?: { hold: (held: boolean) => void } | undefined;
  /**
   * The title screen's outcome, when the page showed it before this session (src/ui/App.tsx: the
   * run's code is loaded at Begin): the session opens straight into the run, Begin's or Continue's,
   * and leaves the page's opening (`ready`) reported once, by the page.
   */
  opening?: { start: 'begin' | 'continue'; classroom: boolean } | undefined;
}

export interface SessionContext {
  classroom: boolean;
  language: { locale: Locale; words: LocaleBundle };
  /** The save found when the page opened: what Continue resumes. */
  saved: SaveRead;
  notice: NoticeKey | undefined;
  /** The story actor of the run being played; none on the title screen. */
  run: ActorRefFrom<StoryMachine> | undefined;
  /** How many runs were started: each story actor gets an id of its own. */
  runs: number;
  /** How the newest run started, until its replay is checked. */
  opening: RunStart | undefined;
}

export type SessionEvent =
  | { type: 'run.begin' }
  | { type: 'run.continue' }
  | { type: 'run.undo' }
  | { type: 'run.again' }
  | { type: 'choice.select'; choiceId: string }
  | { type: 'classroom.set'; on: boolean }
  | { type: 'language.change'; locale: Locale }
  | { type: 'words.retry' }
  /** A call to action taken in a view (sign, share, learn more), for the page around an embed. */
  | { type: 'report'; event: AppEvent }
  // From the session's own actions and the story actor it runs:
  /** A run started, with the choices replayed into it (none for a new one). */
  | { type: 'run.opened'; seed: number; log: readonly string[] }
  | { type: 'story.event'; event: StoryEvent }
  | { type: 'save.failed' }
  | { type: 'words.check' };

/**
 * What the session emits: the story's events, and `undo` when a choice is taken back (the run is
 * replayed without it, so the story itself tells nothing: a class room's count must drop).
 */
export type SessionEmitted = StoryEvent | { type: 'undo' };

/** Builds the session machine for one page. */
export function createSessionMachine(deps: SessionDeps) {
  const { story, storage, params } = deps;
  const machine = createStoryMachine(story);
  const outside = deps.report ?? (() => undefined);

  const beginRun = {
    target: 'running',
    actions: ['clearSave', 'noticeFresh', 'stopRun', { type: 'spawnRun', params: beginning }, 'replayRun'],
  } as const;
  const continueRun = {
    target: 'running',
    actions: [
      'clearNotice',
      'stopRun',
      { type: 'spawnRun', params: ({ context }: { context: SessionContext }) => savedRun(context.saved) },
      'replayRun',
    ],
  } as const;

  return setup({
    types: {
      context: {} as SessionContext,
      events: {} as SessionEvent,
      emitted: {} as SessionEmitted,
    },
    actors: {
      story: machine,
      switchLanguage: fromPromise<SessionContext['language'], { locale: Locale }>(async ({ input, signal }) => {
        // The whole language at once, so a switch mid-story shows the scene in the new words.
        const [start, rest] = await Promise.all([deps.loadWords(input.locale), deps.loadRest(input.locale)]);
        // A quicker later choice wins over a slower earlier one.
        if (signal.aborted) throw new Error('Another language was chosen.');
        const bundle = { ...start, story: joinText(start.story, rest) };
        await deps.applyLanguage(input.locale, bundle);
        return { locale: input.locale, words: bundle };
      }),
      loadRest: fromPromise<{ locale: Locale; rest: RestText }, { locale: Locale }>(async ({ input }) => ({
        locale: input.locale,
        rest: await deps.loadRest(input.locale),
      })),
    },
    guards: {
      hasSave: ({ context }) => context.saved.status === 'found',
      openedByPage: () => deps.opening !== undefined,
      continuesFromPage: ({ context }) => deps.opening?.start === 'continue' && context.saved.status === 'found',
      runEnded: ({ context }) => context.run?.getSnapshot().status === 'done',
      hasChoicesToUndo: ({ context }) => (context.run?.getSnapshot().context.log.length ?? 0) > 0,
      /** A log that no longer fits the story: a choice in it was not open where it was made. */
      replayFailed: ({ context }, params: { log: readonly string[] }) =>
        context.run?.getSnapshot().context.log.length !== params.log.length,
      isChoice: (_, params: { event: StoryEvent }) => params.event.type === 'choice',
      hasAllWords: ({ context }) => hasAllText(story, context.language.words.story),
    },
    actions: {
      // ---- Runs: each start spawns a story actor and replays a log into it (none for a new run).
      // The id of a run never started is no actor's: nothing to stop.
      stopRun: stopChild(({ context }) => context.run ?? 'none'),
      spawnRun: assign(({ context, spawn }, run: RunStart) => ({
        runs: context.runs + 1,
        run: spawn('story', { id: `run-${context.runs + 1}`, input: { seed: run.seed } }),
        opening: run,
      })),
      /** The run's choices go in before it starts (its mailbox keeps them); the session then checks it. */
      replayRun: ({ context, self }) => {
        const { run, opening } = context;
        if (!run || !opening) return;
        for (const choiceId of opening.log) run.send({ type: 'choice.select', choiceId });
        self.send({ type: 'run.opened', ...opening });
      },
      /** Every event of the run comes back to the session, which saves, reports and emits it. */
      listenToRun: ({ context, self }) => {
        const run = context.run;
        if (!run) return;
        run.on('*', (told) => self.send({ type: 'story.event', event: told }));
        // Where the run stands now (its start, or where a replay left it) is told once.
        self.send({ type: 'story.event', event: arrivalAt(story, placeOf(run.getSnapshot())) });
      },
      sendChoice: ({ context, event }) => {
        if (event.type === 'choice.select') context.run?.send({ type: 'choice.select', choiceId: event.choiceId });
      },

      // ---- The save: the seed and the choices made replay the run exactly.
      saveRun: ({ context, self }) => {
        const run = context.run?.getSnapshot().context;
        if (!run) return;
        const save: Save = {
          format: SAVE_FORMAT,
          story: story.hash,
          seed: run.seed,
          choices: run.log,
          savedAt: Date.now(),
        };
        if (!writeSave(storage, save)) self.send({ type: 'save.failed' });
      },
      clearSave: () => clearSave(storage),

      // ---- What the page around an embed and counting hear, and what subscribers hear.
      reportReady: ({ context }) =>
        !deps.opening &&
        report(context, {
          type: 'ready',
          lang: context.language.locale,
          mode: context.classroom ? 'classroom' : 'standard',
        }),
      reportReplay: ({ context }) => report(context, { type: 'cta', action: 'replay' }),
      reportEvent: ({ context }, params: { event: AppEvent }) => report(context, params.event),
      emitStoryEvent: emit((_, params: { event: StoryEvent }) => params.event),
      emitUndo: emit({ type: 'undo' } as const),

      // ---- Classroom mode.
      setClassroom: assign({
        classroom: ({ context, event }) => (event.type === 'classroom.set' ? event.on : context.classroom),
      }),
      holdSignatures: ({ context }) => deps.outbox?.hold(holdsSignatures(context.classroom)),

      // ---- Words.
      keepLanguage: assign({ language: (_, params: SessionContext['language']) => params }),
      addRest: assign({
        language: ({ context }, params: { locale: Locale; rest: RestText }) => {
          // Words for a language left meanwhile are not this one's.
          if (params.locale !== context.language.locale) return context.language;
          return {
            locale: context.language.locale,
            words: { ...context.language.words, story: joinText(context.language.words.story, params.rest) },
          };
        },
      }),
      checkWords: raise({ type: 'words.check' }),

      // ---- Notices.
      clearNotice: assign({ notice: undefined }),
      noticeFresh: assign({ notice: () => (deps.persistent ? undefined : ('savedRunBlocked' as const)) }),
      noticeCorrupt: assign({ notice: 'savedRunCorrupt' as const }),
      noticeSaveFailed: assign({ notice: 'saveFailed' as const }),
      noticeLanguageFailed: assign({ notice: 'languageFailed' as const }),
      clearLanguageNotice: assign({
        notice: ({ context }) => (context.notice === 'languageFailed' ? undefined : context.notice),
      }),
    },
  }).createMachine({
    id: 'session',
    type: 'parallel',
    context: () => {
      const saved = readSave(storage, story.hash);
      return {
        classroom: deps.opening?.classroom ?? params.mode === 'classroom',
        language: { locale: deps.locale, words: deps.words },
        saved,
        notice: noticeFor(saved, deps.persistent),
        run: undefined,
        runs: 0,
        opening: undefined,
      };
    },
    entry: ['holdSignatures', 'reportReady'],
    on: {
      'run.opened': [
        {
          // A saved log that no longer fits the story: the run starts over, and the player is told.
          guard: { type: 'replayFailed', params: ({ event }) => ({ log: event.log }) },
          actions: [
            'clearSave',
            'noticeCorrupt',
            'stopRun',
            { type: 'spawnRun', params: ({ context }) => fresh(context.run?.getSnapshot().context.seed) },
            'replayRun',
          ],
        },
        { actions: ['listenToRun', 'saveRun'] },
      ],
      'story.event': [
        {
          guard: { type: 'isChoice', params: ({ event }) => ({ event: event.event }) },
          actions: [
            'saveRun',
            { type: 'reportEvent', params: ({ event }) => ({ event: event.event }) },
            { type: 'emitStoryEvent', params: ({ event }) => ({ event: event.event }) },
          ],
        },
        {
          actions: [
            { type: 'reportEvent', params: ({ event }) => ({ event: event.event }) },
            { type: 'emitStoryEvent', params: ({ event }) => ({ event: event.event }) },
          ],
        },
      ],
      'save.failed': { actions: 'noticeSaveFailed' },
      report: { actions: { type: 'reportEvent', params: ({ event }) => ({ event: event.event }) } },
    },
    states: {
      run: {
        initial: 'title',
        states: {
          title: {
            // Opened from the page's own title screen: straight into the run it asked for; a save
            // gone meanwhile (another tab began anew) makes Continue a new run, as Begin's.
            always: [
              { guard: 'continuesFromPage', ...continueRun },
              { guard: 'openedByPage', ...beginRun },
            ],
            on: {
              'run.begin': beginRun,
              'run.continue': { guard: 'hasSave', ...continueRun },
              'classroom.set': { actions: ['setClassroom', 'holdSignatures'] },
            },
          },
          running: {
            always: { guard: 'runEnded', target: 'ended' },
            on: {
              'choice.select': { actions: ['clearNotice', 'sendChoice'] },
              'run.undo': {
                guard: 'hasChoicesToUndo',
                actions: [
                  'clearNotice',
                  'emitUndo',
                  'stopRun',
                  { type: 'spawnRun', params: ({ context }) => undone(context.run) },
                  'replayRun',
                ],
              },
            },
          },
          ended: {
            on: {
              'run.again': {
                target: 'running',
                actions: [
                  'reportReplay',
                  'clearSave',
                  'clearNotice',
                  'stopRun',
                  { type: 'spawnRun', params: () => fresh() },
                  'replayRun',
                ],
              },
              'run.undo': {
                guard: 'hasChoicesToUndo',
                target: 'running',
                actions: [
                  'clearNotice',
                  'emitUndo',
                  'stopRun',
                  { type: 'spawnRun', params: ({ context }) => undone(context.run) },
                  'replayRun',
                ],
              },
            },
          },
        },
      },
      words: {
        initial: 'checking',
        on: { 'words.check': '.checking' },
        states: {
          checking: { always: [{ guard: 'hasAllWords', target: 'complete' }, { target: 'loading' }] },
          // The later chapters' words arrive while the player reads the first.
          loading: {
            invoke: {
              src: 'loadRest',
              input: ({ context }) => ({ locale: context.language.locale }),
              onDone: { target: 'checking', actions: { type: 'addRest', params: ({ event }) => event.output } },
              onError: 'failed',
            },
          },
          failed: { on: { 'words.retry': 'loading' } },
          complete: {},
        },
      },
      language: {
        initial: 'settled',
        // Within this region: a transition from the region itself to its child, re-entering,
        // would have the whole machine as its domain and re-enter the run too (back to the title).
        states: {
          settled: { on: { 'language.change': 'switching' } },
          switching: {
            // A later choice of language starts its own load; the earlier one's is stopped.
            on: { 'language.change': { target: 'switching', reenter: true } },
            invoke: {
              src: 'switchLanguage',
              input: ({ event }) => ({ locale: event.type === 'language.change' ? event.locale : deps.locale }),
              onDone: {
                target: 'settled',
                actions: [
                  { type: 'keepLanguage', params: ({ event }) => event.output },
                  'clearLanguageNotice',
                  'checkWords',
                ],
              },
              onError: { target: 'settled', actions: 'noticeLanguageFailed' },
            },
          },
        },
      },
    },
  });

  /** Begin: at the story's start, or (`?chapter=N`) where a real run reaches that chapter, with its state. */
  function beginning(): RunStart {
    const chapter = params.chapter === undefined ? undefined : story.chapters[params.chapter - 1];
    const start = chapter && deps.chapterStarts[chapter.id];
    return start && start.choices.length > 0 ? { seed: start.seed, log: start.choices } : fresh(params.seed);
  }

  /** Reports outside, as classroom mode allows. */
  function report(context: SessionContext, event: AppEvent) {
    if (heardOutside(event, context.classroom)) outside(event);
  }
}

/** How a run starts: its seed, and the choices replayed into it. */
interface RunStart {
  seed: number;
  log: readonly string[];
}

/** A new run: from `seed` when one is given (`?seed=`, a broken save's), else a fresh one. */
function fresh(seed?: number): RunStart {
  return { seed: seed ?? newSeed(), log: [] };
}

/** Continue: the saved run. */
function savedRun(saved: SaveRead): RunStart {
  return saved.status === 'found' ? { seed: saved.save.seed, log: saved.save.choices } : fresh();
}

/** Classroom mode's "what if?": the run replayed without its last choice. */
function undone(run: ActorRefFrom<StoryMachine> | undefined): RunStart {
  const { seed, log } = run?.getSnapshot().context ?? fresh();
  return { seed, log: log.slice(0, -1) };
}

export type SessionMachine = ReturnType<typeof createSessionMachine>;
export type SessionSnapshot = SnapshotFrom<SessionMachine>;

/** What the player's view shows of the session (compare with `shallowEqual`). */
export function playerView(snapshot: SessionSnapshot) {
  const { run, classroom, language, notice, saved } = snapshot.context;
  return { run, classroom, language, notice, saved, wordsFailed: snapshot.matches({ words: 'failed' }) };
}
