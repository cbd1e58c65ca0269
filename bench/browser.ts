/**
 * The built app played through in Chromium, timed: for each choice, the main-thread work from the
 * click to the paint of the next scene; the bytes the page fetched; the JS heap at the end.
 *
 * How a choice is timed: each run is traced (Chromium's own tracing, bench/trace.ts), and the page
 * marks four moments with performance.mark, which the trace carries on the main thread's clock: the
 * click (a capturing listener, before React's own), the next scene in the DOM (a MutationObserver,
 * so rendered, committed and its layout effects run), a frame later (a requestAnimationFrame and a
 * message posted from it: a fallback the page can tell on its own), and the new heading taking
 * focus, which is when the scene transition has ended. From the trace: work is the main thread's
 * busy time (its top-level tasks, whatever they ran) from the task that handled the click to the end
 * of the task that painted the next scene; the time between tasks (an exit animation running on the
 * compositor, the wait for the next frame) is idle, not work. The wall latency is reported beside
 * it, and the worst single frame's work from the click until the scene has arrived: what a player
 * would see as a stutter. Long tasks (over 50 ms) are collected alongside.
 *
 * Between choices the bench waits, as a reader would, until the scene has arrived and every
 * animation on the page has ended (the palette's change of light takes two seconds), so that each
 * choice is measured from a still page.
 *
 * BENCH_TRACE_DIR=<folder> keeps each run's trace there (`trace-<cpu>x-seed<n>.json`), to open in
 * Chromium's DevTools (Performance, "Load profile") and see where a choice's work goes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, KEEP_NAMES_SHIM } from './chromium.ts';
import { median } from './stats.ts';
import { choiceWork, MainThread, TRACE_CATEGORIES, type TraceEvent } from './trace.ts';

export interface ChoiceTiming {
  /** The scene the choice was made in. */
  scene: string;
  /** Main-thread work from the click to the next paint, the choice answered on screen (ms). */
  nextPaintMs: number;
  /** Main-thread work from the click to the next scene's paint (ms). */
  workMs: number;
  /** Wall time from the click to that paint, idle time included (ms). */
  latencyMs: number;
  /** The most main-thread work in a single frame from the click until the next scene has arrived (ms). */
  worstFrameMs: number;
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
  /** Medians over the runs of each run's median and worst choice: the work to the next paint. */
  medianNextPaintMs: number;
  worstNextPaintMs: number;
  /** The same, for the work to the next scene's paint. */
  medianWorkMs: number;
  worstWorkMs: number;
  medianLatencyMs: number;
  /** Median over the runs of each run's worst frame during a scene transition. */
  worstFrameMs: number;
  medianBytes: number;
  medianHeapUsed: number;
  longTasks: number;
}

/** A choice as the page saw it, in performance.now() milliseconds; each moment is also a mark, `bench:<moment>:<index>`. */
interface PageChoice {
  scene: string;
  click: number;
  shown?: number;
  painted?: number;
  arrived?: number;
}

/** What the page records, on `window.__bench` (kept off the app's own Window type). */
interface PageRecord {
  choices: PageChoice[];
  longTasks: Array<{ start: number; duration: number }>;
}
type BenchWindow = Window & { __bench?: PageRecord };

