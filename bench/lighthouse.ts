/**
 * Lighthouse 12 in its default mobile profile (a phone screen, simulated slow 4G and a 4x slower
 * CPU) on Debian's Chromium, started by chrome-launcher. Each page is audited several times and
 * every number reported is the median.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.ts';
import { median } from './stats.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * The pages audited, each a path under the app's base: the title screen, the floor (the title
 * screen as a plain HTML page, bench/floor.ts, served apart; audited right after the title page
 * so that both see the same load), one ending's static share page (src/build/share-plugin.ts),
 * which a visitor opens from a shared link, the teacher guide, and the class room's join page: the
 * app at `?class=` and the code of a room the bench opens (bench/class-room.ts), served apart with
 * the service behind it.
 */
export const LIGHTHOUSE_PAGES = [
  { page: 'title', path: '' },
  { page: 'floor', path: '' },
  { page: 'share', path: 'share/en/arrived-via-thailand/' },
  { page: 'teacher', path: 'teacher/' },
  { page: 'join', path: '?class=' },
] as const;

/** The page whose path takes the code of the room bench/class-room.ts opens. */
export const JOIN_PAGE = 'join';

export interface LighthouseSample {
  /** Category scores, 0 to 100. */
  scores: Record<Category, number>;
  lcpMs: number;
  fcpMs: number;
  tbtMs: number;
  cls: number;
  speedIndexMs: number;
  /** First and largest paint as they happened in the unthrottled load the simulation starts from. */
  observedFcpMs: number;
  observedLcpMs: number;
  /** Bytes transferred by the page load. */
  bytes: number;
  /** Audits that lost points, by category: their ids, with the value shown when there is one. */
  failing: Record<Category, string[]>;
}

export interface LighthouseReport extends Omit<LighthouseSample, 'failing'> {
  page: string;
  throttling: Throttling;
  url: string;
  runs: number;
  samples: LighthouseSample[];
  /** Every audit that lost points in any run, by id. */
  failing: Record<Category, string[]>;
}

/**
 * How Lighthouse slows the page: `simulate` (its default, and the budgets') computes a slow phone
 * from a fast load; `devtools` really throttles the network and CPU, slower to run but closer to
 * what a visitor waits for.
 */
export type Throttling = 'simulate' | 'devtools';

/** Audits `url` `runs` times in one Chromium, and gives the medians. */
export async function measureLighthouse(
  page: string,
  url: string,
  runs: number,
  throttling: Throttling = 'simulate',
): Promise<LighthouseReport> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
    logLevel: 'silent',
  });
  const samples: LighthouseSample[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
        throttlingMethod: throttling,
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
      const numeric = (id: string): number => lhr.audits[id]?.numericValue ?? Number.NaN;
      const observed = ((lhr.audits['metrics']?.details as { items?: Array<Record<string, number>> } | undefined)
        ?.items?.[0] ?? {}) as Record<string, number | undefined>;
      const scores = {} as Record<Category, number>;
      const failing = {} as Record<Category, string[]>;
      for (const category of CATEGORIES) {
        const entry = lhr.categories[category];
        scores[category] = Math.round((entry?.score ?? 0) * 100);
        failing[category] = (entry?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id])
          .filter((audit) => audit && audit.score !== null && audit.score < 1)
          .map((audit) => `${audit!.id}${audit!.displayValue ? ` (${audit!.displayValue})` : ''}`);
      }
      samples.push({
        scores,
        lcpMs: numeric('largest-contentful-paint'),
        fcpMs: numeric('first-contentful-paint'),
        tbtMs: numeric('total-blocking-time'),
        cls: numeric('cumulative-layout-shift'),
        speedIndexMs: numeric('speed-index'),
        observedFcpMs: observed['observedFirstContentfulPaint'] ?? Number.NaN,
        observedLcpMs: observed['observedLargestContentfulPaint'] ?? Number.NaN,
        bytes: numeric('total-byte-weight'),
        failing,
      });
    }
  } finally {
    chrome.kill();
  }
  const mid = (pick: (s: LighthouseSample) => number): number => median(samples.map(pick));
  const failing = {} as Record<Category, string[]>;
  const scores = {} as Record<Category, number>;
  for (const category of CATEGORIES) {
    scores[category] = mid((s) => s.scores[category]);
    failing[category] = [...new Set(samples.flatMap((s) => s.failing[category].map((f) => f.split(' ')[0]!)))];
  }
  return {
    page,
    throttling,
    url,
    runs,
    samples,
    scores,
    lcpMs: mid((s) => s.lcpMs),
    fcpMs: mid((s) => s.fcpMs),
    tbtMs: mid((s) => s.tbtMs),
    cls: mid((s) => s.cls),
    speedIndexMs: mid((s) => s.speedIndexMs),
    observedFcpMs: mid((s) => s.observedFcpMs),
    observedLcpMs: mid((s) => s.observedLcpMs),
    bytes: mid((s) => s.bytes),
    failing,
  };
}
