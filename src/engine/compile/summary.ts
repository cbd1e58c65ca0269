/** The numbers `story:check` prints for a sound story: counts, paths, random runs, reading level. */
import { exploreStory, type Exploration } from '../explore.ts';
import { longestPaths } from '../graph.ts';
import type { CompiledStory } from '../story.ts';
import { median, playRandomRun } from './measure.ts';
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
  /** The walk behind the paths: how many states, and whether they were grouped (see explore.ts). */
  walk: { states: number; grouped: boolean; complete: boolean };
  randomRuns: RandomRuns;
  reading: ReadingSummary;
}

/** How many seeded random runs the summary plays. */
export const RANDOM_RUNS = 1000;

export function summarise(story: CompiledStory): StorySummary {
  const exploration = exploreStory(story);
  const longest = exploration.complete ? longestDepths(exploration) : undefined;
  const runs = randomRuns(story, RANDOM_RUNS);
  const endingPaths: Record<string, EndingPaths> = {};
  for (const id of Object.keys(story.endings)) {
    const here = exploration.states.flatMap((state, index) => (state.node === id ? [index] : []));
    const paths: EndingPaths = { runs: runs.endings.get(id) ?? 0 };
    // Breadth-first: the first state found at an ending is the nearest.
    if (here.length) paths.shortest = exploration.states[here[0]!]!.depth;
    if (here.length && longest)
      paths.longest = longest === 'unbounded' ? 'unbounded' : Math.max(...here.map((i) => longest[i]!));
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
    walk: { states: exploration.states.length, grouped: exploration.grouped, complete: exploration.complete },
    randomRuns: runs.stats,
    reading: readingSummary(story),
  };
}

/** Longest path from the start to each explored state; 'unbounded' if the steps form a loop. */
function longestDepths(exploration: Exploration): number[] | 'unbounded' {
  const paths = longestPaths(exploration.states.length, exploration.steps);
  return paths.acyclic ? paths.depth : 'unbounded';
}

/**
 * Plays `count` runs (seeds 0 to count - 1) as measure.ts plays them: each picks among the open
 * choices with its own seeded stream and draws chance outcomes exactly as the machine does.
 */
function randomRuns(story: CompiledStory, count: number): { stats: RandomRuns; endings: Map<string, number> } {
  const lengths: number[] = [];
  const endings = new Map<string, number>();
  for (let seed = 0; seed < count; seed++) {
    const run = playRandomRun(story, seed);
    lengths.push(run.steps.length);
    if (run.ending) endings.set(run.ending, (endings.get(run.ending) ?? 0) + 1);
  }
  lengths.sort((a, b) => a - b);
  return {
    stats: { runs: count, median: median(lengths), min: lengths[0] ?? 0, max: lengths[lengths.length - 1] ?? 0 },
    endings,
  };
}
