/**
 * Checks the story's translations (`story/locales/<lng>/…json`) against the English text the
 * compiler extracts from the YAML: every key present, no stray keys, glossary marks and figures
 * kept. Problems carry file, line and column in the JSON file; status says what is left to do.
 */
import { createHash } from 'node:crypto';
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import { mapStrings, textFiles, type StoryText } from '../text.ts';
import type { Problem, ProblemCode } from './problems.ts';
import type { SourceFile } from './compile.ts';

/** The sidecar in each language's folder: key → digest of the English it was translated from. */
export const SOURCE_DIGESTS_FILE = 'translated-from.json';

export interface LanguageStatus {
  lang: string;
  total: number;
  translated: number;
  /** `file:key.path` of every key with no translation. */
  missing: string[];
  /** `file:key.path` of every key whose English changed since it was translated. */
  outdated: string[];
}

export interface TranslationResult {
  /** Each language's text; a key a language lacks keeps its English words (for development). */
  texts: Record<string, StoryText>;
  problems: Problem[];
  status: LanguageStatus[];
}

/** A stable short digest of an English string, recorded when a translation is made. */
export function sourceDigest(english: string): string {
  return createHash('sha256').update(english).digest('hex').slice(0, 12);
}

/**
 * `files` are the locale files (paths like `story/locales/ko/facts.json`); `languages` the
 * translated languages to check (English is the source and is checked for being up to date).
 */
export function checkTranslations(
  english: StoryText,
  files: SourceFile[],
  prefix: string,
  languages: readonly string[],
): TranslationResult {
  const problems: Problem[] = [];
  const byPath = new Map(files.map((f) => [f.path, f.text]));
  const sourceFiles = textFiles(english);
  const texts: Record<string, StoryText> = { en: english };
  const status: LanguageStatus[] = [];

  // The English files are what translators work from: once a story has any, they must be current.
  const hasLocales = languages.some((l) => l !== 'en') || files.some((f) => f.path.startsWith(`${prefix}/locales/`));
  for (const [name, content] of hasLocales ? Object.entries(sourceFiles) : []) {
    const path = `${prefix}/locales/en/${name}`;
    const have = byPath.get(path);
    if (have === undefined || normaliseJson(have) !== JSON.stringify(content))
      problems.push({
        file: path,
        line: 1,
        column: 1,
        code: 'translation-stale-source',
        message: `${path} is not the English text of the story as it now stands. Run "npm run i18n:extract" to regenerate it.`,
      });
  }

  for (const lang of languages) {
    if (lang === 'en') continue;
    const langStatus: LanguageStatus = { lang, total: 0, translated: 0, missing: [], outdated: [] };
    const digests = readDigests(byPath.get(`${prefix}/locales/${lang}/${SOURCE_DIGESTS_FILE}`));
    const translatedFiles: Record<string, unknown> = {};
    for (const [name, source] of Object.entries(sourceFiles)) {
      const path = `${prefix}/locales/${lang}/${name}`;
      const raw = byPath.get(path);
      const parsed = raw === undefined ? undefined : parseLocated(raw, path, problems);
      const report = (node: Node | undefined, code: ProblemCode, message: string): void => {
        const at = parsed && node?.range ? parsed.lines.linePos(node.range[0]) : { line: 1, col: 1 };
        problems.push({ file: path, line: at.line, column: at.col, code, message });
      };
      translatedFiles[name] = mapStrings(source, (englishWords, keyPath) => {
        const key = keyPath.join('.');
        const id = `${name}:${key}`;
        langStatus.total += 1;
        const found = parsed ? findNode(parsed.root, keyPath) : { node: undefined, nearest: undefined };
        const value = found.node && typeof found.value === 'string' ? found.value : undefined;
        if (value === undefined || value.trim() === '') {
          langStatus.missing.push(id);
          report(found.nearest, 'translation-missing', `No ${lang} translation of "${key}" (${name}).`);
          return englishWords;
        }
        langStatus.translated += 1;
        const recorded = digests[id];
        if (recorded !== undefined && recorded !== sourceDigest(englishWords)) langStatus.outdated.push(id);
        const marksWanted = termIds(englishWords);
        const marksGot = termIds(value);
        if (marksWanted !== marksGot)
          report(
            found.node,
            'translation-markup',
            `The ${lang} text of "${key}" marks glossary terms [${marksGot}] but the English marks [${marksWanted}]; keep each [[term-id|…]] with its id unchanged.`,
          );
        const lost = missingFigures(englishWords, value);
        if (lost.length)
          report(
            found.node,
            'translation-figures',
            `The ${lang} text of "${key}" lacks the figure${lost.length === 1 ? '' : 's'} ${lost.join(', ')} from the English; keep every figure exactly as in the source.`,
          );
        return value;
      });
      if (parsed)
        reportUnknownKeys(parsed.root, source, [], (node, key) => {
          report(
            node,
            'translation-unknown-key',
            `"${key}" is not in the English text (${name}); remove it or check its id.`,
          );
        });
    }
    texts[lang] = fromFiles(translatedFiles);
    status.push(langStatus);
  }
  return { texts, problems, status };
}

