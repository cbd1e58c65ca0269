/**
 * Vite plugin, build only: what a campaigner needs to embed the story, beside the loader that
 * src/build/embed-plugin.ts writes.
 * - The configurator, `embed/index.html` (src/embed/page.ts), its stylesheet `embed/embed.css` and
 *   its script `embed/configurator.js` (src/embed/configurator.ts, bundled here by rolldown into
 *   one small classic script, apart from the app's module graph: the page's CSP allows no inline
 *   script, and the page needs none of the app).
 * - oEmbed: `oembed/<lang>.json` for every shipped language (src/embed/oembed.ts), with the story's
 *   title card `card/<lang>.png` as its thumbnail, drawn like the share cards (src/share/card.ts)
 *   and kept in `node_modules/.cache/title-cards/` by the share plugin's cache.
 * - In the app page's `<head>`: the oEmbed discovery link (English), and the title card as its
 *   Open Graph and X card image where the page has none.
 */
import { resolve } from 'node:path';
import { build } from 'rolldown';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { EMBED_PAGE_PATH, EMBED_SCRIPT_PATH, EMBED_STYLESHEET_PATH, embedPageHtml } from '../embed/page.ts';
import { appPageHead, oembedJson, oembedPath, oembedResponse, titleCardPath } from '../embed/oembed.ts';
import { applyText } from '../engine/text.ts';
import { SHIPPED_LANGUAGES, type Language } from '../i18n/languages.ts';
import { CARD_HEIGHT, CARD_WIDTH, type TitleCardTexts } from '../share/card.ts';
import { appRoots } from '../share/page.ts';
import { plainStory } from '../teacher/guide.ts';
import { loadBuildInputs, type BuildInputs } from './build-inputs.ts';
import { CardCache, uiWords } from './share-plugin.ts';
import { readStaticCss } from './static-css.ts';
import { staticPagePlugin } from './static-page-plugin.ts';

/** The page's stylesheet, emitted with its imports inlined (static-css.ts). */
const STYLESHEET = fileURLToPath(new URL('../embed/embed.css', import.meta.url));

export interface EmbedPagePluginOptions {
  /** The story folder, relative to Vite's root. */
  dir?: string;
  /** Where rendered title cards are kept between builds, relative to the root. */
  cacheDir?: string;
}

/** The configurator's script, bundled and minified into one classic script. */
export async function bundleConfigurator(root: string): Promise<string> {
  const source = resolve(root, 'src/embed/configurator.ts');
  const entry = '\0configurator-entry';
  const output = await build({
    // Imported for what it does when it runs: its exports are for tests, and an IIFE of the
    // module itself would carry every one of them.
    input: entry,
    plugins: [
      {
        name: 'configurator-entry',
        resolveId: (id) => (id === entry ? id : undefined),
        load: (id) => (id === entry ? `import ${JSON.stringify(source)};` : undefined),
      },
    ],
    write: false,
    platform: 'browser',
    transform: { target: 'es2020' },
    output: { format: 'iife', minify: true, codeSplitting: false },
    logLevel: 'warn',
  });
  return `/*! Three Thousand Miles embed configurator (src/embed/configurator.ts). */\n${output.output[0].code}`;
}

export function embedPagePlugin(options: EmbedPagePluginOptions = {}): Plugin {
  let inputs: BuildInputs | undefined;
  // Read once a build: the app page's head and the files need the same campaign and story.
  const buildInputs = (root: string): BuildInputs => (inputs ??= loadBuildInputs(root, options.dir));

  /** The story's title and words about it in `lang`, plain. */
  const wordsIn = (root: string, lang: Language) => {
    const { story, texts } = buildInputs(root);
    const localised = plainStory(applyText(story, texts[lang] ?? texts.en!));
    const ui = uiWords(root, lang);
    return { story: localised, title: localised.title, play: ui.play, about: ui.about };
  };

  return staticPagePlugin(
    'embed-page',
    async function ({ root, base, log }) {
      const started = performance.now();
      const { campaign, csp } = buildInputs(root);
      const appUrl = appRoots(campaign.publicUrl, base).absolute;
      const cards = new CardCache(resolve(root, options.cacheDir ?? 'node_modules/.cache/title-cards'), root);

      this.emitFile({ type: 'asset', fileName: EMBED_STYLESHEET_PATH, source: readStaticCss(STYLESHEET) });
      this.emitFile({ type: 'asset', fileName: EMBED_SCRIPT_PATH, source: await bundleConfigurator(root) });
      this.emitFile({
        type: 'asset',
        fileName: EMBED_PAGE_PATH,
        source: embedPageHtml({
          story: wordsIn(root, 'en').story,
          languages: SHIPPED_LANGUAGES,
          hashtags: campaign.hashtags,
          base,
          appUrl,
          contentSecurityPolicy: csp,
        }),
      });

      const pending = SHIPPED_LANGUAGES.map(async (lang) => {
        const words = wordsIn(root, lang);
        const response = oembedResponse({
          appUrl,
          lang,
          title: words.title,
          providerName: campaign.organisation.name,
          thumbnail: { width: CARD_WIDTH, height: CARD_HEIGHT },
        });
        this.emitFile({ type: 'asset', fileName: oembedPath(lang), source: oembedJson(response) });
        const card: TitleCardTexts = {
          kind: 'title',
          lang,
          kicker: words.play,
          storyTitle: words.title,
          about: words.about,
          hashtags: campaign.hashtags,
        };
        const png = await cards.get(card, `the title card in ${lang} (story title and the interface's sharePageAbout)`);
        this.emitFile({ type: 'asset', fileName: titleCardPath(lang), source: png });
      });
      await Promise.all(pending);
      cards.prune();
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      log(
        `[embed] the configurator, ${String(pending.length)} oEmbed responses and title cards in ${seconds} s (${String(cards.rendered)} cards rendered)`,
      );
    },
    (build) => ({
      buildStart() {
        inputs = undefined;
      },
      transformIndexHtml: {
        order: 'post',
        handler(html) {
          const { title, about } = wordsIn(build.root, 'en');
          const appUrl = appRoots(buildInputs(build.root).campaign.publicUrl, build.base).absolute;
          return appPageHead(html, { appUrl, title, about });
        },
      },
    }),
  );
}
