/**
 * The player's choice of sound: a native checkbox, off until they tick it, on the title screen and
 * in the settings. Ticking it is the gesture that lets the browser play, and the first moment
 * anything of audio is fetched.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Audio } from './audio.ts';
import { useAudioState } from './useAudioState.ts';

export function SoundToggle({ audio }: { audio: Audio }) {
  const { t } = useTranslation();
  const { enabled } = useAudioState(audio);
  const id = useId();
  const hint = `${id}-hint`;
  return (
    <div className="sound-switch">
      <input
        id={id}
        type="checkbox"
        checked={enabled}
        aria-describedby={hint}
        onChange={(event) => {
          if (event.target.checked) audio.enable();
          else audio.disable();
        }}
      />
      <label htmlFor={id}>{t('sound')}</label>
      <p id={hint}>{t('soundHint')}</p>
    </div>
  );
}
