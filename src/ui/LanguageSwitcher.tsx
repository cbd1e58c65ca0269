/** A native select of the shipped languages, each named in itself and marked with its own `lang`. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, SHIPPED_LANGUAGES, type Locale } from '../i18n/languages.ts';

interface LanguageSwitcherProps {
  locale: Locale;
  onLanguage: (locale: Locale) => void;
}

export function LanguageSwitcher({ locale, onLanguage }: LanguageSwitcherProps) {
  const { t } = useTranslation();
  const id = useId();
  // A pseudo-locale (tests only) is listed while it is showing, so the select tells the truth.
  const options: Locale[] = SHIPPED_LANGUAGES.includes(locale as never)
    ? SHIPPED_LANGUAGES
    : [...SHIPPED_LANGUAGES, locale];
  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('language')}</label>
      <select
        id={id}
        value={locale}
        onChange={(event) => {
          const next = options.find((l) => l === event.target.value);
          if (next) onLanguage(next);
        }}
      >
        {options.map((l) => (
          <option key={l} value={l} lang={l}>
            {l in LANGUAGES ? LANGUAGES[l as keyof typeof LANGUAGES].name : l}
          </option>
        ))}
      </select>
    </div>
  );
}
