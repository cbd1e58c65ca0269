/**
 * The privacy statement's words, one module per language (src/privacy/words/<lng>.ts), each the
 * shape of the English: a key missing from a translation fails the typecheck.
 */
import type { Language } from '../../i18n/languages.ts';
import { en, type PrivacyWords } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ja } from './ja.ts';
import { ko } from './ko.ts';
import { zhHans } from './zh-Hans.ts';

export type { PrivacyWords } from './en.ts';

const WORDS: Record<Language, PrivacyWords> = { en, ko, ja, 'zh-Hans': zhHans, es, fr };

/** The statement's words in `lang`. */
export function privacyWords(lang: Language): PrivacyWords {
  return WORDS[lang];
}
