/**
 * The caption and the mute button together, fixed at the bottom corner of the screen while sound
 * is on, so both stay in view however long the scene. Nothing at all while sound is off.
 */
import type { Audio } from './audio.ts';
import { MuteButton } from './MuteButton.tsx';
import { SoundCaption } from './SoundCaption.tsx';
import { useAudioState } from './useAudioState.ts';

export function SoundBar({ audio }: { audio: Audio }) {
  const { enabled } = useAudioState(audio);
  if (!enabled) return null;
  return (
    <div className="sound-bar" data-sound-bar="">
      <SoundCaption audio={audio} />
      <MuteButton audio={audio} />
    </div>
  );
}
