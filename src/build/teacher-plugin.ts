/**
 * Vite plugin, build only: the teacher guide, `teacher/index.html` (English) and
 * `teacher/<lang>/index.html` for every other shipped language, each with its stylesheet
 * (src/teacher/teacher.css) inline, and the SVG files of its maps, `teacher/maps/<lang>/*.svg`. Plain string templates from the compiled story, so the
 * guide always matches the story that ships with it.
 *
 * The guide quotes the story's summary (random runs, the shortest path to each ending), which walks
 * every state of the story: it is kept in `node_modules/.cache/teacher-guide/`, keyed by the
 * story's hash (its shape, which is all those numbers depend on), so a build that changes no choice
 * does not walk again.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { summarise } from '../engine/compile/index.ts';
import type { CompiledStory } from '../engine/story.ts';
import { applyText, extractText } from '../engine/text.ts';
import { SHIPPED_LANGUAGES } from '../i18n/languages.ts';
import { teacherGuideHtml, teacherMapFiles, teacherPagePath, type GuideStats } from '../teacher/guide.ts';
import { loadBuildInputs } from './build-inputs.ts';
import { inlineAssets, inlineStyle } from './inline-style.ts';
import { staticPagePlugin } from './static-page-plugin.ts';

/** The pages' stylesheet, carried inline by each (inline-style.ts). */
const STYLESHEET = fileURLToPath(new URL('../teacher/teacher.css', import.meta.url));
/** The maps' stylesheet, carried by each map's SVG file. */
const MAP_STYLESHEET = fileURLToPath(new URL('../teacher/map-image.css', import.meta.url));

export interface TeacherPluginOptions {
  /** The story folder, relative to Vite's root. */
  dir?: string;
  /** Where the story's summary is kept between builds, relative to the root. */
  cacheDir?: string;
}

/** Bumped when `GuideStats` changes shape, so an old cache entry is not read. */
const STATS_VERSION = 1;

export function teacherPlugin(options: TeacherPluginOptions = {}): Plugin {
  return staticPagePlugin('teacher', function ({ root, base, log }) {
    const started = performance.now();
    const { campaign, story, texts, cspWith } = loadBuildInputs(root, options.dir);
    const { assets, styleHash } = inlineAssets(STYLESHEET, resolve(root, 'public/favicon.svg'));
    const stats = cachedStats(story, resolve(root, options.cacheDir ?? 'node_modules/.cache/teacher-guide'));
    const english = applyText(story, texts.en ?? extractText(story));
    const mapCss = inlineStyle(MAP_STYLESHEET).css;

    for (const lang of SHIPPED_LANGUAGES) {
      const translated = applyText(story, texts[lang] ?? texts.en ?? extractText(story));
      for (const { fileName, source } of teacherMapFiles({ lang, story: translated, css: mapCss }))
        this.emitFile({ type: 'asset', fileName, source });
      this.emitFile({
        type: 'asset',
        fileName: teacherPagePath(lang),
        source: teacherGuideHtml({
          lang,
          story: translated,
          english,
          languages: SHIPPED_LANGUAGES,
          base,
          publicUrl: campaign.publicUrl,
          contentSecurityPolicy: cspWith({ styles: [styleHash] }),
          inline: assets,
          stats: stats.value,
        }),
      });
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    log(
      `[teacher] ${SHIPPED_LANGUAGES.length} teacher guide pages in ${seconds} s (story summary ${stats.cached ? 'from the cache' : 'walked'})`,
    );
  });
}

/** The numbers the guide quotes from the story's summary, from the cache or worked out now. */
export function cachedStats(story: CompiledStory, dir: string): { value: GuideStats; cached: boolean } {
  const path = join(dir, `stats-${STATS_VERSION}-${story.hash}.json`);
  if (existsSync(path)) {
    try {
      return { value: JSON.parse(readFileSync(path, 'utf8')) as GuideStats, cached: true };
    } catch {
      // A damaged file: work the numbers out again and write it afresh.
    }
  }
  const summary = summarise(story);
  const value: GuideStats = {
    runs: summary.randomRuns.runs,
    medianChoices: summary.randomRuns.median,
    endings: Object.fromEntries(
      Object.entries(summary.endingPaths).map(([id, paths]) => [
        id,
        { ...(paths.shortest !== undefined ? { shortest: paths.shortest } : {}), runs: paths.runs },
      ]),
    ),
  };
  mkdirSync(dir, { recursive: true });
  // Written whole, then renamed: two builds at once never read half a file.
  const temporary = `${path}.${String(process.pid)}.tmp`;
  writeFileSync(temporary, JSON.stringify(value));
  renameSync(temporary, path);
  return { value, cached: false };
}
