/**
 * How long the story is to read, and how its runs end (issue 14): seeded, uniformly random runs
 * played with the engine's own rules (step.ts; chance drawn from the run's seed and step number,
 * as the machine draws it), words counted as a reader meets them, and the exact checks on the
 * story's shape that sampling cannot prove (the fewest choices to any ending, the most choices
 * made in the first chapter).
 */
import { longestPaths } from '../graph.ts';
import { rollFor } from '../random.ts';
import { openChoices, resolveChoice, successors } from '../step.ts';
import { initialVars, type ChoiceDef, type CompiledStory, type Vars } from '../story.ts';
import { exactKey, exploreStory } from '../explore.ts';
import { readableText } from './readability.ts';

/** How many runs, from which seed, unless told otherwise: fixed so the figures are reproducible. */
export const MEASURE_RUNS = 20_000;
export const MEASURE_SEED = 1;
export const WORDS_PER_MINUTE = 200;
/** A run that has made this many choices without an ending is counted as unfinished (a loop). */
const MAX_STEPS = 10_000;
/** Mixed into a run's seed for its picks, so the picks and the chance draws are separate streams. */
const PICK_SALT = 0x5bd1e995;

const segmenters = new Map<string, Intl.Segmenter>();

/**
 * Words in a text as a reader of `lang` meets them: glossary marks read as the words they show,
 * words found by `Intl.Segmenter` (so Chinese and Japanese, written without spaces, count too).
 */
export function countWords(text: string, lang = 'en', glossary: Record<string, { term: string }> = {}): number {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
    segmenters.set(lang, segmenter);
  }
  let words = 0;
  for (const segment of segmenter.segment(readableText(text, glossary))) if (segment.isWordLike) words++;
  return words;
}

/** One step of a run: the scene, the choice made there, and where it led. */
export interface RunStep {
  scene: string;
  choice: ChoiceDef;
  to: string;
}

export interface PlayedRun {
  seed: number;
  steps: RunStep[];
  /** The ending reached; undefined when the run stopped without one (stuck, or looping). */
  ending?: string;
}

/**
 * Plays one run with seed `seed`, picking uniformly among the open choices with a stream of its own;
 * each choice resolves as the machine resolves it, its chance drawn with `rollFor(seed, step)`.
 * The choice ids it returns replay on the machine (replay.ts) to the same place.
 */
export function playRandomRun(story: CompiledStory, seed: number): PlayedRun {
  const steps: RunStep[] = [];
  let node = story.start;
  let vars: Vars = initialVars(story);
  for (let scene = story.scenes[node]; scene && steps.length < MAX_STEPS; scene = story.scenes[node]) {
    const open = openChoices(scene, vars);
    const choice = open[Math.floor(rollFor(seed ^ PICK_SALT, steps.length) * open.length)];
    if (!choice) break;
    const result = resolveChoice(story, choice, vars, rollFor(seed, steps.length));
    steps.push({ scene: scene.id, choice, to: result.to });
    node = result.to;
    vars = result.vars;
  }
  return story.endings[node] ? { seed, steps, ending: node } : { seed, steps };
}

/** The seed of run `index` of a measurement that starts at `seed`. */
export function runSeed(seed: number, index: number): number {
  return (seed + index) >>> 0;
}

/** What a reader reads: the words of each place, and of each outcome text, counted once. */
export class WordCounter {
  private readonly sceneWords = new Map<string, number>();
  private readonly endingWords = new Map<string, number>();
  private readonly outcomeWords = new WeakMap<ChoiceDef, number>();

  constructor(
    private readonly story: CompiledStory,
    readonly lang = 'en',
  ) {}

  private count(text: string | undefined): number {
    return text ? countWords(text, this.lang, this.story.glossary) : 0;
  }

  /** A scene's text and its fact card (shown each time the scene is). */
  scene(id: string): number {
    let words = this.sceneWords.get(id);
    if (words === undefined) {
      const scene = this.story.scenes[id];
      words = this.count(scene?.text) + this.count(scene?.fact ? this.story.facts[scene.fact]?.text : undefined);
      this.sceneWords.set(id, words);
    }
    return words;
  }

  /** An ending's text and epilogue; not its title, nor its own fact cards. */
  ending(id: string): number {
    let words = this.endingWords.get(id);
    if (words === undefined) {
      const ending = this.story.endings[id];
      words = this.count(ending?.text) + this.count(ending?.epilogue);
      this.endingWords.set(id, words);
    }
    return words;
  }

