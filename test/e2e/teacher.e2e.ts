/**
 * The built teacher guide (src/build/teacher-plugin.ts) in Chromium: no axe-core violation of
 * WCAG 2.2 A and AA on screen or in print, readable on a 320 px phone, a printed PDF of several A4
 * pages (kept in test-results/teacher/ with pictures of its first two pages, drawn by Chromium's
 * own PDF viewer), the map of all paths with every ending, its labels inside their boxes in every
 * language, and the Korean guide in Korean, its guide's own words too.
 *
 * axe-core runs under the page's real Content-Security-Policy: its source is evaluated through the
 * DevTools protocol (`page.evaluate` of the script's text), which a CSP does not govern, so the
 * page needs no `bypassCSP` and the test still sees any violation the page itself causes.
 */
import { axeViolations } from './axe.ts';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { hashSource } from '../../src/build/csp-plugin.ts';
import { applyText } from '../../src/engine/text.ts';
import { SHIPPED_LANGUAGES, type Language } from '../../src/i18n/languages.ts';
import { escapeHtml } from '../../src/static-pages/common.ts';
import { plainStory } from '../../src/teacher/guide.ts';
import { wordsFor } from '../support/app.tsx';
import { realStory, ROOT } from '../support/story.ts';
import { browserForSuite, DESKTOP, expectNoProblems, type Viewport } from './browser.ts';

const baseURL = inject('baseURL');
const { open, newContext } = browserForSuite(baseURL);
const OUT = resolve(ROOT, 'test-results/teacher');
const NARROW: Viewport = { width: 320, height: 640 };

const story = realStory();
const inLanguage = (lang: Language) => plainStory(applyText(story, wordsFor(story, lang).story));
const guidePath = (lang: Language): string => (lang === 'en' ? '/teacher/' : `/teacher/${lang}/`);

/** Heading levels in document order. */
function headingLevels(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName.slice(1))),
  );
}

/**
 * The addresses of the maps' SVG files a guide page shows (src/teacher/guide.ts), after checking
 * that Chromium drew each of them, for the screen and for paper (`#print`).
 */
async function mapFiles(page: Page): Promise<string[]> {
  const frames = page.locator('#map .map-frame img');
  // They load lazily: asked for now, and waited for.
  await frames.evaluateAll((imgs) => {
    for (const img of imgs as HTMLImageElement[]) img.loading = 'eager';
  });
  await expect
    .poll(() => frames.evaluateAll((imgs) => (imgs as HTMLImageElement[]).every((img) => img.complete)))
    .toBe(true);
  const images = await frames.evaluateAll((imgs) =>
    (imgs as HTMLImageElement[]).map((img) => ({
      src: img.src,
      kind: img.className,
      drawn: img.complete && img.naturalWidth > 0,
      alt: img.alt,
    })),
  );
  for (const { src, drawn, alt } of images) {
    expect(drawn, `${src} drawn`).toBe(true);
    expect(alt, `${src} alt`).not.toBe('');
  }
  const screen = images.filter((i) => i.kind === 'map-screen').map((i) => i.src);
  expect(images.filter((i) => i.kind === 'map-print').map((i) => i.src)).toEqual(screen.map((src) => `${src}#print`));
  expect(screen.length).toBeGreaterThan(1);
  return screen;
}

/**
 * A page of its own to open the maps' files in, apart from the guide's watched page: Chromium asks
 * a bare SVG document's origin for `/favicon.ico`, a request the guide never makes.
 */
async function fileViewer(): Promise<Page> {
  const context = await newContext({ viewport: DESKTOP });
  return context.newPage();
}

