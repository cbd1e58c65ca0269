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
  initialJsGzipKb: 150,
  laterChunkGzipKb: 50,
  storyGzipKb: 40,
  audioFileKb: 150,
  embedLoaderGzipKb: 5,
  lighthouse: { performance: 95, accessibility: 100, 'best-practices': 95, seo: 100 },
  cls: 0.02,
  choiceToPaintMs: 50,
} as const;

export interface Verdict {
  budget: string;
  /** The measured value, as shown (undefined when not measured in this run). */
  actual?: string;
  ok?: boolean;
}

export interface Measurements {
  sizes?: SizeReport;
  browser?: BrowserReport;
  lighthouse?: LighthouseReport[];
  /** The story's length and shape budgets, judged (src/engine/compile/story-budgets.ts). */
  story?: StoryVerdict[];
}

const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;

/** Every budget with its verdict. */
export function judge({ sizes, browser, lighthouse, story }: Measurements): Verdict[] {
  const verdicts: Verdict[] = [];
  const add = (budget: string, actual: string | undefined, ok: boolean | undefined): void => {
    verdicts.push({ budget, ...(actual === undefined ? {} : { actual }), ...(ok === undefined ? {} : { ok }) });
  };

  // The title screen and first scene need the entry and the language's opening words.
  const firstScreens = sizes?.story.filter((s) => s.startGzip !== undefined) ?? [];
  if (!sizes || firstScreens.length === 0)
    add(
      `initial JS ≤ ${BUDGETS.initialJsGzipKb} KB gzip`,
      sizes && kb(sizes.initialJs.gzip),
      sizes && sizes.initialJs.gzip <= BUDGETS.initialJsGzipKb * KB,
    );
  for (const s of firstScreens) {
    const total = sizes!.initialJs.gzip + s.startGzip!;
    add(
      `initial JS + opening words (${s.lang}) ≤ ${BUDGETS.initialJsGzipKb} KB gzip`,
      `${kb(total)} (${kb(sizes!.initialJs.gzip)} + ${kb(s.startGzip!)})`,
      total <= BUDGETS.initialJsGzipKb * KB,
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

  for (const report of lighthouse ?? [undefined]) {
    const page = report ? ` (${report.page})` : '';
    for (const [category, limit] of Object.entries(BUDGETS.lighthouse) as Array<
      [keyof typeof BUDGETS.lighthouse, number]
    >)
      add(
        `Lighthouse ${category}${page} ${limit === 100 ? '= 100' : `≥ ${limit}`}`,
        report && String(report.scores[category]),
        report && report.scores[category] >= limit,
      );
    add(`CLS${page} ≤ ${BUDGETS.cls}`, report && report.cls.toFixed(3), report && report.cls <= BUDGETS.cls);
  }

  add(
    `choice to paint ≤ ${BUDGETS.choiceToPaintMs} ms main-thread work (worst, median of runs)`,
    browser && `${browser.worstWorkMs.toFixed(1)} ms (median choice ${browser.medianWorkMs.toFixed(1)} ms)`,
    browser && browser.worstWorkMs <= BUDGETS.choiceToPaintMs,
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
