/**
 * What the build's static pages (the share pages, the teacher guide, the privacy statement, the
 * embed configurator) have in common: their `<head>` under the app's CSP, the masthead with the
 * page's languages, the document around them, and the CSS they all compose: the app's night
 * palette and per-script fonts (src/ui/app.css: text #e9e4da on #11161c is 14.6:1, the amber
 * #e0a84a on it 8.9:1, the muted #b7b0a4 on it 8.6:1), the root's type, the masthead. Pure
 * strings; no JavaScript on those pages.
 */
import { LANGUAGES, type Language } from '../i18n/languages.ts';

/** Text made safe for HTML content and for attribute values in double or single quotes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The first tags of a static page's head: charset, CSP, viewport, colours, title, description. */
export function staticHead({ csp, title, description }: { csp: string; title: string; description: string }): string[] {
  const e = escapeHtml;
  return [
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${e(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="dark">',
    '<meta name="theme-color" content="#11161c">',
    `<title>${e(title)}</title>`,
    `<meta name="description" content="${e(description)}">`,
  ];
}

/** The palette's custom properties, for a page's `:root` rule. */
export const PALETTE_VARS = `  --bg: #11161c;
  --text: #e9e4da;
  --text-muted: #b7b0a4;
  --accent: #e0a84a;
  --accent-ink: #11161c;
  --focus: #ffd27a;
  --font-story: 'Iowan Old Style', 'Palatino Linotype', Palatino, Georgia, 'Noto Serif', serif;
  --font-ui: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif;
  color-scheme: dark;`;

/** Fonts and line breaking per script, keyed by `<html data-script>` as in the app. */
export const SCRIPT_FONTS = `:root[data-script='hangul'] {
  --font-story: 'Noto Serif CJK KR', 'Nanum Myeongjo', 'AppleMyungjo', 'Batang', serif;
  --font-ui: system-ui, 'Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans CJK KR', sans-serif;
  word-break: keep-all;
}

:root[data-script='japanese'] {
  --font-story: 'Noto Serif CJK JP', 'Hiragino Mincho ProN', 'Yu Mincho', serif;
  --font-ui: system-ui, 'Hiragino Sans', 'Yu Gothic UI', 'Meiryo', 'Noto Sans CJK JP', sans-serif;
  line-break: strict;
}

:root[data-script='han-simplified'] {
  --font-story: 'Noto Serif CJK SC', 'Songti SC', 'SimSun', serif;
  --font-ui: system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif;
  line-break: strict;
}`;

/**
 * The app's folder as seen from a static page `depth` folders below it: for the page's links and
 * stylesheet. `base` is Vite's: a full URL or an absolute path stands as it is, a relative one
 * (`./`, or none) climbs back up.
 */
export function pageRoot(base: string, depth: number): string {
  if (/^https?:\/\//i.test(base)) return base.endsWith('/') ? base : `${base}/`;
  if (base === '' || base.startsWith('.')) return '../'.repeat(depth);
  return base.endsWith('/') ? base : `${base}/`;
}

/**
 * The `hreflang` links to the page in every language, `urlOf` giving each its absolute address;
 * with `xDefault`, the English page also stands for every language a reader's browser asks for
 * that the story lacks.
 */
export function alternateLinks(
  languages: readonly Language[],
  urlOf: (lang: Language) => string,
  { xDefault }: { xDefault: boolean },
): string[] {
  const link = (hreflang: string, lang: Language): string =>
    `<link rel="alternate" hreflang="${hreflang}" href="${escapeHtml(urlOf(lang))}">`;
  const links = languages.map((l) => link(l, l));
  if (xDefault && languages.includes('en')) links.push(link('x-default', 'en'));
  return links;
}

/** The last tags of a static page's head: the app's icon and the page's stylesheet, from the app's folder. */
export function iconAndStylesheet(root: string, stylesheet: string): string[] {
  return [
    `<link rel="icon" href="${escapeHtml(root)}favicon.svg" type="image/svg+xml">`,
    `<link rel="stylesheet" href="${escapeHtml(root)}${stylesheet}">`,
  ];
}

export interface LanguageMastheadInput {
  /** The page's language: its link is marked as the current page. */
  lang: Language;
  languages: readonly Language[];
  /** The address of the page in a language, as the page links to it. */
  hrefOf: (lang: Language) => string;
  /** The id of the page's `<main>`, which the skip link reaches, and the link's words. */
  skipTo: string;
  skipLink: string;
  storyTitle: string;
  /** The language links' accessible name, and the label shown before them. */
  languagesNav: string;
  languagesLabel: string;
}

/** A skip link, then the masthead: the story's name and the page's languages (styled by `languageLinksCss`). */
export function languageMasthead(input: LanguageMastheadInput): string[] {
  const e = escapeHtml;
  const links = input.languages.map((l) => {
    const current = l === input.lang ? ' aria-current="page"' : '';
    return `<li><a href="${e(input.hrefOf(l))}" hreflang="${l}" lang="${l}"${current}>${e(LANGUAGES[l].name)}</a></li>`;
  });
  return [
    `<a class="skip-link" href="#${input.skipTo}">${e(input.skipLink)}</a>`,
    '<header class="masthead">',
    `<p class="masthead-story">${e(input.storyTitle)}</p>`,
    `<nav class="languages" aria-label="${e(input.languagesNav)}">`,
    `<p class="languages-label" aria-hidden="true">${e(input.languagesLabel)}</p>`,
    `<ul>${links.join('')}</ul>`,
    '</nav>',
    '</header>',
  ];
}

/** The whole document: `lang`'s direction and script on `<html>`, one tag a line, empty lines dropped. */
export function staticDocument(lang: Language, head: readonly string[], body: readonly string[]): string {
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
  ]
    .filter((line) => line !== '')
    .join('\n')
    .concat('\n');
}

/** The box-sizing reset and the root's type (the palette, the interface's fonts) at the page's line height. */
export function rootCss(lineHeight: string): string {
  return `*,
*::before,
*::after {
  box-sizing: border-box;
}

html {
  background: var(--bg);
  color: var(--text);
  font-family: var(--font-ui);
  font-size: 100%;
  line-height: ${lineHeight};
  overflow-wrap: break-word;
  -webkit-text-size-adjust: 100%;
  text-size-adjust: 100%;
}`;
}

/** The body to the window's edges; links in the amber, the focus yellow under the pointer. */
export const BODY_AND_LINKS_CSS = `body {
  margin: 0;
}

a {
  color: var(--accent);
  text-underline-offset: 0.15em;
}

a:hover {
  color: var(--focus);
}`;

/** The skip link of `languageMasthead`: above the page until it has the focus. */
export const SKIP_LINK_CSS = `.skip-link {
  position: absolute;
  inset-block-start: 0.5rem;
  inset-inline-start: 0.5rem;
  z-index: 1;
  padding: 0.6rem 1rem;
  border-radius: 0.375rem;
  background: var(--accent);
  color: var(--accent-ink);
  font-weight: 700;
  transform: translateY(-200%);
}

.skip-link:focus {
  transform: none;
  color: var(--accent-ink);
}`;

/**
 * The masthead: the story's name in amber capitals and what follows it on one line, wrapping
 * below, over a rule. Its width is the page's own rule.
 */
export function mastheadCss({ gap, paddingBlock }: { gap: string; paddingBlock: string }): string {
  return `.masthead {
  display: flex;
  flex-wrap: wrap;
  gap: ${gap};
  align-items: baseline;
  justify-content: space-between;
  padding-block: ${paddingBlock};
  border-block-end: 1px solid var(--line);
}

.masthead-story {
  margin: 0;
  color: var(--accent);
  font-size: 0.875rem;
  font-weight: 700;
  letter-spacing: 0.12em;
  text-transform: uppercase;
}`;
}

/**
 * The language links of `languageMasthead`, the current one in plain bold. `rowGap` parts the
 * links' lines when they wrap; `linkLineHeight`, when given, is each link's own.
 */
export function languageLinksCss({ rowGap, linkLineHeight }: { rowGap: string; linkLineHeight?: string }): string {
  const link = linkLineHeight
    ? `/* Over 24 px tall with its padding, for a finger (WCAG 2.5.8). */
.languages a {
  display: inline-block;
  padding-block: 0.35rem;
  line-height: ${linkLineHeight};
}`
    : `.languages a {
  display: inline-block;
  padding-block: 0.35rem;
}`;
  return `.languages {
  display: flex;
  flex-wrap: wrap;
  gap: 0.25rem 0.75rem;
  align-items: baseline;
  font-size: 0.9375rem;
}

.languages-label {
  margin: 0;
  color: var(--text-muted);
}

.languages ul {
  display: flex;
  flex-wrap: wrap;
  gap: ${rowGap} 0.9rem;
  margin: 0;
  padding: 0;
  list-style: none;
}

${link}

.languages a[aria-current='page'] {
  color: var(--text);
  font-weight: 700;
  text-decoration: none;
}`;
}
