/**
 * Build-time check of the interface's strings (`src/i18n/locales/<lng>/ui.json`) against the
 * English file: every key present (with the plural forms the language needs), the same
 * `{{placeholders}}`, nothing stray. Node only; the app never imports it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourceDigest, SOURCE_DIGESTS_FILE, type LanguageStatus } from '../engine/compile/translations.ts';
import type { Problem } from '../engine/compile/problems.ts';

export const UI_LOCALES_DIR = 'src/i18n/locales';
const PLURAL = /_(zero|one|two|few|many|other)$/;

export interface UiCheck {
  /** `ui.json:key` → English text, for recording digests. */
  english: Record<string, string>;
  status: LanguageStatus[];
  problems: Problem[];
}

export function checkUiStrings(root: string, languages: readonly string[]): UiCheck {
  const read = (lang: string): Record<string, unknown> | undefined => {
    const path = join(root, UI_LOCALES_DIR, lang, 'ui.json');
    return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>) : undefined;
  };
  const source = flatten(read('en') ?? {});
  const english: Record<string, string> = {};
  for (const [key, text] of Object.entries(source)) english[`ui.json:${key}`] = text;
  const problems: Problem[] = [];
  const status: LanguageStatus[] = [];

  for (const lang of languages) {
    const file = `${UI_LOCALES_DIR}/${lang}/ui.json`;
    const have = flatten(read(lang) ?? {});
    const digestsPath = join(root, 'story', 'locales', lang, SOURCE_DIGESTS_FILE);
    const digests = existsSync(digestsPath)
      ? (JSON.parse(readFileSync(digestsPath, 'utf8')) as Record<string, string>)
      : {};
    const s: LanguageStatus = { lang, total: 0, translated: 0, missing: [], outdated: [] };
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    const wanted = new Map<string, string>();
    for (const [key, text] of Object.entries(source)) {
      const plural = PLURAL.exec(key);
      if (!plural) wanted.set(key, text);
      else {
        const base = key.slice(0, plural.index);
        const other = source[`${base}_other`] ?? text;
        for (const category of categories) wanted.set(`${base}_${category}`, source[`${base}_${category}`] ?? other);
      }
    }
    for (const [key, text] of wanted) {
      s.total += 1;
      const value = have[key];
      if (value === undefined || value.trim() === '') {
        s.missing.push(`ui.json:${key}`);
        problems.push(problem(file, 'translation-missing', `No ${lang} translation of interface string "${key}".`));
        continue;
      }
      s.translated += 1;
      const recorded = digests[`ui.json:${key}`];
      if (recorded !== undefined && recorded !== sourceDigest(text)) s.outdated.push(`ui.json:${key}`);
      const want = placeholders(text);
      const got = placeholders(value);
      if (want !== got && !(PLURAL.test(key) && want.replace('count', '').replace(/^, |, $/g, '') === got))
        problems.push(
          problem(
            file,
            'translation-markup',
            `The ${lang} text of "${key}" has placeholders [${got}] but the English has [${want}].`,
          ),
        );
    }
    for (const key of Object.keys(have))
      if (!wanted.has(key) && !(PLURAL.test(key) && wanted.has(key.replace(PLURAL, '_other'))))
        problems.push(problem(file, 'translation-unknown-key', `"${key}" is not an English interface string.`));
    status.push(s);
  }
  return { english, status, problems };
}

function problem(file: string, code: Problem['code'], message: string): Problem {
  return { file, line: 1, column: 1, code, message };
}

function placeholders(text: string): string {
  return [...new Set([...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]!))].sort().join(', ');
}

function flatten(value: Record<string, unknown>, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof v === 'string') out[path] = v;
    else if (v !== null && typeof v === 'object') Object.assign(out, flatten(v as Record<string, unknown>, path));
  }
  return out;
}
