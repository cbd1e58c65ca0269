/**
 * The settings, always in reach during a run: a native disclosure, so it opens with Enter or Space
 * and screen readers announce its state. Sound, motion, text size and contrast join it later.
 */
import { useTranslation } from 'react-i18next';
import type { Locale } from '../i18n/languages.ts';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';

interface SettingsProps {
  locale: Locale;
  onLanguage: (locale: Locale) => void;
}

export function Settings({ locale, onLanguage }: SettingsProps) {
  const { t } = useTranslation();
  return (
    <details className="settings" data-settings="">
      <summary>{t('settings')}</summary>
      <div className="settings-panel">
        <LanguageSwitcher locale={locale} onLanguage={onLanguage} />
      </div>
    </details>
  );
}
