// @vitest-environment jsdom
/**
 * The static share page of one ending (src/share/page.ts): the tags networks and search engines
 * read, absolute addresses under any base path, the other languages' pages, and hostile words kept
 * as text.
 */
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, hashSource } from '../../src/build/csp-plugin.ts';
import { inlineAssets } from '../../src/build/inline-style.ts';
import { SHIPPED_LANGUAGES, type Language } from '../../src/i18n/languages.ts';
import { phrases } from '../../src/share/card.ts';
import { appRoots, sharePageHtml, type SharePageInput, type SharePageWords } from '../../src/share/page.ts';

const words: SharePageWords = {
  storyTitle: 'Three Thousand Miles',
  endingTitle: 'Seoul, by Way of the Mekong',
  shareText: 'She reached Seoul by way of Laos and the Mekong, with a debt, an accent, and a mother.',
  play: 'Play the story',
  about: 'An interactive story of an escape from North Korea.',
  documentTitle: '{{scene}} — {{story}}',
};

/** The real stylesheet and icon, as the build carries them inline, and the CSP that allows the style. */
const { assets, styleHash } = inlineAssets('src/share/share.css', 'public/favicon.svg');
const csp = contentSecurityPolicy([], { styles: [styleHash] });

function page(overrides: Partial<SharePageInput> = {}): SharePageInput {
  return {
    lang: 'en',
    ending: 'arrived-via-thailand',
    words,
    publicUrl: 'https://example.org',
    base: '/',
    languages: SHIPPED_LANGUAGES,
    contentSecurityPolicy: csp,
    inline: assets,
    ...overrides,
  };
}

function parse(input: SharePageInput): Document {
  return new DOMParser().parseFromString(sharePageHtml(input), 'text/html');
}

const meta = (doc: Document, key: string): string | null =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? null;

const metas = (doc: Document, key: string): string[] =>
  [...doc.querySelectorAll(`meta[property="${key}"]`)].map((m) => m.getAttribute('content') ?? '');

