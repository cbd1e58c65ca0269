/**
 * The title screen's own life, before any run: the language on screen (its opening words fetched
 * when the player picks another), classroom mode (signatures held while it is on), the save that
 * Continue resumes, the notice to show, and Begin or Continue, which load the run's chunk
 * (src/app/run-parts.ts) and the scene transitions' animation, then hand over to the run; the
 * language's later words load as soon as the app runs. The
 * page's opening is reported here, once (the embed's `ready`). No XState: that comes with the run.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { heardOutside, holdsSignatures } from '../app/classroom.ts';
import { onFirstIntent } from '../app/first-intent.ts';
import { noticeFor, type NoticeKey } from '../app/notices.ts';
import { readSave, type SaveRead } from '../engine/save.ts';
import { saveLanguage } from '../i18n/choose.ts';
import { switchInterface } from '../i18n/i18n.ts';
import type { Locale } from '../i18n/languages.ts';
import type { LocaleBundle } from '../i18n/load.ts';
import type { AppProps, RunParts } from './app-props.ts';
import { loadMotion } from './motion-loader.ts';

export type Start = 'begin' | 'continue';

/** How long the first scene, its chunk here, waits for the transitions' chunk still on its way. */
const MOTION_GRACE_MS = 300;

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The run, once its parts are here: what the title screen hands over. */
export interface Handover {
  parts: RunParts;
  opening: { start: Start; classroom: boolean };
  language: { locale: Locale; words: LocaleBundle };
}

export interface TitleState {
  language: { locale: Locale; words: LocaleBundle };
  classroom: boolean;
  saved: SaveRead;
  notice: NoticeKey | undefined;
  /** Begin or Continue was pressed and the run's chunk is on its way. */
  opening: Start | undefined;
  handover: Handover | undefined;
  changeLanguage: (locale: Locale) => void;
  setClassroom: (on: boolean) => void;
  start: (start: Start) => void;
}

export function useTitleScreen(props: AppProps): TitleState {
  const { storage, persistent, outbox, report, loadRun } = props;
  const [language, setLanguage] = useState({ locale: props.locale, words: props.words });
  const [classroom, setClassroom] = useState(props.params.mode === 'classroom');
  const [saved] = useState(() => readSave(storage, props.storyHash));
  const [notice, setNotice] = useState(() => noticeFor(saved, persistent));
  const [opening, setOpening] = useState<Start>();
  const [handover, setHandover] = useState<Handover>();

  // The page's opening, told once to the page around an embed and to counting.
  const told = useRef(false);
  useEffect(() => {
    if (told.current) return;
    told.current = true;
    const ready = { type: 'ready', lang: props.locale, mode: classroom ? 'classroom' : 'standard' } as const;
    if (report && heardOutside(ready, classroom)) report(ready);
    // Once, for the page: what it opened with.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => outbox?.hold(holdsSignatures(classroom)), [outbox, classroom]);

  // At the player's first move, the run's chunk and the animation start on their way, so Begin
  // rarely waits; on a page merely looked at (Lighthouse, a visitor who leaves), neither is fetched.
  useEffect(
    () =>
      onFirstIntent(() => {
        Promise.resolve()
          .then(loadRun)
          .catch(() => undefined);
        loadMotion().catch(() => undefined);
      }),
    [loadRun],
  );

  // The rest of the language's words (later chapters, endings), as soon as the app runs (after
  // the first paint): there before the run needs them, and kept by the service worker for a class
  // that goes offline after one visit (vite.config.ts).
  const { locale } = language;
  const { loadRest } = props;
  useEffect(() => {
    loadRest(locale).catch(() => undefined);
  }, [loadRest, locale]);

  // A quicker later choice of language wins over a slower earlier one.
  const asked = useRef<Locale>(props.locale);
  const changeLanguage = useCallback(
    (locale: Locale) => {
      asked.current = locale;
      props
        .loadWords(locale)
        .then(async (words) => {
          if (asked.current !== locale) return;
          await switchInterface(props.i18n, locale, words.ui);
          saveLanguage(storage, locale);
          setLanguage({ locale, words });
          setNotice((current) => (current === 'languageFailed' ? undefined : current));
        })
        .catch(() => {
          if (asked.current === locale) setNotice('languageFailed');
        });
    },
    [props, storage],
  );

  // Begin or Continue: once. The parts may be at hand (tests) or on their way (the browser, with
  // the animation beside them, so that the first scene arrives with its transition).
  const pressed = useRef(false);
  const start = useCallback(
    (start: Start) => {
      if (pressed.current) return;
      pressed.current = true;
      const hand = (parts: RunParts) =>
        setHandover({
          parts,
          opening: { start, classroom },
          language,
        });
      let parts: RunParts | Promise<RunParts>;
      try {
        parts = loadRun();
      } catch (error) {
        parts = Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
      if (!(parts instanceof Promise)) {
        hand(parts);
        return;
      }
      setOpening(start);
      const motion = loadMotion().catch(() => undefined);
      parts
        // The first scene waits a moment for its transition, never long: it is only an animation.
        .then((loaded) => Promise.race([motion, delay(MOTION_GRACE_MS)]).then(() => loaded))
        .then(hand, () => {
          // Offline before the run was ever fetched, or the network failed: say so; Begin works again.
          pressed.current = false;
          setOpening(undefined);
          setNotice('runFailed');
        });
    },
    [loadRun, classroom, language],
  );

  // Begin pressed before the app took the page over (src/main.tsx): a click from outside React,
  // answered once the page is React's.
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (props.queuedStart) start(props.queuedStart);
    // Once, for the page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return {
    language,
    classroom,
    saved,
    notice,
    opening,
    handover,
    changeLanguage,
    setClassroom,
    start,
  };
}
