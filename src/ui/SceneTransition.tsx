/**
 * Scene changes: the leaving scene fades out, the next fades in and rises a little, and when it
 * has arrived its heading takes focus, so a screen reader starts reading there (and a keyboard
 * user's next Tab is in the new scene). The animation (framer-motion: LazyMotion, m,
 * AnimatePresence keyed by scene) lives in src/ui/MotionTree.tsx, a chunk fetched at the player's
 * first move (src/ui/motion-loader.ts). Until it has arrived (or if it never does) scenes change
 * at once, with the same focus rule, so nothing waits on it.
 *
 * Motion follows the device (`MotionConfig reducedMotion="user"` and a fade with no movement) and
 * the reader's own setting (`off`: nothing animates at all); a browser that cannot tell what its
 * reader prefers (no `matchMedia`, as in jsdom) gets no motion either.
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { arrivedMotion, loadMotion, type Tree } from './motion-loader.ts';
import { FocusOnMount } from './useFocusOnMount.ts';

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
  // A function in state is called as an updater: keep the component inside an object.
  const [loaded, setLoaded] = useState<{ Tree: Tree } | undefined>(() => {
    const Tree = arrivedMotion();
    return Tree && { Tree };
  });
  useEffect(() => {
    let current = true;
    loadMotion().then(
      (Tree) => {
        if (current) setLoaded({ Tree });
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

  const box = useRef<HTMLDivElement>(null);
  // A scene that arrives without a transition has its heading focused as soon as it is in place.
  useEffect(() => {
    if (!shown.entering) focusHeading(box.current);
  }, [shown]);
  const arrived = useCallback(() => {
    focusHeading(box.current);
  }, []);

  const scene = <FocusOnMount.Provider value={false}>{children}</FocusOnMount.Provider>;
  if (!shown.animated || !loaded)
    return (
      <div key={id} ref={box} className="scene-box" data-scene-box="">
        {scene}
      </div>
    );
  const { Tree } = loaded;
  return (
    <Tree id={id} box={box} onArrived={arrived}>
      {scene}
    </Tree>
  );
}
