/**
 * Vite plugin, build only: the class page (src/room/page.ts). `class/index.html`, its stylesheet
 * `class/class.css`, its script `class/class.js` (src/room/projector.ts, bundled here by rolldown
 * into one small classic script apart from the app's module graph, as the embed configurator is),
 * and `class/data-<lang>.json` for every shipped language: the decisions in story order with their
 * choices, the endings and the chapters' discussion questions, and the page's words from ui.json.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';
import type { Plugin } from 'vite';
import { applyText, extractText } from '../engine/text.ts';
import { UI_LOCALES_DIR } from '../i18n/ui-check.ts';
import { LANGUAGES, SHIPPED_LANGUAGES } from '../i18n/languages.ts';
import {
  CLASS_PAGE_PATH,
  CLASS_SCRIPT_PATH,
  CLASS_STYLESHEET_PATH,
  classDataPath,
  classPageHtml,
  pageWords,
  projectorData,
} from '../room/page.ts';
import { plainText } from '../ui/RichText.tsx';
import { loadBuildInputs } from './build-inputs.ts';
import { readStaticCss } from './static-css.ts';
import { staticPagePlugin } from './static-page-plugin.ts';

const STYLESHEET = fileURLToPath(new URL('../room/class.css', import.meta.url));

/** The projector's script, bundled and minified into one classic script. */
export async function bundleProjector(root: string): Promise<string> {
  const output = await build({
    input: resolve(root, 'src/room/projector.ts'),
    write: false,
    platform: 'browser',
    transform: { target: 'es2022' },
    output: { format: 'iife', minify: true, codeSplitting: false },
    logLevel: 'warn',
  });
  return `/*! Three Thousand Miles class room projector (src/room/projector.ts). */\n${output.output[0].code}`;
}

export function classPagePlugin(options: { dir?: string } = {}): Plugin {
  return staticPagePlugin('class-page', async function ({ root, base, log }) {
    const { story, texts, csp } = loadBuildInputs(root, options.dir);
    const wordsOf = (lang: string) =>
      pageWords(
        JSON.parse(readFileSync(resolve(root, UI_LOCALES_DIR, lang, 'ui.json'), 'utf8')) as Record<string, unknown>,
      );
    const english = applyText(story, texts.en ?? extractText(story));
    this.emitFile({ type: 'asset', fileName: CLASS_STYLESHEET_PATH, source: readStaticCss(STYLESHEET) });
    this.emitFile({ type: 'asset', fileName: CLASS_SCRIPT_PATH, source: await bundleProjector(root) });
    this.emitFile({
      type: 'asset',
      fileName: CLASS_PAGE_PATH,
      source: classPageHtml({
        words: wordsOf('en'),
        storyTitle: plainText(english.title, english.glossary).replace(/\s+/g, ' ').trim(),
        languages: SHIPPED_LANGUAGES.map((lang) => ({ lang, name: LANGUAGES[lang].name })),
        base,
        contentSecurityPolicy: csp,
      }),
    });
    for (const lang of SHIPPED_LANGUAGES) {
      const localised = applyText(story, texts[lang] ?? texts.en ?? extractText(story));
      const data = projectorData(localised, lang, wordsOf(lang), (text) => plainText(text, localised.glossary));
      this.emitFile({ type: 'asset', fileName: classDataPath(lang), source: JSON.stringify(data) });
    }
    log(`[class] the class page and its data in ${String(SHIPPED_LANGUAGES.length)} languages`);
  });
}
