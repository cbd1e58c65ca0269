/** The audio service's state for a view, re-rendering on every change. */
import { useSyncExternalStore } from 'react';
import type { Audio, AudioState } from './audio.ts';

/**
 * What the build's prerender shows and what hydration starts from: sound off. A remembered "on"
 * appears in the render right after hydration, so the prerendered title screen still matches.
 */
const BEFORE_HYDRATION: AudioState = { enabled: false, muted: false, soundscape: undefined, captions: [] };
const beforeHydration = () => BEFORE_HYDRATION;

export function useAudioState(audio: Audio): AudioState {
  return useSyncExternalStore(audio.subscribe, audio.getState, beforeHydration);
}
