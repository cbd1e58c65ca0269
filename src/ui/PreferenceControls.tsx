/**
 * Motion, contrast, counting for "how others chose" and text size, as native controls inside the
 * settings disclosure: three checkboxes and a group of radio buttons, each with a visible label, all by keyboard.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Preferences } from './preferences.ts';

interface PreferenceControlsProps {
  preferences: Preferences;
  onChange: (next: Preferences) => void;
}

const TEXT_SIZES = ['normal', 'large', 'larger'] as const;

export function PreferenceControls({ preferences, onChange }: PreferenceControlsProps) {
  const { t } = useTranslation();
  const id = useId();
  const change = (patch: Partial<Preferences>) => {
    onChange({ ...preferences, ...patch });
  };
  return (
    <div className="preferences" data-preferences="">
      <div className="field checkbox">
        <input
          id={`${id}-motion`}
          type="checkbox"
          checked={preferences.motion === 'off'}
          onChange={(event) => change({ motion: event.target.checked ? 'off' : 'system' })}
        />
        <label htmlFor={`${id}-motion`}>{t('motionOff')}</label>
      </div>
      <div className="field checkbox">
        <input
          id={`${id}-contrast`}
          type="checkbox"
          checked={preferences.contrast === 'high'}
          onChange={(event) => change({ contrast: event.target.checked ? 'high' : 'normal' })}
        />
        <label htmlFor={`${id}-contrast`}>{t('highContrast')}</label>
      </div>
      <div className="field checkbox">
        <input
          id={`${id}-counting`}
          type="checkbox"
          checked={preferences.counting === 'on'}
          onChange={(event) => change({ counting: event.target.checked ? 'on' : 'off' })}
          aria-describedby={`${id}-counting-about`}
        />
        <label htmlFor={`${id}-counting`}>{t('countingOn')}</label>
        <p id={`${id}-counting-about`} className="field-hint">
          {t('countingAbout')}
        </p>
      </div>
      <fieldset className="text-size">
        <legend>{t('textSize')}</legend>
        {TEXT_SIZES.map((size) => (
          <span key={size} className="text-size-option">
            <input
              id={`${id}-size-${size}`}
              type="radio"
              name={`${id}-size`}
              value={size}
              checked={preferences.textSize === size}
              onChange={() => change({ textSize: size })}
            />
            <label htmlFor={`${id}-size-${size}`}>{t(`textSize_${size}`)}</label>
          </span>
        ))}
      </fieldset>
    </div>
  );
}
