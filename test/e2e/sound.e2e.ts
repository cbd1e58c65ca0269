/**
 * Sound in a real browser: nothing of it fetched until the player turns it on; then the
 * soundscape of the place and its caption; the choice remembered; kept for offline; and a missing
 * file costs nothing but the sound.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { PHONE, type Problems } from './browser.ts';
import { appSession, moveOn, READY_TITLE } from './story-page.ts';

const { open } = appSession(inject('baseURL'));

/** Howler's chunk or an audio file. */
const AUDIO = /\/(?:audio\/[\w-]+\.(?:webm|mp3)|assets\/howler-[^/]+\.js)$/;
/** A soundscape's file (the cues are fetched as soon as sound is turned on). */
const SOUNDSCAPE = /\/audio\/(?:river|wind|market|train|jungle-rain|city)\.(?:webm|mp3)$/;
/** The first scene is in the market of Hyesan. */
const MARKET_CAPTION = '[a market crowd murmuring]';

/** Every request the page or its service worker makes, recorded from before the first one. */
function recordRequests(page: Page, into: string[]): Promise<void> {
  page.context().on('request', (request: Request) => into.push(new URL(request.url()).pathname));
  return Promise.resolve();
}

const audioIn = (requests: string[]) => requests.filter((path) => AUDIO.test(path));
const soundSwitch = (page: Page) => page.getByRole('checkbox', { name: 'Sound' });
const caption = (page: Page) => page.locator('[data-sound-caption]');

async function begin(page: Page) {
  return moveOn(page, () => page.locator(`${READY_TITLE} .title-actions .primary`).click());
}

async function choose(page: Page) {
  return moveOn(page, () => page.getByRole('group', { name: 'Your choices' }).getByRole('button').first().click());
}

/** The app's own warnings about sound (it promises one at most). */
function soundWarnings(page: Page): string[] {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' && /^Sound\b/.test(message.text())) warnings.push(message.text());
  });
  return warnings;
}

