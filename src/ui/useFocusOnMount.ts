import { createContext, useContext, useEffect, useRef } from 'react';

/**
 * False inside a scene transition (src/ui/SceneTransition.tsx), which moves focus itself when the
 * new scene has arrived rather than when it starts to appear.
 */
export const FocusOnMount = createContext(true);

/** Moves focus to the element when it mounts: a new scene's heading, so screen readers start there. */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const enabled = useContext(FocusOnMount);
  useEffect(() => {
    if (enabled) ref.current?.focus();
    // On mount only: a later change of context must not pull focus back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return ref;
}
