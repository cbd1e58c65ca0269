/**
 * The static page of one ending in one language, `share/<lang>/<ending>/index.html`: what a link
 * shared from the ending opens, and what networks read for their preview (Open Graph and X's card
 * tags). It reads with no JavaScript and loads nothing but its stylesheet (`share/share.css`,
 * below), under the app's Content-Security-Policy. Pure: the build writes the files
 * (src/build/share-plugin.ts).
 */
import { oembedDiscoveryLink } from '../embed/oembed.ts';
import { LANGUAGES, type Language } from '../i18n/languages.ts';
import { escapeHtml, PALETTE_VARS, SCRIPT_FONTS, staticHead } from '../static-pages/common.ts';
import { CARD_HEIGHT, CARD_WIDTH } from './card.ts';

/** Open Graph's locale for each language (`language_TERRITORY`). */
export const OG_LOCALE: Record<Language, string> = {
  en: 'en_GB',
  ko: 'ko_KR',
  ja: 'ja_JP',
  'zh-Hans': 'zh_CN',
  es: 'es_ES',
  fr: 'fr_FR',
};

/** The files the build writes, relative to the output folder. */
export const sharePagePath = (lang: string, ending: string): string => `share/${lang}/${ending}/index.html`;
export const shareCardPath = (lang: string, ending: string): string => `share/${lang}/${ending}/card.png`;
export const SHARE_STYLESHEET_PATH = 'share/share.css';

/** How deep a page sits below the app's folder (`share/<lang>/<ending>/`): for relative links. */
const PAGE_DEPTH = 3;

/**
 * Where the app's folder is, seen from outside (`absolute`: for networks, canonical links) and
 * from a share page (`local`: for its own links and stylesheet). `base` is Vite's: `/`, a
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
  /** The Content-Security-Policy the app carries. */
  contentSecurityPolicy: string;
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
  const alternates = languages.map(
    (l) => `<link rel="alternate" hreflang="${l}" href="${e(sharePageUrl(publicUrl, base, l, ending))}">`,
  );
  // The English page stands for every language a reader's browser asks for that the story lacks.
  if (languages.includes('en'))
    alternates.push(
      `<link rel="alternate" hreflang="x-default" href="${e(sharePageUrl(publicUrl, base, 'en', ending))}">`,
    );

  const head = [
    ...staticHead({ csp: input.contentSecurityPolicy, title, description: words.shareText }),
    `<link rel="canonical" href="${e(pageUrl)}">`,
    // A site that reads oEmbed (WordPress) embeds the story, in this page's language, from its link.
    oembedDiscoveryLink(roots.absolute, lang, title),
    ...alternates,
    meta('property', 'og:type', 'article'),
    meta('property', 'og:site_name', words.storyTitle),
    meta('property', 'og:title', title),
    meta('property', 'og:description', words.shareText),
    meta('property', 'og:url', pageUrl),
    meta('property', 'og:locale', OG_LOCALE[lang]),
    ...others.map((l) => meta('property', 'og:locale:alternate', OG_LOCALE[l])),
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
    `<link rel="icon" href="${e(roots.local)}favicon.svg" type="image/svg+xml">`,
    `<link rel="stylesheet" href="${e(roots.local)}${SHARE_STYLESHEET_PATH}">`,
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
  const { dir, script } = LANGUAGES[lang];
  return [
    '<!doctype html>',
    `<html lang="${lang}" dir="${dir}" data-script="${script}">`,
    '<head>',
    ...head,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * `share/share.css`, shared by every share page. The app's night palette (src/ui/app.css; text
 * #e9e4da on #11161c is 14.6:1, the amber #e0a84a on it 8.9:1, #11161c on the amber button 8.9:1,
 * the muted #b7b0a4 on it 8.6:1), the system's fonts, Korean broken between words.
 */
export const SHARE_CSS = `:root {
${PALETTE_VARS}
}

${SCRIPT_FONTS}

*,
*::before,
*::after {
  box-sizing: border-box;
}

html {
  background: var(--bg);
  color: var(--text);
  font-family: var(--font-ui);
  font-size: 100%;
  line-height: 1.5;
  overflow-wrap: break-word;
  -webkit-text-size-adjust: 100%;
  text-size-adjust: 100%;
}

body {
  margin: 0;
  min-block-size: 100vh;
  background: radial-gradient(ellipse at 50% -20%, #1d2836 0%, transparent 60%), var(--bg);
}

.share {
  max-inline-size: 40rem;
  margin-inline: auto;
  padding-block: clamp(2.5rem, 1.5rem + 6vw, 6rem) clamp(2.5rem, 2rem + 4vw, 5rem);
  padding-inline: clamp(1.25rem, 0.8rem + 2.5vw, 2rem);
}

.share-story {
  margin-block: 0 1.25rem;
  color: var(--accent);
  font-size: 0.875rem;
  font-weight: 700;
  letter-spacing: 0.14em;
  text-transform: uppercase;
}

h1 {
  margin-block: 0 1.25rem;
  font-family: var(--font-story);
  font-size: clamp(2.1rem, 1.6rem + 2.4vw, 3.6rem);
  font-weight: 600;
  line-height: 1.12;
  letter-spacing: -0.01em;
  text-wrap: balance;
}

.share-text {
  margin-block: 0 2.25rem;
  font-family: var(--font-story);
  font-size: clamp(1.125rem, 1.05rem + 0.4vw, 1.375rem);
  line-height: 1.6;
}

.share-action {
  margin-block: 0 2.25rem;
}

.share-play {
  display: inline-flex;
  align-items: center;
  min-block-size: 3rem;
  padding: 0.75rem 1.75rem;
  border-radius: 0.375rem;
  background: var(--accent);
  color: var(--accent-ink);
  font-size: 1.125rem;
  font-weight: 700;
  text-decoration: none;
}

.share-play:hover {
  background: var(--focus);
}

.share-play:focus-visible {
  outline: 3px solid var(--focus);
  outline-offset: 3px;
}

.share-about {
  margin: 0;
  color: var(--text-muted);
  font-size: 1rem;
}

:root[data-script='hangul'] .share-story,
:root[data-script='japanese'] .share-story,
:root[data-script='han-simplified'] .share-story {
  letter-spacing: 0.06em;
}

:root[data-script='hangul'] h1,
:root[data-script='japanese'] h1,
:root[data-script='han-simplified'] h1 {
  letter-spacing: 0;
  line-height: 1.3;
}

:root[data-script='japanese'] h1 {
  word-break: auto-phrase;
}

:root[data-script='hangul'] .share-text,
:root[data-script='japanese'] .share-text,
:root[data-script='han-simplified'] .share-text {
  line-height: 1.8;
}

@media (prefers-reduced-motion: no-preference) {
  .share-play {
    transition: background-color 0.15s ease;
  }
}
`;