describe('the share page of an ending', () => {
  it('has the head a browser, a search engine and a network need', () => {
    const html = sharePageHtml(page());
    const doc = parse(page());
    const url = 'https://example.org/share/en/arrived-via-thailand/';
    const title = 'Seoul, by Way of the Mekong — Three Thousand Miles';

    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(doc.documentElement.lang).toBe('en');
    expect(doc.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    expect(meta(doc, 'viewport')).toBe('width=device-width, initial-scale=1');
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(csp);
    expect(doc.title).toBe(title);
    expect(meta(doc, 'description')).toBe(words.shareText);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(url);

    expect(meta(doc, 'og:title')).toBe(title);
    expect(meta(doc, 'og:description')).toBe(words.shareText);
    expect(meta(doc, 'og:type')).toBe('article');
    expect(meta(doc, 'og:url')).toBe(url);
    expect(meta(doc, 'og:image')).toBe(`${url}card.png`);
    expect(meta(doc, 'og:image:width')).toBe('1200');
    expect(meta(doc, 'og:image:height')).toBe('630');
    expect(meta(doc, 'og:image:alt')).toContain('Seoul, by Way of the Mekong');
    expect(meta(doc, 'og:image:alt')).toContain('Three Thousand Miles');
    expect(meta(doc, 'og:site_name')).toBe('Three Thousand Miles');
    expect(meta(doc, 'og:locale')).toBe('en_GB');
    expect(metas(doc, 'og:locale:alternate')).toEqual(['ko_KR', 'ja_JP', 'zh_CN', 'es_ES', 'fr_FR']);

    expect(meta(doc, 'twitter:card')).toBe('summary_large_image');
    expect(meta(doc, 'twitter:title')).toBe(title);
    expect(meta(doc, 'twitter:description')).toBe(words.shareText);
    expect(meta(doc, 'twitter:image')).toBe(`${url}card.png`);
  });

  it('reads without JavaScript: story title, the ending as h1, its text, and a link to play in its language', () => {
    const doc = parse(page({ lang: 'fr', words: { ...words, play: "Jouer l'histoire" } }));
    const main = doc.querySelector('main')!;
    expect(main.querySelector('.share-story')?.textContent).toBe('Three Thousand Miles');
    expect([...doc.querySelectorAll('h1')].map((h) => h.textContent)).toEqual(['Seoul, by Way of the Mekong']);
    expect(main.querySelector('.share-text')?.textContent).toBe(words.shareText);
    const play = main.querySelector('a.share-play')!;
    expect(play.textContent).toBe("Jouer l'histoire");
    expect(play.getAttribute('href')).toBe('/?lang=fr');
    expect(main.querySelector('.share-about')?.textContent).toBe(words.about);
  });

  it('paints from its own bytes under the app’s CSP: no script, its one style allowed by hash, its icon inline', () => {
    const html = sharePageHtml(page());
    const doc = parse(page());
    expect(doc.querySelectorAll('script, [style], link[rel="stylesheet"]')).toHaveLength(0);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    const styles = [...doc.querySelectorAll('style')].map((s) => s.textContent);
    expect(styles).toEqual([assets.css]);
    const policy = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(policy).toBe(csp);
    expect(policy.split('; ').find((d) => d.startsWith('style-src'))).toBe(
      `style-src 'self' ${hashSource(styles[0]!)}`,
    );
    expect(policy).not.toContain('unsafe-inline');
    expect(assets.css).toContain('.share-play');
    expect(doc.querySelector('link[rel="icon"]')?.getAttribute('href')).toMatch(/^data:image\/svg\+xml,%3Csvg /);
  });

  it('keeps hostile words as text', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const input = page({
      words: {
        ...words,
        endingTitle: hostile,
        storyTitle: `"'><script>alert(2)</script>`,
        shareText: `a & b ${hostile}`,
      },
    });
    const html = sharePageHtml(input);
    const doc = parse(input);
    expect(doc.querySelectorAll('img, script')).toHaveLength(0);
    expect(doc.querySelector('h1')?.textContent).toBe(hostile);
    expect(doc.title).toBe(`${hostile} — "'><script>alert(2)</script>`);
    expect(meta(doc, 'og:title')).toBe(`${hostile} — "'><script>alert(2)</script>`);
    expect(meta(doc, 'description')).toBe(`a & b ${hostile}`);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
  });

  it('gives absolute addresses under a sub-folder, and links within it', () => {
    const doc = parse(page({ lang: 'ko', base: '/stories/ttm/' }));
    const url = 'https://example.org/stories/ttm/share/ko/arrived-via-thailand/';
    expect(meta(doc, 'og:url')).toBe(url);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(url);
    expect(meta(doc, 'og:image')).toBe(`${url}card.png`);
    expect(meta(doc, 'twitter:image')).toBe(`${url}card.png`);
    expect(doc.querySelector('a.share-play')?.getAttribute('href')).toBe('/stories/ttm/?lang=ko');
  });

  it.each([
    ['/', { absolute: 'https://example.org/', local: '/' }],
    ['/x/', { absolute: 'https://example.org/x/', local: '/x/' }],
    ['./', { absolute: 'https://example.org/', local: '../../../' }],
    [
      'https://cdn.example.net/ttm/',
      { absolute: 'https://cdn.example.net/ttm/', local: 'https://cdn.example.net/ttm/' },
    ],
  ])('places the app for base %s', (base, roots) => {
    expect(appRoots('https://example.org/', base)).toEqual(roots);
  });

  it('links every language’s page with hreflang, English as the default', () => {
    const doc = parse(page({ lang: 'zh-Hans', base: '/x/' }));
    const alternates = [...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [
      l.getAttribute('hreflang'),
      l.getAttribute('href'),
    ]);
    const url = (lang: Language) => `https://example.org/x/share/${lang}/arrived-via-thailand/`;
    expect(alternates).toEqual([...SHIPPED_LANGUAGES.map((lang) => [lang, url(lang)]), ['x-default', url('en')]]);
    expect(doc.documentElement.lang).toBe('zh-Hans');
    expect(meta(doc, 'og:locale')).toBe('zh_CN');
    expect(metas(doc, 'og:locale:alternate')).not.toContain('zh_CN');
  });

  it('titles the page with the language’s own pattern', () => {
    const doc = parse(page({ lang: 'ja', words: { ...words, documentTitle: '{{scene}}｜{{story}}' } }));
    expect(doc.title).toBe('Seoul, by Way of the Mekong｜Three Thousand Miles');
  });

  it('marks interface words that fell back to English, so they are read as English', () => {
    const doc = parse(page({ lang: 'ko', words: { ...words, fallback: { play: 'en', about: 'en' } } }));
    expect(doc.querySelector('a.share-play')?.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('.share-about')?.getAttribute('lang')).toBe('en');
    const translated = parse(page({ lang: 'ko' }));
    expect(translated.querySelector('a.share-play')?.hasAttribute('lang')).toBe(false);
  });
});

describe('the share card', () => {
  it.each([
    ['ja', 'メコン川を越えて、ソウルへ', ['メコン川を', '越えて、', 'ソウルへ']],
    ['ja', '隠れて暮らした年月', ['隠れて', '暮らした', '年月']],
    ['zh-Hans', '经湄公河，到首尔', ['经湄公河，', '到首尔']],
  ])('breaks a %s title only between phrases: %s', (lang, title, expected) => {
    expect(phrases(title, lang)).toEqual(expected);
  });
});
