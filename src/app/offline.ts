/**
 * The service worker that keeps the story playable offline after one visit. Not registered inside
 * a frame (a sandboxed embed cannot use it) or where storage is blocked. A new version never swaps
 * itself in under a player: it waits until the player chooses to reload.
 */
import { registerSW } from 'virtual:pwa-register';

export interface Updates {
  /** Calls `listener` once a new version is ready to take over. */
  subscribe(listener: () => void): () => void;
  /** Reloads into the new version. */
  apply(): void;
}

export function registerOffline(allowed: boolean): Updates | undefined {
  if (!allowed || !('serviceWorker' in navigator)) return undefined;
  const listeners = new Set<() => void>();
  let ready = false;
  const update = registerSW({
    onNeedRefresh() {
      ready = true;
      for (const listener of listeners) listener();
    },
  });
  return {
    subscribe(listener) {
      listeners.add(listener);
      if (ready) listener();
      return () => listeners.delete(listener);
    },
    apply() {
      void update(true);
    },
  };
}
