/**
 * The settings, always in reach during a run: a native disclosure, so it opens with Enter or Space
 * and screen readers announce its state. Language, sound, motion, text size and contrast.
 */
import { useTranslation } from 'react-i18next';
import type { Audio } from '../audio/audio.ts';
import { SoundToggle } from '../audio/SoundToggle.tsx';
import type { Locale } from '../i18n/languages.ts';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';
import { PreferenceControls } from './PreferenceControls.tsx';
import type { Preferences } from './preferences.ts';

interface SettingsProps {
  locale: Locale;
  onLanguage: (locale: Locale) => void;
  /** Motion, text size and contrast. */
  preferences: Preferences;
  onPreferences: (next: Preferences) => void;
  /** The sound, when the page has it: its switch joins the settings. */
  audio?: Audio;
}

export function Settings({ locale, onLanguage, preferences, onPreferences, audio }: SettingsProps) {
  const { t } = useTranslation();
  return (
    <details className="settings" data-settings="">
      <summary>{t('settings')}</summary>
      <div className="settings-panel">
        <LanguageSwitcher locale={locale} onLanguage={onLanguage} />
        {audio && <SoundToggle audio={audio} />}
        <PreferenceControls preferences={preferences} onChange={onPreferences} />
      </div>
    </details>
  );
}
