/**
 * The built embed configurator (`/embed/`, src/build/embed-page-plugin.ts) and oEmbed in Chromium:
 * no axe-core violation of WCAG 2.0, 2.1 and 2.2 A and AA, with its errors and warning showing or
 * not; filled in by keyboard alone into the snippet it should make, `javascript:` refused and left
 * out; the real loader's preview following the form and its events in the log; nothing wider than
 * a phone; and every language's oEmbed response parsing, its title card a 1200×630 PNG, its
 * discovery link early in the app page and in the share pages. Screenshots at 1280 and 390 px go
 * to test-results/embed-page/.
 *
 * axe-core runs under the page's real CSP, its source evaluated through the DevTools protocol (as
 * in teacher.e2e.ts). The preview's frame is the app, which its own tests check: axe looks at the
 * configurator's document alone.
 */
import { axeViolations } from './axe.ts';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { loadCampaign } from '../../src/campaign/load.ts';
import { CONFIGURATOR_MESSAGES } from '../../src/embed/page-words.ts';
import { SHIPPED_LANGUAGES } from '../../src/i18n/languages.ts';
import { ROOT } from '../support/story.ts';
import { browserForSuite, DESKTOP, expectNoProblems, PHONE } from './browser.ts';

const baseURL = inject('baseURL');
const DIST = inject('distDir');
const { open } = browserForSuite(baseURL);
const OUT = resolve(ROOT, 'test-results/embed-page');
/** How far into a page an oEmbed consumer reads for the discovery link. */
const DISCOVERY_WINDOW = 150 * 1024;

const { campaign } = loadCampaign(ROOT);
if (!campaign) throw new Error('story/campaign.yaml does not load');
// The e2e build runs without BASE_PATH: the app sits at the root of publicUrl.
const appUrl = `${campaign.publicUrl}/`;