  /** A choice's outcome text (its label is not counted). */
  outcome(choice: ChoiceDef): number {
    let words = this.outcomeWords.get(choice);
    if (words === undefined) {
      words = this.count(choice.outcome);
      this.outcomeWords.set(choice, words);
    }
    return words;
  }

  /** Every word a run shows, from its first scene to its ending. */
  run(run: PlayedRun): number {
    let words = 0;
    for (const step of run.steps) words += this.scene(step.scene) + this.outcome(step.choice);
    return words + (run.ending ? this.ending(run.ending) : 0);
  }
}

export interface EndingLength {
  id: string;
  arrival: boolean;
  /** Random runs that ended here, and their share of all runs. */
  runs: number;
  share: number;
  /** Medians over the runs that ended here (undefined when none did). */
  choices?: number;
  words?: number;
  minutes?: number;
}

export interface ArrivalLength {
  runs: number;
  share: number;
  choices?: number;
  words?: number;
  minutes?: number;
  /** The most choices any sampled run made to an arrival. */
  maxChoices?: number;
  /** The seed of that run, to replay it (`?seed=`) or read its path. */
  maxSeed?: number;
}

export interface LengthMeasure {
  runs: number;
  seed: number;
  lang: string;
  wordsPerMinute: number;
  endings: EndingLength[];
  arrival: ArrivalLength;
  /** Runs that reached no ending (stuck, or still going after 10,000 choices). */
  unfinished: number;
}

export interface MeasureOptions {
  runs?: number;
  seed?: number;
  /** The language of the story's words (the story given must carry that language's text). */
  lang?: string;
}

/** Plays the random runs and measures them, per ending and for the arrivals together. */
export function measureLength(story: CompiledStory, options: MeasureOptions = {}): LengthMeasure {
  const runs = options.runs ?? MEASURE_RUNS;
  const seed = options.seed ?? MEASURE_SEED;
  const lang = options.lang ?? 'en';
  const counter = new WordCounter(story, lang);
  const byEnding = new Map<string, { choices: number[]; words: number[] }>();
  const arrivals = { choices: [] as number[], words: [] as number[], maxChoices: -1, maxSeed: 0 };
  let unfinished = 0;
  for (let i = 0; i < runs; i++) {
    const run = playRandomRun(story, runSeed(seed, i));
    if (!run.ending) {
      unfinished++;
      continue;
    }
    const words = counter.run(run);
    const here = byEnding.get(run.ending) ?? { choices: [], words: [] };
    byEnding.set(run.ending, here);
    here.choices.push(run.steps.length);
    here.words.push(words);
    if (story.endings[run.ending]?.arrival) {
      arrivals.choices.push(run.steps.length);
      arrivals.words.push(words);
      if (run.steps.length > arrivals.maxChoices) {
        arrivals.maxChoices = run.steps.length;
        arrivals.maxSeed = run.seed;
      }
    }
  }
  const lengths = (choices: number[], words: number[]) =>
    choices.length
      ? {
          choices: median(choices),
          words: median(words),
          minutes: median(words) / WORDS_PER_MINUTE,
        }
      : {};
  const endings = Object.values(story.endings).map((ending): EndingLength => {
    const here = byEnding.get(ending.id);
    return {
      id: ending.id,
      arrival: ending.arrival === true,
      runs: here?.choices.length ?? 0,
      share: (here?.choices.length ?? 0) / runs,
      ...(here ? lengths(here.choices, here.words) : {}),
    };
  });
  return {
    runs,
    seed,
    lang,
    wordsPerMinute: WORDS_PER_MINUTE,
    endings,
    arrival: {
      runs: arrivals.choices.length,
      share: arrivals.choices.length / runs,
      ...lengths(arrivals.choices, arrivals.words),
      ...(arrivals.maxChoices >= 0 ? { maxChoices: arrivals.maxChoices, maxSeed: arrivals.maxSeed } : {}),
    },
    unfinished,
  };
}

/** The median (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A path through the story, for a message: `scene/choice` for each choice made. */
export type Path = string[];

export interface ExactFigure {
  value: number | 'unbounded';
  /** A run that shows the value (the choices made, as `scene/choice`). */
  path: Path;
  /** The ending, or the place, the figure is about. */
  at?: string;
  /** False when the walk hit its limit: the figure is then only what it saw. */
  proven: boolean;
}

