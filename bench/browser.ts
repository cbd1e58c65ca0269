/**
 * The built app played through in Chromium, timed: for each choice, the main-thread work from the
 * click to the paint of the next scene; the bytes the page fetched; the JS heap at the end.
 *
 * How a choice is timed, in the page: a capturing click listener marks the start (before React's
 * own listener); a MutationObserver sees the new scene's article, by then rendered, committed and
 * its effects run, since React handles a click synchronously; a requestAnimationFrame callback
 * then marks the start of the next frame, and a message posted from it arrives once that frame's
 * style, layout and paint are done. Work = (commit - click) + (after paint - frame start): the wait
 * for the frame in between is idle time, not work. Long tasks (over 50 ms) are collected alongside.
 */
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.ts';
import { median } from './stats.ts';

export interface ChoiceTiming {
  /** The scene the choice was made in. */
  scene: string;
  /** Main-thread work from the click to the next scene's paint (ms). */
  workMs: number;
  /** Wall time from the click to that paint, idle frame wait included (ms). */
  latencyMs: number;
}

export interface BrowserRun {
  seed: number;
  /** Begin, from the title screen to the first scene's paint. */
  begin: ChoiceTiming;
  choices: ChoiceTiming[];
  ending: string;
  /** Long tasks during the run, after the page loaded (ms each). */
  longTasks: number[];
  /** Bytes over the wire (headers included) and requests, for the whole run. */
  bytes: number;
  requests: number;
  /** Used JS heap at the end of the run, after a garbage collection (bytes). */
  heapUsed: number;
}

export interface BrowserReport {
  /** CPU slowdown applied through the DevTools protocol (1 = this machine's speed). */
  cpuThrottle: number;
  runs: BrowserRun[];
  /** Medians over the runs of each run's median and worst choice. */
  medianWorkMs: number;
  worstWorkMs: number;
  medianLatencyMs: number;
  medianBytes: number;
  medianHeapUsed: number;
  longTasks: number;
}

/** What the page records, on `window.__bench` (kept off the app's own Window type). */
interface PageRecord {
  timings: Array<{ scene: string; workMs: number; latencyMs: number }>;
  longTasks: Array<{ start: number; duration: number }>;
}
type BenchWindow = Window & { __bench?: PageRecord };

/** Installed before any of the page's own scripts run. */
function instrument(): void {
  const bench: PageRecord = { timings: [], longTasks: [] };
  (window as BenchWindow).__bench = bench;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const VIEW = 'main article[data-scene], main article[data-ending], main [data-title-screen]';
  document.addEventListener(
    'click',
    (event) => {
      const target =
        event.target instanceof Element ? event.target.closest('[data-choice], [data-title-screen] button') : null;
      const main = document.querySelector('main');
      if (!target || !main) return;
      const before = document.querySelector(VIEW);
      const scene = before?.getAttribute('data-scene') ?? (before?.hasAttribute('data-title-screen') ? '(title)' : '');
      const start = performance.now();
      const observer = new MutationObserver(() => {
        const now = document.querySelector(VIEW);
        if (!now || now === before) return;
        const committed = performance.now();
        observer.disconnect();
        requestAnimationFrame(() => {
          const frame = performance.now();
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            const painted = performance.now();
            bench.timings.push({ scene, workMs: committed - start + (painted - frame), latencyMs: painted - start });
          };
          channel.port2.postMessage(null);
        });
      });
      observer.observe(main, { childList: true, subtree: true });
    },
    true,
  );
}

/** Plays `runs` runs (seeds 1, 2, …), each in a fresh context, picking choices by a fixed pattern. */
export async function measureBrowser(url: string, runs: number, cpuThrottle = 1): Promise<BrowserReport> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
  const results: BrowserRun[] = [];
  try {
    for (let seed = 1; seed <= runs; seed++) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
      await context.addInitScript(instrument);
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      const cdp = await context.newCDPSession(page);
      if (cpuThrottle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      // The bench serves the static build alone: the signature service's endpoints (the ending's
      // supporter count) answer 404 there, as on a static host, and the app goes on without them.
      const service = (url: string): boolean => new URL(url, 'http://localhost').pathname.startsWith('/api/');
      page.on('console', (message) => {
        if (message.type() === 'error' && !service(message.location().url)) errors.push(message.text());
      });
      // The console's "Failed to load resource" does not say which: this does.
      page.on('response', (response) => {
        if (response.status() >= 400 && !service(response.url())) errors.push(`${response.status()} ${response.url()}`);
      });
      await page.goto(`${url}?seed=${seed}`, { waitUntil: 'load' });
      await page.waitForTimeout(300);
      const loadedLongTasks = await page.evaluate(() => (window as BenchWindow).__bench?.longTasks.length ?? 0);
      await page.getByRole('button', { name: 'Begin' }).click();
      await timingsAtLeast(page, 1);
      let ending = '';
      for (let step = 0; step < 80; step++) {
        const article = page.locator('main article[data-scene], main article[data-ending]');
        await article.waitFor();
        const endingId = await article.getAttribute('data-ending');
        if (endingId !== null) {
          ending = endingId;
          break;
        }
        const choices = page.getByRole('group', { name: 'Your choices' }).getByRole('button');
        const count = await choices.count();
        // Varied but reproducible: the choice index follows the seed and the step.
        await choices.nth((seed * 7 + step * 3) % count).click();
        await timingsAtLeast(page, step + 2);
      }
      await page.waitForTimeout(200);
      if (errors.length) throw new Error(`The page reported errors during the run:\n${errors.join('\n')}`);
      const bench = await page.evaluate(() => (window as BenchWindow).__bench!);
      const network = await page.evaluate(() => {
        const entries = [
          ...performance.getEntriesByType('navigation'),
          ...performance.getEntriesByType('resource'),
        ] as PerformanceResourceTiming[];
        return { bytes: entries.reduce((sum, e) => sum + e.transferSize, 0), requests: entries.length };
      });
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      const [begin, ...choices] = bench.timings;
      results.push({
        seed,
        begin: begin!,
        choices,
        ending,
        longTasks: bench.longTasks.slice(loadedLongTasks).map((t) => t.duration),
        bytes: network.bytes,
        requests: network.requests,
        heapUsed: heap.usedSize,
      });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return {
    cpuThrottle,
    runs: results,
    medianWorkMs: median(results.map((r) => median(r.choices.map((c) => c.workMs)))),
    worstWorkMs: median(results.map((r) => Math.max(...r.choices.map((c) => c.workMs)))),
    medianLatencyMs: median(results.map((r) => median(r.choices.map((c) => c.latencyMs)))),
    medianBytes: median(results.map((r) => r.bytes)),
    medianHeapUsed: median(results.map((r) => r.heapUsed)),
    longTasks: results.reduce((sum, r) => sum + r.longTasks.length, 0),
  };
}

async function timingsAtLeast(page: Page, count: number): Promise<void> {
  await page.waitForFunction((n) => ((window as BenchWindow).__bench?.timings.length ?? 0) >= n, count);
}
