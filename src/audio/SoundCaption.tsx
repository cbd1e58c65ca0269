/**
 * Names what is heard, "[water over stones, far off]", for players who cannot hear it (deaf or
 * hard of hearing, or in a class with the volume down). Shown only while sound is on.
 *
 * Deliberately not a live region (`aria-live="off"`, no `role="status"`): a screen reader would
 * otherwise break into every new scene's heading to read out the weather. The caption is there to
 * be seen, and to be found by a screen reader user who looks for it.
 */
import { useTranslation } from 'react-i18next';
import type { Audio } from './audio.ts';
import { CAPTION_KEYS } from './soundscapes.ts';
import { useAudioState } from './useAudioState.ts';

export function SoundCaption({ audio }: { audio: Audio }) {
  const { t } = useTranslation();
  const { enabled, captions } = useAudioState(audio);
  if (!enabled || captions.length === 0) return null;
  return (
    <p className="sound-caption" aria-live="off" data-sound-caption="">
      {captions.map((id) => (
        <span key={id}>{t(CAPTION_KEYS[id])}</span>
      ))}
    </p>
  );
}