/** The labels of a map's file, open in `page`, that spill out of their boxes. */
function spillsIn(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGGElement>('g.map-node')].flatMap((g) => {
      const shape = g.querySelector<SVGGraphicsElement>('rect, polygon')!.getBBox();
      const text = g.querySelector<SVGTextElement>('text')!.getBBox();
      const inside =
        text.x >= shape.x - 0.5 &&
        text.x + text.width <= shape.x + shape.width + 0.5 &&
        text.y >= shape.y - 0.5 &&
        text.y + text.height <= shape.y + shape.height + 0.5;
      return inside ? [] : [`${g.dataset.id ?? '?'}: ${g.querySelector('title')?.textContent ?? ''}`];
    }),
  );
}

/** How many pages a PDF has: its page objects (`/Type /Page`, not `/Pages`). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/**
 * A picture of a one-page PDF as Chromium's PDF viewer draws it. The viewer paints out of process,
 * with nothing in the DOM to wait for: screenshots are taken until two in a row are the same and
 * more than an empty viewer.
 */
async function pictureOfPdf(file: string, png: string): Promise<Buffer> {
  const context = await newContext({ viewport: { width: 850, height: 1100 }, deviceScaleFactor: 1 });
  const viewer = await context.newPage();
  await viewer.goto(`${pathToFileURL(file).href}#toolbar=0&navpanes=0&view=Fit`);
  let last: Buffer = Buffer.alloc(0);
  for (let i = 0; i < 60; i++) {
    await viewer.waitForTimeout(250);
    const shot = await viewer.screenshot();
    if (shot.length > 30_000 && shot.equals(last)) break;
    last = shot;
  }
  await writeFile(png, last);
  return last;
}

