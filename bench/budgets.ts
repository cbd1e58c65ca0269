/**
 * The quality bars of ../shared/DESIGN.md, as numbers, and the verdict on a measurement. A budget
 * whose measurement was not taken in this run (Lighthouse in a `--sizes` run) is reported, not failed.
 */
import type { BrowserReport } from './browser.ts';
import type { LighthouseReport } from './lighthouse.ts';
import type { SizeReport } from './sizes.ts';
import { STORY_BUDGETS, type StoryVerdict } from '../src/engine/compile/story-budgets.ts';

/** Sizes are in KB of 1,024 bytes. */
export const KB = 1024;

export const BUDGETS = {
  /** The entry, its static imports and the player's opening words: what the page fetches before Begin can answer. */
  firstInteractionJsGzipKb: 120,
  laterChunkGzipKb: 50,
  storyGzipKb: 40,
  audioFileKb: 150,
  embedLoaderGzipKb: 5,
  lighthouse: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 },
  /** Lighthouse's simulated mobile figures, on every page audited. */
  fcpMs: 800,
  lcpMs: 900,
  /** The title page's largest paint over the floor page's (bench/floor.ts), measured in the same run. */
  floorLcpRatio: 1.2,
  cls: 0.02,
  choiceToPaintMs: 16,
} as const;

/** The page bench/floor.ts builds: measured for the ratio, not judged on its own. */
export const FLOOR_PAGE = 'floor';

export interface Verdict {
  budget: string;
  /** The measured value, as shown (undefined when not measured in this run). */
  actual?: string;
  ok?: boolean;
  /** A target an open issue still has to meet: shown as open when missed, and breaks no run. */
  openIssue?: number;
}

export interface Measurements {
  sizes?: SizeReport;
  browser?: BrowserReport;
  lighthouse?: LighthouseReport[];
  /** The story's length and shape budgets, judged (src/engine/compile/story-budgets.ts). */
  story?: StoryVerdict[];
}

const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;
const ms = (value: number): string => `${Math.round(value).toLocaleString('en')} ms`;

