/**
 * Everything that differs by language, in one typed table: its name in itself, direction, how its
 * text is set (its script: fonts and line breaking, see SCRIPTS) and its Open Graph locale. The
 * first is the source language; every other is translated from it. Each language's words live in
 * files the type system checks against this table (`Record<Language, …>`).
 */
export const LANGUAGES = {
  en: { name: 'English', dir: 'ltr', script: 'latin', ogLocale: 'en_GB' },
  ko: { name: '한국어', dir: 'ltr', script: 'hangul', ogLocale: 'ko_KR' },
  ja: { name: '日本語', dir: 'ltr', script: 'japanese', ogLocale: 'ja_JP' },
  'zh-Hans': { name: '简体中文', dir: 'ltr', script: 'han-simplified', ogLocale: 'zh_CN' },
  es: { name: 'Español', dir: 'ltr', script: 'latin', ogLocale: 'es_ES' },
  fr: { name: 'Français', dir: 'ltr', script: 'latin', ogLocale: 'fr_FR' },
} as const satisfies Record<string, ShippedLanguageConfig>;

/**
 * Test languages, never offered in the switcher: every string accented, bracketed and lengthened,
 * and the same mirrored right to left. Text left plain in them was never translated.
 */
export const PSEUDO_LANGUAGES = {
  'en-XA': { name: '[Ƥşḗŭḓǿ]', dir: 'ltr', script: 'latin' },
  'ar-XB': { name: '[Ƥşḗŭḓǿ ŘŦĿ]', dir: 'rtl', script: 'latin' },
} as const satisfies Record<string, LanguageConfig>;

export interface LanguageConfig {
  /** The language's name for itself, as the switcher shows it. */
  name: string;
  dir: 'ltr' | 'rtl';
  /** Picks the font stack and line-breaking rules in app.css (`[data-script]`). */
  script: Script;
}

export interface ShippedLanguageConfig extends LanguageConfig {
  /** Open Graph's locale (`language_TERRITORY`), for the share pages. */
  ogLocale: string;
}

export type Script = 'latin' | 'hangul' | 'japanese' | 'han-simplified';

export interface ScriptConfig {
  /**
   * The share card's font (satori reads TTF, not .ttc or WOFF2): a Noto family from an
   * `@expo-google-fonts` package, registered under `family`, in weights 400 and 700.
   */
  cardFont: { family: string; package: string; stem: string };
}

/**
 * What differs by script. The app's and the static pages' font stacks are in CSS
 * (`:root[data-script]` in src/ui/app.css and src/static-pages/scripts.css).
 */
export const SCRIPTS = {
  latin: { cardFont: { family: 'Card Serif', package: '@expo-google-fonts/noto-serif', stem: 'NotoSerif' } },
  hangul: { cardFont: { family: 'Card Korean', package: '@expo-google-fonts/noto-sans-kr', stem: 'NotoSansKR' } },
  japanese: { cardFont: { family: 'Card Japanese', package: '@expo-google-fonts/noto-sans-jp', stem: 'NotoSansJP' } },
  'han-simplified': {
    cardFont: { family: 'Card Chinese', package: '@expo-google-fonts/noto-sans-sc', stem: 'NotoSansSC' },
  },
} as const satisfies Record<Script, ScriptConfig>;

export type Language = keyof typeof LANGUAGES;
export type PseudoLanguage = keyof typeof PSEUDO_LANGUAGES;
/** A language the app can show: a shipped one or a pseudo-locale. */
export type Locale = Language | PseudoLanguage;

export const DEFAULT_LANGUAGE: Language = 'en';
export const SHIPPED_LANGUAGES = Object.keys(LANGUAGES) as Language[];
export const ALL_LOCALES = [...SHIPPED_LANGUAGES, ...(Object.keys(PSEUDO_LANGUAGES) as PseudoLanguage[])];

export function localeConfig(locale: Locale): LanguageConfig {
  return locale in LANGUAGES ? LANGUAGES[locale as Language] : PSEUDO_LANGUAGES[locale as PseudoLanguage];
}

/** Tags that name Simplified Chinese without saying so (`zh`, `zh-CN`, `zh-SG`). */
const SIMPLIFIED_CHINESE = /^zh(-hans)?(-(cn|sg|my))?(-|$)/;

/**
 * Matches a requested tag (`en`, `en-GB`, `zh-CN`, `ko-KR`) to a shipped language, or undefined.
 * Pseudo-locales match only by their exact tag.
 */
export function matchLanguage(tag: string): Locale | undefined {
  const lower = tag.trim().toLowerCase();
  if (!lower || lower.length > 35) return undefined;
  for (const pseudo of Object.keys(PSEUDO_LANGUAGES) as PseudoLanguage[])
    if (lower === pseudo.toLowerCase()) return pseudo;
  if (lower.startsWith('zh'))
    return SIMPLIFIED_CHINESE.test(lower) && !/-(hant|tw|hk|mo)/.test(lower) ? 'zh-Hans' : undefined;
  for (const lang of SHIPPED_LANGUAGES) {
    const l = lang.toLowerCase();
    if (lower === l || lower.startsWith(`${l}-`)) return lang;
  }
  return undefined;
}
