/** The numbers `story:check` prints for a sound story: counts, paths, random runs, reading level. */
import { rollFor } from '../random.ts';
import { openChoices, resolveChoice, successors } from '../step.ts';
import { initialVars, type CompiledStory, type Vars } from '../story.ts';
import { readingSummary, type ReadingSummary } from './readability.ts';

export interface EndingPaths {
  /** The fewest choices a run makes to reach the ending. */
  shortest?: number;
  /** The most, or 'unbounded' when the story can loop on the way. */
  longest?: number | 'unbounded';
  /** How many of the random runs ended here. */
  runs: number;
}

export interface RandomRuns {
  runs: number;
  median: number;
  min: number;
  max: number;
}

export interface StorySummary {
  chapters: number;
  scenes: number;
  choices: number;
  endings: number;
  facts: number;
  sources: number;
  glossary: number;
  variables: string[];
  endingPaths: Record<string, EndingPaths>;
  randomRuns: RandomRuns;
  reading: ReadingSummary;
}

/** How many seeded random runs the summary plays. */
export const RANDOM_RUNS = 1000;

export function summarise(story: CompiledStory): StorySummary {
  const graph = stateGraph(story);
  const shortest = shortestDepths(graph);
  const longest = longestDepths(graph);
  const runs = randomRuns(story, RANDOM_RUNS);
  const endingPaths: Record<string, EndingPaths> = {};
  for (const id of Object.keys(story.endings)) {
    const keys = graph.byNode.get(id) ?? [];
    const shortestHere = keys.map((k) => shortest.get(k)).filter((d): d is number => d !== undefined);
    const longestHere = longest === 'unbounded' ? [] : keys.map((k) => longest.get(k) ?? 0);
    const paths: EndingPaths = { runs: runs.endings.get(id) ?? 0 };
    if (shortestHere.length) paths.shortest = Math.min(...shortestHere);
    if (keys.length) paths.longest = longest === 'unbounded' ? 'unbounded' : Math.max(...longestHere);
    endingPaths[id] = paths;
  }
  return {
    chapters: story.chapters.length,
    scenes: Object.keys(story.scenes).length,
    choices: Object.values(story.scenes).reduce((sum, scene) => sum + scene.choices.length, 0),
    endings: Object.keys(story.endings).length,
    facts: Object.keys(story.facts).length,
    sources: Object.keys(story.sources).length,
    glossary: Object.keys(story.glossary).length,
    variables: Object.keys(story.variables),
    endingPaths,
    randomRuns: runs.stats,
    reading: readingSummary(story),
  };
}

interface StateGraph {
  start: string;
  next: Map<string, string[]>;
  /** The state keys at each scene or ending. */
  byNode: Map<string, string[]>;
}

/** Every state a run can be in (scene or ending, plus variables), and the steps between them. */
function stateGraph(story: CompiledStory, limit = 200_000): StateGraph {
  const names = Object.keys(story.variables);
  const key = (node: string, vars: Vars): string => `${node}|${names.map((n) => String(vars[n])).join(',')}`;
  const start = key(story.start, initialVars(story));
  const next = new Map<string, string[]>();
  const byNode = new Map<string, string[]>();
  const queue: Array<[string, Vars]> = [[story.start, initialVars(story)]];
  const seen = new Set([start]);
  while (queue.length && seen.size < limit) {
    const [node, vars] = queue.shift()!;
    const k = key(node, vars);
    byNode.set(node, [...(byNode.get(node) ?? []), k]);
    const scene = story.scenes[node];
    const out: string[] = [];
    for (const step of scene ? successors(story, scene, vars) : []) {
      const nk = key(step.to, step.vars);
      out.push(nk);
      if (!seen.has(nk)) {
        seen.add(nk);
        queue.push([step.to, step.vars]);
      }
    }
    next.set(k, out);
  }
  return { start, next, byNode };
}

function shortestDepths({ start, next }: StateGraph): Map<string, number> {
  const depth = new Map([[start, 0]]);
  const queue = [start];
  while (queue.length) {
    const k = queue.shift()!;
    for (const n of next.get(k) ?? [])
      if (!depth.has(n)) {
        depth.set(n, depth.get(k)! + 1);
        queue.push(n);
      }
  }
  return depth;
}

/** Longest distance from the start to each state, by topological order; 'unbounded' if there is a loop. */
function longestDepths({ start, next }: StateGraph): Map<string, number> | 'unbounded' {
  const indegree = new Map<string, number>();
  for (const [k, outs] of next) {
    if (!indegree.has(k)) indegree.set(k, 0);
    for (const n of outs) indegree.set(n, (indegree.get(n) ?? 0) + 1);
  }
  const longest = new Map([[start, 0]]);
  const ready = [...indegree].filter(([, d]) => d === 0).map(([k]) => k);
  let processed = 0;
  while (ready.length) {
    const k = ready.pop()!;
    processed++;
    for (const n of next.get(k) ?? []) {
      if (longest.has(k)) longest.set(n, Math.max(longest.get(n) ?? 0, longest.get(k)! + 1));
      const d = indegree.get(n)! - 1;
      indegree.set(n, d);
      if (d === 0) ready.push(n);
    }
  }
  return processed < indegree.size ? 'unbounded' : longest;
}

/**
 * Plays `count` runs: each picks among the open choices with its own seeded stream and draws
 * chance outcomes exactly as the machine does, from the run's seed and step number.
 */
function randomRuns(story: CompiledStory, count: number): { stats: RandomRuns; endings: Map<string, number> } {
  const lengths: number[] = [];
  const endings = new Map<string, number>();
  for (let seed = 0; seed < count; seed++) {
    let node = story.start;
    let vars = initialVars(story);
    let steps = 0;
    for (let scene = story.scenes[node]; scene && steps < 10_000; steps++, scene = story.scenes[node]) {
      const open = openChoices(scene, vars);
      const choice = open[Math.floor(rollFor(seed ^ 0x5bd1e995, steps) * open.length)];
      if (!choice) break;
      const result = resolveChoice(story, choice, vars, rollFor(seed, steps));
      node = result.to;
      vars = result.vars;
    }
    lengths.push(steps);
    if (story.endings[node]) endings.set(node, (endings.get(node) ?? 0) + 1);
  }
  lengths.sort((a, b) => a - b);
  const mid = Math.floor(lengths.length / 2);
  const median = lengths.length % 2 ? lengths[mid]! : (lengths[mid - 1]! + lengths[mid]!) / 2;
  return { stats: { runs: count, median, min: lengths[0] ?? 0, max: lengths[lengths.length - 1] ?? 0 }, endings };
}
