/**
 * Vite plugin, build only: a static page and a share card for every ending in every shipped
 * language, `share/<lang>/<ending>/index.html` and `card.png`, each page with its stylesheet
 * (src/share/share.css) inline. A link shared from an ending opens the page; networks read its
 * Open Graph tags and show the card. The cards (satori lays out src/share/card.ts, resvg paints it) are kept
 * in `node_modules/.cache/share-cards/`, keyed by everything that shapes them, so a build that
 * changes no words renders none.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { renderAsync as RenderAsync } from '@resvg/resvg-js';
import type Satori from 'satori';
import type { Plugin } from 'vite';
import { applyText } from '../engine/text.ts';
import { LANGUAGES, SCRIPTS, SHIPPED_LANGUAGES, type Language, type Script } from '../i18n/languages.ts';
import { UI_LOCALES_DIR } from '../i18n/ui-check.ts';
import {
  CARD_HEIGHT,
  CARD_PADDING,
  CARD_SCALES,
  CARD_WIDTH,
  drawCard,
  type AnyCardTexts,
  type CardTexts,
} from '../share/card.ts';
import { shareCardPath, sharePageHtml, sharePagePath, type SharePageWords } from '../share/page.ts';
import { plainText } from '../ui/RichText.tsx';
import { loadBuildInputs } from './build-inputs.ts';
import { inlineAssets } from './inline-style.ts';
import { staticPagePlugin } from './static-page-plugin.ts';

/** The pages' stylesheet, carried inline by each (inline-style.ts). */
const STYLESHEET = fileURLToPath(new URL('../share/share.css', import.meta.url));

export interface SharePluginOptions {
  /** The story folder, relative to Vite's root. */
  dir?: string;
  /** Where rendered cards are kept between builds, relative to the root. */
  cacheDir?: string;
}

/** A font file from an npm package, as satori takes it (TTF: satori reads no .ttc or WOFF2). */
interface FontFile {
  package: string;
  file: string;
  weight: 400 | 700;
}

/** The card's font files for a script (SCRIPTS): Noto, the serif for Latin text, each CJK language's own sans. */
export function fontFiles(script: Script): FontFile[] {
  const { package: name, stem } = SCRIPTS[script].cardFont;
  return [
    { package: name, file: `400Regular/${stem}_400Regular.ttf`, weight: 400 },
    { package: name, file: `700Bold/${stem}_700Bold.ttf`, weight: 700 },
  ];
}

/** The code that draws a card: a change to either file renders every card afresh. */
const DESIGN_FILES = [
  fileURLToPath(new URL('../share/card.ts', import.meta.url)),
  fileURLToPath(new URL(import.meta.url)),
];

/** Cards no build has used for this long are removed from the cache. */
const CACHE_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

type UiWords = Pick<SharePageWords, 'play' | 'about' | 'documentTitle' | 'fallback'>;

export function sharePlugin(options: SharePluginOptions = {}): Plugin {
  return staticPagePlugin('share', async function ({ root, base, log }) {
    const started = performance.now();
    const { campaign, story, texts, cspWith } = loadBuildInputs(root, options.dir);
    const { assets, styleHash } = inlineAssets(STYLESHEET, resolve(root, 'public/favicon.svg'));
    const csp = cspWith({ styles: [styleHash] });
    const storyPrefix = relative(root, resolve(root, options.dir ?? 'story'))
      .split(sep)
      .join('/');
    const cards = new CardCache(resolve(root, options.cacheDir ?? 'node_modules/.cache/share-cards'), root);

    const pending: Array<Promise<{ fileName: string; png: Buffer }>> = [];
    for (const lang of SHIPPED_LANGUAGES) {
      const localised = applyText(story, texts[lang] ?? texts.en!);
      const plain = (text: string): string => plainText(text, localised.glossary).replace(/\s+/g, ' ').trim();
      const ui = uiWords(root, lang);
      const storyTitle = plain(localised.title);
      for (const ending of Object.values(localised.endings)) {
        const words: SharePageWords = {
          ...ui,
          storyTitle,
          endingTitle: plain(ending.title),
          shareText: plain(ending.share),
        };
        this.emitFile({
          type: 'asset',
          fileName: sharePagePath(lang, ending.id),
          source: sharePageHtml({
            lang,
            ending: ending.id,
            words,
            publicUrl: campaign.publicUrl,
            base,
            languages: SHIPPED_LANGUAGES,
            contentSecurityPolicy: csp,
            inline: assets,
          }),
        });
        const card: CardTexts = {
          lang,
          storyTitle,
          endingTitle: words.endingTitle,
          shareText: words.shareText,
          hashtags: campaign.hashtags,
        };
        const where = `${storyPrefix}/locales/${lang}/endings.json, ending "${ending.id}"`;
        pending.push(cards.get(card, where).then((png) => ({ fileName: shareCardPath(lang, ending.id), png })));
      }
    }
    // All at once: resvg paints on its own threads while satori lays out the next card.
    for (const { fileName, png } of await Promise.all(pending)) this.emitFile({ type: 'asset', fileName, source: png });
    cards.prune();
    const count = pending.length;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    log(
      `[share] ${String(count)} share pages and cards in ${seconds} s (${String(cards.rendered)} cards rendered, ${String(count - cards.rendered)} from the cache)`,
    );
  });
}

