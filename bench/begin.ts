/**
 * The title page on a slow phone, really throttled through the DevTools protocol as Lighthouse's
 * `devtools` mode throttles it (its slow 4G: 562.5 ms round trips, 1.47 Mbit/s down, 675 kbit/s
 * up; the CPU 4x slower): when the largest paint happens, and when Begin works, that is when React
 * has taken over the Begin button (hydrated it, or rendered it afresh) so that a press starts the
 * run. Recorded in the page from its first script on, in a fresh context each time.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.ts';
import { median } from './stats.ts';

/** Lighthouse 12's `mobileSlow4G` throttling, as applied in its devtools mode. */
export const SLOW_4G = { latency: 562.5, downloadKbps: 1474.56, uploadKbps: 675, cpu: 4 } as const;

export interface BeginSample {
  /** From navigation start (ms). */
  lcpMs: number;
  beginWorksMs: number;
}

export interface BeginReport {
  runs: number;
  samples: BeginSample[];
  lcpMs: number;
  beginWorksMs: number;
}

type BeginWindow = Window & { __begin?: { lcp: number; works?: number } };

/** Installed before the page's own scripts: watches the largest paint and the Begin button. */
function watch(): void {
  const record: { lcp: number; works?: number } = { lcp: Number.NaN };
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
}

/** Loads `url` `runs` times under slow 4G and a 4x slower CPU; medians of each figure. */
export async function measureBegin(url: string, runs: number): Promise<BeginReport> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
  const samples: BeginSample[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1 });
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
      await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
      await page.waitForFunction(() => (window as BeginWindow).__begin?.works !== undefined, null, {
        timeout: 120_000,
        polling: 100,
      });
      const record = await page.evaluate(() => (window as BeginWindow).__begin!);
      samples.push({ lcpMs: record.lcp, beginWorksMs: record.works! });
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
  };
}
