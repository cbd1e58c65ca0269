/**
 * The first paint needs no JavaScript: the built index.html carries the title screen, React takes
 * it over without an error or a layout shift, and a build for a sub-folder works there.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SAVE_KEY } from '../../src/engine/save.ts';
import { viteBuild } from '../../bench/vite-build.ts';
import { plainText } from '../../src/ui/RichText.tsx';
import { realStory, ROOT } from '../support/story.ts';
import { DESKTOP, expectNoProblems, PHONE, browserForSuite, type Viewport, type WatchedPage } from './browser.ts';

const baseURL = inject('baseURL');
const story = realStory();
const browser = browserForSuite(baseURL);

/** The first paragraph of a story text as the page shows it: glossary marks as words, one line. */
function firstParagraph(text: string): string {
  return oneLine(plainText(text.split(/\n\s*\n/)[0] ?? '', story.glossary));
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Records, from before the page's first script, every layout shift and whether the prerendered
 * title screen's elements were replaced rather than taken over.
 */
async function watchTakeover(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const record = { shift: 0, replaced: false };
    (window as unknown as { __takeover: typeof record }).__takeover = record;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>)
        if (!entry.hadRecentInput) record.shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    new MutationObserver((mutations) => {
      for (const m of mutations)
        for (const node of m.removedNodes)
          if (node instanceof Element && node.querySelector('[data-title-screen]')) record.replaced = true;
    }).observe(document, { childList: true, subtree: true });
  });
}

async function takeover(page: Page): Promise<{ shift: number; replaced: boolean }> {
  return page.evaluate(() => (window as unknown as { __takeover: { shift: number; replaced: boolean } }).__takeover);
}

/** Waits until React owns #root (it marks the container it renders into). */
async function waitForReact(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const root = document.getElementById('root');
    return root !== null && Object.keys(root).some((key) => key.startsWith('__reactContainer'));
  });
  // Effects and a frame after the commit: a late shift or error would show by now.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100))));
}

function open(viewport: Viewport, path = '/'): Promise<WatchedPage> {
  return browser.open(viewport, path, { before: watchTakeover });
}

