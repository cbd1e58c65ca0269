/**
 * The animated side of scene transitions (src/ui/SceneTransition.tsx), in its own chunk with all
 * of framer-motion it needs, fetched after the first paint: the first screen carries none of it.
 */
import { AnimatePresence, domAnimation, LazyMotion, m, MotionConfig, useReducedMotion } from 'framer-motion';
import type { ReactNode, RefObject } from 'react';

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

export interface MotionTreeProps {
  /** A new id is a new scene: the old one leaves, the new one arrives. */
  id: string;
  /** The element of the scene on screen. */
  box: RefObject<HTMLDivElement | null>;
  /** Called when a scene has arrived (not when one has left). */
  onArrived: () => void;
  children: ReactNode;
}

export function MotionTree({ id, box, onArrived, children }: MotionTreeProps) {
  const reduced = useReducedMotion() === true;
  return (
    <LazyMotion features={domAnimation} strict>
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
              if (definition === 'shown') onArrived();
            }}
          >
            {children}
          </m.div>
        </AnimatePresence>
      </MotionConfig>
    </LazyMotion>
  );
}
