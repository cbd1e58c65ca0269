/**
 * The built share pages and cards (src/build/share-plugin.ts): every ending in every language has
 * a page whose Open Graph and card tags a scraper reads, and a 1200×630 PNG small enough for every
 * network; each language's page reads in Chromium with JavaScript off, under the app's CSP.
 */
import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ogs from 'open-graph-scraper';
import { describe, expect, inject, it } from 'vitest';
import { loadCampaign } from '../../src/campaign/load.ts';
import { applyText } from '../../src/engine/text.ts';
import { LANGUAGES, SHIPPED_LANGUAGES, type Language } from '../../src/i18n/languages.ts';
import { plainText } from '../../src/ui/RichText.tsx';
import { wordsFor } from '../support/app.tsx';
import { realStory, ROOT } from '../support/story.ts';
import { browserForSuite, DESKTOP, expectNoProblems, PHONE, type Viewport } from './browser.ts';

const baseURL = inject('baseURL');
const { open, newContext } = browserForSuite(baseURL);
const DIST = inject('distDir');
const SCREENSHOTS = 'test-results/share';
const NARROW: Viewport = { width: 320, height: 640 };
const MAX_CARD_BYTES = 300 * 1024;
/** The ending each language's page is opened at in Chromium. */
const SAMPLE = 'arrived-via-thailand';

const story = realStory();
const endings = Object.keys(story.endings).sort();
const { campaign } = loadCampaign(ROOT);
if (!campaign) throw new Error('story/campaign.yaml does not load');
// The e2e build runs without BASE_PATH: the app sits at the root of publicUrl.
const siteUrl = `${campaign.publicUrl}/`;

/** What a page in `lang` should say: titles and share texts as plain words. */
function wordsIn(lang: Language) {
  const words = wordsFor(story, lang);
  const localised = applyText(story, words.story);
  const plain = (text: string) => plainText(text, localised.glossary).replace(/\s+/g, ' ').trim();
  const ui = words.ui as Record<string, string | undefined>;
  const english = wordsFor(story, 'en').ui as Record<string, string>;
  return {
    storyTitle: plain(localised.title),
    play: ui.sharePagePlay ?? english.sharePagePlay!,
    ending: (id: string) => ({
      title: plain(localised.endings[id]!.title),
      share: plain(localised.endings[id]!.share),
    }),
  };
}

