/**
 * Vite plugin: compiles `story/` into `virtual:story` (the story's shape, no words; loaded when a
 * run starts), `virtual:story-meta` (its hash and chapter count: all the title screen needs) and two modules
 * per language, each its own chunk so a player downloads only their language: `virtual:locale/<lng>`
 * (the interface's strings and the words the title screen and first chapter need) and
 * `virtual:locale-rest/<lng>` (later chapters and endings, fetched while the player reads). In dev, editing a story or locale file
 * reloads the page; a broken file shows the checker's messages in Vite's error overlay. A build
 * with a missing translation in a shipped language fails (set ALLOW_MISSING_TRANSLATIONS=1 to
 * build anyway, with English standing in).
 */
import { readFileSync } from 'node:fs';
import { resolve, relative, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import {
  checkTranslations,
  compileStory,
  formatProblem,
  loadLocaleFiles,
  loadStoryFiles,
  storyFilePaths,
  type Problem,
} from '../engine/compile/index.ts';
import { chapterStarts } from '../engine/chapter-starts.ts';
import type { CompiledStory } from '../engine/story.ts';
import { extractText, mapStrings, splitText, stripText, type StoryText } from '../engine/text.ts';
import { ALL_LOCALES, PSEUDO_LANGUAGES, SHIPPED_LANGUAGES } from '../i18n/languages.ts';
import { pseudoLocalise } from '../i18n/pseudo.ts';
import { UI_LOCALES_DIR } from '../i18n/ui-check.ts';

const PUBLIC_ID = 'virtual:story';
const RESOLVED_ID = '\0virtual:story';
/** What the title screen needs of the story before a run: its version and its chapter count. */
const META_ID = 'virtual:story-meta';
const RESOLVED_META_ID = '\0virtual:story-meta';
const LOCALE_PREFIX = 'virtual:locale/';
const RESOLVED_LOCALE_PREFIX = '\0virtual:locale/';
const REST_PREFIX = 'virtual:locale-rest/';
const RESOLVED_REST_PREFIX = '\0virtual:locale-rest/';

interface Compiled {
  story: CompiledStory;
  texts: Record<string, StoryText>;
}

export interface StoryPluginOptions {
  /** The story folder, relative to Vite's root. */
  dir?: string;
  /** The interface's strings, one folder per language (default `src/i18n/locales` under the root). */
  uiDir?: string;
  /** The languages to build (default: every shipped one). */
  languages?: readonly string[];
}

/** An error Vite shows with file, line and column in its overlay and terminal. */
export class StoryError extends Error {
  constructor(
    message: string,
    readonly id: string,
    readonly loc: { file: string; line: number; column: number },
  ) {
    super(message);
    this.name = 'StoryError';
  }
}

export function storyPlugin(options: StoryPluginOptions = {}): Plugin {
  let root = process.cwd();
  let storyDir = resolve(root, options.dir ?? 'story');
  let server: ViteDevServer | undefined;
  let walk = true;

  let compiled: Compiled | undefined;
  let strictTranslations = true;

  const isStoryFile = (file: string): boolean =>
    (file.startsWith(storyDir + sep) && (file.endsWith('.yaml') || file.endsWith('.json'))) ||
    file.startsWith(resolve(root, options.uiDir ?? UI_LOCALES_DIR) + sep);

  const fail = (problems: Problem[]): never => {
    const first = problems[0]!;
    const list = problems.map(formatProblem).join('\n');
    throw new StoryError(
      `The story has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${list}`,
      resolve(root, first.file),
      { file: resolve(root, first.file), line: first.line, column: first.column },
    );
  };

  const compile = (): Compiled => {
    if (compiled) return compiled;
    const prefix = relative(root, storyDir).split(sep).join('/');
    const { story, problems } = compileStory(loadStoryFiles(storyDir, root), prefix, { walk });
    if (!story) return fail(problems);
    const translated = (options.languages ?? SHIPPED_LANGUAGES).filter((l) => l !== 'en');
    const result = checkTranslations(extractText(story), loadLocaleFiles(storyDir, root), prefix, translated);
    const missing = result.problems.filter((p) => p.code === 'translation-missing');
    const broken = result.problems.filter((p) => p.code !== 'translation-missing');
    if (broken.length) fail(broken);
    if (missing.length) {
      if (strictTranslations) fail(missing);
      console.warn(`[story] ${missing.length} missing translations; English stands in for them.`);
    }
    compiled = { story, texts: result.texts };
    return compiled;
  };

  const readUi = (lang: string): unknown => {
    const path = resolve(root, options.uiDir ?? UI_LOCALES_DIR, lang, 'ui.json');
    try {
      return JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      if (strictTranslations) throw new Error(`Could not read ${path}: ${String(error)}`, { cause: error });
      return JSON.parse(readFileSync(resolve(root, options.uiDir ?? UI_LOCALES_DIR, 'en', 'ui.json'), 'utf8'));
    }
  };

  const localeModule = (locale: string, part: 'start' | 'rest'): string => {
    const { texts, story: compiledStory } = compile();
    const pseudo = locale in PSEUDO_LANGUAGES;
    const rtl = pseudo && PSEUDO_LANGUAGES[locale as keyof typeof PSEUDO_LANGUAGES].dir === 'rtl';
    const source = pseudo ? 'en' : locale;
    const transform = <T>(value: T): T => (pseudo ? mapStrings(value, (t) => pseudoLocalise(t, rtl)) : value);
    const { start, rest } = splitText(transform(texts[source] ?? texts.en!), compiledStory.chapters[0]?.id ?? '');
    if (part === 'rest') return `export const rest = ${JSON.stringify(rest)};\n`;
    const ui = transform(readUi(source));
    return `export const story = ${JSON.stringify(start)};\nexport const ui = ${JSON.stringify(ui)};\n`;
  };

  const invalidate = (devServer: ViteDevServer): void => {
    compiled = undefined;
    const ids = ALL_LOCALES.flatMap((l) => [`${RESOLVED_LOCALE_PREFIX}${l}`, `${RESOLVED_REST_PREFIX}${l}`]);
    for (const id of [RESOLVED_ID, RESOLVED_META_ID, ...ids]) {
      const module = devServer.moduleGraph.getModuleById(id);
      if (module) devServer.moduleGraph.invalidateModule(module);
    }
  };

  return {
    name: 'three-thousand-miles:story',
    configResolved(config) {
      root = config.root;
      strictTranslations = config.command === 'build' && process.env.ALLOW_MISSING_TRANSLATIONS !== '1';
      // The dev server skips the slow walk of every state so an edit shows at once.
      walk = config.command === 'build';
      storyDir = resolve(root, options.dir ?? 'story');
    },
    buildStart() {
      compiled = undefined;
    },
    resolveId(id) {
      if (id === PUBLIC_ID) return RESOLVED_ID;
      if (id === META_ID) return RESOLVED_META_ID;
      for (const prefix of [LOCALE_PREFIX, REST_PREFIX])
        if (id.startsWith(prefix) && (ALL_LOCALES as string[]).includes(id.slice(prefix.length))) return `\0${id}`;
      return undefined;
    },
    load(id) {
      if (id === RESOLVED_ID) {
        for (const file of storyFilePaths(storyDir)) this.addWatchFile(file);
        const { story } = compile();
        const { hash, ...rest } = story;
        // Where a class can start each chapter (`?chapter=N`): a real run there, found at build.
        return `export default ${JSON.stringify({ ...stripText(rest), hash })};\nexport const chapterStarts = ${JSON.stringify(chapterStarts(story))};`;
      }
      if (id === RESOLVED_META_ID) {
        for (const file of storyFilePaths(storyDir)) this.addWatchFile(file);
        const { story } = compile();
        return `export const hash = ${JSON.stringify(story.hash)};\nexport const chapterCount = ${String(story.chapters.length)};`;
      }
      if (id.startsWith(RESOLVED_LOCALE_PREFIX)) return localeModule(id.slice(RESOLVED_LOCALE_PREFIX.length), 'start');
      if (id.startsWith(RESOLVED_REST_PREFIX)) return localeModule(id.slice(RESOLVED_REST_PREFIX.length), 'rest');
      return undefined;
    },
    configureServer(devServer) {
      server = devServer;
      devServer.watcher.add([storyDir, resolve(root, options.uiDir ?? UI_LOCALES_DIR)]);
      const onChange = (file: string): void => {
        if (!isStoryFile(file) || !server) return;
        invalidate(server);
        server.ws.send({ type: 'full-reload' });
      };
      devServer.watcher.on('add', onChange);
      devServer.watcher.on('unlink', onChange);
    },
    handleHotUpdate({ file, server: devServer }) {
      if (!isStoryFile(file)) return undefined;
      invalidate(devServer);
      devServer.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
