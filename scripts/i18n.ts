/**
 * The translators' tool.
 *   npm run i18n:extract            regenerate story/locales/en/ from the YAML source
 *   npm run i18n:status [-- <lng>…] [-- --check] per language: share translated, missing and outdated keys
 *                                    (--check: exit 1 if a shipped language misses a key)
 *   npm run i18n:mark -- <lng> [key…] record that keys of <lng> are translated from today's English
 *                                    (no keys: every translated key not yet recorded)
 * Keys read `file:key.path`, as status prints them; the interface's strings are `ui.json:key`.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import {
  checkTranslations,
  compileStory,
  formatProblem,
  loadLocaleFiles,
  loadStoryFiles,
  sourceDigest,
  SOURCE_DIGESTS_FILE,
  type LanguageStatus,
} from '../src/engine/compile/index.ts';
import { extractText, mapStrings, textFiles } from '../src/engine/text.ts';
import { SHIPPED_LANGUAGES } from '../src/i18n/languages.ts';
import { checkUiStrings, UI_LOCALES_DIR } from '../src/i18n/ui-check.ts';

const root = process.cwd();
const storyDir = resolve(root, 'story');
const prefix = relative(root, storyDir).split(sep).join('/');
const [command = 'status', ...rest] = process.argv.slice(2);

const { story, problems: storyProblems } = compileStory(loadStoryFiles(storyDir, root), prefix, { walk: false });
if (!story) {
  for (const problem of storyProblems) console.error(formatProblem(problem));
  console.error('\nThe story has problems; fix them first (npm run story:check).');
  process.exit(1);
}
const english = extractText(story);

if (command === 'extract') {
  for (const [name, content] of Object.entries(textFiles(english))) {
    const path = join(storyDir, 'locales', 'en', name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${JSON.stringify(content, null, 2)}\n`);
  }
  console.log(`Wrote ${prefix}/locales/en/ from the story's YAML.`);
  process.exit(0);
}

const languages = SHIPPED_LANGUAGES.filter((l) => l !== 'en');
const storyResult = checkTranslations(english, loadLocaleFiles(storyDir, root), prefix, languages);
const uiResult = checkUiStrings(root, languages);

if (command === 'mark') {
  const [lang, ...keys] = rest;
  if (!lang || !languages.includes(lang as (typeof languages)[number])) {
    console.error(`Name a translated language: ${languages.join(', ')}.`);
    process.exit(2);
  }
  const sources = { ...sourceStrings(textFiles(english)), ...uiResult.english };
  markDigests(join(storyDir, 'locales', lang, SOURCE_DIGESTS_FILE), lang, keys, sources, [
    ...(storyResult.status.find((s) => s.lang === lang)?.missing ?? []),
    ...(uiResult.status.find((s) => s.lang === lang)?.missing ?? []),
  ]);
  process.exit(0);
}

if (command !== 'status') {
  console.error(`Unknown command "${command}": use extract, status or mark.`);
  process.exit(2);
}

const check = rest.includes('--check');
// Naming languages shows only them, with every missing and outdated key listed.
const only = rest.filter((a) => !a.startsWith('--'));
const limit = only.length ? Infinity : 40;
console.log('language   translated         missing  outdated');
let missingAny = false;
for (const lang of languages.filter((l) => !only.length || only.includes(l))) {
  const s = merge(
    storyResult.status.find((x) => x.lang === lang)!,
    uiResult.status.find((x) => x.lang === lang)!,
  );
  const share = s.total ? ((100 * s.translated) / s.total).toFixed(1) : '100.0';
  console.log(
    `${lang.padEnd(10)} ${`${share}% (${s.translated}/${s.total})`.padEnd(18)} ${String(s.missing.length).padStart(7)}  ${String(s.outdated.length).padStart(8)}`,
  );
  for (const key of s.missing.slice(0, limit)) console.log(`             missing   ${key}`);
  if (s.missing.length > limit) console.log(`             … and ${s.missing.length - limit} more missing`);
  for (const key of s.outdated.slice(0, limit)) console.log(`             outdated  ${key}`);
  if (s.missing.length) missingAny = true;
}
const otherProblems = [...storyResult.problems, ...uiResult.problems].filter((p) => p.code !== 'translation-missing');
if (otherProblems.length) {
  console.log('\nOther problems:');
  for (const p of otherProblems) console.log(`  ${formatProblem(p)}`);
}
if (check && (missingAny || otherProblems.length)) {
  console.error('\nA shipped language is incomplete or has problems (see above).');
  process.exit(1);
}

function merge(a: LanguageStatus, b: LanguageStatus): LanguageStatus {
  return {
    lang: a.lang,
    total: a.total + b.total,
    translated: a.translated + b.translated,
    missing: [...a.missing, ...b.missing],
    outdated: [...a.outdated, ...b.outdated],
  };
}

function sourceStrings(files: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, content] of Object.entries(files))
    mapStrings(content, (text, path) => {
      out[`${name}:${path.join('.')}`] = text;
      return text;
    });
  return out;
}

function markDigests(
  file: string,
  lang: string,
  keys: string[],
  sources: Record<string, string>,
  missing: string[],
): void {
  const digests: Record<string, string> = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)
    : {};
  const skip = new Set(missing);
  const chosen = keys.length ? keys : Object.keys(sources).filter((k) => !(k in digests));
  let marked = 0;
  for (const key of chosen) {
    const english = sources[key];
    if (english === undefined) {
      console.error(`No English key "${key}".`);
      process.exitCode = 2;
      continue;
    }
    if (skip.has(key)) continue;
    digests[key] = sourceDigest(english);
    marked += 1;
  }
  const sorted = Object.fromEntries(Object.entries(digests).sort(([a], [b]) => a.localeCompare(b)));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(sorted, null, 2)}\n`);
  console.log(`Recorded ${marked} ${lang} key${marked === 1 ? '' : 's'} as translated from today's English.`);
}

export { UI_LOCALES_DIR };