/** Every budget with its verdict. */
export function judge({ sizes, browser, lighthouse, story }: Measurements): Verdict[] {
  const verdicts: Verdict[] = [];
  const add = (budget: string, actual: string | undefined, ok: boolean | undefined, openIssue?: number): void => {
    verdicts.push({
      budget,
      ...(actual === undefined ? {} : { actual }),
      ...(ok === undefined ? {} : { ok }),
      ...(openIssue === undefined ? {} : { openIssue }),
    });
  };

  // Before Begin can answer, the page needs the entry, its static imports and the language's
  // opening words (the interface's strings, the title screen and the first chapter).
  const firstScreens = sizes?.story.filter((s) => s.startGzip !== undefined) ?? [];
  const limit = BUDGETS.firstInteractionJsGzipKb;
  if (!sizes || firstScreens.length === 0)
    add(
      `JS before the first interaction ≤ ${limit} KB gzip`,
      sizes && kb(sizes.initialJs.gzip),
      sizes && sizes.initialJs.gzip <= limit * KB,
    );
  for (const s of firstScreens) {
    const total = sizes!.initialJs.gzip + s.startGzip!;
    add(
      `JS before the first interaction (${s.lang}: initial JS + opening words) ≤ ${limit} KB gzip`,
      `${kb(total)} (${kb(sizes!.initialJs.gzip)} + ${kb(s.startGzip!)})`,
      total <= limit * KB,
    );
  }
  const biggestChunk = sizes?.laterChunks.reduce((max, c) => Math.max(max, c.gzip), 0);
  add(
    `each later chunk ≤ ${BUDGETS.laterChunkGzipKb} KB gzip`,
    sizes && (sizes.laterChunks.length ? `largest ${kb(biggestChunk!)}` : 'none'),
    sizes && biggestChunk! <= BUDGETS.laterChunkGzipKb * KB,
  );
  for (const story of sizes?.story ?? [{ lang: 'en', gzip: Number.NaN }])
    add(
      `story text (${story.lang}) ≤ ${BUDGETS.storyGzipKb} KB gzip`,
      sizes && kb(story.gzip),
      sizes && story.gzip <= BUDGETS.storyGzipKb * KB,
    );
  add(
    `embed.js ≤ ${BUDGETS.embedLoaderGzipKb} KB gzip`,
    sizes && (sizes.embedLoader ? kb(sizes.embedLoader.gzip) : 'missing'),
    sizes && sizes.embedLoader !== undefined && sizes.embedLoader.gzip <= BUDGETS.embedLoaderGzipKb * KB,
  );

  const audio = sizes?.assets.filter((a) => a.kind === 'audio') ?? [];
  const biggestAudio = audio.reduce((max, a) => Math.max(max, a.raw), 0);
  add(
    `each audio file ≤ ${BUDGETS.audioFileKb} KB`,
    sizes && (audio.length ? `largest ${kb(biggestAudio)}` : 'none'),
    sizes && biggestAudio <= BUDGETS.audioFileKb * KB,
  );

  const floor = lighthouse?.find((r) => r.page === FLOOR_PAGE);
  const pages = lighthouse?.filter((r) => r.page !== FLOOR_PAGE);
  for (const report of pages?.length ? pages : [undefined]) {
    const page = report ? ` (${report.page})` : '';
    for (const [category, limit] of Object.entries(BUDGETS.lighthouse) as Array<
      [keyof typeof BUDGETS.lighthouse, number]
    >)
      add(
        `Lighthouse ${category}${page} ${limit === 100 ? '= 100' : `≥ ${limit}`}`,
        report && String(report.scores[category]),
        report && report.scores[category] >= limit,
      );
    add(
      `first contentful paint${page} ≤ ${BUDGETS.fcpMs} ms`,
      report && ms(report.fcpMs),
      report && report.fcpMs <= BUDGETS.fcpMs,
    );
    add(
      `largest contentful paint${page} ≤ ${BUDGETS.lcpMs} ms`,
      report && ms(report.lcpMs),
      report && report.lcpMs <= BUDGETS.lcpMs,
    );
    add(`CLS${page} ≤ ${BUDGETS.cls}`, report && report.cls.toFixed(3), report && report.cls <= BUDGETS.cls);
  }
  const title = lighthouse?.find((r) => r.page === 'title');
  const ratio = title && floor ? title.lcpMs / floor.lcpMs : undefined;
  add(
    `title page's LCP ≤ ${BUDGETS.floorLcpRatio}× the floor page's, same run`,
    ratio === undefined ? undefined : `${ratio.toFixed(2)}× (${ms(title!.lcpMs)} / ${ms(floor!.lcpMs)})`,
    ratio === undefined ? undefined : ratio <= BUDGETS.floorLcpRatio,
  );

  // Issue 18's "choice to next paint": the work before the choice is answered on screen (as
  // Interaction to Next Paint counts it). The work on to the next scene's paint, across the
  // leaving scene's fade, and the worst frame of the transition are printed beside it (run.ts).
  add(
    `choice to next paint ≤ ${BUDGETS.choiceToPaintMs} ms main-thread work (worst, median of runs)`,
    browser && `${browser.worstNextPaintMs.toFixed(1)} ms (median choice ${browser.medianNextPaintMs.toFixed(1)} ms)`,
    browser && browser.worstNextPaintMs <= BUDGETS.choiceToPaintMs,
  );

  // The story's own budgets: seeded and exact, so measured in every run. Unmeasured, they are
  // listed by name only (the names come from the same table story:check prints).
  if (story) for (const v of story) add(`story: ${v.budget}`, v.detail ? `${v.actual} (${v.detail})` : v.actual, v.ok);
  else
    add(
      `story: median choices to an arrival ≤ ${STORY_BUDGETS.arrivalMedianChoices}, and the rest of issue 14's`,
      undefined,
      undefined,
    );
  return verdicts;
}
