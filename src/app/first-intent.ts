/**
 * The player's first sign of intent: a pointer over or down, a touch, a key, focus moving. What
 * the run needs soon but the title screen does not (the scene transitions' animation, the
 * ending's actions) is loaded then, not while the page is still settling after its first paint,
 * where evaluating it would hold up the main thread (Lighthouse's total blocking time).
 */
const INTENT = ['pointerover', 'pointerdown', 'touchstart', 'keydown', 'focusin'] as const;

/** Runs `task` once, at the first sign of intent on `target`; the returned function cancels it. */
export function onFirstIntent(
  task: () => void,
  target: Pick<Document, 'addEventListener' | 'removeEventListener'> = document,
): () => void {
  const cancel = (): void => {
    for (const type of INTENT) target.removeEventListener(type, run, { capture: true });
  };
  function run(): void {
    cancel();
    task();
  }
  for (const type of INTENT) target.addEventListener(type, run, { capture: true, passive: true });
  return cancel;
}
