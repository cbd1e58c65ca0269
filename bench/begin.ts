/**
 * The title page on a slow phone, really throttled through the DevTools protocol as Lighthouse's
 * `devtools` mode throttles it (its slow 4G: 562.5 ms round trips, 1.47 Mbit/s down, 675 kbit/s
 * up; the CPU 4x slower): when the largest paint happens; when Begin works, that is when React
 * has taken over the Begin button (hydrated it, or rendered it afresh); and, for a player who
 * presses Begin as soon as it shows (a press the page keeps until the app has arrived,
 * src/build/first-paint-plugin.ts), when the first scene is on screen, the run's chunk fetched at
 * that press. Recorded in the page from its first script on, in a fresh context each time.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, KEEP_NAMES_SHIM } from './chromium.ts';
import { median } from './stats.ts';

/** Lighthouse 12's `mobileSlow4G` throttling, as applied in its devtools mode. */
export const SLOW_4G = { latency: 562.5, downloadKbps: 1474.56, uploadKbps: 675, cpu: 4 } as const;

export interface BeginSample {
  /** From navigation start (ms). */
  lcpMs: number;
  beginWorksMs: number;
  /** When Begin was pressed: as soon as it showed. */
  pressedMs: number;
  /** When the first scene was on screen after that press (NaN: the press was lost). */
  firstSceneMs: number;
}

/** How long after the app has Begin the first scene may take before a press counts as lost. */
const LOST_AFTER_MS = 15_000;

export interface BeginReport {
  runs: number;
  samples: BeginSample[];
  lcpMs: number;
  beginWorksMs: number;
  pressedMs: number;
  firstSceneMs: number;
}

interface BeginRecord {
  lcp: number;
  works?: number;
  pressed?: number;
  scene?: number;
}
type BeginWindow = Window & { __begin?: BeginRecord };

/** Installed before the page's own scripts: watches the largest paint and the Begin button. */
function watch(): void {
  const record: BeginRecord = { lcp: Number.NaN };
  (window as BeginWindow).__begin = record;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) record.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  // React keeps its props on the elements it owns: once the Begin button has them, a press runs.
  const check = (): void => {
    const button = document.querySelector('[data-title-screen] button.primary');
    if (button && Object.keys(button).some((key) => key.startsWith('__reactProps'))) record.works = performance.now();
    else setTimeout(check, 5);
  };
  check();
  document.addEventListener('click', () => (record.pressed ??= performance.now()), true);
  const scene = (): void => {
    if (document.querySelector('main article[data-scene]')) record.scene = performance.now();
    else requestAnimationFrame(scene);
  };
  requestAnimationFrame(scene);
}

/** Loads `url` `runs` times under slow 4G and a 4x slower CPU; medians of each figure. */
export async function measureBegin(url: string, runs: number): Promise<BeginReport> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
  const samples: BeginSample[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1 });
      await context.addInitScript(KEEP_NAMES_SHIM);
      await context.addInitScript(watch);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: SLOW_4G.latency,
        downloadThroughput: (SLOW_4G.downloadKbps * 1024) / 8,
        uploadThroughput: (SLOW_4G.uploadKbps * 1024) / 8,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_4G.cpu });
      await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
      // Pressed as soon as it shows, app or no app (an older build's press before the app is lost).
      await page.locator('[data-title-screen] .title-actions button.primary').click({ timeout: 120_000 });
      await page.waitForFunction(() => (window as BeginWindow).__begin?.works !== undefined, null, {
        timeout: 120_000,
        polling: 100,
      });
      await page
        .waitForFunction(() => (window as BeginWindow).__begin?.scene !== undefined, null, {
          timeout: LOST_AFTER_MS,
          polling: 100,
        })
        .catch(() => undefined);
      const record = await page.evaluate(() => (window as BeginWindow).__begin!);
      samples.push({
        lcpMs: record.lcp,
        beginWorksMs: record.works!,
        pressedMs: record.pressed!,
        firstSceneMs: record.scene ?? Number.NaN,
      });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return {
    runs,
    samples,
    lcpMs: median(samples.map((s) => s.lcpMs)),
    beginWorksMs: median(samples.map((s) => s.beginWorksMs)),
    pressedMs: median(samples.map((s) => s.pressedMs)),
    // A lost press counts as never: the median is NaN when most were lost.
    firstSceneMs: median(
      samples.map((s) => (Number.isNaN(s.firstSceneMs) ? Number.POSITIVE_INFINITY : s.firstSceneMs)),
    ),
  };
}
