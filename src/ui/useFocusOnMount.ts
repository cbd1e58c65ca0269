import { useEffect, useRef } from 'react';

/** Moves focus to the element when it mounts: a new scene's heading, so screen readers start there. */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
