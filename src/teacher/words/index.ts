/**
 * The teacher guide's own words, one module per language (src/teacher/words/<lng>.ts), each the
 * shape of the English: a key missing from a translation fails the typecheck.
 */
import type { Language } from '../../i18n/languages.ts';
import { en, type GuideWords } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ja } from './ja.ts';
import { ko } from './ko.ts';
import { zhHans } from './zh-Hans.ts';

export type { GuideWords } from './en.ts';

const WORDS: Record<Language, GuideWords> = { en, ko, ja, 'zh-Hans': zhHans, es, fr };

/** The guide's words in `lang`. */
export function guideWords(lang: Language): GuideWords {
  return WORDS[lang];
}