/** The interface's words a share page needs in `lang`; a key the language lacks falls back to English. */
export function uiWords(root: string, lang: Language): UiWords {
  const read = (l: string): Record<string, unknown> => {
    try {
      return JSON.parse(readFileSync(resolve(root, UI_LOCALES_DIR, l, 'ui.json'), 'utf8')) as Record<string, unknown>;
    } catch {
      return {};
    }
  };
  const own = read(lang);
  const english = read('en');
  const fallback: NonNullable<UiWords['fallback']> = {};
  const word = (key: string, field?: 'play' | 'about'): string => {
    if (typeof own[key] === 'string') return own[key];
    if (typeof english[key] !== 'string')
      throw new Error(`${UI_LOCALES_DIR}/en/ui.json has no "${key}", which the share pages need.`);
    if (field) fallback[field] = 'en';
    return english[key];
  };
  return {
    play: word('sharePagePlay', 'play'),
    about: word('sharePageAbout', 'about'),
    documentTitle: word('documentTitle'),
    fallback,
  };
}

/**
 * Rendered cards on disk, each named by a hash of its words, its language's fonts (package
 * versions), the drawing code and the renderers' versions. The embed page's plugin keeps the
 * story's title cards in one of its own.
 */
export class CardCache {
  rendered = 0;
  private readonly used = new Set<string>();
  private readonly require: NodeJS.Require;
  private readonly design: string;
  private readonly fonts = new Map<string, Array<{ name: string; data: Buffer; weight: 400 | 700 }>>();
  private renderer?: Promise<Renderer>;

  constructor(
    private readonly dir: string,
    root: string,
  ) {
    this.require = createRequire(join(root, 'package.json'));
    const hash = createHash('sha256');
    for (const file of DESIGN_FILES) hash.update(readFileSync(file));
    for (const name of ['satori', '@resvg/resvg-js']) hash.update(`${name}@${this.version(name)}`);
    this.design = hash.digest('hex');
  }

  /** The PNG of `texts`, from the cache or rendered now. `where` names the words' file for an error. */
  async get(texts: AnyCardTexts, where: string): Promise<Buffer> {
    const { script } = LANGUAGES[texts.lang];
    const fontIds = fontFiles(script).map((f) => `${f.package}@${this.version(f.package)}/${f.file}`);
    const key = createHash('sha256')
      .update(JSON.stringify({ design: this.design, script, fonts: fontIds, texts }))
      .digest('hex')
      .slice(0, 32);
    const path = join(this.dir, `${key}.png`);
    this.used.add(path);
    if (existsSync(path)) {
      const now = new Date();
      utimesSync(path, now, now);
      return readFileSync(path);
    }
    this.renderer ??= loadRenderer();
    const png = await render(await this.renderer, texts, this.fontsFor(script), where);
    this.rendered++;
    mkdirSync(this.dir, { recursive: true });
    // Written whole, then renamed: two builds at once never read half a file.
    const temporary = `${path}.${String(process.pid)}.tmp`;
    writeFileSync(temporary, png);
    renameSync(temporary, path);
    return png;
  }

  /** Removes the cards no build has used for a month. */
  prune(): void {
    if (!existsSync(this.dir)) return;
    const oldest = Date.now() - CACHE_MAX_AGE_MS;
    for (const name of readdirSync(this.dir)) {
      const path = join(this.dir, name);
      if (!this.used.has(path) && statSync(path).mtimeMs < oldest) unlinkSync(path);
    }
  }

  private version(name: string): string {
    return (JSON.parse(readFileSync(this.require.resolve(`${name}/package.json`), 'utf8')) as { version: string })
      .version;
  }

  /** One array per script, kept: satori parses a font once per array it sees. */
  private fontsFor(script: Script): Array<{ name: string; data: Buffer; weight: 400 | 700 }> {
    let fonts = this.fonts.get(script);
    if (!fonts) {
      fonts = fontFiles(script).map((f) => ({
        name: SCRIPTS[script].cardFont.family,
        data: readFileSync(this.require.resolve(`${f.package}/${f.file}`)),
        weight: f.weight,
      }));
      this.fonts.set(script, fonts);
    }
    return fonts;
  }
}

interface Renderer {
  satori: typeof Satori;
  renderAsync: typeof RenderAsync;
}

/** Loaded when a card must be drawn, so a build with a warm cache (and the dev server) never pays for them. */
async function loadRenderer(): Promise<Renderer> {
  const [{ default: satori }, { renderAsync }] = await Promise.all([import('satori'), import('@resvg/resvg-js')]);
  return { satori, renderAsync };
}

/**
 * Lays the card out at the largest scale at which every line stays inside the padding, and paints
 * it. Words too long for the smallest scale fail the build, naming them: a clipped card would
 * otherwise go out unseen.
 */
async function render(
  { satori, renderAsync }: Renderer,
  texts: AnyCardTexts,
  fonts: Array<{ name: string; data: Buffer; weight: 400 | 700 }>,
  where: string,
): Promise<Buffer> {
  const right = CARD_WIDTH - CARD_PADDING.inline;
  const bottom = CARD_HEIGHT - CARD_PADDING.block;
  let spilled: string[] = [];
  for (const scale of CARD_SCALES) {
    spilled = [];
    const svg = await satori(drawCard(texts, scale), {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      fonts,
      onNodeDetected: (node) => {
        // Half a pixel of slack for rounding in the layout.
        if (node.textContent && (node.left + node.width > right + 0.5 || node.top + node.height > bottom + 0.5))
          spilled.push(node.textContent);
      },
    });
    if (spilled.length) continue;
    // The SVG carries its text as paths: resvg needs no fonts.
    return (await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } })).asPng();
  }
  throw new Error(
    `${where}: its words do not fit on the share card even at the smallest type (${spilled.map((t) => `"${t}"`).join(', ')} spill over the edge). Shorten them.`,
  );
}
