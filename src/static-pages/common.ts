/**
 * What the build's static pages (the share pages, the teacher guide, the privacy statement, the
 * embed configurator) have in common: their `<head>` under the app's CSP, the masthead with the
 * page's languages and the document around them. The CSS they all compose (the app's night
 * palette and per-script fonts, the root's type, the masthead) is in this folder's `.css` files,
 * which each page's stylesheet imports (src/build/static-css.ts inlines them). Pure strings; no
 * JavaScript on those pages.
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

/**
 * What a page carries inline rather than fetching before its first paint (src/build/inline-style.ts
 * makes them): its whole stylesheet, which the page's CSP allows by its hash, and the app's icon as
 * a `data:` URL (the CSP's `img-src` allows `data:`).
 */
export interface InlineAssets {
  css: string;
  iconUrl: string;
}

/** The last tags of a static page's head when it carries its icon and stylesheet inline. */
export function inlineIconAndStyle({ css, iconUrl }: InlineAssets): string[] {
  if (/<\/style/i.test(css)) throw new Error('A page\'s inline CSS holds "</style", which would end it early.');
  return [`<link rel="icon" href="${escapeHtml(iconUrl)}" type="image/svg+xml">`, `<style>${css}</style>`];
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

/** A skip link, then the masthead: the story's name and the page's languages (styled by languages.css and skip-link.css). */
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