describe('the teacher guide', () => {
  it('exists in every shipped language, each page in its own language', async () => {
    for (const lang of SHIPPED_LANGUAGES) {
      const html = await readFile(join(inject('distDir'), guidePath(lang), 'index.html'), 'utf8');
      expect(html, lang).toContain(`<html lang="${lang}"`);
      expect(html, lang).toContain('<meta http-equiv="Content-Security-Policy"');
      expect(html, lang).not.toMatch(/<script|\sstyle=|<link rel="stylesheet"/i);
      // Its stylesheet is inline, one <style> the page's CSP allows by its hash: nothing is fetched before it paints.
      const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
      expect(styles, lang).toHaveLength(1);
      expect(html, lang).toContain(`style-src &#39;self&#39; ${escapeHtml(hashSource(styles[0]!))};`);
    }
  });

  it.each([
    ['en', DESKTOP],
    ['en', NARROW],
    ['ko', NARROW],
    ['ja', DESKTOP],
  ] as const)('has no axe-core violation of WCAG 2.2 A and AA (%s, %o)', async (lang, viewport) => {
    const { page, problems } = await open(viewport, guidePath(lang));
    expect(await axeViolations(page)).toEqual([]);
    expectNoProblems(problems);
  });

  it('runs axe-core for real under the page’s CSP: an image with no alternative is found', async () => {
    const { page, problems } = await open(DESKTOP, '/teacher/');
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = '../favicon.svg';
      document.querySelector('main')!.append(img);
    });
    const violations = await axeViolations(page);
    expect(violations.map((v) => v.split(' ')[0])).toEqual(['image-alt']);
    expectNoProblems(problems);
  });

  it('has no axe-core violation when printed, and prints black on white', async () => {
    const { page, problems } = await open(DESKTOP, '/teacher/');
    await page.emulateMedia({ media: 'print' });
    expect(await axeViolations(page)).toEqual([]);
    const colours = await page.evaluate(() => ({
      html: getComputedStyle(document.documentElement).backgroundColor,
      body: getComputedStyle(document.body).backgroundColor,
      text: getComputedStyle(document.body).color,
      keyBox: getComputedStyle(document.querySelector('.map-key .map-scene rect')!).fill,
      keyEdge: getComputedStyle(document.querySelector('.map-key .map-edge')!).stroke,
      // Each map's paper drawing is printed, its screen drawing is not.
      shown: [...document.querySelectorAll('#map .map-frame img')].map(
        (img) => `${img.className}: ${getComputedStyle(img).display}`,
      ),
    }));
    expect(colours.html).toBe('rgb(255, 255, 255)');
    expect(['rgba(0, 0, 0, 0)', 'rgb(255, 255, 255)']).toContain(colours.body);
    expect(colours).toMatchObject({ text: 'rgb(0, 0, 0)', keyBox: 'rgb(255, 255, 255)', keyEdge: 'rgb(0, 0, 0)' });
    expect(new Set(colours.shown)).toEqual(new Set(['map-screen: none', 'map-print: block']));
    // The map's own file draws black on white as `#print` (an image never sees the page's print
    // media), and in the night palette as it is shown on screen.
    const files = await mapFiles(page);
    const viewer = await fileViewer();
    const drawing = (): Promise<{ text: string; box: string; edge: string }> =>
      viewer.evaluate(() => ({
        text: getComputedStyle(document.querySelector('text')!).fill,
        box: getComputedStyle(document.querySelector('.map-scene rect, .map-chapter rect')!).fill,
        edge: getComputedStyle(document.querySelector('.map-edge')!).stroke,
      }));
    for (const file of files) {
      await viewer.goto(`${file}#print`);
      expect(await drawing(), file).toEqual({ text: 'rgb(0, 0, 0)', box: 'rgb(255, 255, 255)', edge: 'rgb(0, 0, 0)' });
      await viewer.goto(file);
      expect(await drawing(), file).toEqual({
        text: 'rgb(233, 228, 218)',
        box: 'rgb(26, 33, 41)',
        edge: 'rgb(154, 164, 174)',
      });
    }
    expectNoProblems(problems);
  });

  it('reads at 320 px: one h1, headings in order, a skip link first, nothing wider than the screen', async () => {
    const { page, problems } = await open(NARROW, '/teacher/');
    const levels = await headingLevels(page);
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `heading ${i}`).toBeLessThanOrEqual(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(NARROW.width);
    await page.keyboard.press('Tab');
    const skip = page.locator(':focus');
    await expect(skip.textContent()).resolves.toBe('Skip to the guide');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#guide');
    await mkdir(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, 'screen-320-en.png'), fullPage: false });
    expectNoProblems(problems);
  });

  it('prints to at least 4 A4 pages, kept as a PDF with pictures of its first two pages', async () => {
    const { page, problems } = await open(DESKTOP, '/teacher/');
    await mkdir(OUT, { recursive: true });
    const pdf = await page.pdf({ format: 'A4' });
    // The maps load lazily, far below the screen: printing fetches any not yet fetched, for paper.
    const fetched = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.includes('/maps/')),
    );
    expect([...new Set(fetched)].sort()).toEqual(
      ['overview', ...inLanguage('en').chapters.map((_, i) => `chapter-${String(i + 1)}`)]
        .map((name) => `/teacher/maps/en/${name}.svg`)
        .sort(),
    );
    await writeFile(join(OUT, 'guide-en.pdf'), pdf);
    const pages = pdfPageCount(pdf);
    console.info(`teacher guide: ${String(pages)} printed A4 pages`);
    expect(pages).toBeGreaterThanOrEqual(4);
    // A4 portrait pages, and one landscape page for the map's overview.
    const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map(
      ([, w, h]) => (Number(w) < Number(h) ? 'portrait' : 'landscape'),
    );
    expect(boxes.filter((b) => b === 'landscape')).toHaveLength(1);
    for (const n of [1, 2]) {
      const file = join(OUT, `guide-en-page-${String(n)}.pdf`);
      await writeFile(file, await page.pdf({ format: 'A4', pageRanges: String(n) }));
      const png = await pictureOfPdf(file, join(OUT, `print-page-${String(n)}.png`));
      expect(png.length, `page ${String(n)} drawn`).toBeGreaterThan(30_000);
    }
    expectNoProblems(problems);
  });

  it('has a map of all paths that shows and lists every ending', async () => {
    const { page, problems } = await open(DESKTOP, '/teacher/');
    const english = inLanguage('en');
    const map = page.locator('#map');
    const listed = await map
      .locator('li[data-ending]')
      .evaluateAll((items) => items.map((li) => ({ id: li.getAttribute('data-ending'), text: li.textContent })));
    expect(listed.map((l) => l.id).sort()).toEqual(Object.keys(english.endings).sort());
    for (const { id, text } of listed) expect(text, id!).toContain(english.endings[id!]!.title);
    const alts = await map.locator('img.map-screen').evaluateAll((imgs) => imgs.map((img) => img.getAttribute('alt')));
    // The maps' files, as Chromium reads them: the chapters' maps draw every ending, each named by
    // its title, and each file is an image named by its title and described.
    const [overview, ...chapters] = await mapFiles(page);
    const viewer = await fileViewer();
    const drawn = new Map<string, string>();
    const names: string[] = [];
    for (const file of [overview!, ...chapters]) {
      await viewer.goto(file);
      const seen = await viewer.evaluate(() => {
        const root = document.documentElement;
        const [title, desc] = (root.getAttribute('aria-labelledby') ?? '')
          .split(' ')
          .map((id) => document.getElementById(id));
        return {
          role: root.getAttribute('role'),
          labels: [title?.localName, title?.textContent, desc?.localName, desc?.textContent],
          endings: [...document.querySelectorAll('g.map-ending')].map((g) => [
            g.getAttribute('data-id') ?? '',
            g.querySelector('title')?.textContent ?? '',
          ]),
        };
      });
      expect(seen.role, file).toBe('img');
      const [titleTag, title, descTag, desc] = seen.labels;
      expect([titleTag, descTag], file).toEqual(['title', 'desc']);
      expect(title, file).toBeTruthy();
      expect(desc, file).toBeTruthy();
      names.push(`${title ?? ''}. ${desc ?? ''}`);
      if (file !== overview) for (const [id, title] of seen.endings) drawn.set(id!, title!);
    }
    expect(names).toEqual(alts);
    expect(Object.fromEntries(drawn)).toEqual(
      Object.fromEntries(Object.values(english.endings).map((ending) => [ending.id, ending.title])),
    );
    expectNoProblems(problems);
  });

  it.each(SHIPPED_LANGUAGES)('draws every label of the map inside its box (%s)', async (lang) => {
    const { page } = await open(DESKTOP, guidePath(lang));
    const spills: string[] = [];
    const viewer = await fileViewer();
    for (const file of await mapFiles(page)) {
      await viewer.goto(file);
      spills.push(...(await spillsIn(viewer)).map((spill) => `${file}: ${spill}`));
    }
    expect(spills).toEqual([]);
  });

  it('has a Korean guide: lang="ko", Korean headings, chapter titles and discussion questions', async () => {
    const { page, problems } = await open(DESKTOP, '/teacher/ko/');
    const korean = inLanguage('ko');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ko');
    await expect(page.locator('.notice').count()).resolves.toBe(0);
    const headings = await page.locator('h2, h3, h4').allTextContents();
    for (const heading of headings) expect(heading, heading).toMatch(/[\uac00-\ud7a3]/);
    await expect(page.locator('#overview-heading').textContent()).resolves.toBe('개요와 학습 목표');
    await expect(page.locator('.skip-link').textContent()).resolves.toBe('안내서 본문으로 건너뛰기');
    for (const [i, chapter] of korean.chapters.entries()) {
      const article = page.locator(`#chapter-${String(i + 1)}`);
      await expect(article.getByRole('heading', { level: 3 }).textContent()).resolves.toContain(chapter.title);
      const questions = await article.locator('.questions li').allTextContents();
      expect(questions).toEqual(chapter.questions);
      for (const question of questions) expect(question).toMatch(/[\uac00-\ud7a3]/);
    }
    expect(korean.chapters[0]!.title).not.toBe(inLanguage('en').chapters[0]!.title);
    await mkdir(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, 'screen-1280-ko.png') });
    expectNoProblems(problems);
  });
});
