/**
 * oEmbed (https://oembed.com), so that a site which reads it (WordPress, Ghost, Discourse…) embeds
 * the story from its address alone: one static `oembed/<lang>.json` per shipped language, found
 * through a `<link rel="alternate" type="application/json+oembed">` in the app page and in each
 * share page, with the story's title card (`card/<lang>.png`) as its thumbnail. Static files, so
 * the response is a `rich` one of a fixed size; a consumer sizes the frame to its column itself,
 * and WordPress adds its own `sandbox` and `#?secret=` to the frame. The app page's head gets the
 * link and, where it has no picture of its own, the English title card for networks' previews.
 * Pure: the build writes the files and the head (src/build/embed-page-plugin.ts).
 */
import { CARD_HEIGHT, CARD_WIDTH } from '../share/card.ts';
import { escapeHtml } from '../static-pages/common.ts';
import { DEFAULT_FRAME_HEIGHT } from './protocol.ts';

/** The files the build writes, relative to the output folder. */
export const oembedPath = (lang: string): string => `oembed/${lang}.json`;
export const titleCardPath = (lang: string): string => `card/${lang}.png`;

/**
 * The frame's size in the response: a column's width, and the loader's height before the app
 * reports its own (src/embed/loader.ts). The frame's style makes it as wide as its column anyway.
 */
export const OEMBED_FRAME = { width: 720, height: DEFAULT_FRAME_HEIGHT } as const;

/** The response's fields, as the oEmbed spec (section 2.3.4) names them; all are required here. */
export interface OembedResponse {
  type: 'rich';
  version: '1.0';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
}

export interface OembedInput {
  /** The app's folder, absolute, with its trailing slash (`<publicUrl><base>`, share/page.ts `appRoots`). */
  appUrl: string;
  lang: string;
  /** The story's title in `lang`, plain. */
  title: string;
  /** Who publishes the story (the campaign's organisation). */
  providerName: string;
  /** The title card's size in pixels. */
  thumbnail: { width: number; height: number };
}

/** The address of the app in a frame, in `lang`: what the oEmbed frame loads. */
export function embedAppUrl(appUrl: string, lang: string): string {
  return `${appUrl}?${new URLSearchParams({ embed: '1', lang }).toString()}`;
}

/** The oEmbed response for one language. */
export function oembedResponse(input: OembedInput): OembedResponse {
  const { appUrl, lang, title } = input;
  const e = escapeHtml;
  const { width, height } = OEMBED_FRAME;
  // A bare frame and nothing else: no script (a consumer would drop it, and the CSP of many pages
  // forbids it); WordPress keeps an iframe's src, size and title and adds its sandbox.
  const html =
    `<iframe src="${e(embedAppUrl(appUrl, lang))}" width="${String(width)}" height="${String(height)}" ` +
    `title="${e(title)}" allow="web-share; autoplay" loading="lazy" style="border:0;width:100%"></iframe>`;
  return {
    type: 'rich',
    version: '1.0',
    title,
    provider_name: input.providerName,
    provider_url: appUrl,
    html,
    width,
    height,
    thumbnail_url: `${appUrl}${titleCardPath(lang)}`,
    thumbnail_width: input.thumbnail.width,
    thumbnail_height: input.thumbnail.height,
  };
}

/** The JSON file of a response, as written to `oembed/<lang>.json`. */
export function oembedJson(response: OembedResponse): string {
  return `${JSON.stringify(response, null, 2)}\n`;
}

/**
 * The discovery link for a page's `<head>` (oEmbed spec, section 4): `appUrl` as in
 * `OembedInput`, `title` the page's. Consumers read only the first part of a page, so it belongs
 * high in the head.
 */
export function oembedDiscoveryLink(appUrl: string, lang: string, title: string): string {
  return `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(`${appUrl}${oembedPath(lang)}`)}" title="${escapeHtml(title)}">`;
}

export interface AppPageHeadInput {
  /** The app's folder, absolute, with its trailing slash. */
  appUrl: string;
  /** The story's title in English, plain. */
  title: string;
  /** A sentence about the story (the interface's `sharePageAbout`). */
  about: string;
}

/**
 * The app page with the oEmbed discovery link and its social tags added at the end of its head:
 * the link always; `og:*` and `twitter:*` only where the page lacks that very tag, so that tags
 * written in index.html by hand win.
 */
export function appPageHead(html: string, { appUrl, title, about }: AppPageHeadInput): string {
  const image = `${appUrl}${titleCardPath('en')}`;
  const alt = `${title}. ${about}`;
  const social: Array<['property' | 'name', string, string]> = [
    ['property', 'og:type', 'website'],
    ['property', 'og:title', title],
    ['property', 'og:description', about],
    ['property', 'og:url', appUrl],
    ['property', 'og:image', image],
    ['property', 'og:image:type', 'image/png'],
    ['property', 'og:image:width', String(CARD_WIDTH)],
    ['property', 'og:image:height', String(CARD_HEIGHT)],
    ['property', 'og:image:alt', alt],
    ['name', 'twitter:card', 'summary_large_image'],
    ['name', 'twitter:image', image],
    ['name', 'twitter:image:alt', alt],
  ];
  const has = (key: string): boolean =>
    new RegExp(`<meta\\s[^>]*(?:property|name)\\s*=\\s*["']${key.replace(/[.:]/g, '\\$&')}["']`, 'i').test(html);
  const tags = [
    oembedDiscoveryLink(appUrl, 'en', title),
    ...social
      .filter(([, key]) => !has(key))
      .map(([attr, key, content]) => `<meta ${attr}="${key}" content="${escapeHtml(content)}">`),
  ];
  if (!html.includes('</head>')) throw new Error('index.html: no </head> to add the oEmbed link and social tags to.');
  return html.replace('</head>', () => `${tags.map((t) => `    ${t}\n`).join('')}  </head>`);
}
