/**
 * The static page of one ending in one language, `share/<lang>/<ending>/index.html`: what a link
 * shared from the ending opens, and what networks read for their preview (Open Graph and X's card
 * tags). It reads with no JavaScript and loads nothing before it paints: its stylesheet
 * (src/share/share.css) and the app's icon are inline, the style allowed by its hash in the app's
 * Content-Security-Policy. Pure: the build writes the files (src/build/share-plugin.ts).
 */
import { oembedDiscoveryLink } from '../embed/oembed.ts';
import { LANGUAGES, type Language } from '../i18n/languages.ts';
import {
  alternateLinks,
  escapeHtml,
  inlineIconAndStyle,
  staticDocument,
  staticHead,
  type InlineAssets,
} from '../static-pages/common.ts';
import { CARD_HEIGHT, CARD_WIDTH } from './card.ts';

/** The files the build writes, relative to the output folder. */
export const sharePagePath = (lang: string, ending: string): string => `share/${lang}/${ending}/index.html`;
export const shareCardPath = (lang: string, ending: string): string => `share/${lang}/${ending}/card.png`;

/** How deep a page sits below the app's folder (`share/<lang>/<ending>/`): for relative links. */
const PAGE_DEPTH = 3;

/**
 * Where the app's folder is, seen from outside (`absolute`: for networks, canonical links) and
 * from a share page (`local`: for its own links). `base` is Vite's: `/`, a
 * sub-folder (`/stories/ttm/`), a full URL (assets on a CDN: the files live there) or `./`.
 */
export function appRoots(publicUrl: string, base: string): { absolute: string; local: string } {
  const origin = publicUrl.replace(/\/+$/, '');
  if (/^https?:\/\//i.test(base)) return { absolute: base, local: base };
  if (base === '' || base.startsWith('.')) return { absolute: `${origin}/`, local: '../'.repeat(PAGE_DEPTH) };
  const folder = base.endsWith('/') ? base : `${base}/`;
  return { absolute: `${origin}${folder}`, local: folder };
}

/** The absolute address of an ending's page in a language: `<publicUrl><base>share/<lang>/<ending>/`. */
export function sharePageUrl(publicUrl: string, base: string, lang: string, ending: string): string {
  return `${appRoots(publicUrl, base).absolute}share/${lang}/${ending}/`;
}

export interface SharePageWords {
  /** `lang`'s story title. */
  storyTitle: string;
  /** The ending's title, plain (glossary marks resolved). */
  endingTitle: string;
  /** The ending's share text, plain. */
  shareText: string;
  /** The interface's "Play the story". */
  play: string;
  /** The interface's sentence about the story. */
  about: string;
  /** The interface's `documentTitle` pattern, `{{scene}} — {{story}}`. */
  documentTitle: string;
  /**
   * The language of `play` or `about` when it is not the page's: a key not yet translated falls
   * back to English, and is marked so that a screen reader reads it as English.
   */
  fallback?: Partial<Record<'play' | 'about', string>>;
}

export interface SharePageInput {
  lang: Language;
  ending: string;
  words: SharePageWords;
  /** Absolute, no trailing slash (`campaign.publicUrl`). */
  publicUrl: string;
  /** Vite's `base`. */
  base: string;
  /** The languages that have this page, `lang` among them (for `hreflang` and `og:locale:alternate`). */
  languages: readonly Language[];
  /** The Content-Security-Policy the app carries, with the hash of `inline.css` among its styles. */
  contentSecurityPolicy: string;
  /** The page's stylesheet and the app's icon, carried inline (src/build/inline-style.ts). */
  inline: InlineAssets;
}

export { escapeHtml };

/** `{{name}}` in `pattern` replaced by `values[name]` (unknown names left as they are). */
function fill(pattern: string, values: Record<string, string>): string {
  return pattern.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The page's `<title>` and `og:title`: the ending's title, then the story's, as the app titles its pages. */
export function sharePageTitle(words: SharePageWords): string {
  return fill(words.documentTitle, { scene: words.endingTitle, story: words.storyTitle });
}

/**
 * The card's description for `og:image:alt`: the words it shows (titles and share text), in the
 * page's language, so a screen reader on the network hears what a sighted reader sees.
 */
export function shareImageAlt(words: SharePageWords): string {
  return `${sharePageTitle(words)} ${words.shareText}`;
}

/** The whole HTML document of one share page. */
export function sharePageHtml(input: SharePageInput): string {
  const { lang, ending, words, publicUrl, base, languages } = input;
  const roots = appRoots(publicUrl, base);
  const pageUrl = sharePageUrl(publicUrl, base, lang, ending);
  const imageUrl = `${pageUrl}card.png`;
  const title = sharePageTitle(words);
  const others = languages.filter((l) => l !== lang);
  const e = escapeHtml;
  const meta = (attr: 'name' | 'property', key: string, content: string): string =>
    `<meta ${attr}="${key}" content="${e(content)}">`;

  const head = [
    ...staticHead({ csp: input.contentSecurityPolicy, title, description: words.shareText }),
    `<link rel="canonical" href="${e(pageUrl)}">`,
    // A site that reads oEmbed (WordPress) embeds the story, in this page's language, from its link.
    oembedDiscoveryLink(roots.absolute, lang, title),
    ...alternateLinks(languages, (l) => sharePageUrl(publicUrl, base, l, ending), { xDefault: true }),
    meta('property', 'og:type', 'article'),
    meta('property', 'og:site_name', words.storyTitle),
    meta('property', 'og:title', title),
    meta('property', 'og:description', words.shareText),
    meta('property', 'og:url', pageUrl),
    meta('property', 'og:locale', LANGUAGES[lang].ogLocale),
    ...others.map((l) => meta('property', 'og:locale:alternate', LANGUAGES[l].ogLocale)),
    meta('property', 'og:image', imageUrl),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', String(CARD_WIDTH)),
    meta('property', 'og:image:height', String(CARD_HEIGHT)),
    meta('property', 'og:image:alt', shareImageAlt(words)),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', title),
    meta('name', 'twitter:description', words.shareText),
    meta('name', 'twitter:image', imageUrl),
    meta('name', 'twitter:image:alt', shareImageAlt(words)),
    ...inlineIconAndStyle(input.inline),
  ];
  const langOf = (key: 'play' | 'about'): string => {
    const other = words.fallback?.[key];
    return other && other !== lang ? ` lang="${e(other)}"` : '';
  };
  const body = [
    '<main class="share">',
    `<p class="share-story">${e(words.storyTitle)}</p>`,
    `<h1>${e(words.endingTitle)}</h1>`,
    `<p class="share-text">${e(words.shareText)}</p>`,
    `<p class="share-action"><a class="share-play" href="${e(`${roots.local}?lang=${encodeURIComponent(lang)}`)}"${langOf('play')}>${e(words.play)}</a></p>`,
    `<p class="share-about"${langOf('about')}>${e(words.about)}</p>`,
    '</main>',
  ];
  return staticDocument(lang, head, body);
}