const snippet = (page: Page) => page.locator('#snippet-code').textContent();
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Presses Tab until the element with `id` has focus; fails after `limit` presses. */
async function tabTo(page: Page, id: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if ((await focusedId(page)) === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached #${id} (focus is on #${await focusedId(page)})`);
}

/** Opens the configurator and waits until its script has started (the copy button shows). */
async function openConfigurator(viewport = DESKTOP) {
  const watched = await open(viewport, '/embed/');
  await watched.page.locator('#copy-snippet').waitFor({ state: 'visible' });
  return watched;
}

describe('the embed configurator', () => {
  it.each([
    ['1280', DESKTOP],
    ['390', PHONE],
  ] as const)('has no axe-core violation of WCAG 2.2 A and AA, and fits, at %s px', async (width, viewport) => {
    const { page, problems } = await openConfigurator(viewport);
    expect(await axeViolations(page, { iframes: false })).toEqual([]);
    // With an error and the contrast warning showing too.
    await page.fill('#petition', 'javascript:alert(1)');
    await page.fill('#accent', '#333');
    await page.locator('#accent').press('Tab');
    await expect.poll(() => page.locator('#contrast-warning').textContent()).toContain('1.4:1');
    await expect.poll(() => page.locator('#petition-error').isVisible()).toBe(true);
    expect(await axeViolations(page, { iframes: false })).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    await mkdir(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, `configurator-${width}.png`), fullPage: true });
    expectNoProblems(problems);
  });

  it('runs axe-core for real under the page’s CSP: an unlabelled field is found', async () => {
    const { page, problems } = await openConfigurator();
    await page.evaluate(() => {
      document.querySelector('form')!.append(Object.assign(document.createElement('input'), { type: 'text' }));
    });
    expect((await axeViolations(page, { iframes: false })).map((v) => v.split(' ')[0])).toEqual(['label']);
    expectNoProblems(problems);
  });

  it('can be filled in by keyboard alone, and refuses javascript: as the petition', async () => {
    const { page, context, problems } = await openConfigurator();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    const keys = page.keyboard;

    await tabTo(page, 'lang');
    await keys.press('End'); // the last language
    await keys.press('Tab');
    expect(await focusedId(page)).toBe('mode-standard');
    await keys.press('ArrowDown');
    expect(await page.locator('#mode-classroom').isChecked()).toBe(true);
    await keys.press('Tab');
    expect(await focusedId(page)).toBe('accent-picker');
    await keys.press('Tab');
    expect(await focusedId(page)).toBe('accent');
    await keys.type('#c0392b');
    await tabTo(page, 'petition', 4);
    await keys.type('javascript:alert(1)');
    await keys.press('Tab');
    expect(await focusedId(page)).toBe('hashtags');
    // Left, the petition shows its error, tied to the field, and stays out of the snippet.
    const petition = page.locator('#petition');
    await expect.poll(() => petition.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#petition-error').textContent()).toBe(CONFIGURATOR_MESSAGES.errors.url);
    expect(await petition.getAttribute('aria-describedby')).toContain('petition-error');
    await keys.type('#FreeNK, Refugees');
    await keys.press('Tab');
    expect(await focusedId(page)).toBe('chapter');
    await keys.press('ArrowDown'); // chapter 2
    await keys.press('Tab');
    // "How others chose": a pair of radios, on by default; the arrow keys switch it.
    expect(await focusedId(page)).toBe('others-on');
    await keys.press('ArrowDown');
    expect(await page.locator('#others-off').isChecked()).toBe(true);
    await keys.press('ArrowUp');
    expect(await page.locator('#others-on').isChecked()).toBe(true);
    await keys.press('Tab');
    expect(await focusedId(page)).toBe('height');
    await keys.press('ControlOrMeta+A');
    await keys.type('800');
    await keys.press('Tab');
    expect(await focusedId(page)).toBe('copy-snippet');

    const last = SHIPPED_LANGUAGES[SHIPPED_LANGUAGES.length - 1]!;
    const expected =
      `<div data-three-thousand-miles data-lang="${last}" data-mode="classroom" data-accent="#c0392b" ` +
      'data-hashtags="FreeNK,Refugees" data-start-chapter="2" data-height="800"></div>\n' +
      `<script src="${appUrl}embed.js" async></script>`;
    expect(await snippet(page)).toBe(expected);
    expect(await snippet(page)).not.toContain('javascript');

    await keys.press('Enter');
    await expect.poll(() => page.locator('#copy-status').textContent()).toBe(CONFIGURATOR_MESSAGES.copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    expectNoProblems(problems);
  });

  it('previews the story with the real loader, following the form, and logs its events', async () => {
    const { page, problems } = await openConfigurator();
    const frame = page.locator('#preview iframe');
    await frame.waitFor();
    expect(new URL((await frame.getAttribute('src'))!).searchParams.get('embed')).toBe('1');
    await expect
      .poll(() => page.locator('#event-log li code').allTextContents(), { timeout: 15_000 })
      .toContain('ready');

    await page.selectOption('#lang', 'ja');
    await expect
      .poll(async () => new URL((await frame.getAttribute('src')) ?? appUrl).searchParams.get('lang'), {
        timeout: 5000,
      })
      .toBe('ja');
    expect(await page.locator('#preview iframe').count()).toBe(1);
    await expect
      .poll(() => page.locator('#event-log li').allTextContents(), { timeout: 15_000 })
      .toContain('ready {"lang":"ja","mode":"standard"}');
    expect(await page.locator('#event-log').getAttribute('aria-live')).toBe('off');
    await page.locator('#announce-events').check();
    expect(await page.locator('#event-log').getAttribute('aria-live')).toBe('polite');
    expectNoProblems(problems);
  });
});

describe('oEmbed', () => {
  /** A PNG's width and height, from its IHDR chunk. */
  const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

  it('has a response for every shipped language that parses, with its title card', async () => {
    for (const lang of SHIPPED_LANGUAGES) {
      const response = await fetch(`${baseURL}/oembed/${lang}.json`);
      expect(response.status, lang).toBe(200);
      const body = (await response.json()) as Record<string, unknown>;
      expect(body, lang).toMatchObject({ type: 'rich', version: '1.0', thumbnail_width: 1200, thumbnail_height: 630 });
      for (const key of ['title', 'provider_name', 'provider_url', 'html', 'thumbnail_url'])
        expect(typeof body[key], `${lang} ${key}`).toBe('string');
      expect(body.html, lang).toContain(`src="${appUrl}?embed=1&#38;lang=${lang}"`);
      expect(body.thumbnail_url, lang).toBe(`${appUrl}card/${lang}.png`);
      const card = await readFile(join(DIST, 'card', `${lang}.png`));
      expect(pngSize(card), lang).toEqual({ width: 1200, height: 630 });
    }
  });

  it('is discovered from the first 150 KB of the app page and of the share pages', async () => {
    const linkTo = (lang: string) => `type="application/json+oembed" href="${appUrl}oembed/${lang}.json"`;
    const index = (await readFile(join(DIST, 'index.html'))).subarray(0, DISCOVERY_WINDOW).toString('utf8');
    expect(index).toContain(linkTo('en'));
    expect(index).toContain(`<meta property="og:image" content="${appUrl}card/en.png">`);
    for (const lang of SHIPPED_LANGUAGES) {
      const endings = await readdir(join(DIST, 'share', lang));
      const page = (
        await readFile(
          join(
            DIST,
            'share',
            lang,
            endings.find((e) => !e.includes('.'))!,
            'index.html',
          ),
        )
      )
        .subarray(0, DISCOVERY_WINDOW)
        .toString('utf8');
      expect(page, lang).toContain(linkTo(lang));
    }
  });
});
