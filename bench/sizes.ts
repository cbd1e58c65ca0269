/**
 * What a visitor downloads, measured from a build: the initial JavaScript (the entry and its static
 * imports, from Vite's manifest), every later chunk, CSS, HTML, each language's story text, fonts,
 * images and audio, each raw and compressed as a static host would serve it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import {
  checkTranslations,
  compileStory,
  formatProblem,
  loadLocaleFiles,
  loadStoryFiles,
} from '../src/engine/compile/index.ts';
import { extractText } from '../src/engine/text.ts';
import { SHIPPED_LANGUAGES } from '../src/i18n/languages.ts';

/** One entry of `.vite/manifest.json` (the fields the bench reads). */
export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
}

export type Manifest = Record<string, ManifestChunk>;

export interface Size {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface MeasuredFile extends Size {
  file: string;
}

export type AssetKind = 'font' | 'image' | 'audio';

export interface SizeReport {
  /** The JavaScript the page loads before it can run: entry chunks and everything they import statically. */
  initialJs: Size & { files: string[] };
  /** Chunks loaded later, by dynamic import. */
  laterChunks: MeasuredFile[];
  css: MeasuredFile[];
  html: MeasuredFile[];
  /**
   * The story's words per shipped language, as the app receives them (the shape is shared and sits
   * in the initial JS); `file` is the language's opening chunk (the interface's strings and the
   * words of the title screen and first chapter), `startGzip` its size, `inInitialJs` whether the
   * words leaked into the initial JavaScript.
   */
  story: Array<Size & { lang: string; file?: string; startGzip?: number; inInitialJs: boolean }>;
  assets: Array<MeasuredFile & { kind: AssetKind }>;
  /** `embed.js`, the campaigner's loader (a classic script apart from the app's chunks). */
  embedLoader?: MeasuredFile;
}

/** The files the page loads up front: each entry's chunk and, transitively, its static imports. */
export function initialChunks(manifest: Manifest): { js: string[]; css: string[] } {
  const js = new Set<string>();
  const css = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string): void => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The manifest lists an import "${key}" it has no entry for.`);
    if (chunk.file.endsWith('.js')) js.add(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
    for (const next of chunk.imports ?? []) visit(next);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return { js: [...js], css: [...css] };
}

/** Raw, gzip (level 9) and brotli (quality 11, text mode) sizes, as a host that pre-compresses serves them. */
export function sizeOf(bytes: Buffer | string): Size {
  const buffer = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
      },
    }).length,
  };
}

const ASSET_KINDS: Record<string, AssetKind> = {
  '.woff2': 'font',
  '.woff': 'font',
  '.ttf': 'font',
  '.otf': 'font',
  '.svg': 'image',
  '.png': 'image',
  '.jpg': 'image',
  '.jpeg': 'image',
  '.webp': 'image',
  '.avif': 'image',
  '.gif': 'image',
  '.ico': 'image',
  '.mp3': 'audio',
  '.ogg': 'audio',
  '.opus': 'audio',
  '.m4a': 'audio',
  '.aac': 'audio',
  '.webm': 'audio',
  '.wav': 'audio',
  '.flac': 'audio',
};

const EMBED_LOADER = 'embed.js';

/** Measures a build in `distDir`; `storyDir` is compiled again to size the story text. */
export function measureSizes(distDir: string, storyDir: string, root: string): SizeReport {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8')) as Manifest;
  const initial = initialChunks(manifest);
  const measure = (file: string): MeasuredFile => ({ file, ...sizeOf(readFileSync(join(distDir, file))) });

  const initialFiles = initial.js.map(measure);
  const initialText = initial.js.map((file) => readFileSync(join(distDir, file), 'utf8')).join('\n');
  const files = walk(distDir).filter((file) => !file.startsWith('.vite/'));
  const initialSet = new Set(initial.js);
  const stories = storySizes(storyDir, root);
  return {
    initialJs: {
      files: initial.js,
      raw: sum(initialFiles, 'raw'),
      gzip: sum(initialFiles, 'gzip'),
      brotli: sum(initialFiles, 'brotli'),
    },
    laterChunks: files.filter((f) => /\.m?js$/.test(f) && !initialSet.has(f) && f !== EMBED_LOADER).map(measure),
    css: files.filter((f) => f.endsWith('.css')).map(measure),
    html: files.filter((f) => f.endsWith('.html')).map(measure),
    story: stories.map(({ marker, ...size }) => {
      const chunk = manifest[`virtual:locale/${size.lang}`]?.file;
      const start = chunk ? { file: chunk, startGzip: measure(chunk).gzip } : {};
      return { ...size, ...start, inInitialJs: initialText.includes(marker) };
    }),
    assets: files.flatMap((f) => {
      const kind = ASSET_KINDS[extname(f).toLowerCase()];
      return kind ? [{ ...measure(f), kind }] : [];
    }),
    ...(files.includes(EMBED_LOADER) ? { embedLoader: measure(EMBED_LOADER) } : {}),
  };
}

/**
 * The story's words per shipped language, built as the story plugin builds them. `marker` is a
 * stretch of the language's premise, found in a bundle that carries its words.
 */
export function storySizes(storyDir: string, root: string): Array<Size & { lang: string; marker: string }> {
  const prefix = relative(root, storyDir).split(sep).join('/');
  // The build has checked the story; its states need no second walk to be measured.
  const { story, problems } = compileStory(loadStoryFiles(storyDir, root), prefix, { walk: false });
  if (!story) throw new Error(`The story does not compile:\n${problems.map(formatProblem).join('\n')}`);
  const translated = SHIPPED_LANGUAGES.filter((l) => l !== 'en');
  const { texts } = checkTranslations(extractText(story), loadLocaleFiles(storyDir, root), prefix, translated);
  const locales = join(storyDir, 'locales');
  return SHIPPED_LANGUAGES.flatMap((lang) => {
    const text = texts[lang];
    if (!text || (lang !== 'en' && !isDirectory(join(locales, lang)))) return [];
    return [{ lang, marker: text.story.premise.slice(0, 40), ...sizeOf(JSON.stringify(text)) }];
  });
}

/** Every file under `dir`, as `/`-separated paths relative to it, sorted. */
function walk(dir: string): string[] {
  const out: string[] = [];
  const visit = (current: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.isFile()) out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  visit(dir);
  return out.sort();
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function sum(files: MeasuredFile[], key: keyof Size): number {
  return files.reduce((total, file) => total + file[key], 0);
}
