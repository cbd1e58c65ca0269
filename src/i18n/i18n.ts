/** The interface's i18next instance for one page: one language loaded, no fallback downloaded. */
import { createInstance, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { localeConfig, type Locale } from './languages.ts';
import type { LocaleBundle } from './load.ts';

/**
 * A ready instance showing `locale`. A key missing from a language throws in development (so it is
 * caught before it ships) and shows the key in production, where CI has already checked that every
 * shipped language is complete.
 */
export function createI18n(locale: Locale, ui: LocaleBundle['ui']): i18n {
  const instance = createInstance();
  void instance.use(initReactI18next).init({
    lng: locale,
    resources: { [locale]: { ui: withPluralForms(locale, ui) } },
    ns: ['ui'],
    defaultNS: 'ui',
    fallbackLng: false,
    // React escapes what it renders; escaping here too would show &amp; to the player.
    interpolation: { escapeValue: false },
    initAsync: false,
    ...(import.meta.env.DEV
      ? {
          saveMissing: true,
          missingKeyHandler: (lngs: readonly string[], ns: string, key: string) => {
            throw new Error(`No ${lngs.join('/')} translation of "${ns}:${key}" (src/i18n/locales/).`);
          },
        }
      : {}),
  });
  return instance;
}

/** Adds `locale`'s words to the instance and shows them. */
export async function switchInterface(instance: i18n, locale: Locale, ui: LocaleBundle['ui']): Promise<void> {
  instance.addResourceBundle(locale, 'ui', withPluralForms(locale, ui), true, true);
  await instance.changeLanguage(locale);
}

/** `<html lang dir>` and the script's typography follow the language. */
export function applyDocumentLanguage(locale: Locale, root: HTMLElement = document.documentElement): void {
  const config = localeConfig(locale);
  root.lang = locale;
  root.dir = config.dir;
  root.dataset.script = config.script;
}

/**
 * The pseudo-locales are English underneath, but i18next asks for the plural forms of their tag
 * (Arabic has six); each missing form takes the English `_other`.
 */
function withPluralForms(locale: Locale, ui: LocaleBundle['ui']): LocaleBundle['ui'] {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  const out: Record<string, string> = { ...(ui as Record<string, string>) };
  for (const [key, value] of Object.entries(ui as Record<string, string>)) {
    if (!key.endsWith('_other')) continue;
    const base = key.slice(0, -'_other'.length);
    for (const category of categories) out[`${base}_${category}`] ??= value;
  }
  return out as LocaleBundle['ui'];
}
