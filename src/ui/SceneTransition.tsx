/**
 * Scene changes with framer-motion: the leaving scene fades out, the next fades in and rises a
 * little, and when it has arrived its heading takes focus, so a screen reader starts reading there
 * (and a keyboard user's next Tab is in the new scene). `m` components under `LazyMotion`: the
 * animation features arrive in their own chunk after the first paint. Until they have (or if
 * they never do) scenes change at once, with the same focus rule, so nothing waits on them.
 *
 * Motion follows the device (`MotionConfig reducedMotion="user"`: no movement, a short fade) and
 * the reader's own setting (`off`: nothing animates at all); a browser that cannot tell what its
 * reader prefers (no `matchMedia`, as in jsdom) gets no motion either.
 */
import { AnimatePresence, LazyMotion, m, MotionConfig, useReducedMotion, type FeatureBundle } from 'framer-motion';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { FocusOnMount } from './useFocusOnMount.ts';

const VARIANTS = {
  enter: { opacity: 0, y: 12 },
  shown: { opacity: 1, y: 0 },
  leave: { opacity: 0, y: -6, transition: { duration: 0.16 } },
};
/** For a reader whose device asks for less motion: a short cross-fade, nothing that shifts. */
const STILL_VARIANTS = {
  enter: { opacity: 0 },
  shown: { opacity: 1 },
  leave: { opacity: 0, transition: { duration: 0.16 } },
};

let features: Promise<FeatureBundle> | undefined;
/** The features once they have arrived, so a view mounted later starts with them. */
let arrivedFeatures: FeatureBundle | undefined;

/**
 * Fetches the features once (the player calls this after the first paint, so they are there by
 * the first choice); a failure is remembered as "no motion", never as an error.
 */
export function loadMotion(): Promise<FeatureBundle> {
  features ??= import('./motion-features.ts').then((module) => {
    arrivedFeatures = module.default;
    return module.default;
  });
  return features;
}

/** Focuses the heading of the scene inside `box`, unless focus is already there. */
function focusHeading(box: HTMLElement | null): void {
  const heading = box?.querySelector<HTMLElement>('h1');
  if (heading && document.activeElement !== heading) heading.focus();
}

interface SceneTransitionProps {
  /** Changes with every scene (and every visit to one): a new key is a new transition. */
  id: string;
  /** The reader's setting: `off` stops every transition. */
  motion: 'system' | 'off';
  children: ReactNode;
}

/** How the scene on screen was shown: decided when it arrives, so nothing remounts under the reader. */
interface Shown {
  id: string;
  /** Inside the animated tree. */
  animated: boolean;
  /** Arrived with an entering transition (which then moves focus when it ends). */
  entering: boolean;
}

export function SceneTransition({ id, motion, children }: SceneTransitionProps) {
  const [loaded, setLoaded] = useState<FeatureBundle | undefined>(arrivedFeatures);
  useEffect(() => {
    let current = true;
    loadMotion().then(
      (bundle) => {
        if (current) setLoaded(bundle);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);

  // A browser that cannot say whether its reader wants less motion (no matchMedia) gets none.
  const canAsk = typeof window !== 'undefined' && typeof window.matchMedia === 'function';
  const wanted = motion !== 'off' && loaded !== undefined && canAsk;
  const [shown, setShown] = useState<Shown>({ id, animated: wanted, entering: false });
  if (shown.id !== id) setShown({ id, animated: wanted, entering: wanted && shown.animated });

  const reduced = useReducedMotion() === true;
  const box = useRef<HTMLDivElement>(null);
  // A scene that arrives without a transition has its heading focused as soon as it is in place.
  useEffect(() => {
    if (!shown.entering) focusHeading(box.current);
  }, [shown]);

  if (!shown.animated || !loaded)
    return (
      <div key={id} ref={box} className="scene-box" data-scene-box="">
        <FocusOnMount.Provider value={false}>{children}</FocusOnMount.Provider>
      </div>
    );
  return (
    <LazyMotion features={loaded} strict>
      <MotionConfig reducedMotion="user" transition={{ duration: 0.28, ease: 'easeOut' }}>
        <AnimatePresence mode="wait" initial={false}>
          <m.div
            key={id}
            ref={box}
            className="scene-box"
            data-scene-box=""
            variants={reduced ? STILL_VARIANTS : VARIANTS}
            initial="enter"
            animate="shown"
            exit="leave"
            onAnimationComplete={(definition) => {
              // Only the arrival: focus goes to the scene that stays, not the one leaving.
              if (definition === 'shown') focusHeading(box.current);
            }}
          >
            <FocusOnMount.Provider value={false}>{children}</FocusOnMount.Provider>
          </m.div>
        </AnimatePresence>
      </MotionConfig>
    </LazyMotion>
  );
}
