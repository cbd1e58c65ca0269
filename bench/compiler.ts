/**
 * The story compiler on synthetic stories of growing size: each measurement in a fresh Node process
 * (bench/compile-child.ts), so that it starts cold, as a build does, and its peak memory is its own.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CompileSample } from './compile-child.ts';
import { median } from './stats.ts';

export const SIZES = [500, 5_000, 50_000] as const;

export interface CompilerSize {
  scenes: number;
  runs: number;
  samples: CompileSample[];
  /** Medians over the runs. */
  compileMs: number;
  parseMs: number;
  analyseMs: number;
  summaryMs?: number;
  peakRss: number;
  compileRssGrowth: number;
  heapAfter: number;
  analyseStates: number;
  /** False when the analysis grouped states instead of telling each apart (a large story). */
  analyseExact: boolean;
  /** Compile time per scene (µs). */
  perSceneUs: number;
}

export interface CompilerReport {
  sizes: CompilerSize[];
  /**
   * How cost grows from each size to the next, ten times larger: about 10 is linear; well above 10
   * means something grows faster than the story.
   */
  growth: Array<{
    from: number;
    to: number;
    compile: number;
    parse: number;
    analyse: number;
    /** Memory the compile took (peak RSS growth) and the heap held after it. */
    peakMemory: number;
    heldMemory: number;
  }>;
}

const here = dirname(fileURLToPath(import.meta.url));

/** Measures each size `runs` times. `summary` also times `summarise` (what `story:check` adds). */
export function measureCompiler(
  sizes: readonly number[],
  runs: number,
  { summary = true, log }: { summary?: boolean; log?: (line: string) => void } = {},
): CompilerReport {
  const results: CompilerSize[] = [];
  for (const scenes of sizes) {
    const samples: CompileSample[] = [];
    for (let run = 0; run < runs; run++) {
      log?.(`compiling ${scenes} scenes (${run + 1} of ${runs})…`);
      samples.push(compileOnce(scenes, summary));
    }
    const mid = (pick: (s: CompileSample) => number): number => median(samples.map(pick));
    const summaries = samples.flatMap((s) => (s.summaryMs === undefined ? [] : [s.summaryMs]));
    const compileMs = mid((s) => s.compileMs);
    results.push({
      scenes,
      runs,
      samples,
      compileMs,
      parseMs: mid((s) => s.parseMs),
      analyseMs: mid((s) => s.analyseMs),
      ...(summaries.length ? { summaryMs: median(summaries) } : {}),
      peakRss: mid((s) => s.peakRss),
      compileRssGrowth: mid((s) => s.compileRssGrowth),
      heapAfter: mid((s) => s.heapAfter),
      analyseStates: samples[0]!.analyseStates,
      analyseExact: samples.every((s) => s.analyseExact),
      perSceneUs: (compileMs * 1000) / scenes,
    });
  }
  const growth = results.slice(1).map((to, index) => {
    const from = results[index]!;
    return {
      from: from.scenes,
      to: to.scenes,
      compile: to.compileMs / from.compileMs,
      parse: to.parseMs / from.parseMs,
      analyse: to.analyseMs / from.analyseMs,
      peakMemory: to.compileRssGrowth / from.compileRssGrowth,
      heldMemory: to.heapAfter / from.heapAfter,
    };
  });
  return { sizes: results, growth };
}

function compileOnce(scenes: number, summary: boolean): CompileSample {
  const child = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      // A 50,000-scene story is 50 MB of YAML: give the heap room rather than measure the collector.
      '--max-old-space-size=8192',
      '--import',
      'tsx',
      join(here, 'compile-child.ts'),
      String(scenes),
      ...(summary ? ['--summary'] : []),
    ],
    { encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (child.status !== 0) throw new Error(`Compiling ${scenes} synthetic scenes failed:\n${child.stderr}`);
  const line = child.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as CompileSample;
}
