/** The languages the interface ships in, and how each is written. */
export const LANGUAGES = {
  en: { name: 'English', dir: 'ltr' },
} as const;

export type Language = keyof typeof LANGUAGES;
export const DEFAULT_LANGUAGE: Language = 'en';

/** Matches a requested tag (`en`, `en-GB`) to a shipped language, or undefined. */
export function matchLanguage(tag: string): Language | undefined {
  const lower = tag.trim().toLowerCase();
  for (const lang of Object.keys(LANGUAGES) as Language[]) {
    const l = lang.toLowerCase();
    if (lower === l || lower.startsWith(`${l}-`)) return lang;
  }
  return undefined;
}
