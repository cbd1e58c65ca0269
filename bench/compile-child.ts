/**
 * One measurement of the compiler on a synthetic story, in a process of its own so that its peak
 * memory is its own: `node --expose-gc --import tsx bench/compile-child.ts <scenes>`. Prints one
 * line of JSON (a `CompileSample`).
 */
import { LineCounter, parseDocument } from 'yaml';
import { analyse, compileStory, formatProblem, summarise } from '../src/engine/compile/index.ts';
import { syntheticStory } from './synthetic.ts';

export interface CompileSample {
  scenes: number;
  /** Bytes of YAML compiled. */
  yamlBytes: number;
  /** Bytes of the compiled story as JSON. */
  jsonBytes: number;
  /** `compileStory` as the build runs it, analysis included (ms). */
  compileMs: number;
  /** YAML parsing alone, a part of `compileMs`. */
  parseMs: number;
  /** The semantic analysis alone (`analyse`, as `compileStory` runs it), a part of `compileMs`. */
  analyseMs: number;
  /** States the analysis walked, and whether it told every state apart (else it grouped them). */
  analyseStates: number;
  analyseExact: boolean;
  /** `summarise` (what `story:check` adds on a sound story), or undefined when skipped. */
  summaryMs?: number;
  /** Peak resident memory of the process, and how much it grew while compiling (bytes). */
  peakRss: number;
  compileRssGrowth: number;
  /** JS heap held after compiling, with the compiled story kept (bytes). */
  heapAfter: number;
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const maxRss = (): number => process.resourceUsage().maxRSS * 1024;
const time = <T>(run: () => T): [T, number] => {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
};

const scenes = Number(process.argv[2]);
const withSummary = process.argv.includes('--summary');
const files = syntheticStory(scenes);
gc();
const rssBefore = maxRss();
const [result, compileMs] = time(() => compileStory(files));
const compileRssGrowth = maxRss() - rssBefore;
if (!result.story)
  throw new Error(
    `The synthetic story does not compile:\n${result.problems.slice(0, 10).map(formatProblem).join('\n')}`,
  );
const story = result.story;
gc();
const heapAfter = process.memoryUsage().heapUsed;

const [, parseMs] = time(() => {
  for (const file of files)
    parseDocument(file.text, { lineCounter: new LineCounter(), prettyErrors: false, uniqueKeys: true });
});
const [analysis, analyseMs] = time(() => analyse(story));
const sample: CompileSample = {
  scenes,
  yamlBytes: files.reduce((sum, f) => sum + Buffer.byteLength(f.text), 0),
  jsonBytes: Buffer.byteLength(JSON.stringify(story)),
  compileMs,
  parseMs,
  analyseMs,
  analyseStates: analysis.states,
  analyseExact: analysis.exact,
  peakRss: 0,
  compileRssGrowth,
  heapAfter,
};
if (withSummary) sample.summaryMs = time(() => summarise(story))[1];
sample.peakRss = maxRss();
console.log(JSON.stringify(sample));
