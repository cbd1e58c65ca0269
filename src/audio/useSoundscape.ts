/** Plays the soundscape of the scene on screen, and footsteps on arriving somewhere on foot. */
import { useEffect, useRef } from 'react';
import type { Audio } from './audio.ts';
import { ARRIVED_ON_FOOT, soundscapeFor } from './soundscapes.ts';

/**
 * `place` and `sound` are the scene's own (undefined at an ending, which is silent). Call it on
 * every render of the run, before any early return.
 */
export function useSoundscape(audio: Audio | undefined, place: string | undefined, sound?: string): void {
  const previous = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!audio) return;
    audio.setScene(soundscapeFor(place, sound));
    const before = previous.current;
    previous.current = place;
    if (before !== undefined && place !== undefined && before !== place && ARRIVED_ON_FOOT.has(place))
      audio.cue('footsteps');
  }, [audio, place, sound]);
  // Leaving the run altogether lets its soundscape fade.
  useEffect(() => () => audio?.setScene(undefined), [audio]);
}