/** Width and height from a PNG's IHDR chunk, which the format puts first. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1'), 'first chunk').toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** `<link rel="alternate" hreflang>` pairs, in order. */
function hreflangs(html: string): string[][] {
  return [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map((m) => [m[1]!, m[2]!]);
}

describe('the share pages in dist/', () => {
  it('exist for every ending in every shipped language, and nothing else', async () => {
    const languages = (await readdir(join(DIST, 'share'), { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(languages).toEqual([...SHIPPED_LANGUAGES].sort());
    for (const lang of SHIPPED_LANGUAGES)
      expect((await readdir(join(DIST, 'share', lang))).sort(), `share/${lang}/`).toEqual(endings);
  });

  it.each(SHIPPED_LANGUAGES)('carry every Open Graph and card tag in %s, read by open-graph-scraper', async (lang) => {
    const words = wordsIn(lang);
    for (const ending of endings) {
      const where = `share/${lang}/${ending}/`;
      const html = await readFile(join(DIST, where, 'index.html'), 'utf8');
      // The HTML as a string: the scraper fetches nothing.
      const { result, error } = await ogs({
        html,
        customMetaTags: [{ multiple: true, property: 'og:locale:alternate', fieldName: 'localeAlternates' }],
      });
      expect(error, where).toBe(false);
      const { title, share } = words.ending(ending);
      const url = `${siteUrl}${where}`;
      const image = `${url}card.png`;

      expect(html, where).toContain(`<html lang="${lang}"`);
      expect(html, where).toMatch(/<meta charset="utf-8">/);
      expect(html, where).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
      expect(html, where).toContain('<meta http-equiv="Content-Security-Policy"');
      expect(html, where).toContain(`<link rel="canonical" href="${url}">`);
      expect(html, where).toMatch(/<meta name="description" content="[^"]+">/);
      expect(result.ogTitle, where).toContain(title);
      expect(result.ogTitle, where).toContain(words.storyTitle);
      expect(result.ogDescription, where).toBe(share);
      expect(result.ogType, where).toBe('article');
      expect(result.ogUrl, where).toBe(url);
      expect(result.ogSiteName, where).toBe(words.storyTitle);
      expect(result.ogLocale, where).toBe(LANGUAGES[lang].ogLocale);
      expect(result.customMetaTags?.localeAlternates, where).toEqual(
        SHIPPED_LANGUAGES.filter((l) => l !== lang).map((l) => LANGUAGES[l].ogLocale),
      );
      expect(result.ogImage, where).toHaveLength(1);
      const [card] = result.ogImage!;
      expect(card, where).toMatchObject({ url: image, width: '1200', height: '630', type: 'image/png' });
      expect(card?.alt, where).toContain(title);
      expect(result.twitterCard, where).toBe('summary_large_image');
      expect(result.twitterTitle, where).toBe(result.ogTitle);
      expect(result.twitterDescription, where).toBe(share);
      expect(result.twitterImage?.[0]?.url, where).toBe(image);
      expect(hreflangs(html), where).toEqual([
        ...SHIPPED_LANGUAGES.map((l) => [l, `${siteUrl}share/${l}/${ending}/`]),
        ['x-default', `${siteUrl}share/en/${ending}/`],
      ]);
    }
  });

  it('have cards that are 1200×630 PNGs of at most 300 KB', async () => {
    const sizes: Array<{ file: string; bytes: number }> = [];
    for (const lang of SHIPPED_LANGUAGES)
      for (const ending of endings) {
        const file = `share/${lang}/${ending}/card.png`;
        const bytes = await readFile(join(DIST, file));
        expect(pngSize(bytes), file).toEqual({ width: 1200, height: 630 });
        expect(bytes.length, file).toBeLessThanOrEqual(MAX_CARD_BYTES);
        sizes.push({ file, bytes: bytes.length });
      }
    // Kept for a person to look at: every script, and the longest French text.
    await mkdir(join(SCREENSHOTS, 'cards'), { recursive: true });
    for (const lang of SHIPPED_LANGUAGES)
      await copyFile(
        join(DIST, `share/${lang}/${SAMPLE}/card.png`),
        join(SCREENSHOTS, 'cards', `${lang}-${SAMPLE}.png`),
      );
    const longestFrench = endings.reduce((a, b) =>
      wordsIn('fr').ending(a).share.length >= wordsIn('fr').ending(b).share.length ? a : b,
    );
    await copyFile(
      join(DIST, `share/fr/${longestFrench}/card.png`),
      join(SCREENSHOTS, 'cards', `fr-${longestFrench}.png`),
    );
    const largest = sizes.reduce((a, b) => (a.bytes >= b.bytes ? a : b));
    console.info(`share cards: the largest is ${largest.file}, ${(largest.bytes / 1024).toFixed(1)} KB`);
  });

  it('serves a card as image/png', async () => {
    const response = await fetch(`${baseURL}/share/ko/${SAMPLE}/card.png`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
  });
});

describe('a share page in Chromium', () => {
  it.each(SHIPPED_LANGUAGES)('reads in %s with JavaScript off: the ending as h1 and a link to play', async (lang) => {
    const words = wordsIn(lang);
    const { title } = words.ending(SAMPLE);
    const path = `/share/${lang}/${SAMPLE}/`;
    const context = await newContext({ viewport: NARROW, javaScriptEnabled: false, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) problems.push(message.text());
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.url()}: HTTP ${String(response.status())}`);
    });
    page.on('requestfailed', (request) => problems.push(`${request.url()}: ${request.failure()?.errorText ?? ''}`));
    await page.goto(`${baseURL}${path}`);

    await expect(page.locator('html').getAttribute('lang')).resolves.toBe(lang);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading.textContent()).resolves.toBe(title);
    expect(await heading.isVisible()).toBe(true);
    const play = page.getByRole('link', { name: words.play });
    expect(await play.isVisible()).toBe(true);
    await expect(play.getAttribute('href')).resolves.toBe(`/?lang=${lang}`);
    // The stylesheet applied (the page is dark) and nothing is wider than a 320 px phone.
    const { background, scrollWidth } = await page.evaluate(() => ({
      background: getComputedStyle(document.documentElement).backgroundColor,
      scrollWidth: document.documentElement.scrollWidth,
    }));
    expect(background).toBe('rgb(17, 22, 28)');
    expect(scrollWidth).toBeLessThanOrEqual(NARROW.width);
    await mkdir(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOTS}/320-${lang}-${SAMPLE}.png`, fullPage: true });
    expect(problems).toEqual([]);
  });

  it('breaks no rule of the CSP, and its link opens the app in the page’s language', async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const { page, problems } = await open(viewport, `/share/ko/${SAMPLE}/`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await mkdir(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: `${SCREENSHOTS}/${String(viewport.width)}-ko-${SAMPLE}.png`, fullPage: true });
      expectNoProblems(problems);
      if (viewport === DESKTOP) {
        await page.getByRole('link', { name: wordsIn('ko').play }).click();
        await page.waitForURL(`${baseURL}/?lang=ko`);
        await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('ko');
        expectNoProblems(problems);
      }
    }
  });
});