describe('sound', () => {
  it('fetches nothing of audio until the player turns it on, then plays the place and names it', async () => {
    const requests: string[] = [];
    const { page, problems } = await open(PHONE, '/?seed=12', { before: (p) => recordRequests(p, requests) });
    // Let the page and its service worker settle: the worker precaches the app's shell.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.waitForLoadState('networkidle');
    expect(await soundSwitch(page).isChecked()).toBe(false);
    await expect(page.getByText('Off until you turn it on.', { exact: false }).count()).resolves.toBe(1);
    await begin(page);
    await choose(page);
    expect(audioIn(requests), 'audio fetched before sound was turned on').toEqual([]);
    expect(await caption(page).count()).toBe(0);

    // On, from the settings during the run.
    await page.getByText('Settings').click();
    await soundSwitch(page).check();
    await expect.poll(() => audioIn(requests).some((path) => /\/assets\/howler-/.test(path))).toBe(true);
    await expect.poll(() => audioIn(requests).some((path) => path.endsWith('/audio/choice.webm'))).toBe(true);
    const mute = page.getByRole('button', { name: 'Mute' });
    await expect(mute.getAttribute('aria-pressed')).resolves.toBe('false');
    await mute.click();
    await expect(mute.getAttribute('aria-pressed')).resolves.toBe('true');
    await mute.click();

    // Within a few choices the story reaches a place with a soundscape: it is fetched and named.
    for (let step = 0; step < 8 && (await caption(page).count()) === 0; step++) await choose(page);
    await expect.poll(() => requests.filter((path) => SOUNDSCAPE.test(path))).not.toEqual([]);
    await expect.poll(() => caption(page).count()).toBe(1);
    await expect(caption(page).isVisible()).resolves.toBe(true);
    // The caption is to be seen, not announced.
    await expect(caption(page).getAttribute('aria-live')).resolves.toBe('off');
    // Chromium's WebM Opus: the MP3 is not fetched as well.
    expect(audioIn(requests).filter((path) => path.endsWith('.mp3'))).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
  });

  it('remembers the choice, and a later visit still fetches nothing until a scene needs it', async () => {
    const requests: string[] = [];
    const { page } = await open(PHONE, '/?seed=12', { before: (p) => recordRequests(p, requests) });
    await soundSwitch(page).check();
    await expect.poll(() => audioIn(requests).length).toBeGreaterThan(0);
    // Every file the switch asked for has arrived, so none of them is counted after the reload.
    await page.waitForLoadState('networkidle');
    requests.length = 0;
    await page.reload();
    await page.locator(READY_TITLE).waitFor();
    await expect.poll(() => soundSwitch(page).isChecked()).toBe(true);
    await page.waitForLoadState('networkidle');
    expect(audioIn(requests), 'audio fetched on the title screen').toEqual([]);
    await begin(page);
    await expect.poll(() => requests.some((path) => path.endsWith('/audio/market.webm'))).toBe(true);
    await expect.poll(() => caption(page).textContent()).toBe(MARKET_CAPTION);
  });

  it('keeps the story playing, with captions and without an error, when the files are missing', async () => {
    const { page, problems } = await open(PHONE, '/?seed=12', {
      // On the context, so that requests the service worker makes are answered too.
      before: async (p) => {
        await p.context().route(/\/audio\/[\w-]+\.(?:webm|mp3)$/, (route) => route.fulfill({ status: 404, body: '' }));
      },
    });
    const warnings = soundWarnings(page);
    await soundSwitch(page).check();
    let view = await begin(page);
    await expect.poll(() => caption(page).textContent()).toBe(MARKET_CAPTION);
    for (let step = 0; step < 6 && view.kind === 'scene'; step++) view = await choose(page);
    await expect(caption(page).count()).resolves.toBeLessThanOrEqual(1);
    expectOnlyMissingAudio(problems);
    expect(warnings.length, warnings.join('\n')).toBeLessThanOrEqual(1);
  });

  it('keeps going when howler itself cannot be fetched', async () => {
    const { page, problems } = await open(PHONE, '/?seed=12', {
      before: async (p) => {
        await p.context().route(/\/assets\/howler-[^/]+\.js$/, (route) => route.abort());
      },
    });
    await soundSwitch(page).check();
    await begin(page);
    await expect.poll(() => caption(page).textContent()).toBe(MARKET_CAPTION);
    await choose(page);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors.filter((line) => !/howler|Failed to (?:load|fetch)/i.test(line))).toEqual([]);
  });

  it('is kept for offline once played, and never precached', async () => {
    const { page, context, problems } = await open(PHONE, '/?seed=12');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    // Once more under the worker's control, so that the language's words are cached too.
    await page.reload();
    await page.locator(READY_TITLE).waitFor();
    await soundSwitch(page).check();
    await begin(page);
    await expect
      .poll(() =>
        page.evaluate(async () => {
          // Named for the files' contents: three-thousand-miles-audio-<digest>.
          const name = (await caches.keys()).find((key) => key.startsWith('three-thousand-miles-audio-'));
          if (!name) return [];
          const cache = await caches.open(name);
          return (await cache.keys()).map((request) => new URL(request.url).pathname).sort();
        }),
      )
      .toEqual(expect.arrayContaining(['/audio/market.webm', expect.stringMatching(/^\/assets\/howler-/)]));

    await context.setOffline(true);
    const served: string[] = [];
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (AUDIO.test(path) && response.ok() && response.fromServiceWorker()) served.push(path);
    });
    await page.reload();
    await page.locator(READY_TITLE).waitFor();
    await moveOn(page, () => page.getByRole('button', { name: 'Continue' }).click());
    await expect.poll(() => caption(page).textContent()).toBe(MARKET_CAPTION);
    await expect.poll(() => served).toEqual(expect.arrayContaining(['/audio/market.webm']));
    expect(problems.failedRequests.filter((line) => /\/audio\/|\/assets\/howler-/.test(line))).toEqual([]);

    const worker = readFileSync(join(inject('distDir'), 'sw.js'), 'utf8');
    expect(worker).not.toMatch(/url:\s*"(?:assets\/howler-|audio\/)/);
  });
});

/** The only trouble on the page is the audio that was not there. */
function expectOnlyMissingAudio(problems: Problems) {
  expect(problems.pageErrors).toEqual([]);
  expect(problems.cspViolations).toEqual([]);
  expect(problems.failedRequests.filter((line) => !/\/audio\/[\w-]+\.(?:webm|mp3): HTTP 404$/.test(line))).toEqual([]);
  // Chromium logs each 404 itself; the app logs nothing as an error.
  expect(problems.consoleErrors.filter((line) => !/Failed to load resource.*404/.test(line))).toEqual([]);
}
