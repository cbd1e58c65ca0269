/**
 * The route map in Chromium, against the production build and its CSP: drawn where a later chapter
 * opens and at the ending, its frame holding its size while the drawing loads, its names placed on
 * the map, nothing overflowing at 390 and 1280 px, no axe-core violation, and its caption (the
 * text alternative) naming the places passed. Pictures go to test-results/screenshots/.
 */
import { axeViolations } from './axe.ts';
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { MAP_HEIGHT, MAP_WIDTH } from '../../src/map/map-data.ts';
import { DESKTOP, expectNoProblems, PHONE, type Viewport, type WatchedPage } from './browser.ts';
import { appSession, currentView, moveOn, READY_TITLE } from './story-page.ts';

const SCREENSHOTS = 'test-results/screenshots';

const baseURL = inject('baseURL');
const { open } = appSession(baseURL);

/**
 * Starts the run at chapter `n` (a real run there, as a class would). With `hold`, the map's chunk
 * is held back from before the page loads (the app prefetches it once idle) until `release()`, so
 * the test sees the frame while the drawing loads however fast or slow the machine is.
 */
async function startAt(viewport: Viewport, n: number, hold = false): Promise<WatchedPage & { release: () => void }> {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const watched = await open(viewport, `/?chapter=${String(n)}`, {
    before: async (page) => {
      if (hold)
        await page.route(/\/assets\/route-map-data-[^/]+\.js$/, async (route) => {
          await gate;
          await route.continue();
        });
    },
  });
  await moveOn(watched.page, () => watched.page.locator(`${READY_TITLE} .title-actions .primary`).click());
  return { ...watched, release };
}

/** The frame's box and where each name sits in it, as fractions of the frame. */
function layout(page: Page) {
  return page.evaluate(() => {
    const frame = document.querySelector('[data-route-map] .route-map-frame')!.getBoundingClientRect();
    const text = document.querySelector('main .scene-text')?.getBoundingClientRect().top ?? null;
    const names = [...document.querySelectorAll('[data-route-map] .route-map-label')].map((label) => {
      const box = label.getBoundingClientRect();
      return {
        name: label.textContent,
        x: (box.left + box.width / 2 - frame.left) / frame.width,
        y: (box.top + box.height / 2 - frame.top) / frame.height,
      };
    });
    return { width: frame.width, height: frame.height, textTop: text, names };
  });
}

describe('the route map', () => {
  it.each([
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const)(
    'opens chapter 4 on a %s with the way from Hyesan, drawn in a frame that holds its size',
    async (name, viewport) => {
      const { page, problems, release } = await startAt(viewport, 4, true);
      expect(await currentView(page)).toEqual({ kind: 'scene', id: 'crossroads' });
      const figure = page.locator('main [data-route-map]');
      await figure.waitFor();

      // While the drawing loads, its frame already has the map's proportions, and the caption is there.
      const waiting = await layout(page);
      expect(await figure.locator('svg').count()).toBe(0);
      expect(waiting.height / waiting.width).toBeCloseTo(MAP_HEIGHT / MAP_WIDTH, 2);
      const places = figure.getByRole('list', { name: 'Places passed' }).getByRole('listitem');
      await expect(places.first().textContent()).resolves.toBe('Hyesan');
      await expect(places.last().textContent()).resolves.toBe('Shenyang');
      await expect(places.last().getAttribute('aria-current')).resolves.toBe('location');
      await expect(figure.locator('figcaption').textContent()).resolves.toMatch(/About [\d,]+ km so far/);

      release();
      await figure.locator('svg').waitFor();
      const drawn = await layout(page);
      expect(drawn.width).toBe(waiting.width);
      expect(drawn.height).toBe(waiting.height);
      expect(drawn.textTop, 'the scene text did not move').toBe(waiting.textTop);

      // The names are placed by the projection (inline positions survive the CSP), inside the frame.
      const where = Object.fromEntries(drawn.names.map((n) => [n.name, n]));
      expect(Object.keys(where)).toEqual([
        'North Korea',
        'China',
        'Mongolia',
        'Laos',
        'Thailand',
        'Vietnam',
        'South Korea',
      ]);
      for (const n of drawn.names) {
        expect(n.x, n.name).toBeGreaterThan(0);
        expect(n.x, n.name).toBeLessThan(1);
        expect(n.y, n.name).toBeGreaterThan(0);
        expect(n.y, n.name).toBeLessThan(1);
      }
      expect(where.Mongolia!.y).toBeLessThan(where.China!.y);
      expect(where.Thailand!.y).toBeGreaterThan(where.China!.y);
      expect(where['South Korea']!.x).toBeGreaterThan(where.China!.x);

      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
      expect(await axeViolations(page, { include: '[data-route-map]' })).toEqual([]);
      await mkdir(SCREENSHOTS, { recursive: true });
      await figure.screenshot({
        path: `${SCREENSHOTS}/route-map-${name}-${String(viewport.width)}.png`,
        animations: 'disabled',
      });
      expectNoProblems(problems);
    },
  );

  it.each([
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const)(
    'shows the whole route at the ending on a %s, from Hyesan by Bangkok to Seoul',
    async (name, viewport) => {
      const { page, problems } = await startAt(viewport, 5);
      let view = await currentView(page);
      for (let step = 0; view.kind === 'scene'; step++) {
        if (step > 40) throw new Error('no ending after 40 choices');
        view = await moveOn(page, () => page.locator('main [role="group"] button').first().click());
      }
      const figure = page.locator('main [data-route-map="complete"]');
      await figure.locator('svg').waitFor();
      const places = await figure.getByRole('listitem').allTextContents();
      expect(places.slice(0, 2)).toEqual(['Hyesan', 'Yalu River']);
      expect(places).toContain('Bangkok');
      expect(places.at(-1)).toBe('Seoul');
      await expect(figure.locator('figcaption').textContent()).resolves.toMatch(/About [\d,]+ km in all/);
      expect(await figure.locator('polyline').getAttribute('points')).toMatch(/^([\d.]+,[\d.]+ ?)+$/);
      await mkdir(SCREENSHOTS, { recursive: true });
      await figure.screenshot({
        path: `${SCREENSHOTS}/route-map-ending-${name}-${String(viewport.width)}.png`,
        animations: 'disabled',
      });
      expectNoProblems(problems);
    },
  );
});