describe('the built index.html', () => {
  it('carries the title, premise, content note and Begin before any script runs', async () => {
    const html = await (await fetch(`${baseURL}/`)).text();
    const root = /<div id="root">([\s\S]*?)<\/div>\s*<noscript>/.exec(html)?.[1] ?? '';
    expect(root, 'markup inside #root').toContain('data-title-screen');
    expect(root).toContain(`<h1>${story.title}</h1>`);
    expect(root).toMatch(/<button type="button" class="primary" data-start="begin">Begin<\/button>/);
    expect(root, 'no inline script or style for the CSP to refuse').not.toMatch(/<script|<style|\sstyle=/i);
    expect(html).toMatch(/<meta\s+name="description"\s+content="[^"]{50,}"/);

    // The same page with JavaScript off shows it all.
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${baseURL}/`);
    const screen = page.locator('main [data-title-screen]');
    await expect(screen.locator('h1').textContent()).resolves.toBe(story.title);
    expect(oneLine((await screen.locator('.premise').textContent()) ?? '')).toContain(firstParagraph(story.premise));
    const note = page.getByRole('region', { name: 'Content note' });
    expect(oneLine((await note.textContent()) ?? '')).toContain(firstParagraph(story.contentNote));
    await expect(page.getByRole('button', { name: 'Begin' }).isVisible()).resolves.toBe(true);
    // The heading is painted where it belongs, styled (the CSS loads without JavaScript).
    const box = await screen.locator('h1').boundingBox();
    expect(box?.height, 'the title has a size').toBeGreaterThan(30);
    await expect(page.locator('.noscript').isVisible()).resolves.toBe(true);
  });
});

describe('React taking over the prerendered title screen', () => {
  it.each([
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ])('on a first visit (%s) hydrates it: same elements, no shift, no error, and Begin works', async (_, viewport) => {
    const { page, problems } = await open(viewport, '/?seed=7');
    await waitForReact(page);
    const record = await takeover(page);
    expect(record.replaced, 'the prerendered elements were kept').toBe(false);
    expect(record.shift, 'layout shift').toBeLessThanOrEqual(0.001);

    await page.getByRole('button', { name: 'Begin' }).click();
    await page.locator('main article[data-scene]').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName), { timeout: 2_000 }).toBe('H1');
    expectNoProblems(problems);
  });

  it('keeps a Begin pressed before the app has arrived, and starts the story once it has', async () => {
    let pressedBeforeApp: (app: string | undefined) => void = () => undefined;
    const pressed = new Promise<string | undefined>((resolve) => (pressedBeforeApp = resolve));
    const { page, problems } = await browser.open(PHONE, '/?seed=7', {
      before: async (page: Page) => {
        // The app's entry is held back until Begin has been pressed on the prerendered page.
        await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
          await page.locator('[data-title-screen] button.primary').click();
          pressedBeforeApp(await page.evaluate(() => document.documentElement.dataset.app));
          await route.continue();
        });
      },
    });
    expect(await pressed, 'the app had not taken over when Begin was pressed').toBeUndefined();
    await page.locator('main article[data-scene]').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName), { timeout: 5_000 }).toBe('H1');
    expectNoProblems(problems);
  });

  it('with a saved run renders the Continue screen in its place, with no error and no shift', async () => {
    const { page, problems } = await open(DESKTOP, '/?seed=7');
    // The prerendered Begin answers once the app has taken over (it starts after the first paint).
    await waitForReact(page);
    await page.getByRole('button', { name: 'Begin' }).click();
    await page.locator('main article[data-scene]').waitFor();
    await page.keyboard.press('1');
    await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), SAVE_KEY)).toContain('"choices":[');
    // The new scene's picture may still be on its way: a reload would cut it off mid-flight.
    await page.waitForLoadState('networkidle');

    await page.reload();
    await waitForReact(page);
    const record = await takeover(page);
    expect(record.replaced, 'the first-visit markup was replaced').toBe(true);
    expect(record.shift, 'layout shift').toBeLessThanOrEqual(0.001);
    await expect(page.getByRole('button', { name: 'Continue' }).count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: 'Begin' }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('main article[data-scene]').waitFor();
    expectNoProblems(problems);
  });
});

describe('a build for a sub-folder (BASE_PATH)', () => {
  const base = '/stories/three-thousand-miles/';
  let outDir: string | undefined;
  let server: PreviewServer | undefined;

  beforeAll(() => {
    outDir = mkdtempSync(join(tmpdir(), 'ttm-base-'));
    viteBuild(ROOT, ['--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { BASE_PATH: base });
  });

  afterAll(async () => {
    await server?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it('loads every file from the sub-folder and plays', async () => {
    server = await preview({
      root: ROOT,
      configFile: false,
      base,
      logLevel: 'warn',
      build: { outDir: outDir! },
      preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
    });
    const address = server.httpServer.address();
    if (!address || typeof address === 'string') throw new Error('vite preview did not report a TCP port');
    const origin = `http://127.0.0.1:${address.port}`;

    const html = await (await fetch(`${origin}${base}`)).text();
    // What the page loads (scripts, styles, icons), not the addresses it names for others: the
    // oEmbed discovery link is absolute, as consumers such as WordPress need.
    const loaded = [...html.matchAll(/<[^>]+>/g)].map((m) => m[0]).filter((tag) => !/rel="alternate"/.test(tag));
    const urls = loaded.flatMap((tag) => [...tag.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!));
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls)
      expect(url, 'every script, style and icon under the base path').toMatch(/^\/stories\/three-thousand-miles\//);

    const { page, problems } = await browser.open(PHONE, `${base}?seed=3`, { origin });
    await waitForReact(page);
    await page.getByRole('button', { name: 'Begin' }).click();
    await page.locator('main article[data-scene]').waitFor();
    expectNoProblems(problems);
  });
});
