// @vitest-environment jsdom
/**
 * oEmbed (src/embed/oembed.ts): each
 * language's response has the fields the oEmbed spec requires of a `rich` one, with the right
 * types and absolute addresses; its frame loads the app embedded in that language; a hostile title
 * stays text; the discovery link is found in the app page's head and in every share page; the
 * title card is the share card's layout with the story's words.
 */
import { isValidElement, type ReactElement, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/build/csp-plugin.ts';
import {
  appPageHead,
  embedAppUrl,
  oembedDiscoveryLink,
  oembedJson,
  oembedResponse,
  OEMBED_FRAME,
  type OembedInput,
} from '../../src/embed/oembed.ts';
import { SHIPPED_LANGUAGES } from '../../src/i18n/languages.ts';
import {
  CARD_HEIGHT,
  CARD_SCALES,
  CARD_WIDTH,
  drawCard,
  shareCard,
  titleCard,
  type TitleCardTexts,
} from '../../src/share/card.ts';
import { appRoots, sharePageHtml } from '../../src/share/page.ts';

const HOSTILE = '"><script>alert(1)</script>&amp; <b>';

function input(overrides: Partial<OembedInput> = {}): OembedInput {
  return {
    appUrl: 'https://example.org/stories/ttm/',
    lang: 'en',
    title: 'Three Thousand Miles',
    providerName: 'A campaign',
    thumbnail: { width: CARD_WIDTH, height: CARD_HEIGHT },
    ...overrides,
  };
}

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
/** `html` as the body of a page: what a consumer of the response puts in its own. */
const fragment = (html: string): HTMLElement => parse(html).body;

/** The fields of a `rich` response and their types (oEmbed 1.0, sections 2.3.4 and 2.3.4.4). */
const REQUIRED: Record<string, 'string' | 'number'> = {
  type: 'string',
  version: 'string',
  title: 'string',
  provider_name: 'string',
  provider_url: 'string',
  html: 'string',
  width: 'number',
  height: 'number',
  thumbnail_url: 'string',
  thumbnail_width: 'number',
  thumbnail_height: 'number',
};

describe('an oEmbed response', () => {
  it.each(SHIPPED_LANGUAGES)('has every field a rich response needs, with its type (%s)', (lang) => {
    const json = oembedJson(oembedResponse(input({ lang })));
    const parsed = JSON.parse(json) as Record<string, unknown>;
    for (const [name, type] of Object.entries(REQUIRED)) expect(typeof parsed[name], name).toBe(type);
    expect(parsed.type).toBe('rich');
    expect(parsed.version).toBe('1.0');
    for (const name of ['width', 'height', 'thumbnail_width', 'thumbnail_height'])
      expect(Number.isInteger(parsed[name]) && (parsed[name] as number) > 0, name).toBe(true);
    // Spec: the thumbnail's three fields come together, and its size is the card's.
    expect([parsed.thumbnail_width, parsed.thumbnail_height]).toEqual([1200, 630]);
  });

  it('uses absolute addresses under the app’s folder', () => {
    const response = oembedResponse(input({ lang: 'ko' }));
    expect(response.provider_url).toBe('https://example.org/stories/ttm/');
    expect(response.thumbnail_url).toBe('https://example.org/stories/ttm/card/ko.png');
    for (const url of [response.provider_url, response.thumbnail_url]) expect(new URL(url).protocol).toBe('https:');
  });

  it('is a bare frame of the app, embedded, in its language', () => {
    const response = oembedResponse(input({ lang: 'zh-Hans', title: '三千英里' }));
    const html = fragment(response.html);
    expect(html.children).toHaveLength(1);
    const frame = html.firstElementChild!;
    expect(frame.tagName).toBe('IFRAME');
    const src = new URL(frame.getAttribute('src')!);
    expect(src.origin + src.pathname).toBe('https://example.org/stories/ttm/');
    expect(src.searchParams.get('embed')).toBe('1');
    expect(src.searchParams.get('lang')).toBe('zh-Hans');
    expect(frame.getAttribute('src')).toBe(embedAppUrl('https://example.org/stories/ttm/', 'zh-Hans'));
    expect(frame.getAttribute('title')).toBe('三千英里');
    expect(frame.getAttribute('width')).toBe(String(OEMBED_FRAME.width));
    expect(frame.getAttribute('height')).toBe(String(OEMBED_FRAME.height));
    expect([response.width, response.height]).toEqual([OEMBED_FRAME.width, OEMBED_FRAME.height]);
    expect(frame.getAttribute('allow')).toBe('web-share; autoplay');
    expect(frame.getAttribute('loading')).toBe('lazy');
    expect(frame.getAttribute('style')).toBe('border:0;width:100%');
    // WordPress adds its own; the response must not bring one that would fight it.
    expect(frame.hasAttribute('sandbox')).toBe(false);
  });

  it('keeps a hostile title as text, in the frame and in the JSON', () => {
    const response = oembedResponse(input({ title: HOSTILE }));
    const html = fragment(response.html);
    expect(html.querySelectorAll('script')).toHaveLength(0);
    expect(html.querySelectorAll('*')).toHaveLength(1);
    expect(html.firstElementChild?.getAttribute('title')).toBe(HOSTILE);
    expect((JSON.parse(oembedJson(response)) as { title: string }).title).toBe(HOSTILE);
  });
});

describe('the oEmbed discovery link', () => {
  const linkIn = (html: string): HTMLLinkElement | null =>
    parse(html).head.querySelector('link[type="application/json+oembed"]');

  it('points at the language’s response, absolutely, and keeps its title as text', () => {
    const html = `<!doctype html><head>${oembedDiscoveryLink('https://example.org/', 'fr', HOSTILE)}</head>`;
    const link = linkIn(html)!;
    expect(link.rel).toBe('alternate');
    expect(link.getAttribute('href')).toBe('https://example.org/oembed/fr.json');
    expect(link.getAttribute('title')).toBe(HOSTILE);
  });

  it('is added to the app page’s head, with the title card where the page has no image', () => {
    const page =
      '<!doctype html>\n<html lang="en">\n  <head>\n    <title>T</title>\n  </head>\n  <body></body>\n</html>';
    const html = appPageHead(page, {
      appUrl: 'https://example.org/',
      title: 'Three Thousand Miles',
      about: 'About it.',
    });
    const doc = parse(html);
    expect(linkIn(html)?.getAttribute('href')).toBe('https://example.org/oembed/en.json');
    const meta = (key: string) =>
      doc.head.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
    expect(meta('og:image')).toBe('https://example.org/card/en.png');
    expect(meta('og:image:width')).toBe('1200');
    expect(meta('og:image:height')).toBe('630');
    expect(meta('twitter:card')).toBe('summary_large_image');
    expect(meta('twitter:image')).toBe('https://example.org/card/en.png');
    expect(meta('og:image:alt')).toBe('Three Thousand Miles. About it.');
    expect(doc.body.children).toHaveLength(0);
  });

  it('leaves the app page’s own social tags alone', () => {
    const page =
      '<html><head><meta property="og:image" content="https://example.org/mine.png"><meta name="twitter:card" content="summary"></head><body></body></html>';
    const html = appPageHead(page, { appUrl: 'https://example.org/', title: 'T', about: 'A' });
    expect(html.match(/og:image"/g)).toHaveLength(1);
    expect(html.match(/twitter:card"/g)).toHaveLength(1);
    expect(html).toContain('https://example.org/mine.png');
    expect(html).toContain('property="og:title"');
  });

  it('is in every share page, for its own language', () => {
    for (const lang of SHIPPED_LANGUAGES) {
      const html = sharePageHtml({
        lang,
        ending: 'arrived-via-thailand',
        words: {
          storyTitle: 'Three Thousand Miles',
          endingTitle: 'Seoul',
          shareText: 'She reached Seoul.',
          play: 'Play',
          about: 'About',
          documentTitle: '{{scene}} — {{story}}',
        },
        publicUrl: 'https://example.org',
        base: '/ttm/',
        languages: SHIPPED_LANGUAGES,
        contentSecurityPolicy: contentSecurityPolicy(),
        inline: { css: '', iconUrl: 'data:image/svg+xml,%3Csvg/%3E' },
      });
      const link = linkIn(html);
      expect(link?.getAttribute('href'), lang).toBe(
        `${appRoots('https://example.org', '/ttm/').absolute}oembed/${lang}.json`,
      );
      expect(link?.getAttribute('title'), lang).toBe('Seoul — Three Thousand Miles');
    }
  });
});

/** Every string in an element tree, in order. */
function textsOf(node: ReactNode): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(textsOf);
  if (isValidElement(node)) return textsOf((node as ReactElement<{ children?: ReactNode }>).props.children);
  return [];
}

describe('the title card', () => {
  const texts: TitleCardTexts = {
    kind: 'title',
    lang: 'en',
    kicker: 'Play the story',
    storyTitle: 'Three Thousand Miles',
    about: 'An interactive story.',
    hashtags: ['EscapeNorthKorea'],
  };

  it('shows the story’s words in the share card’s layout', () => {
    const scale = CARD_SCALES[0]!;
    expect(textsOf(titleCard(texts, scale))).toEqual([
      'Play the story',
      'Three Thousand Miles',
      'An interactive story.',
      '#EscapeNorthKorea',
    ]);
    expect(textsOf(drawCard(texts, scale))).toEqual(textsOf(titleCard(texts, scale)));
    const ending = { lang: 'en', storyTitle: 'S', endingTitle: 'E', shareText: 'T', hashtags: ['H'] } as const;
    expect(textsOf(drawCard(ending, scale))).toEqual(['S', 'E', 'T', '#H']);
    expect(textsOf(shareCard(ending, scale))).toEqual(['S', 'E', 'T', '#H']);
  });
});
