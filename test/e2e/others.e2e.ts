/**
 * "How others chose" in Chromium, against the service as `npm run serve` runs it (src/server/,
 * PGlite in a temporary folder, serving the built app): 21 runs sent through the HTTP API first,
 * then a run played to an ending in the browser, counted once, and its first decision shown with
 * its share (rounded to 5%) and the fact card of its scene, on a laptop and on a phone. With the
 * setting turned off, the ending sends nothing and shows nothing.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { RUNS_PATH, roundShare } from '../../src/others/api.ts';
import { configFromEnv } from '../../src/server/config.ts';
import { startService, type RunningService } from '../../src/server/service.ts';
import { firstDecision, runsChoosing } from '../support/runs.ts';
import { realStory, ROOT } from '../support/story.ts';
import { axeViolations } from './axe.ts';
import { browserForSuite, DESKTOP, expectNoProblems, PHONE, type Viewport } from './browser.ts';
import { moveOn, READY_TITLE, playToEnding } from './story-page.ts';

const session = browserForSuite('http://127.0.0.1:9');
const story = realStory();
const { scene: FIRST, choices } = firstDecision(story);
/** What the browser's runs choose at the first decision: the first button. */
const PLAYED = choices[0]!;
const OTHER = choices[1]!;
/** Where the screenshots go, to be looked at. */
const SHOTS = process.env.OTHERS_SHOTS ?? join(tmpdir(), 'ttm-others-shots');

let dataDir: string;
let service: RunningService;
let origin: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'ttm-others-'));
  const config = configFromEnv({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DIST_DIR: inject('distDir') }, ROOT);
  // The shipped campaign confirms signatures by email: no signature is made here, so no mail goes.
  const mailer = { sendConfirmation: () => Promise.resolve(), close: () => undefined };
  service = await startService({ root: ROOT, config, serveApp: true, mailer });
  origin = (await service.app.listen({ port: 0, host: '127.0.0.1' })).replace('localhost', '127.0.0.1');
  // 15 runs that chose as the browser will, 6 that did not: 21 runs decided, over the threshold.
  for (const run of [...runsChoosing(story, PLAYED, 15, 50_000), ...runsChoosing(story, OTHER, 6, 60_000)]) {
    const response = await fetch(`${origin}${RUNS_PATH}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(run),
    });
    expect(response.status).toBe(200);
  }
});

afterAll(async () => {
  await service.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Runs counted at the first decision, as the database holds them. */
async function decided(): Promise<number> {
  const rows = await service.store.db.query<{ runs: string }>('SELECT runs FROM decision_counts WHERE scene = $1', [
    FIRST,
  ]);
  return Number(rows[0]?.runs ?? 0);
}

/** The requests the page makes to the "how others chose" API. */
function watchApi(page: Page): Request[] {
  const seen: Request[] = [];
  page.on('request', (request) => {
    if (/\/api\/(runs|choices)/.test(request.url())) seen.push(request);
  });
  return seen;
}

describe('how others chose, at an ending', () => {
  it.each([
    ['a laptop', DESKTOP, 4],
    ['a phone', PHONE, 5],
  ] as Array<[string, Viewport, number]>)(
    'on %s: sends the run once and shows the share of each decision, with its fact card',
    async (_on, viewport, seed) => {
      const before = await decided();
      const { page, problems } = await session.open(viewport, `/?seed=${String(seed)}`, { origin });
      const api = watchApi(page);
      await playToEnding(page);
      const section = page.locator('main section[data-others]');
      await section.waitFor({ timeout: 30_000 });
      // Counted once: the runs before and this one.
      await expect.poll(decided, { timeout: 10_000 }).toBe(before + 1);
      expect(api.filter((r) => r.method() === 'POST').map((r) => new URL(r.url()).pathname)).toEqual([RUNS_PATH]);
      const mine = 15 + 1 + (before - 21);
      const share = roundShare(mine, before + 1);
      const item = section.locator(`li[data-scene="${FIRST}"]`);
      await expect(item.getAttribute('data-choice')).resolves.toBe(PLAYED);
      await expect(item.getAttribute('data-share')).resolves.toBe(String(share));
      await expect(item.textContent()).resolves.toContain(`${String(share)}% of players chose this too.`);
      // The decision's scene has a fact card: it sits beside the choice.
      await expect(item.locator(`[data-fact="${story.scenes[FIRST]!.fact!}"]`).count()).resolves.toBe(1);
      // Only decisions at least 20 runs reached.
      for (const scene of await section
        .locator('li[data-scene]')
        .evaluateAll((items) => items.map((li) => li.getAttribute('data-scene')!))) {
        const rows = await service.store.db.query<{ runs: string }>(
          'SELECT runs FROM decision_counts WHERE scene = $1',
          [scene],
        );
        expect(Number(rows[0]!.runs), scene).toBeGreaterThanOrEqual(20);
      }
      expect(await axeViolations(page, { include: 'main section[data-others]' })).toEqual([]);
      await section.scrollIntoViewIfNeeded();
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: join(SHOTS, `ending-shares-${String(viewport.width)}.png`), fullPage: false });
      await section.screenshot({ path: join(SHOTS, `shares-${String(viewport.width)}.png`) });
      expectNoProblems(problems);
    },
  );

  it('with the setting off, sends nothing and shows nothing', async () => {
    const before = await decided();
    const { page, problems } = await session.open(PHONE, '/?seed=6', { origin });
    const api = watchApi(page);
    await moveOn(page, () => page.locator(`${READY_TITLE} .title-actions .primary`).click());
    await page.locator('main [data-settings] summary').click();
    const setting = page.getByRole('checkbox', { name: 'Count my choices in “How others chose”' });
    await expect(setting.isChecked()).resolves.toBe(true);
    expect(await axeViolations(page, { include: 'main [data-settings]' })).toEqual([]);
    await setting.uncheck();
    await page.locator('main [data-settings] summary').click();
    let view = await moveOn(page, () => page.locator('main [role="group"] button').first().click());
    for (let step = 0; view.kind === 'scene'; step++) {
      if (step >= 80) throw new Error('no ending after 80 choices');
      view = await moveOn(page, () => page.locator('main [role="group"] button').first().click());
    }
    // The ending's actions (sign, share) are in the same lazy part as the section would be.
    await page.locator('main [data-share]').waitFor();
    await page.waitForLoadState('networkidle');
    expect(api.map((r) => `${r.method()} ${r.url()}`)).toEqual([]);
    await expect(page.locator('main [data-others]').count()).resolves.toBe(0);
    expect(await decided()).toBe(before);
    // Kept as a preference: a reload keeps it off.
    await expect(page.evaluate(() => localStorage.getItem('three-thousand-miles:preferences'))).resolves.toContain(
      '"counting":"off"',
    );
    expectNoProblems(problems);
  });
});