/** The locale files of a language folder joined back into one StoryText. */
function fromFiles(files: Record<string, unknown>): StoryText {
  const chapters: StoryText['chapters'] = {};
  for (const [name, content] of Object.entries(files)) {
    const match = /^chapters\/(.+)\.json$/.exec(name);
    if (match) chapters[match[1]!] = content as StoryText['chapters'][string];
  }
  return {
    story: files['story.json'] as StoryText['story'],
    endings: files['endings.json'] as StoryText['endings'],
    facts: files['facts.json'] as StoryText['facts'],
    glossary: files['glossary.json'] as StoryText['glossary'],
    places: files['places.json'] as StoryText['places'],
    chapters,
  };
}

interface Located {
  root: Node | undefined;
  lines: LineCounter;
}

function parseLocated(text: string, path: string, problems: Problem[]): Located | undefined {
  const lines = new LineCounter();
  try {
    JSON.parse(text);
  } catch (error) {
    const offset = Number(/position (\d+)/.exec(String(error))?.[1] ?? 0);
    lines.addNewLine(0);
    const doc = parseDocument(text, { lineCounter: lines });
    const at = doc.errors[0]?.linePos?.[0] ?? offsetToPos(text, offset);
    problems.push({
      file: path,
      line: at.line,
      column: at.col,
      code: 'translation-syntax',
      message: `${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    });
    return undefined;
  }
  const doc = parseDocument(text, { lineCounter: lines });
  return { root: doc.contents ?? undefined, lines };
}

function offsetToPos(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, col: (before.at(-1)?.length ?? 0) + 1 };
}

/** The node at `path`, or the deepest node on the way to it (for locating a missing key). */
function findNode(
  root: Node | undefined,
  path: string[],
): { node: Node | undefined; nearest: Node | undefined; value?: unknown } {
  let node: Node | undefined = root;
  let nearest = root;
  for (const key of path) {
    let next: unknown;
    if (isMap(node)) next = node.get(key, true);
    else if (isSeq(node)) next = node.get(Number(key), true);
    if (next === undefined || next === null) return { node: undefined, nearest };
    node = next as Node;
    nearest = node;
  }
  return { node, nearest, value: node && 'value' in node ? node.value : undefined };
}

function reportUnknownKeys(
  node: Node | undefined,
  source: unknown,
  path: string[],
  report: (node: Node, key: string) => void,
): void {
  if (!isMap(node)) return;
  for (const pair of node.items) {
    const rawKey = (pair.key as { value?: unknown } | null)?.value;
    const key = typeof rawKey === 'string' || typeof rawKey === 'number' ? String(rawKey) : '';
    const keyPath = [...path, key];
    if (source === null || typeof source !== 'object' || Array.isArray(source) || !(key in source)) {
      report(pair.key as Node, keyPath.join('.'));
      continue;
    }
    reportUnknownKeys(pair.value as Node, (source as Record<string, unknown>)[key], keyPath, report);
  }
}

function termIds(text: string): string {
  return [...new Set([...text.matchAll(/\[\[([^\]|]*)/g)].map((m) => (m[1] ?? '').trim()))].sort().join(', ');
}

/** A word after a number that counts in thousands, ten-thousands or millions. */
const MAGNITUDE = /^\s?(万|만|億|억|亿|千|천|thousand|million|billion|mil\b|millones|millions?|milliards?|miles)/i;

interface Figure {
  digits: string;
  /** Followed by a magnitude word ("2 million", "200万"), so its zeros may move. */
  scaled: boolean;
}

function readFigures(text: string): Figure[] {
  const out: Figure[] = [];
  for (const match of text.matchAll(/\d(?:[\d]|[.,'\u00a0\u202f\u2009](?=\d)| (?=\d{3}(?!\d)))*/g)) {
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 12);
    out.push({ digits: match[0].replace(/\D/g, ''), scaled: MAGNITUDE.test(after) });
  }
  return out;
}

/**
 * The figures in a text as digit strings, separators dropped, so "3,000", "3 000" and "3.000" all
 * read 3000 and "1.5" and "1,5" both read 15.
 */
export function figures(text: string): string[] {
  return [...new Set(readFigures(text).map((f) => f.digits))];
}

/**
 * The English figures a translation lacks. Where either side counts in a larger unit ("2 million",
 * 200万, 1만) the figure may gain or lose trailing zeros; any other change of digits is lost.
 */
export function missingFigures(english: string, translation: string): string[] {
  const have = readFigures(translation);
  const zerosApart = (a: string, b: string): boolean =>
    (a.startsWith(b) && /^0+$/.test(a.slice(b.length))) || (b.startsWith(a) && /^0+$/.test(b.slice(a.length)));
  const lost = readFigures(english).filter(
    (f) => !have.some((g) => g.digits === f.digits || ((f.scaled || g.scaled) && zerosApart(f.digits, g.digits))),
  );
  return [...new Set(lost.map((f) => f.digits))];
}

function readDigests(text: string | undefined): Record<string, string> {
  if (text === undefined) return {};
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' ? (value as Record<string, string>) : {};
  } catch {
    return {};
  }
}

function normaliseJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text));
  } catch {
    return '';
  }
}