/** Installed before any of the page's own scripts run (after KEEP_NAMES_SHIM, bench/chromium.ts). */
function instrument(): void {
  const bench: PageRecord = { choices: [], longTasks: [] };
  (window as BenchWindow).__bench = bench;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const VIEW = 'main article[data-scene], main article[data-ending], main [data-title-screen]';
  /** The view on screen when the latest choice was made. */
  let before: Element | null = null;
  // The transition has ended when the new view's heading takes focus (which may happen in the same
  // task as the new view's commit, before the MutationObserver below has run).
  document.addEventListener(
    'focusin',
    (event) => {
      const index = bench.choices.length - 1;
      const choice = bench.choices[index];
      const view = document.querySelector(VIEW);
      if (!choice || choice.arrived !== undefined || !(event.target instanceof HTMLHeadingElement)) return;
      if (!view || view === before || !view.contains(event.target)) return;
      performance.mark(`bench:arrived:${index}`);
      choice.arrived = performance.now();
      dispatchEvent(new Event('bench:moment'));
    },
    true,
  );
  document.addEventListener(
    'click',
    (event) => {
      const target =
        event.target instanceof Element ? event.target.closest('[data-choice], [data-title-screen] button') : null;
      const main = document.querySelector('main');
      if (!target || !main) return;
      before = document.querySelector(VIEW);
      const index = bench.choices.length;
      const left = before;
      performance.mark(`bench:click:${index}`);
      const choice: PageChoice = {
        scene: left?.getAttribute('data-scene') ?? (left?.hasAttribute('data-title-screen') ? '(title)' : ''),
        click: performance.now(),
      };
      bench.choices.push(choice);
      const observer = new MutationObserver(() => {
        const now = document.querySelector(VIEW);
        if (!now || now === left) return;
        performance.mark(`bench:shown:${index}`);
        choice.shown = performance.now();
        observer.disconnect();
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            performance.mark(`bench:painted:${index}`);
            choice.painted = performance.now();
            dispatchEvent(new Event('bench:moment'));
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
      await context.addInitScript(KEEP_NAMES_SHIM);
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
      await browser.startTracing(page, { categories: TRACE_CATEGORIES });
      let trace: Buffer;
      let ending = '';
      try {
        await page.getByRole('button', { name: 'Begin' }).click();
        await settled(page, 1);
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
          await settled(page, step + 2);
        }
        await page.waitForTimeout(200);
      } finally {
        trace = await browser.stopTracing();
      }
      const traceDir = process.env.BENCH_TRACE_DIR;
      if (traceDir) writeFileSync(join(traceDir, `trace-${cpuThrottle}x-seed${seed}.json`), trace);
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
      const [begin, ...choices] = timingsFromTrace(trace, bench.choices);
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
    medianNextPaintMs: median(results.map((r) => median(r.choices.map((c) => c.nextPaintMs)))),
    worstNextPaintMs: median(results.map((r) => Math.max(...r.choices.map((c) => c.nextPaintMs)))),
    medianWorkMs: median(results.map((r) => median(r.choices.map((c) => c.workMs)))),
    worstWorkMs: median(results.map((r) => Math.max(...r.choices.map((c) => c.workMs)))),
    medianLatencyMs: median(results.map((r) => median(r.choices.map((c) => c.latencyMs)))),
    worstFrameMs: median(results.map((r) => Math.max(...r.choices.map((c) => c.worstFrameMs)))),
    medianBytes: median(results.map((r) => r.bytes)),
    medianHeapUsed: median(results.map((r) => r.heapUsed)),
    longTasks: results.reduce((sum, r) => sum + r.longTasks.length, 0),
  };
}

/** Each choice's timing, read from the run's trace by the marks the page made. */
function timingsFromTrace(trace: Buffer, choices: readonly PageChoice[]): ChoiceTiming[] {
  const parsed = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const thread = MainThread.ofMark(events, 'bench:click:0');
  if (!thread) throw new Error('The trace holds none of the marks the page made: was it traced?');
  return choices.map((choice, index) => {
    const at = (moment: string, i = index): number | undefined => thread.marks.get(`bench:${moment}:${i}`);
    const click = at('click');
    const shown = at('shown');
    const work =
      click !== undefined && shown !== undefined
        ? choiceWork(thread, { click, shown, arrived: at('arrived'), next: at('click', index + 1) })
        : undefined;
    if (!work) throw new Error(`Choice ${index} (in ${choice.scene}): the trace shows no paint of the next scene.`);
    return { scene: choice.scene, ...work };
  });
}

/**
 * Waits until the `count`th choice's scene is painted and has arrived (its heading has focus) and
 * nothing on the page animates any more: a reader does not choose mid-transition. The page says
 * when, by events and the animations' own promises: polling on every frame (waitForFunction's
 * default) would make the main thread render frames it otherwise would not, inside the window
 * being measured.
 */
async function settled(page: Page, count: number): Promise<void> {
  const waiting = page.evaluate(async (n) => {
    const bench = (window as BenchWindow).__bench!;
    while (bench.choices[n - 1]?.painted === undefined || bench.choices[n - 1]?.arrived === undefined)
      await new Promise((resolve) => addEventListener('bench:moment', resolve, { once: true }));
    // An animation may start as another ends (the light changes as the scene arrives): ask again.
    for (
      let running = document.getAnimations();
      running.length > 0;
      running = document.getAnimations().filter((animation) => animation.playState === 'running')
    )
      await Promise.all(running.map((animation) => animation.finished.catch(() => undefined)));
  }, count);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`Choice ${count - 1}: the next scene did not arrive and settle within 15 s.`)),
      15_000,
    );
  });
  try {
    await Promise.race([waiting, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
