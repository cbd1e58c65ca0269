/**
 * Mute, always in reach while sound is on: a toggle button (`aria-pressed`), so its name stays
 * "Mute" and screen readers say whether it is pressed. Muting keeps the choice of sound and its
 * captions; it only silences.
 */
import { useTranslation } from 'react-i18next';
import type { Audio } from './audio.ts';
import { useAudioState } from './useAudioState.ts';

export function MuteButton({ audio }: { audio: Audio }) {
  const { t } = useTranslation();
  const { enabled, muted } = useAudioState(audio);
  if (!enabled) return null;
  return (
    <button
      type="button"
      className="mute-button"
      aria-pressed={muted}
      onClick={() => {
        if (muted) audio.unmute();
        else audio.mute();
      }}
    >
      <svg className="mute-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M4 9h4l5-4v14l-5-4H4z" />
        {muted ? (
          <path className="mute-icon-line" d="M16 9l6 6m0-6l-6 6" />
        ) : (
          <path className="mute-icon-line" d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" />
        )}
      </svg>
      <span>{t('soundMute')}</span>
    </button>
  );
}