/** The most states an exact walk for the shape checks visits before it gives up. */
export const SHAPE_LIMIT = 200_000;

/**
 * The fewest choices any run makes to reach an ending, walked exactly (every value of every
 * variable told apart) breadth-first, so the first ending found is the nearest.
 */
export function fewestChoicesToAnEnding(story: CompiledStory, limit = SHAPE_LIMIT): ExactFigure | undefined {
  const key = exactKey(story);
  type State = { node: string; vars: Vars; path: Path };
  let frontier: State[] = [{ node: story.start, vars: initialVars(story), path: [] }];
  const seen = new Set([key(story.start, frontier[0]!.vars)]);
  while (frontier.length) {
    const next: State[] = [];
    for (const state of frontier) {
      const scene = story.scenes[state.node]!;
      for (const step of successors(story, scene, state.vars)) {
        const path = [...state.path, `${scene.id}/${step.choice.id}`];
        if (story.endings[step.to]) return { value: path.length, path, at: step.to, proven: true };
        const k = key(step.to, step.vars);
        if (seen.has(k)) continue;
        if (seen.size >= limit) return undefined;
        seen.add(k);
        next.push({ node: step.to, vars: step.vars, path });
      }
    }
    frontier = next;
  }
  return undefined;
}

/**
 * The most choices any run makes in the chapter it starts in, walked exactly (every value of every
 * variable told apart); 'unbounded' when a run can go round in it for ever. Not proven when the
 * walk passes `limit` states.
 */
export function mostChoicesInFirstChapter(story: CompiledStory, limit = SHAPE_LIMIT): ExactFigure {
  const key = exactKey(story);
  const chapter = story.scenes[story.start]?.chapter ?? '';
  const inChapter = (node: string): boolean => story.scenes[node]?.chapter === chapter;
  // Longest path by depth-first search with memory; a state met again on the current path is a loop.
  const memo = new Map<string, { length: number; path: Path }>();
  const onPath = new Set<string>();
  let unbounded: Path | undefined;
  let overLimit = false;
  const longest = (node: string, vars: Vars, prefix: Path): { length: number; path: Path } => {
    const k = key(node, vars);
    const known = memo.get(k);
    if (known) return known;
    if (onPath.has(k)) {
      unbounded ??= prefix;
      return { length: 0, path: [] };
    }
    if (memo.size + onPath.size > limit) {
      overLimit = true;
      return { length: 0, path: [] };
    }
    onPath.add(k);
    let best = { length: 0, path: [] as Path };
    for (const step of successors(story, story.scenes[node]!, vars)) {
      const here = `${node}/${step.choice.id}`;
      const rest = inChapter(step.to) ? longest(step.to, step.vars, [...prefix, here]) : { length: 0, path: [] };
      if (rest.length + 1 > best.length) best = { length: rest.length + 1, path: [here, ...rest.path] };
    }
    onPath.delete(k);
    memo.set(k, best);
    return best;
  };
  const found = longest(story.start, initialVars(story), []);
  if (unbounded) return { value: 'unbounded', path: unbounded, at: chapter, proven: true };
  return { value: found.length, path: found.path, at: chapter, proven: !overLimit };
}

/**
 * The most choices any run makes to reach an arrival ending, from the story's walk (exact when the
 * story is small enough to tell every state apart, grouped otherwise: see explore.ts).
 */
export function mostChoicesToAnArrival(story: CompiledStory): ExactFigure | undefined {
  const exploration = exploreStory(story);
  const paths = longestPaths(exploration.states.length, exploration.steps);
  const proven = exploration.complete && !exploration.grouped;
  const arrivals = exploration.states.flatMap((s, i) => (story.endings[s.node]?.arrival ? [i] : []));
  if (arrivals.length === 0) return undefined;
  if (!paths.acyclic) return { value: 'unbounded', path: [], proven };
  const { depth: longest, before } = paths;
  const last = arrivals.reduce((a, b) => (longest[b]! > longest[a]! ? b : a));
  // The path back through the predecessors that gave each state its longest length.
  const states: number[] = [];
  for (let s = last; s !== -1; s = before[s]!) states.unshift(s);
  const path = states.slice(1).map((to, k) => {
    const from = states[k]!;
    const step = exploration.steps.find((st) => st.from === from && st.to === to)!;
    return `${exploration.states[from]!.node}/${step.choice.id}`;
  });
  return { value: longest[last]!, path, at: exploration.states[last]!.node, proven };
}
